package io.github.sakip.audit;

import io.github.sakip.AkipPredicate;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;

/**
 * The AKIP evaluations: each year's printed total against the sum of its component scores, and its printed
 * predicate against the predicate of that score under PermenPAN-RB 88/2021.
 */
final class AkipChecker implements TableChecker {

    static final String TABLE = "Evaluasi AKIP";

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        findings.eachRow(TABLE, Check.AKIP_TOTAL, report.akip(), row -> Integer.toString(row.year()),
                row -> row(row, findings));
    }

    private static void row(AkipRow row, Findings findings) {
        BigDecimal total = row.evaluation().total();
        String where = Integer.toString(row.year());
        row.printedTotal().ifPresent(printed -> findings.add(findings.percent(Check.AKIP_TOTAL,
                new Location(TABLE, where, "Nilai"), printed, total, () -> Text.literal(row.evaluation().explain(findings.language())))));
        row.printedPredicate().ifPresent(printed -> {
            AkipPredicate right = row.evaluation().predicate();
            if (right != printed) {
                findings.add(findings.finding(Severity.ERROR, Check.AKIP_PREDICATE, new Location(TABLE, where,
                        "Predikat"), printed.name(), Text.literal(right.name()), Text.of("audit.akip.predicate",
                                IndonesianNumbers.formatOperand(total), right.name(), right.label())));
            }
        });
    }
}
