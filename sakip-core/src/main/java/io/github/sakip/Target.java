package io.github.sakip;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The target (target kinerja) of an indicator for a period: a single value, or a range such as "80–90" or "7–8
 * bulan" (PermenPAN-RB 8/2021 allows targets as ranges).
 * <p>
 * A single value is a range whose bounds are equal. Both bounds are normalised (trailing zeros removed), so
 * {@code equals} agrees with numeric equality: {@code Target.of(70.20)} equals {@code Target.of(70.2)}.
 * A target of zero or below is a valid datum; its achievement is simply not computable (see {@link Capaian}).
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param lower the lower bound, normalised
 * @param upper the upper bound, normalised; equal to {@code lower} for a single value
 */
public record Target(BigDecimal lower, BigDecimal upper) implements Serializable {

    /**
     * Creates a target, validating and normalising its bounds.
     *
     * @param lower the lower bound
     * @param upper the upper bound, not below {@code lower}
     * @throws NullPointerException naming the bound that is null
     * @throws IllegalArgumentException quoting the values if {@code lower} is greater than {@code upper}, or a
     *         bound is absurdly large or precise
     */
    public Target {
        lower = Decimals.checked(lower, "lower");
        upper = Decimals.checked(upper, "upper");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower must not exceed upper, but the range was "
                    + lower.toPlainString() + " to " + upper.toPlainString());
        }
    }

    /**
     * Obtains a target of a single value.
     *
     * @param value the target value
     * @return the target
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Target of(BigDecimal value) {
        BigDecimal checked = Decimals.checked(value, "value");
        return new Target(checked, checked);
    }

    /**
     * Obtains a target range; a realisation anywhere inside it meets the target.
     *
     * @param lower the lower bound, inclusive
     * @param upper the upper bound, inclusive
     * @return the target
     * @throws NullPointerException naming the bound that is null
     * @throws IllegalArgumentException quoting the values if {@code lower > upper}
     */
    public static Target range(BigDecimal lower, BigDecimal upper) {
        return new Target(lower, upper);
    }

    /**
     * Tells whether this target is a range of more than one value.
     *
     * @return true if the bounds differ
     */
    public boolean isRange() {
        return lower.compareTo(upper) != 0;
    }

    /**
     * Returns the single value of this target.
     *
     * @return the value
     * @throws IllegalStateException if this target is a range
     */
    public BigDecimal value() {
        if (isRange()) {
            throw new IllegalStateException("target " + this + " is a range, not a single value");
        }
        return lower;
    }

    /**
     * Formats the target as a report prints it, with Indonesian decimal commas: the one place where a target
     * becomes text for people (workings, findings, tables).
     *
     * @return such as {@code "70,20"}, or {@code "80–90"} for a range (each bound as
     *         {@link IndonesianNumbers#formatOperand(BigDecimal)} formats it)
     */
    public String format() {
        return isRange() ? IndonesianNumbers.formatOperand(lower) + "–" + IndonesianNumbers.formatOperand(upper)
                : IndonesianNumbers.formatOperand(lower);
    }

    /**
     * Returns the target as plain numbers.
     *
     * @return {@code "70.2"}, or {@code "80–90"} for a range
     */
    @Override
    public String toString() {
        return isRange() ? lower.toPlainString() + "–" + upper.toPlainString() : lower.toPlainString();
    }
}
