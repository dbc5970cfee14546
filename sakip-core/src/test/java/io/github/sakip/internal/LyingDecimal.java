package io.github.sakip.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A hostile {@code BigDecimal} for tests: its fields hold one number (the truth), and every method a check or a copy
 * might call answers from another (its word), which changes after a number of answers or when told to: so it can
 * pass a size check with a lie and change its value after the check.
 */
public final class LyingDecimal extends BigDecimal {

    private static final long serialVersionUID = 1L;

    private volatile BigDecimal shown;
    private final BigDecimal later;
    private final int honestAnswers;
    private int asked;

    /**
     * Makes a number that says it is another one, until told otherwise.
     *
     * @param truth the number its fields hold
     * @param shown the number it says it is
     */
    public LyingDecimal(BigDecimal truth, BigDecimal shown) {
        this(truth, shown, shown, Integer.MAX_VALUE);
    }

    /**
     * Makes a number that says it is another one for a number of answers, then a third.
     *
     * @param truth the number its fields hold
     * @param shown the number it says it is at first
     * @param later the number it says it is after that
     * @param answers how many answers it gives from {@code shown}
     */
    public LyingDecimal(BigDecimal truth, BigDecimal shown, BigDecimal later, int answers) {
        super(truth.unscaledValue(), truth.scale());
        this.shown = shown;
        this.later = later;
        this.honestAnswers = answers;
    }

    /**
     * Makes it say another number from now on, as a caller that changes its instance does.
     *
     * @param value the number it says it is
     */
    public void say(BigDecimal value) {
        shown = value;
    }

    private BigDecimal word() {
        return ++asked > honestAnswers ? later : shown;
    }

    @Override
    public int precision() {
        return word().precision();
    }

    @Override
    public int scale() {
        return word().scale();
    }

    @Override
    public BigInteger unscaledValue() {
        return word().unscaledValue();
    }

    @Override
    public int signum() {
        return word().signum();
    }

    @Override
    public String toString() {
        return word().toString();
    }

    @Override
    public String toPlainString() {
        return word().toPlainString();
    }

    @Override
    public BigDecimal stripTrailingZeros() {
        return word().stripTrailingZeros();
    }

    @Override
    public BigDecimal setScale(int newScale, RoundingMode mode) {
        return word().setScale(newScale, mode);
    }

    @Override
    public BigDecimal round(MathContext mc) {
        return word().round(mc);
    }

    @Override
    public int compareTo(BigDecimal other) {
        return word().compareTo(other);
    }

    @Override
    public boolean equals(Object other) {
        return word().equals(other);
    }

    @Override
    public int hashCode() {
        return word().hashCode();
    }
}
