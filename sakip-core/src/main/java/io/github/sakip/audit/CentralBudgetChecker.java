package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.Figure;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
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
        findings.whole(Check.PARENT_TOTAL, new Location(TABLE, "Jumlah", findings.wholeRow()), () -> {
            tree[0] = BudgetTree.of(built.lines);
            for (Discrepancy discrepancy : tree[0].reconcile()) {
                findings.add(BudgetChecker.finding(TABLE, discrepancy, findings));
            }
            table.printedTotalPagu().flatMap(p -> tree[0].checkGrandTotal(Column.PAGU, p))
                    .map(d -> BudgetChecker.finding(TABLE, d, findings)).ifPresent(findings::add);
            table.printedTotalRealisasi().flatMap(p -> tree[0].checkGrandTotal(Column.REALISASI, p))
                    .map(d -> BudgetChecker.finding(TABLE, d, findings)).ifPresent(findings::add);
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
            String printed = row.code().isEmpty() ? "-" : row.parent().map(p -> Text.of("centralBudget.codeUnder",
                    row.code(), p).in(findings.language())).orElse(row.code());
            findings.add(findings.finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(TABLE, label, "Kode"),
                    printed, Text.of("centralBudget.codeKinds"), Text.of("centralBudget.notACode", e.getMessage())));
            return Optional.empty();
        }
        row.printedAbsorption().ifPresent(printed -> findings.add(findings.percent(Check.ABSORPTION,
                new Location(TABLE, label, "Penyerapan"), printed, line.absorptionFigure())));
        Optional<Achievement> computed = CentralBudgets.computedOutputAchievement(row);
        if (computed.isPresent()) {
            row.printedOutputAchievement().ifPresent(printed -> findings.add(findings.percent(
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
            e = FigureTexts.access().notComputable(Figure.Unit.PERCENT, Text.of("centralBudget.noCodeNoRo"));
        } else {
            e = Pmk214.efficiencyFigure(tree, line.code(), built.outputAchievements);
        }
        Quantity efficiency = e;
        row.printedEfficiency().ifPresent(printed -> findings.add(findings.percent(Check.EFFICIENCY,
                new Location(TABLE, label, "Efisiensi"), printed, efficiency)));
        row.printedEfficiencyScore().ifPresent(printed -> findings.add(findings.percent(Check.EFFICIENCY_SCORE,
                new Location(TABLE, label, "Nilai Efisiensi"), printed, CentralBudgets.efficiencyScore(efficiency))));
    }
}
