package io.github.sakip.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sakip.Achievement;
import io.github.sakip.BudgetLevel;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Figure;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraProgress;
import io.github.sakip.StandardComparison;
import io.github.sakip.Target;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A report recomputed: its tables as the library computes them, and the audit of what it printed. Renders as
 * plain text in Indonesian number format, or as JSON.
 */
final class Recomputed {

    record PkLine(PerformanceRow row, Achievement capaian) {
    }

    record RenstraLine(RenstraRow row, Realization toDate, Achievement progress) {
    }

    record BudgetLineTotal(String code, BudgetLevel level, String name, BigDecimal pagu, BigDecimal realisasi,
            Achievement absorption) {
    }

    record EfficiencyLine(EfficiencyRow row, Achievement capaian, Achievement absorption, Quantity efficiency,
            Optional<BigDecimal> score) {
    }

    record StandardLine(StandardRow row, Achievement capaian) {
    }

    private final PerformanceReport report;
    private final Texts texts;
    private final Locale language;
    private final Audit audit;
    private final List<PkLine> performance = new ArrayList<>();
    private final List<RenstraLine> renstra = new ArrayList<>();
    private final List<BudgetLineTotal> budget = new ArrayList<>();
    private final List<EfficiencyLine> efficiency = new ArrayList<>();
    private final List<StandardLine> standards = new ArrayList<>();

