package io.github.sakip.format;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats numbers as Indonesian reports print them: a dot groups thousands and a comma marks decimals
 * ({@code 5.578.741.408}, {@code 68,12}, {@code 97,04%}).
 * <p>
 * Built on the JDK's own locale data for Indonesian ({@code id-ID}). Formatting never rounds silently: the exact
 * forms keep every decimal, and the rounding forms take the number of decimals and the {@link RoundingMode}, or
 * say in their name that they round two decimals half-up, as reports do.
 * <p>
 * This class is thread-safe.
 */
public final class IndonesianNumbers {

    /** The Indonesian locale, {@code id-ID}. */
    public static final Locale LOCALE = Locale.forLanguageTag("id-ID");

    private static final DecimalFormat TEMPLATE = template();

    private IndonesianNumbers() {
    }

    private static DecimalFormat template() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(LOCALE);
        format.setGroupingUsed(true);
        format.setParseBigDecimal(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Integer.MAX_VALUE);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format;
    }

    private static DecimalFormat formatWithDecimals(int minimum, int maximum, RoundingMode mode) {
        DecimalFormat format = (DecimalFormat) TEMPLATE.clone();
        format.setMinimumFractionDigits(minimum);
        format.setMaximumFractionDigits(maximum);
        format.setRoundingMode(mode);
        return format;
    }

    /**
     * Formats a number exactly, with every decimal it has (its scale is kept: {@code 70.20} gives
     * {@code "70,20"}, {@code 1E+3} gives {@code "1.000"}).
     *
     * @param value the number
     * @return the Indonesian form, such as {@code "5.578.741.408"} or {@code "-0,5"}
     * @throws NullPointerException if {@code value} is null
     */
    public static String format(BigDecimal value) {
        Decimals.notNull(value, "value");
        int scale = Math.max(0, value.scale());
        return formatWithDecimals(scale, scale, RoundingMode.UNNECESSARY).format(value);
    }

    /**
     * Formats a number with a fixed number of decimals, rounding as asked.
     *
     * @param value the number
     * @param decimals the number of decimals, from 0 to 100
     * @param mode how to round the decimals that are dropped
     * @return the Indonesian form, such as {@code "97,04"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public static String format(BigDecimal value, int decimals, RoundingMode mode) {
        Decimals.notNull(value, "value");
        Decimals.notNull(mode, "mode");
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be from 0 to 100, but was " + decimals);
        }
        return formatWithDecimals(decimals, decimals, RoundingMode.UNNECESSARY)
                .format(value.setScale(decimals, mode));
    }

    /**
     * Formats a percentage as reports print it: two decimals, rounded half-up, followed by {@code %}.
     *
     * @param percent the percentage, such as {@code 97.037037}
     * @return such as {@code "97,04%"}
     * @throws NullPointerException if {@code percent} is null
     */
    public static String formatPercent(BigDecimal percent) {
        return format(percent, 2, RoundingMode.HALF_UP) + "%";
    }

    /**
     * Formats an operand of a worked calculation: exactly, and with at least two decimals when it has any
     * ({@code 70.2} gives {@code "70,20"}, {@code 75} gives {@code "75"}, {@code 1400} gives {@code "1.400"}).
     *
     * @param value the operand
     * @return the Indonesian form
     * @throws NullPointerException if {@code value} is null
     */
    public static String formatOperand(BigDecimal value) {
        Decimals.notNull(value, "value");
        BigDecimal normal = Decimals.normalize(value);
        if (normal.scale() == 1) {
            normal = normal.setScale(2);
        }
        return format(normal);
    }
}
