package io.github.sakip.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Argument checks and normalisation for the decimals that enter the library.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Decimals {

    /** The precision of every division in the library: 34 significant digits, half-even (IEEE 754 decimal128). */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /** The largest number of significant digits an input may have. */
    public static final int MAX_PRECISION = 100;

    /** The largest number of digits an input may have before its decimal point (|value| &lt; 10^30). */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The largest number of digits an input may have after its decimal point, trailing zeros removed. */
    public static final int MAX_SCALE = 100;

    /** One hundred, the factor from a ratio to a percentage. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * Checks that an argument is not null, naming it in the exception.
     *
     * @param <T> the argument's type
     * @param value the argument
     * @param name the argument's name
     * @return the argument
     * @throws NullPointerException naming the argument if it is null
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /**
     * Checks that a text is neither null nor blank.
     *
     * @param value the text
     * @param name the argument's name
     * @return the text, stripped of leading and trailing white space
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument if it is blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, but was '" + value + "'");
        }
        return value.strip();
    }

    /**
     * Checks that a decimal is of a sane size and scale, before any arithmetic is done with it, and normalises it.
     * <p>
     * A value is refused when it has more than {@value #MAX_PRECISION} significant digits, more than
     * {@value #MAX_INTEGER_DIGITS} digits before the decimal point or more than {@value #MAX_SCALE} after it
     * (trailing zeros aside). Such values (for example {@code 1E+1000000}) come from broken or hostile input, and
     * arithmetic on them could take unbounded time and memory.
     *
     * @param value the value
     * @param name the argument's name
     * @return the value, normalised by {@link #normalize(BigDecimal)}
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is too large or too precise
     */
    public static BigDecimal checked(BigDecimal value, String name) {
        notNull(value, name);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        checkSize(value, name);
        return checkScale(normalize(value), value, name);
    }

    /**
     * Checks a decimal that is already normalised, such as a quotient of {@link #divide(BigDecimal, BigDecimal)},
     * against the same limits as {@link #checked(BigDecimal, String)}, and gives the same result without
     * normalising it again.
     *
     * @param value the value, normalised by {@link #normalize(BigDecimal)}
     * @param name the argument's name
     * @return the value
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is too large or too precise
     */
    public static BigDecimal checkedNormal(BigDecimal value, String name) {
        notNull(value, name);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        checkSize(value, name);
        return checkScale(value, value, name);
    }

    /** Refuses a value of absurd size before anything else is done with it. */
    private static void checkSize(BigDecimal value, String name) {
        long integerDigits = (long) value.precision() - value.scale();
        if (value.precision() > MAX_PRECISION || integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " is too large or too precise to be a figure of a report: "
                    + abbreviate(value) + " (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                    + MAX_PRECISION + " significant digits)");
        }
    }

    /** Refuses a normalised value with too many decimals, quoting the value as given. */
    private static BigDecimal checkScale(BigDecimal normal, BigDecimal given, String name) {
        if (normal.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(name + " has too many decimals to be a figure of a report: "
                    + abbreviate(given) + " (at most " + MAX_SCALE + " decimals)");
        }
        return normal;
    }

    /**
     * Checks a decimal as {@link #checked(BigDecimal, String)} does and that it is not negative.
     *
     * @param value the value
     * @param name the argument's name
     * @return the value, normalised
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative, too large or
     *         too precise
     */
    public static BigDecimal checkedNonNegative(BigDecimal value, String name) {
        BigDecimal checked = checked(value, name);
        if (checked.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, but was " + checked.toPlainString());
        }
        return checked;
    }

    /**
     * Normalises a decimal so that numerically equal values are {@code equals}: trailing zeros are removed, and a
     * negative scale is raised to zero ({@code 1E+2} becomes {@code 100}). The operation is idempotent.
     *
     * @param value the value, not null
     * @return the normalised value
     */
    public static BigDecimal normalize(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() == 0 || value.scale() > 0 && value.unscaledValue().testBit(0)) {
            // An integer at scale 0 is normal already; an odd unscaled value has no trailing zero to strip. Most
            // quotients are one or the other, and stripping costs a division by ten per digit.
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Divides exactly where the quotient terminates within {@link #DIVISION}, and otherwise to 34 significant
     * digits, then normalises.
     *
     * @param dividend the dividend
     * @param divisor the divisor, not zero
     * @return the normalised quotient
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return normalize(dividend.divide(divisor, DIVISION));
    }

    /**
     * Rounds for presentation to two decimals, half-up, as reports print.
     *
     * @param value the value
     * @return the value with scale 2
     */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Shows a value in an error message: plain, and cut short when it is long.
     *
     * @param value the value
     * @return a short text for the value
     */
    public static String abbreviate(BigDecimal value) {
        if (value.precision() <= 40 && Math.abs((long) value.scale()) <= 40) {
            return value.toPlainString();
        }
        if (value.precision() <= 40) {
            return value.toString();
        }
        // Scientific notation with the first twenty digits: the exponent is the value's, so the text reads as
        // an approximation of the value itself.
        String digits = value.unscaledValue().abs().toString();
        long exponent = (long) value.precision() - value.scale() - 1;
        return (value.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1, 20) + "...E"
                + (exponent >= 0 ? "+" : "") + exponent + " (" + value.precision() + " digits)";
    }
}
