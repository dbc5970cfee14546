package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.Figure;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.PerformanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget table of a ministry or agency (K/L) by program, kegiatan and rincian output: each line's code and
 * parent, its printed absorption, the printed output achievement (capaian RO) of a rincian output against its
 * output target and realisation; then the tree of the lines (every printed total against the sum of the lines below
 * it, orphans, circles and duplicate codes) and the printed grand totals; and last the printed efficiency E and
 * efficiency score NE of PMK 214/PMK.02/2017 of every line, from the rincian outputs below it.
 */
final class CentralBudgetChecker implements TableChecker {

    static final String TABLE = "Realisasi Anggaran K/L";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        CentralBudgetTable table = report.centralBudget();
        CentralBudgets.Table built = new CentralBudgets.Table();
        List<CentralBudgetRow> kept = new ArrayList<>();
        findings.eachRow(TABLE, Check.ABSORPTION, table.lines(), CentralBudgets::label, row -> line(row, findings)
                .ifPresent(line -> {
                    built.add(row, line, options.outputCap());
                    kept.add(row);
                }));
        BudgetTree[] tree = new BudgetTree[1];
        findings.whole(Check.PARENT_TOTAL, new Location(TABLE, "Jumlah", Findings.WHOLE_ROW), () -> {
            tree[0] = BudgetTree.of(built.lines);
            for (Discrepancy discrepancy : tree[0].reconcile()) {
                findings.add(BudgetChecker.finding(TABLE, discrepancy));
            }
            table.printedTotalPagu().flatMap(p -> tree[0].checkGrandTotal(Column.PAGU, p))
                    .map(d -> BudgetChecker.finding(TABLE, d)).ifPresent(findings::add);
            table.printedTotalRealisasi().flatMap(p -> tree[0].checkGrandTotal(Column.REALISASI, p))
                    .map(d -> BudgetChecker.finding(TABLE, d)).ifPresent(findings::add);
        });
        if (tree[0] != null) {
            findings.eachRow(TABLE, Check.EFFICIENCY, kept, CentralBudgets::label,
                    row -> efficiency(row, tree[0], built, findings));
        }
    }

    private static Optional<BudgetLine> line(CentralBudgetRow row, Findings findings) {
        String label = CentralBudgets.label(row);
        BudgetLine line;
        try {
            line = CentralBudgets.line(row);
        } catch (IllegalArgumentException e) {
            findings.add(new Finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(TABLE, label, "Kode"),
                    row.code().isEmpty() ? "-" : row.code() + row.parent().map(p -> " under " + p).orElse(""),
                    "a code of RKA-K/L, of Kepmendagri 050-5889/2021, free-form or none", e.getMessage()));
            return Optional.empty();
        }
        row.printedAbsorption().ifPresent(printed -> findings.add(Findings.percent(Check.ABSORPTION,
                new Location(TABLE, label, "Penyerapan"), printed, line.absorptionFigure())));
        Optional<Achievement> computed = CentralBudgets.computedOutputAchievement(row);
        if (computed.isPresent()) {
            row.printedOutputAchievement().ifPresent(printed -> findings.add(Findings.percent(
                    Check.OUTPUT_ACHIEVEMENT, new Location(TABLE, label, "Capaian RO"), printed, computed.get())));
        }
        return Optional.of(line);
    }

    private static void efficiency(CentralBudgetRow row, BudgetTree tree, CentralBudgets.Table built,
            Findings findings) {
        if (row.printedEfficiency().isEmpty() && row.printedEfficiencyScore().isEmpty()) {
            return;
        }
        String label = CentralBudgets.label(row);
        Quantity e;
        BudgetLine line = CentralBudgets.line(row);
        if (line.code().isBlank()) {
            e = Quantity.notComputable(Figure.Unit.PERCENT, "a line with no code has no rincian output (RO) below"
                    + " it: PMK 214 measures outputs");
        } else {
            e = Pmk214.efficiencyFigure(tree, line.code(), built.outputAchievements);
        }
        Quantity efficiency = e;
        row.printedEfficiency().ifPresent(printed -> findings.add(Findings.percent(Check.EFFICIENCY,
                new Location(TABLE, label, "Efisiensi"), printed, efficiency)));
        row.printedEfficiencyScore().ifPresent(printed -> findings.add(Findings.percent(Check.EFFICIENCY_SCORE,
                new Location(TABLE, label, "Nilai Efisiensi"), printed, CentralBudgets.efficiencyScore(efficiency))));
    }
}