    /** Recomputes a report, with its findings, workings and reasons in the language of the texts. */
    Recomputed(PerformanceReport report, Texts texts) {
        this.report = report;
        this.texts = texts;
        this.language = texts.locale();
        this.audit = Audit.of(report, Audit.Options.DEFAULT.withLanguage(language));
        for (PerformanceRow row : report.performance()) {
            performance.add(new PkLine(row, Capaian.of(row.indicator(), row.target(), row.realization())));
        }
        for (RenstraRow row : report.renstra()) {
            boolean inPeriod = row.plan().covers(report.year());
            renstra.add(inPeriod
                    ? new RenstraLine(row, RenstraProgress.toDate(row.plan(), row.realizations(), report.year()),
                            RenstraProgress.of(row.plan(), row.realizations(), report.year()))
                    : new RenstraLine(row, Realization.absent(texts.get("reason.outsideRenstra")),
                            Achievement.notComputable(texts.get("reason.yearOutsideRenstra"))));
        }
        budget();
        for (EfficiencyRow row : report.efficiency()) {
            Achievement a = Capaian.of(row.polarity(), row.target(), row.realization());
            Quantity e = a.isComputable() ? Pmk214.efficiencyFigure(List.of(new Pmk214.Output(row.pagu(),
                    row.realisasiAnggaran(), a.percent())))
                    : Quantity.notComputable(Figure.Unit.PERCENT, texts.get("reason.capaianNotComputable"));
            efficiency.add(new EfficiencyLine(row, a, BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran()), e,
                    e.valueIfComputable().map(Pmk214::efficiencyScore)));
        }
        for (StandardRow row : report.standards()) {
            standards.add(new StandardLine(row, StandardComparison.of(Capaian.Policy.DEFAULT,
                    row.indicator().polarity(), Target.of(row.standard()), row.realization(), row.standardName())));
        }
    }

    private void budget() {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetRow row : report.budget().lines()) {
            try {
                lines.add(new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi()));
            } catch (IllegalArgumentException e) {
                // A line whose code is not a Kepmendagri code: the audit reports it.
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        BudgetTree tree = BudgetTree.of(lines);
        for (BudgetTree.Node node : tree.nodes()) {
            if (node.line().level() != BudgetLevel.SUB_KEGIATAN) {
                budget.add(new BudgetLineTotal(node.code().toString(), node.line().level(), node.line().name(),
                        node.computedPagu(), node.computedRealisasi(), node.computedAbsorption()));
            }
        }
        budget.add(new BudgetLineTotal("", null, "Jumlah", tree.grandTotalPagu(), tree.grandTotalRealisasi(),
                tree.grandTotalAbsorption()));
    }

    Audit audit() {
        return audit;
    }

    /** The language of the findings, workings and reasons. */
    Locale language() {
        return language;
    }

    PerformanceReport report() {
        return report;
    }

    List<PkLine> performance() {
        return performance;
    }

    List<RenstraLine> renstra() {
        return renstra;
    }

    List<EfficiencyLine> efficiency() {
        return efficiency;
    }

    List<StandardLine> standards() {
        return standards;
    }

    private String percent(Figure a) {
        return a.isComputable() ? IndonesianNumbers.format(a.rounded()) : texts.get("notComputable");
    }

    private static String number(BigDecimal value) {
        return IndonesianNumbers.formatOperand(value);
    }

    private static String printed(Optional<BigDecimal> value) {
        return value.map(IndonesianNumbers::format).orElse("-");
    }

    private static String value(Realization realization) {
        return realization.valueIfPresent().map(Recomputed::number).orElse("-");
    }

    String text() {
        StringBuilder out = new StringBuilder();
        String title = texts.get("recomputed.title", "LKjIP " + report.agency() + " " + report.year());
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        if (!performance.isEmpty()) {
            TextTable table = new TextTable(">No", "Indikator", "Satuan", ">Target", ">Realisasi", ">Dicetak",
                    ">Capaian", "Kategori");
            for (PkLine line : performance) {
                PerformanceRow row = line.row();
                table.row(row.number(), row.indicator().name(), row.indicator().unit(), row.target().format(),
                        value(row.realization()), printed(row.printedCapaian()), percent(line.capaian()),
                        line.capaian().category().map(c -> c.label()).orElse("-"));
            }
            section(out, texts.get("recomputed.performance"), table, 48);
        }
        if (!renstra.isEmpty()) {
            TextTable table = new TextTable("Indikator", ">Realisasi s.d. " + report.year(), ">Target akhir",
                    ">Dicetak", ">Kemajuan");
            for (RenstraLine line : renstra) {
                String end = line.row().plan().endTarget()
                        .map(t -> t.format() + " (" + line.row().plan().lastYear() + ")").orElse("-");
                table.row(line.row().plan().indicator().name(), value(line.toDate()), end,
                        printed(line.row().printedProgress()), percent(line.progress()));
            }
            section(out, texts.get("recomputed.renstra"), table, 56);
        }
        if (!budget.isEmpty()) {
            TextTable table = new TextTable("Kode", "Program / Kegiatan", ">Anggaran", ">Realisasi", ">%");
            for (BudgetLineTotal line : budget) {
                String indent = line.level() == BudgetLevel.KEGIATAN ? "  " : "";
                table.row(indent + line.code(), line.name(), number(line.pagu()), number(line.realisasi()),
                        percent(line.absorption()));
            }
            section(out, texts.get("recomputed.budget"), table, 56);
        }
        if (!efficiency.isEmpty()) {
            TextTable table = new TextTable("Sasaran", ">Capaian", ">Anggaran", ">Realisasi", ">Penyerapan",
                    ">Efisiensi E", ">Nilai NE");
            for (EfficiencyLine line : efficiency) {
                table.row(line.row().sasaran(), percent(line.capaian()), number(line.row().pagu()),
                        number(line.row().realisasiAnggaran()), percent(line.absorption()), percent(line.efficiency()),
                        line.score().map(s -> IndonesianNumbers.format(s, 2, RoundingMode.HALF_UP))
                                .orElse(texts.get("notComputable")));
            }
            section(out, texts.get("recomputed.efficiency"), table, 48);
        }
        if (!standards.isEmpty()) {
            TextTable table = new TextTable("Indikator", ">Realisasi", "Standar", ">Nilai standar", ">Capaian");
            for (StandardLine line : standards) {
                table.row(line.row().indicator().name(), value(line.row().realization()), line.row().standardName(),
                        number(line.row().standard()), percent(line.capaian()));
            }
            section(out, texts.get("recomputed.standards"), table, 48);
        }
        if (!report.akip().isEmpty()) {
            TextTable table = new TextTable(">Tahun", ">Nilai", "Predikat");
            for (AkipRow row : report.akip()) {
                table.row(Integer.toString(row.year()),
                        IndonesianNumbers.format(row.evaluation().total(), 2, RoundingMode.HALF_UP),
                        row.evaluation().predicate().toString());
            }
            section(out, texts.get("recomputed.akip"), table, 48);
        }
        out.append(texts.get("recomputed.findings", audit.findings().size(),
                texts.counts(Counts.of(audit.findings())))).append('\n');
        audit.findings().forEach(f -> out.append("- ").append(f).append('\n'));
        if (audit.findings().isEmpty()) {
            out.append(texts.get("report.clean")).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, TextTable table, int width) {
        out.append(title).append('\n').append(table.render(width)).append('\n');
    }

    private static void plain(JsonGenerator gen, String name, BigDecimal value) throws IOException {
        gen.writeFieldName(name);
        gen.writeNumber(value.toPlainString());
    }

    /**
     * Writes the same as {@link #text()} as one JSON object. The generator's codec must have the sakip module.
     */
    void json(JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("agency", report.agency());
        gen.writeNumberField("year", report.year());
        gen.writeArrayFieldStart("performance");
        for (PkLine line : performance) {
            gen.writeStartObject();
            gen.writeStringField("number", line.row().number());
            gen.writeStringField("indicator", line.row().indicator().name());
            gen.writeObjectField("target", line.row().target());
            gen.writeObjectField("realization", line.row().realization());
            gen.writeObjectField("capaian", line.capaian());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("renstra");
        for (RenstraLine line : renstra) {
            gen.writeStartObject();
            gen.writeStringField("indicator", line.row().plan().indicator().name());
            gen.writeObjectField("realizationToDate", line.toDate());
            if (line.row().plan().endTarget().isPresent()) {
                gen.writeObjectField("endTarget", line.row().plan().endTarget().get());
            }
            gen.writeObjectField("progress", line.progress());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("budget");
        for (BudgetLineTotal line : budget) {
            gen.writeStartObject();
            gen.writeStringField("code", line.code());
            gen.writeStringField("name", line.name());
            plain(gen, "pagu", line.pagu());
            plain(gen, "realisasi", line.realisasi());
            gen.writeObjectField("absorption", line.absorption());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("efficiency");
        for (EfficiencyLine line : efficiency) {
            gen.writeStartObject();
            gen.writeStringField("sasaran", line.row().sasaran());
            gen.writeObjectField("capaian", line.capaian());
            gen.writeObjectField("absorption", line.absorption());
            gen.writeObjectField("efficiency", line.efficiency());
            if (line.score().isPresent()) {
                plain(gen, "score", line.score().get());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("standards");
        for (StandardLine line : standards) {
            gen.writeStartObject();
            gen.writeStringField("indicator", line.row().indicator().name());
            gen.writeStringField("standard", line.row().standardName());
            gen.writeObjectField("capaian", line.capaian());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("akip");
        for (AkipRow row : report.akip()) {
            gen.writeStartObject();
            gen.writeNumberField("year", row.year());
            plain(gen, "total", row.evaluation().total());
            gen.writeStringField("predicate", row.evaluation().predicate().name());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("findings");
        for (Finding finding : audit.findings()) {
            gen.writeObject(finding);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
