package io.github.sakip.audit;

import io.github.sakip.RenstraPlan;
import io.github.sakip.RenstraProgress;
import io.github.sakip.Target;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import java.util.Optional;

/**
 * The Renstra table: each indicator's printed end target against the target of the plan's last year, its printed
 * progress against the realisation to date and that end target, and the Perjanjian Kinerja rows of the same
 * indicator (found by name, ignoring case) whose target for the report's year is not the Renstra's.
 * <p>
 * The Perjanjian Kinerja rows are looked up in a {@link NameIndex} built once per report, so the table is checked
 * in time linear in the two tables' sizes, not in their product.
 */
final class RenstraChecker implements TableChecker {

    static final String TABLE = "Kemajuan Renstra";

    private long comparisons;

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        if (report.renstra().isEmpty()) {
            return; // nothing to check, and no index of the Perjanjian Kinerja to build
        }
        NameIndex<PerformanceRow> agreements = new NameIndex<>(report.performance(), pk -> pk.indicator().name());
        findings.eachRow(TABLE, Check.RENSTRA_PROGRESS, report.renstra(), row -> row.plan().indicator().name(),
                row -> row(row, report, options, agreements, findings));
        comparisons += agreements.comparisons();
    }

    /**
     * Returns how many names this checker has compared, for tests that pin the work the check does.
     *
     * @return the number of name comparisons so far
     */
    long comparisons() {
        return comparisons;
    }

    private static void row(RenstraRow row, PerformanceReport report, Audit.Options options,
            NameIndex<PerformanceRow> agreements, Findings findings) {
        RenstraPlan plan = row.plan();
        String where = plan.indicator().name();
        Optional<Target> end = plan.endTarget();
        row.printedEndTarget().ifPresent(printed -> end.ifPresent(right -> findings.add(Figures.amount(
                findings.language(), Check.RENSTRA_END_TARGET, new Location(TABLE, where, "Target Akhir Renstra"),
                WrongFigure.of(printed, right.upper()).with(YearTargetAsEndTarget.Clue.endTarget(plan, report.year())),
                () -> Text.of("audit.renstra.endTarget", plan.firstYear(), plan.lastYear(), plan.lastYear())))));
        boolean inPeriod = plan.covers(report.year());
        row.printedProgress().ifPresent(printed -> {
            if (!inPeriod) {
                findings.add(Findings.percent(Check.RENSTRA_PROGRESS, new Location(TABLE, where, "Tingkat Kemajuan"),
                        printed, FigureTexts.access().notComputable(Text.of("audit.renstra.outsidePeriod",
                                report.year(), plan.firstYear(), plan.lastYear()))));
                return;
            }
            findings.add(Findings.percent(Check.RENSTRA_PROGRESS, new Location(TABLE, where, "Tingkat Kemajuan"),
                    printed, RenstraProgress.of(plan, row.realizations(), report.year(), options.capaian()))
                    .given(new YearTargetAsEndTarget.Clue(plan, report.year(), target -> options.capaian().of(
                            plan.indicator().polarity(), target, RenstraProgress.toDate(plan, row.realizations(),
                                    report.year())))));
        });
        if (!inPeriod) {
            return;
        }
        for (PerformanceRow pk : agreements.matching(where)) {
            plan.compareWithAgreement(report.year(), pk.target()).filter(RenstraPlan.TargetComparison::differs)
                    .ifPresent(c -> findings.add(findings.finding(Severity.NOTE, Check.RENSTRA_TARGET,
                            new Location(PerformanceChecker.TABLE, PerformanceChecker.label(pk), "Target"),
                            c.agreement().format(), Text.literal(c.renstra().format()),
                            Text.of("audit.renstra.target", report.year(), c.renstra().format(),
                                    c.agreement().format()))));
        }
    }
}
