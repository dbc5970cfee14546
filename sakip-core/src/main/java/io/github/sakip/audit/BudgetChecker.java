package io.github.sakip.audit;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.BudgetTree;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget table: each line's code and printed absorption, then the tree of its lines (the printed total of
 * every program and kegiatan against the sum of the lines below it, orphans and duplicate codes) and the printed
 * grand totals.
 */
final class BudgetChecker implements TableChecker {

    static final String TABLE = "Capaian Anggaran";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        List<BudgetLine> lines = new ArrayList<>();
        Children children = new Children();
        findings.eachRow(TABLE, Check.ABSORPTION, report.budget().lines(), row -> row.code() + " " + row.name(),
                row -> line(row, findings, children, options.precision() == Precision.TWO_DECIMALS)
                        .ifPresent(lines::add));
        findings.whole(Check.PARENT_TOTAL, new Location(TABLE, "Jumlah", findings.wholeRow()),
                () -> children.tree = totals(report, lines, findings));
    }

    /**
     * The printed absorptions of the lines, and the tree once it is built: what {@link MeanOfPrintedChildren} reads
     * of a parent's children, only if the parent's absorption is wrong.
     */
    private static final class Children {

        private final Map<BudgetCode, BigDecimal> printed = new HashMap<>();
        private BudgetTree tree;

        /** The printed absorptions of the lines below a line, or empty if one of them printed none. */
        Optional<List<BigDecimal>> of(BudgetCode code) {
            if (tree == null) {
                return Optional.empty();
            }
            return tree.node(code).flatMap(node -> {
                List<BigDecimal> percents = new ArrayList<>();
                for (BudgetTree.Node child : node.children()) {
                    BigDecimal percent = printed.get(child.code());
                    if (percent == null) {
                        return Optional.empty();
                    }
                    percents.add(percent);
                }
                return Optional.of(percents);
            });
        }
    }

    private static Optional<BudgetLine> line(BudgetRow row, Findings findings, Children children,
            boolean strict) {
        BudgetLine line;
        try {
            line = new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi());
        } catch (IllegalArgumentException e) {
            // The row's amounts are those of a line; only its code can be what a line refuses.
            findings.add(findings.finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(TABLE, row.code(),
                    "Kode"), row.code(), Text.of("audit.budget.kepmendagriCode"),
                    Text.of("audit.budget.notAKepmendagriCode", e.getMessage())));
            return Optional.empty();
        }
        row.printedPercent().ifPresent(printed -> {
            children.printed.putIfAbsent(line.code(), printed);
            // Read strictly at two decimals, a right percentage, as most are, is known right without dividing. At
            // an inferred precision a percentage known rounded at its own decimals without dividing votes for its
            // column's precision and is judged without the absorption, unless its column turns out finer.
            if (strict && Figures.rightWithoutDividing(printed, row.realisasi(), row.pagu())) {
                return;
            }
            Location at = new Location(TABLE, row.code() + " " + row.name(), "Persentase");
            Judgement judgement = !strict && Figures.roundsWithoutDividing(printed, row.realisasi(), row.pagu())
                    ? Judgement.rounded(Check.ABSORPTION, at, printed, line::absorptionFigure,
                            Figures.isExactly(printed, row.realisasi(), row.pagu()))
                    : Findings.percent(Check.ABSORPTION, at, printed, line.absorptionFigure());
            findings.add(judgement.given(new MeanOfPrintedChildren.Clue(() -> children.of(line.code()))));
        });
        return Optional.of(line);
    }

    private static BudgetTree totals(PerformanceReport report, List<BudgetLine> lines, Findings findings) {
        BudgetTree tree = BudgetTree.of(lines);
        for (Discrepancy discrepancy : tree.reconcile()) {
            Finding finding = finding(TABLE, discrepancy, findings);
            if (discrepancy instanceof Discrepancy.TotalMismatch m) {
                WrongFigure wrong = WrongFigure.of(m.printed(), m.sumOfChildren());
                finding = Figures.withCause(finding, tree.node(m.code()).map(node -> wrong.with(
                        ParentIncludesWrongChild.Clue.of(node, m.column()))).orElse(wrong));
            }
            findings.add(finding);
        }
        report.budget().printedTotalPagu().flatMap(p -> tree.checkGrandTotal(Column.PAGU, p))
                .map(d -> Figures.withCause(finding(TABLE, d, findings), WrongFigure.of(d.printed(), d.computed())))
                .ifPresent(findings::add);
        report.budget().printedTotalRealisasi().flatMap(p -> tree.checkGrandTotal(Column.REALISASI, p))
                .map(d -> Figures.withCause(finding(TABLE, d, findings), WrongFigure.of(d.printed(), d.computed())))
                .ifPresent(findings::add);
        return tree;
    }

    private static String columnName(Column column) {
        return column == Column.PAGU ? "Anggaran" : "Realisasi";
    }

    /**
     * The row of a line in a location: its code, or its name in quotes for a line with no code, since a location's
     * row must not be blank.
     */
    static String rowOf(BudgetLine line) {
        return line.code().isBlank() ? "'" + line.name() + "'" : line.code().toString();
    }

    /** The finding of a discrepancy of a budget tree, in a table of a report, in the audit's language. */
    static Finding finding(String table, Discrepancy discrepancy, Findings findings) {
        if (discrepancy instanceof Discrepancy.TotalMismatch m) {
            return findings.finding(Severity.ERROR, Check.PARENT_TOTAL, new Location(table, m.code().toString(),
                    columnName(m.column())), IndonesianNumbers.format(m.printed()),
                    Text.literal(IndonesianNumbers.format(m.sumOfChildren())), Text.of("audit.budget.parentTotal",
                            m.code().toString(), IndonesianNumbers.format(m.sumOfChildren()),
                            IndonesianNumbers.format(m.difference())));
        }
        if (discrepancy instanceof Discrepancy.GrandTotalMismatch m) {
            return findings.finding(Severity.ERROR, Check.GRAND_TOTAL, new Location(table, "Jumlah",
                    columnName(m.column())), IndonesianNumbers.format(m.printed()),
                    Text.literal(IndonesianNumbers.format(m.computed())), Text.of("audit.budget.grandTotal",
                            IndonesianNumbers.format(m.computed()), IndonesianNumbers.format(m.difference())));
        }
        if (discrepancy instanceof Discrepancy.Orphan o) {
            return findings.finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(table, rowOf(o.line()),
                    "Kode"), rowOf(o.line()), Text.of("audit.budget.lineUnder", o.missingParent().toString()),
                    Text.of("audit.budget.parentMissing", o.missingParent().toString()));
        }
        if (discrepancy instanceof Discrepancy.Cycle c) {
            return findings.finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(table, rowOf(c.line()),
                    "Kode"), rowOf(c.line()), Text.of("audit.budget.lineUnder", c.parent().toString()),
                    Text.literal(c.describe(findings.language())));
        }
        Discrepancy.Duplicate d = (Discrepancy.Duplicate) discrepancy;
        return findings.finding(Severity.ERROR, Check.DUPLICATE_CODE, new Location(table, d.code().toString(),
                "Kode"), Text.of("audit.budget.duplicatePrinted", d.code().toString(), d.lines().size())
                        .in(findings.language()), Text.of("audit.budget.onePerCode"),
                Text.of("audit.budget.duplicate", d.lines().size()));
    }
}
