package io.github.sakip.report;

import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Years;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of the agency's performance accountability (evaluasi AKIP, from the Inspektorat's LHE SAKIP) for
 * one year, with the total and predicate the report printed.
 * <p>
 * Obtain a row with {@link #of(int, AkipEvaluation)} and add what the report printed with the {@code withPrinted…}
 * methods, each of which returns a copy. The printed total keeps its printed scale, and {@code equals} compares
 * it by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class AkipRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final AkipEvaluation evaluation;
    /** The printed total, or null. */
    private final BigDecimal printedTotal;
    /** The printed predicate, or null. */
    private final AkipPredicate printedPredicate;

    private AkipRow(int year, AkipEvaluation evaluation, BigDecimal printedTotal, AkipPredicate printedPredicate) {
        this.year = Years.checked(year, "year");
        this.evaluation = Decimals.notNull(evaluation, "evaluation");
        this.printedTotal = printedTotal;
        this.printedPredicate = printedPredicate;
    }

    /**
     * Obtains a row with nothing printed but the evaluation.
     *
     * @param year the year evaluated, from 1900 to 2999
     * @param evaluation the component scores
     * @return the row
     * @throws NullPointerException if {@code evaluation} is null
     * @throws IllegalArgumentException quoting the year if it is out of range
     */
    public static AkipRow of(int year, AkipEvaluation evaluation) {
        return new AkipRow(year, evaluation, null, null);
    }

    /**
     * Returns a copy with the total (nilai SAKIP) the report printed.
     *
     * @param total the printed total, scale as printed
     * @return a copy with the printed total
     * @throws NullPointerException if {@code total} is null
     * @throws IllegalArgumentException if {@code total} is absurdly large or precise
     */
    public AkipRow withPrintedTotal(BigDecimal total) {
        return new AkipRow(year, evaluation, Printed.checked(total, "total"), printedPredicate);
    }

    /**
     * Returns a copy with the predicate the report printed.
     *
     * @param predicate the printed predicate
     * @return a copy with the printed predicate
     * @throws NullPointerException if {@code predicate} is null
     */
    public AkipRow withPrintedPredicate(AkipPredicate predicate) {
        return new AkipRow(year, evaluation, printedTotal, Decimals.notNull(predicate, "predicate"));
    }

    /**
     * Returns the year evaluated.
     *
     * @return such as 2023
     */
    public int year() {
        return year;
    }

    /**
     * Returns the component scores.
     *
     * @return the evaluation
     */
    public AkipEvaluation evaluation() {
        return evaluation;
    }

    /**
     * Returns the total the report printed.
     *
     * @return the printed total at its printed scale, or empty
     */
    public Optional<BigDecimal> printedTotal() {
        return Optional.ofNullable(printedTotal);
    }

    /**
     * Returns the predicate the report printed.
     *
     * @return the printed predicate, or empty
     */
    public Optional<AkipPredicate> printedPredicate() {
        return Optional.ofNullable(printedPredicate);
    }

    /**
     * Compares every part; the printed total by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AkipRow that && year == that.year && evaluation.equals(that.evaluation)
                && Objects.equals(printedTotal, that.printedTotal) && printedPredicate == that.printedPredicate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, evaluation, printedTotal, printedPredicate);
    }

    /**
     * Returns a short description.
     *
     * @return the year, the evaluation and the printed figures
     */
    @Override
    public String toString() {
        return "AkipRow[" + year + ", " + evaluation
                + (printedTotal == null ? "" : ", printed total " + printedTotal.toPlainString())
                + (printedPredicate == null ? "" : ", predicate " + printedPredicate.name()) + "]";
    }

    private Object writeReplace() {
        return new Ser(year, evaluation, printedTotal, printedPredicate);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(AkipRow.class);
    }

    /** The serialized form; printed figures are null where not printed. Read back through the factories. */
    private record Ser(int year, AkipEvaluation evaluation, BigDecimal printedTotal, AkipPredicate printedPredicate)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(AkipRow.class, () -> {
                AkipRow row = of(year, evaluation);
                row = printedTotal == null ? row : row.withPrintedTotal(printedTotal);
                return printedPredicate == null ? row : row.withPrintedPredicate(printedPredicate);
            });
        }
    }
}
