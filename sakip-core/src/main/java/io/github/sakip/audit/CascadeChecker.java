package io.github.sakip.audit;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Node;
import io.github.sakip.internal.Decimals;
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
        findings.whole(Check.SASARAN_BUDGET, new Location(TABLE, "Anggaran", Findings.WHOLE_ROW),
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
                    Findings.percent(Check.CASCADE_CAPAIAN, new Location(TABLE, indicator.indicator().name(),
                            "Capaian"), printed, options.capaian().of(indicator.indicator().polarity(), target,
                            indicator.realization().orElseThrow())))));
        }
        for (ProgramRow row : sasaran.programs()) {
            row.printedCapaian().ifPresent(printed -> row.target().ifPresent(target -> findings.add(
                    Findings.percent(Check.CASCADE_CAPAIAN, new Location(TABLE, label(row), "Capaian"), printed,
                            options.capaian().of(row.indicator().polarity(), target,
                                    row.realization().orElseThrow())))));
        }
    }

    private static void budget(PerformanceReport report, List<Sasaran> all, Findings findings) {
        CascadeBudget budget = CascadeBudget.of(report);
        boolean stated = all.stream().anyMatch(s -> !s.budget().isEmpty());
        for (Discrepancy discrepancy : budget.discrepancies()) {
            findings.add(finding(discrepancy));
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
                findings.add(new Finding(Severity.NOTE, Check.SASARAN_WITHOUT_BUDGET, new Location(TABLE,
                        sasaran.name(), "Anggaran"), "-", "a budget code that serves it", "no code of the budget"
                        + " table serves this sasaran in the cascade"));
            }
            unassigned(budget).ifPresent(findings::add);
        }
    }

    private static <T> Optional<T> first(List<T> matches) {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    private static Finding finding(Discrepancy discrepancy) {
        if (discrepancy instanceof Discrepancy.UnknownCode u) {
            return new Finding(Severity.ERROR, Check.CASCADE_CODE, new Location(TABLE, u.sasaran(), "Kode"),
                    u.link().code(), "a code of the budget table", u.reason() + "; the sasaran's budget lacks its"
                    + " lines");
        }
        if (discrepancy instanceof Discrepancy.Overlap o) {
            return new Finding(Severity.ERROR, Check.CASCADE_SPLIT, new Location(TABLE, o.sasaran(), "Kode"),
                    o.link().toString(), "lines that serve one sasaran, or a split at one code", o
                    + ": the lines are counted in the budget of both",
                    List.of(new Location(TABLE, o.otherSasaran(), "Kode")));
        }
        Discrepancy.OverSplit s = (Discrepancy.OverSplit) discrepancy;
        return new Finding(Severity.ERROR, Check.CASCADE_SPLIT, new Location(TABLE, s.code().toString(),
                columnName(s.column())), formatOperand(s.allocated()), "at most " + formatOperand(s.total()),
                "the parts of " + s.code() + " stated for its sasaran add up to " + formatOperand(s.allocated())
                + ", more than its lines' " + formatOperand(s.total()) + "; difference "
                + formatOperand(s.allocated().subtract(s.total())));
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
        Figures.amount(Check.SASARAN_BUDGET, new Location(EfficiencyChecker.TABLE, row.sasaran(), column), printed,
                lines, () -> "the lowest lines of " + codes + " in the budget table add up to "
                        + formatOperand(lines) + printedTotals(printed, sasaran, tree, which))
                .map(f -> new Finding(f.severity(), f.check(), f.location(), f.printed(), f.expected(), f.working(),
                        table))
                .ifPresent(findings::add);
    }

    /**
     * Says so where the printed figure is the sum of the totals the budget table printed for the codes, and those
     * are not the sums of their lines: the figure was taken from the wrong totals.
     */
    private static String printedTotals(BigDecimal printed, SasaranBudget sasaran, BudgetTree tree, Column column) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (BudgetLink link : sasaran.counted()) {
            Node node = tree.node(link.code()).orElseThrow();
            if (link.isSplit()) {
                return "";
            }
            sum = sum.add(node.printed(column));
            terms.add(formatOperand(node.printed(column)));
            if (node.printed(column).compareTo(node.computed(column)) != 0) {
                wrong.add(link.code());
            }
        }
        if (wrong.isEmpty() || sum.compareTo(printed) != 0) {
            return "";
        }
        return "; the printed figure is the sum of the totals printed for them (" + String.join(" + ", terms)
                + "), and " + (wrong.size() == 1 ? "the total printed for " + wrong.get(0) + " is not the sum of its"
                + " lines" : "the totals printed for " + String.join(", ", wrong) + " are not the sums of their"
                + " lines");
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
                findings.add(new Finding(Severity.ERROR, Check.CASCADE_CODE, at, program.code(),
                        "a code of the budget table", "not a budget code: " + e.getMessage()));
                continue;
            }
            if (node.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, Check.CASCADE_CODE, at, program.code(),
                        "a code of the budget table", "no line of the budget table has the code"));
            } else if (checkBudget && !sasaran.overlaps(node.get().code())) {
                String codes = String.join(", ", sasaran.counted().stream().map(BudgetLink::code).toList());
                findings.add(new Finding(Severity.NOTE, Check.CASCADE_CODE, at, program.code(), "a code whose lines"
                        + " serve the sasaran (" + codes + ")", "the table of programs says that " + program.code()
                        + " " + program.name() + " supports " + sasaran.name() + ", but none of its lines is in"
                        + " the sasaran's budget, which is " + codes, List.of(row.map(r -> new Location(
                        EfficiencyChecker.TABLE, r.sasaran(), "Anggaran")).orElse(new Location(TABLE,
                        sasaran.name(), "Anggaran")))));
            }
        }
    }

    /** The note on the budget that serves no sasaran, if any does not. */
    private static Optional<Finding> unassigned(CascadeBudget budget) {
        BigDecimal pagu = budget.unassignedPagu();
        BigDecimal realisasi = budget.unassignedRealisasi();
        if (pagu.signum() == 0 && realisasi.signum() == 0 && budget.unassigned().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        budget.unassigned().forEach(node -> lines.add(name(node)));
        budget.partlyUnassigned().forEach(node -> lines.add("the rest of " + name(node)));
        String named = String.join(", ", lines.subList(0, Math.min(lines.size(), LINES_NAMED)))
                + (lines.size() > LINES_NAMED ? " and " + (lines.size() - LINES_NAMED) + " more" : "");
        BudgetTree tree = budget.tree();
        return Optional.of(new Finding(Severity.NOTE, Check.BUDGET_WITHOUT_SASARAN, new Location(TABLE,
                "budget serving no sasaran", "Anggaran"), formatOperand(pagu), "0", named + " serve"
                + (lines.size() == 1 ? "s" : "") + " no sasaran of the"
                + " cascade: pagu " + formatOperand(pagu) + " of " + formatOperand(tree.grandTotalPagu())
                + share(pagu, tree.grandTotalPagu()) + ", realisasi " + formatOperand(realisasi) + " of "
                + formatOperand(tree.grandTotalRealisasi()) + share(realisasi, tree.grandTotalRealisasi()),
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
