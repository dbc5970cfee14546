package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.StandardComparison;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceReport;

/**
 * The comparison with national or provincial standards: each row's printed percentage against its realisation and
 * the standard, polarity-aware.
 */
final class StandardsChecker implements TableChecker {

    static final String TABLE = "Perbandingan dengan Standar";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.STANDARD, report.standards(), row -> row.indicator().name(), row -> {
            Achievement a = StandardComparison.of(options.capaian(), row.indicator().polarity(),
                    Target.of(row.standard()), row.realization(), row.standardName());
            row.printedPercent().ifPresent(printed -> findings.add(Findings.percent(Check.STANDARD,
                    new Location(TABLE, row.indicator().name(), "Persentase Capaian"), printed, a)
                    .given(new OtherNegativeFormula.Clue(options.capaian(), row.indicator().polarity(),
                            Target.of(row.standard()), row.realization()))));
        });
    }
}
