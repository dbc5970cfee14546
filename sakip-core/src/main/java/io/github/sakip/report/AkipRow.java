package io.github.sakip.report;

import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The evaluation of the agency's performance accountability (evaluasi AKIP, from the Inspektorat's LHE SAKIP) for
 * one year, with the total and predicate the report printed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year the year evaluated
 * @param evaluation the component scores
 * @param printedTotal the total (nilai SAKIP) the report printed, or empty
 * @param printedPredicate the predicate the report printed, or empty
 */
public record AkipRow(int year, AkipEvaluation evaluation, Optional<BigDecimal> printedTotal,
        Optional<AkipPredicate> printedPredicate) {

    /**
     * Creates a row, validating it.
     *
     * @param year the year evaluated, from 1900 to 2999
     * @param evaluation the component scores
     * @param printedTotal the printed total, or empty
     * @param printedPredicate the printed predicate, or empty
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException quoting the year if it is out of range, or if the printed total is
     *         absurdly large or precise
     */
    public AkipRow {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year must be from 1900 to 2999, but was " + year);
        }
        Decimals.notNull(evaluation, "evaluation");
        printedTotal = Printed.checked(printedTotal, "printedTotal");
        Decimals.notNull(printedPredicate, "printedPredicate");
    }
}
