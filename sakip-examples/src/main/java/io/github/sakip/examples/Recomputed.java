package io.github.sakip.examples;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLevel;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Pmk214;
import io.github.sakip.RenstraProgress;
import io.github.sakip.StandardComparison;
import io.github.sakip.Target;
import io.github.sakip.audit.Audit;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A report recomputed: its tables as the library computes them, and the audit of what it printed. Renders as
 * plain text in Indonesian number format.
 */
final class Recomputed {

    private final PerformanceReport report;
    private final Audit audit;

    Recomputed(PerformanceReport report) {
        this.report = report;
        this.audit = Audit.of(report);
    }

    Audit audit() {
        return audit;
    }

    PerformanceReport report() {
        return report;
    }

    static String percent(Achievement a) {
        return a.isComputable() ? IndonesianNumbers.format(a.rounded()) : "n/a";
    }

    static String number(BigDecimal value) {
        return IndonesianNumbers.formatOperand(value);
    }

    static String target(Target target) {
        return target.isRange() ? number(target.lower()) + "–" + number(target.upper()) : number(target.lower());
    }

    static String printed(java.util.Optional<BigDecimal> value) {
        return value.map(IndonesianNumbers::format).orElse("-");
    }

    String text() {
        StringBuilder out = new StringBuilder();
        String title = "LKjIP " + report.agency() + " " + report.year() + ", dihitung ulang oleh sakip";
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        performance(out);
        renstra(out);
        budget(out);
        efficiency(out);
        standards(out);
        akip(out);
        findings(out);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, TextTable table, int width) {
        out.append(title).append('\n').append(table.render(width)).append('\n');
    }

    private void performance(StringBuilder out) {
        if (report.performance().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(">No", "Indikator", "Satuan", ">Target", ">Realisasi", ">Dicetak",
                ">Capaian", "Kategori");
        for (PerformanceRow row : report.performance()) {
            Achievement a = Capaian.of(row.indicator(), row.target(), row.realization());
            table.row(row.number(), row.indicator().name(), row.indicator().unit(), target(row.target()),
                    row.realization().valueIfPresent().map(Recomputed::number).orElse("-"),
                    printed(row.printedCapaian()), percent(a), a.category().map(c -> c.label()).orElse("-"));
        }
        section(out, "Perjanjian Kinerja: capaian (%) dan kategori (Permendagri 86/2017)", table, 48);
    }

    private void renstra(StringBuilder out) {
        if (report.renstra().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("Indikator", ">Realisasi s.d. " + report.year(), ">Target akhir",
                ">Dicetak", ">Kemajuan");
        for (RenstraRow row : report.renstra()) {
            boolean inPeriod = report.year() >= row.plan().firstYear() && report.year() <= row.plan().lastYear();
            String toDate = inPeriod ? RenstraProgress.toDate(row.plan(), row.realisations(), report.year())
                    .valueIfPresent().map(Recomputed::number).orElse("-") : "-";
            String end = row.plan().endTarget().map(t -> target(t) + " (" + row.plan().lastYear() + ")").orElse("-");
            Achievement progress = inPeriod ? RenstraProgress.of(row.plan(), row.realisations(), report.year())
                    : Achievement.notComputable("outside the period");
            table.row(row.plan().indicator().name(), toDate, end, printed(row.printedProgress()), percent(progress));
        }
        section(out, "Kemajuan Renstra (tingkat kemajuan terhadap target akhir Renstra, %)", table, 56);
    }

    private void budget(StringBuilder out) {
        if (report.budget().lines().isEmpty()) {
            return;
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetRow row : report.budget().lines()) {
            try {
                lines.add(new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi()));
            } catch (IllegalArgumentException e) {
                // Reported by the audit.
            }
        }
        BudgetTree tree = BudgetTree.of(lines);
        TextTable table = new TextTable("Kode", "Program / Kegiatan", ">Anggaran", ">Realisasi", ">%");
        for (BudgetTree.Node node : tree.nodes()) {
            if (node.line().level() == BudgetLevel.SUB_KEGIATAN) {
                continue;
            }
            String indent = node.line().level() == BudgetLevel.PROGRAM ? "" : "  ";
            table.row(indent + node.code(), node.line().name(), number(node.computedPagu()),
                    number(node.computedRealisasi()), percent(node.computedAbsorption()));
        }
        table.row("", "Jumlah", number(tree.grandTotalPagu()), number(tree.grandTotalRealisasi()),
                percent(tree.grandTotalAbsorption()));
        section(out, "Capaian Anggaran per program dan kegiatan (dijumlah dari sub kegiatan, Rp)", table, 56);
    }

    private void efficiency(StringBuilder out) {
        if (report.efficiency().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("Sasaran", ">Capaian", ">Anggaran", ">Realisasi", ">Penyerapan",
                ">Efisiensi E", ">Nilai NE");
        for (EfficiencyRow row : report.efficiency()) {
            Achievement a = Capaian.of(row.polarity(), row.target(), row.realization());
            Achievement e = a.isComputable() ? Pmk214.efficiencyAchievement(List.of(new Pmk214.Output(row.pagu(),
                    row.realisasiAnggaran(), a.percent()))) : Achievement.notComputable("capaian not computable");
            String ne = e.isComputable() ? IndonesianNumbers.format(Pmk214.efficiencyScore(e.percent()), 2,
                    RoundingMode.HALF_UP) : "n/a";
            table.row(row.sasaran(), percent(a), number(row.pagu()), number(row.realisasiAnggaran()),
                    percent(BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran())), percent(e), ne);
        }
        section(out, "Efisiensi anggaran (PMK 214/PMK.02/2017, %)", table, 48);
    }

    private void standards(StringBuilder out) {
        if (report.standards().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("Indikator", ">Realisasi", "Standar", ">Nilai standar", ">Capaian");
        for (StandardRow row : report.standards()) {
            Achievement a = StandardComparison.of(Capaian.Policy.DEFAULT, row.indicator().polarity(),
                    Target.of(row.standard()), row.realization(), row.standardName());
            table.row(row.indicator().name(), row.realization().valueIfPresent().map(Recomputed::number).orElse("-"),
                    row.standardName(), number(row.standard()), percent(a));
        }
        section(out, "Perbandingan dengan standar nasional/provinsi (%)", table, 48);
    }

    private void akip(StringBuilder out) {
        if (report.akip().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(">Tahun", ">Nilai", "Predikat");
        for (AkipRow row : report.akip()) {
            table.row(Integer.toString(row.year()),
                    IndonesianNumbers.format(row.evaluation().total(), 2, RoundingMode.HALF_UP),
                    row.evaluation().predicate().toString());
        }
        section(out, "Evaluasi AKIP (PermenPAN-RB 88/2021)", table, 48);
    }

    private void findings(StringBuilder out) {
        out.append("Temuan audit: ").append(audit.findings().size()).append(" (")
                .append(audit.findings(io.github.sakip.audit.Severity.ERROR).size()).append(" error, ")
                .append(audit.findings(io.github.sakip.audit.Severity.WARNING).size()).append(" warning, ")
                .append(audit.findings(io.github.sakip.audit.Severity.NOTE).size()).append(" note)\n");
        audit.findings().forEach(f -> out.append("- ").append(f).append('\n'));
        if (audit.findings().isEmpty()) {
            out.append("Semua angka yang dicetak sesuai dengan datanya.\n");
        }
    }
}
