package io.github.sakip.audit;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Node;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.CascadeBudget;
import io.github.sakip.report.CascadeBudget.Discrepancy;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranBudget;
import io.github.sakip.report.SasaranIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cascade (pohon kinerja): the capaian it prints against the data it gives; its budget codes against the
 * budget table (codes that are no lines, lines that serve two sasaran without a split, parts beyond the whole);
 * each sasaran's budget and realisation printed in the comparison of performance and budget (Tabel 3.7) against
 * the lowest lines of the codes that serve it; the programs of its table of programs (Tabel 3.8) that are no lines
 * or serve none of their sasaran's budget; and what auditors ask of a cascade, the sasaran that no budget serves and
 * the budget that serves no sasaran, as notes.
 * <p>
 * The budget checks run only where the report has a budget table and its cascade names the codes that serve its
 * sasaran: a cascade of programs alone says nothing about a budget per sasaran. The budget of every sasaran is
 * computed once ({@link CascadeBudget}), in one walk of the budget table's tree.
 */
final class CascadeChecker implements TableChecker {

    static final String TABLE = "Pohon Kinerja";

    /** At most this many lines are named in the note on the budget that serves no sasaran. */
    static final int LINES_NAMED = 10;

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        List<Sasaran> all = new ArrayList<>();
        report.cascade().forEach(tujuan -> all.addAll(tujuan.sasaran()));
        findings.eachRow(TABLE, Check.CASCADE_CAPAIAN, all, Sasaran::name, s -> capaian(s, options, findings));
        if (all.isEmpty() || report.budget().lines().isEmpty()) {
            return;
        }
        findings.whole(Check.SASARAN_BUDGET, new Location(TABLE, "Anggaran", findings.wholeRow()),
                () -> budget(report, all, findings));
    }

    /** The place of a program row in a location: its code and indicator. */
    static String label(ProgramRow row) {
        return row.code() + " " + row.indicator().name();
    }

    /** The capaian the cascade prints where it also gives the target and realisation. */
    private static void capaian(Sasaran sasaran, Audit.Options options, Findings findings) {
        for (SasaranIndicator indicator : sasaran.indicators()) {
            indicator.printedCapaian().ifPresent(printed -> indicator.target().ifPresent(target -> findings.add(
                    findings.percent(Check.CASCADE_CAPAIAN, new Location(TABLE, indicator.indicator().name(),
                            "Capaian"), printed, options.capaian().of(indicator.indicator().polarity(), target,
                            indicator.realization().orElseThrow())))));
        }
        for (ProgramRow row : sasaran.programs()) {
            row.printedCapaian().ifPresent(printed -> row.target().ifPresent(target -> findings.add(
                    findings.percent(Check.CASCADE_CAPAIAN, new Location(TABLE, label(row), "Capaian"), printed,
                            options.capaian().of(row.indicator().polarity(), target,
                                    row.realization().orElseThrow())))));
        }
    }

    private static void budget(PerformanceReport report, List<Sasaran> all, Findings findings) {
        CascadeBudget budget = CascadeBudget.of(report);
        boolean stated = all.stream().anyMatch(s -> !s.budget().isEmpty());
        for (Discrepancy discrepancy : budget.discrepancies()) {
            findings.add(finding(discrepancy, findings));
        }
        NameIndex<SasaranBudget> byName = new NameIndex<>(budget.sasaran(), SasaranBudget::name);
        if (stated) {
            findings.eachRow(EfficiencyChecker.TABLE, Check.SASARAN_BUDGET, report.efficiency(),
                    EfficiencyRow::sasaran, row -> first(byName.matching(row.sasaran()))
                            .ifPresent(sasaran -> amounts(row, sasaran, budget.tree(), findings)));
        }
        NameIndex<EfficiencyRow> rows = new NameIndex<>(report.efficiency(), EfficiencyRow::sasaran);
        findings.eachRow(TABLE, Check.CASCADE_CODE, budget.sasaran(), SasaranBudget::name,
                sasaran -> programs(sasaran, budget.tree(), first(rows.matching(sasaran.name())), findings));
        if (stated) {
            for (Sasaran sasaran : budget.withoutBudget()) {
                findings.add(findings.finding(Severity.NOTE, Check.SASARAN_WITHOUT_BUDGET, new Location(TABLE,
                        sasaran.name(), "Anggaran"), "-", Text.of("cascade.withoutBudget.expected"),
                        Text.of("cascade.withoutBudget")));
            }
            unassigned(budget, findings).ifPresent(findings::add);
        }
    }

    private static <T> Optional<T> first(List<T> matches) {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    private static Finding finding(Discrepancy discrepancy, Findings findings) {
        if (discrepancy instanceof Discrepancy.UnknownCode u) {
            return findings.finding(Severity.ERROR, Check.CASCADE_CODE, new Location(TABLE, u.sasaran(), "Kode"),
                    u.link().code(), Text.of("cascade.codeOfTable"), Text.of("cascade.unknownCode",
                            notALine(u.link().code())), List.of());
        }
        if (discrepancy instanceof Discrepancy.Overlap o) {
            return findings.finding(Severity.ERROR, Check.CASCADE_SPLIT, new Location(TABLE, o.sasaran(), "Kode"),
                    o.link().toString(), Text.of("cascade.overlap.expected"), Text.of("cascade.overlap",
                            o.link().toString(), o.sasaran(), o.otherLink().toString(), o.otherSasaran()),
                    List.of(new Location(TABLE, o.otherSasaran(), "Kode")));
        }
        Discrepancy.OverSplit s = (Discrepancy.OverSplit) discrepancy;
        return findings.finding(Severity.ERROR, Check.CASCADE_SPLIT, new Location(TABLE, s.code().toString(),
                columnName(s.column())), formatOperand(s.allocated()), Text.of("cascade.atMost",
                        formatOperand(s.total())), Text.of("cascade.overSplit", s.code().toString(),
                        formatOperand(s.allocated()), formatOperand(s.total()),
                        formatOperand(s.allocated().subtract(s.total()))), List.of());
    }

    /**
     * Why a code of the cascade has no line of the budget table: it is no budget code (the parser's message,
     * quoted as it is), or no line has it.
     */
    private static Text notALine(String code) {
        try {
            BudgetCode.parse(code);
            return Text.of("cascade.noLine");
        } catch (IllegalArgumentException e) {
            return Text.of("cascade.notACode", e.getMessage());
        }
    }

    private static String columnName(Column column) {
        return column == Column.PAGU ? "Anggaran" : "Realisasi";
    }

    /** A sasaran's printed budget and realisation against the lines of the codes that serve it. */
    private static void amounts(EfficiencyRow row, SasaranBudget sasaran, BudgetTree tree, Findings findings) {
        if (!sasaran.isComplete() || sasaran.counted().isEmpty()) {
            return;
        }
        amount(row, "Anggaran", row.pagu(), sasaran, tree, Column.PAGU, findings);
        amount(row, "Realisasi Anggaran", row.realisasiAnggaran(), sasaran, tree, Column.REALISASI, findings);
    }

    private static void amount(EfficiencyRow row, String column, BigDecimal printed, SasaranBudget sasaran,
            BudgetTree tree, Column which, Findings findings) {
        BigDecimal lines = which == Column.PAGU ? sasaran.pagu() : sasaran.realisasi();
        // A share of a code may leave sen, which a report prints rounded to the Rupiah.
        if (printed.compareTo(lines) == 0 || printed.compareTo(lines.setScale(0, RoundingMode.HALF_UP)) == 0) {
            return;
        }
        String codes = String.join(", ", sasaran.counted().stream().map(BudgetLink::code).toList());
        List<Location> table = List.of(new Location(BudgetChecker.TABLE, codes, columnName(which)));
        WrongFigure wrong = WrongFigure.of(printed, lines);
        Optional<ParentIncludesWrongChild.Clue> parts = parts(sasaran, tree, which);
        findings.add(Figures.amount(findings.language(), Check.SASARAN_BUDGET, new Location(EfficiencyChecker.TABLE,
                row.sasaran(), column), parts.map(wrong::with).orElse(wrong),
                () -> Text.of("cascade.lowestLines", codes, formatOperand(lines)))
                .map(f -> Findings.withRelated(f, table)));
    }

    /**
     * The codes that serve a sasaran as the parts of its printed budget, for the {@link Diagnoses} (a total of the
     * budget table printed wrong and summed into it, a code left out or counted twice): none where a code is split,
     * since a share of a printed total is no figure the report printed.
     */
    private static Optional<ParentIncludesWrongChild.Clue> parts(SasaranBudget sasaran, BudgetTree tree,
            Column column) {
        List<ParentIncludesWrongChild.Part> parts = new ArrayList<>();
        for (BudgetLink link : sasaran.counted()) {
            if (link.isSplit()) {
                return Optional.empty();
            }
            Node node = tree.node(link.code()).orElseThrow();
            parts.add(new ParentIncludesWrongChild.Part(link.code(), node.printed(column), node.computed(column),
                    !node.isLeaf()));
        }
        return Optional.of(new ParentIncludesWrongChild.Clue(Text.of("audit.cause.parts.codesOfSasaran"), parts));
    }

    /**
     * The rows of a sasaran's programs: each must be a line of the budget table, and, where the cascade states
     * the sasaran's budget, share lines with it.
     */
    private static void programs(SasaranBudget sasaran, BudgetTree tree, Optional<EfficiencyRow> row,
            Findings findings) {
        boolean checkBudget = !sasaran.sasaran().budget().isEmpty() && sasaran.isComplete();
        for (ProgramRow program : sasaran.sasaran().programs()) {
            Location at = new Location(TABLE, label(program), "Kode");
            Optional<Node> node;
            try {
                node = tree.node(program.code());
            } catch (IllegalArgumentException e) {
                findings.add(findings.finding(Severity.ERROR, Check.CASCADE_CODE, at, program.code(),
                        Text.of("cascade.codeOfTable"), Text.of("cascade.notACode", e.getMessage()), List.of()));
                continue;
            }
            if (node.isEmpty()) {
                findings.add(findings.finding(Severity.ERROR, Check.CASCADE_CODE, at, program.code(),
                        Text.of("cascade.codeOfTable"), Text.of("cascade.noLine"), List.of()));
            } else if (checkBudget && !sasaran.overlaps(node.get().code())) {
                String codes = String.join(", ", sasaran.counted().stream().map(BudgetLink::code).toList());
                findings.add(findings.finding(Severity.NOTE, Check.CASCADE_CODE, at, program.code(),
                        Text.of("cascade.programCode.expected", codes), Text.of("cascade.programCode",
                                program.code(), program.name(), sasaran.name(), codes), List.of(row.map(r -> new Location(
                        EfficiencyChecker.TABLE, r.sasaran(), "Anggaran")).orElse(new Location(TABLE,
                        sasaran.name(), "Anggaran")))));
            }
        }
    }

    /** The note on the budget that serves no sasaran, if any does not. */
    private static Optional<Finding> unassigned(CascadeBudget budget, Findings findings) {
        BigDecimal pagu = budget.unassignedPagu();
        BigDecimal realisasi = budget.unassignedRealisasi();
        if (pagu.signum() == 0 && realisasi.signum() == 0 && budget.unassigned().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        budget.unassigned().forEach(node -> lines.add(name(node)));
        budget.partlyUnassigned().forEach(node -> lines.add(Text.of("cascade.restOf", name(node))
                .in(findings.language())));
        String first = String.join(", ", lines.subList(0, Math.min(lines.size(), LINES_NAMED)));
        String named = lines.size() > LINES_NAMED ? Text.of("cascade.andMore", first, lines.size() - LINES_NAMED)
                .in(findings.language()) : first;
        BudgetTree tree = budget.tree();
        return Optional.of(findings.finding(Severity.NOTE, Check.BUDGET_WITHOUT_SASARAN, new Location(TABLE,
                Text.of("cascade.unassigned.row").in(findings.language()), "Anggaran"), formatOperand(pagu),
                Text.literal("0"), Text.of(lines.size() == 1 ? "cascade.unassigned.one" : "cascade.unassigned", named,
                        formatOperand(pagu), formatOperand(tree.grandTotalPagu()), share(pagu, tree.grandTotalPagu()),
                        formatOperand(realisasi), formatOperand(tree.grandTotalRealisasi()),
                        share(realisasi, tree.grandTotalRealisasi())),
                List.of(new Location(BudgetChecker.TABLE, named, "Anggaran"))));
    }

    private static String name(Node node) {
        BudgetCode code = node.code();
        return code.isBlank() ? "'" + node.line().name() + "'" : code.toString();
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "" : " (" + formatPercent(Decimals.divide(part.multiply(Decimals.HUNDRED),
                whole)) + ")";
    }
}
