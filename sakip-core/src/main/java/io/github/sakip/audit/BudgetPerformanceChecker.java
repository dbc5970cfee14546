package io.github.sakip.audit;

import io.github.sakip.BudgetTree;
import io.github.sakip.Figure;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The budget performance values (Nilai Kinerja Anggaran) of a ministry or agency: each row's efficiency score NE
 * against its efficiency E, and its value against the weighted sum of its components (PMK 22/PMK.02/2021, weights in
 * {@link Pmk214}); and, for the report's own year, its absorption, output achievement and E against the report's K/L
 * budget table, where that table has the data: absorption from its lines, output achievement and E from its rincian
 * outputs, each of which has its capaian RO.
 */
final class BudgetPerformanceChecker implements TableChecker {

    static final String TABLE = "Nilai Kinerja Anggaran";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.BUDGET_PERFORMANCE_VALUE, report.budgetPerformance(),
                row -> Integer.toString(row.year()), row -> {
                    row(row, findings);
                    if (row.year() == report.year() && !report.centralBudget().lines().isEmpty()) {
                        againstBudget(row, report, options, findings);
                    }
                });
    }

    private static void row(BudgetPerformanceRow row, Findings findings) {
        String year = Integer.toString(row.year());
        Quantity score;
        if (row.efficiency().isPresent()) {
            BigDecimal e = row.efficiency().get();
            score = CentralBudgets.efficiencyScore(FigureTexts.access().quantity(e, Figure.Unit.PERCENT,
                    () -> Text.of("budgetPerformance.asPrinted", IndonesianNumbers.format(e))));
            row.printedEfficiencyScore().ifPresent(printed -> findings.add(findings.percent(Check.EFFICIENCY_SCORE,
                    new Location(TABLE, year, "Nilai Efisiensi"), printed, score)));
        } else {
            score = row.printedEfficiencyScore().map(ne -> FigureTexts.access().quantity(ne, Figure.Unit.PERCENT,
                    () -> Text.of("budgetPerformance.asPrinted", IndonesianNumbers.format(ne))))
                    .orElse(FigureTexts.access().notComputable(Figure.Unit.PERCENT,
                            Text.of("budgetPerformance.noEfficiency")));
        }
        row.printedValue().ifPresent(printed -> findings.add(findings.percent(Check.BUDGET_PERFORMANCE_VALUE,
                new Location(TABLE, year, "Nilai Kinerja Anggaran"), printed, value(row, score))));
    }

    private static Quantity value(BudgetPerformanceRow row, Quantity score) {
        if (!score.isComputable()) {
            return FigureTexts.access().notComputable(Figure.Unit.PERCENT, FigureTexts.access().reason(score));
        }
        return Pmk214.implementationAspectFigure(row.absorption(), row.consistency(), row.outputAchievement(),
                score.value());
    }

    private static void againstBudget(BudgetPerformanceRow row, PerformanceReport report, Audit.Options options,
            Findings findings) {
        String year = Integer.toString(row.year());
        CentralBudgets.Table built = CentralBudgets.Table.of(report.centralBudget().lines(), options.outputCap());
        BudgetTree tree = BudgetTree.of(built.lines);
        findings.add(findings.percent(Check.ABSORPTION, new Location(TABLE, year, "Penyerapan"), row.absorption(),
                tree.grandTotalAbsorption()));
        if (!CentralBudgets.everyRoAchieved(tree, built.outputAchievements)) {
            return;
        }
        List<BudgetTree.Node> ros = CentralBudgets.ros(tree);
        findings.add(Findings.percent(Check.OUTPUT_ACHIEVEMENT, new Location(TABLE, year, "Capaian Keluaran"),
                row.outputAchievement(), CentralBudgets.meanOutputAchievement(tree, built.outputAchievements))
                .given(new WrongCount.Clue(ros.stream().map(ro -> built.outputAchievements.get(ro.code()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add), ros.size())));
        Optional<BigDecimal> e = row.efficiency();
        e.ifPresent(printed -> findings.add(findings.percent(Check.EFFICIENCY, new Location(TABLE, year,
                "Efisiensi"), printed, Pmk214.efficiencyFigure(tree, built.outputAchievements))));
    }
}
