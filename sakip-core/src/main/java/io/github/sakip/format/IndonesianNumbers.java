package io.github.sakip.format;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Formats numbers as Indonesian reports print them: a dot groups thousands and a comma marks decimals
 * ({@code 5.578.741.408}, {@code 68,12}, {@code 97,04%}).
 * <p>
 * Built on the JDK's own locale data for Indonesian ({@code id-ID}). Formatting never rounds silently: the exact
 * forms keep every decimal, and the rounding forms take the number of decimals and the {@link RoundingMode}, or
 * say in their name that they round two decimals half-up, as reports do.
 * <p>
 * Sizes. Formatting takes any number, not only a figure of a report, but never works without bound: every form
 * refuses, with an {@link IllegalArgumentException} quoting the value, a number of more than
 * {@value #MAX_FORMAT_DIGITS} digits before the decimal point or written with more than
 * {@value #MAX_WRITTEN_DIGITS} digits; the exact forms ({@link #format(BigDecimal)},
 * {@link #formatOperand(BigDecimal)}) also one of more than {@value #MAX_FORMAT_DIGITS} decimals. The rounding forms
 * ({@link #format(BigDecimal, int, RoundingMode)}, {@link #formatPercent(BigDecimal)}) answer for any number of
 * decimals: a value smaller than a tenth of the last decimal shown ({@code 1E-1000000000}) rounds as every value
 * that small does, to {@code 0,00} or, rounding away from zero, to {@code 0,01}, without its digits being worked
 * out. A subclass of {@code BigDecimal} is formatted from a plain copy of its own digits.
 * <p>
 * This class is thread-safe.
 */
public final class IndonesianNumbers {

    /** The Indonesian locale, {@code id-ID}. */
    public static final Locale LOCALE = Locale.forLanguageTag("id-ID");

    private static final DecimalFormat TEMPLATE = template();

    /** The most digits a formatted number may have before its decimal point, and an exact one after it. */
    private static final int MAX_FORMAT_DIGITS = 1000;

    /** The most digits a number to format may be written with (its precision), trailing zeros included. */
    private static final int MAX_WRITTEN_DIGITS = 10_000;

    /** The longest text the parsers look at: far more than any figure of a report needs. */
    private static final int MAX_TEXT_LENGTH = 200;

    /** A number as Indonesian reports print it: groups of exactly three after the first, or no grouping. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?");

    /** A dot used as a decimal point: one to two digits, or four and more, after a single dot and no comma. */
    private static final Pattern DECIMAL_DOT = Pattern.compile("-?[0-9]+\\.(?:[0-9]{1,2}|[0-9]{4,})");

    /** The Rupiah forms: {@code Rp}, an optional dot, an optional space, then the amount and an optional ",-". */
    private static final Pattern RUPIAH = Pattern.compile("(-?)Rp\\.? ?(.*?)(,-)?");

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
     * @throws IllegalArgumentException quoting the value if it has more than 1000 digits before the decimal point
     *         or more than 1000 after it (trailing zeros included), or is written with more than 10.000 digits
     */
    public static String format(BigDecimal value) {
        return exact(sized(value, "value"), "value");
    }

    /** Formats a sized value exactly, refusing more decimals than a text should hold. */
    private static String exact(BigDecimal value, String name) {
        if (value.scale() > MAX_FORMAT_DIGITS) {
            throw new IllegalArgumentException(name + " has too many decimals to be formatted exactly: "
                    + Decimals.abbreviate(value) + " (at most " + MAX_FORMAT_DIGITS
                    + "; format(value, decimals, mode) rounds it)");
        }
        int scale = Math.max(0, value.scale());
        return formatWithDecimals(scale, scale, RoundingMode.UNNECESSARY).format(value);
    }

    /**
     * Copies a number to a plain {@code BigDecimal} and refuses it if formatting it would be unbounded work: more
     * than {@value #MAX_FORMAT_DIGITS} digits before the decimal point, or written with more than
     * {@value #MAX_WRITTEN_DIGITS} digits.
     */
    private static BigDecimal sized(BigDecimal given, String name) {
        BigDecimal value = Decimals.plain(Decimals.notNull(given, name));
        if (value.signum() != 0 && (long) value.precision() - value.scale() > MAX_FORMAT_DIGITS) {
            throw new IllegalArgumentException(name + " is too large to be formatted: " + Decimals.abbreviate(value)
                    + " (at most " + MAX_FORMAT_DIGITS + " digits before the decimal point)");
        }
        if (value.precision() > MAX_WRITTEN_DIGITS) {
            throw new IllegalArgumentException(name + " is written with too many digits to be formatted: "
                    + Decimals.abbreviate(value) + " (at most " + MAX_WRITTEN_DIGITS + ")");
        }
        return value;
    }

    /**
     * Formats a number with a fixed number of decimals, rounding as asked.
     *
     * @param value the number
     * @param decimals the number of decimals, from 0 to 100
     * @param mode how to round the decimals that are dropped
     * @return the Indonesian form, such as {@code "97,04"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range, or the value if it has more
     *         than 1000 digits before the decimal point or is written with more than 10.000 digits
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public static String format(BigDecimal value, int decimals, RoundingMode mode) {
        return rounded(value, decimals, mode, "value");
    }

    private static String rounded(BigDecimal given, int decimals, RoundingMode mode, String name) {
        BigDecimal value = sized(given, name);
        Decimals.notNull(mode, "mode");
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be from 0 to 100, but was " + decimals);
        }
        if (value.signum() != 0 && (long) value.precision() - value.scale() < -decimals) {
            // |value| < 10^-(decimals + 1), below half the last decimal shown: every mode rounds it as it rounds
            // any nonzero value that small of the same sign, such as ±10^-(decimals + 2). Rounding the value itself
            // would work out 10^scale, which for 1E-1000000000 does not end.
            value = BigDecimal.ONE.movePointLeft(decimals + 2).multiply(BigDecimal.valueOf(value.signum()));
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
     * @throws IllegalArgumentException quoting the value if it has more than 1000 digits before the decimal point
     *         or is written with more than 10.000 digits
     */
    public static String formatPercent(BigDecimal percent) {
        return rounded(percent, 2, RoundingMode.HALF_UP, "percent") + "%";
    }

    /**
     * Formats an operand of a worked calculation: exactly, and with at least two decimals when it has any
     * ({@code 70.2} gives {@code "70,20"}, {@code 75} gives {@code "75"}, {@code 1400} gives {@code "1.400"}).
     *
     * @param value the operand
     * @return the Indonesian form
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException quoting the value if it has more than 1000 digits before the decimal point
     *         or more than 1000 after it (trailing zeros aside), or is written with more than 10.000 digits
     */
    public static String formatOperand(BigDecimal value) {
        BigDecimal normal = Decimals.normalize(sized(value, "value"));
        if (normal.scale() == 1) {
            normal = normal.setScale(2);
        }
        return exact(normal, "value");
    }

    /**
     * Parses a number as Indonesian reports print it, strictly: a dot groups thousands and a comma marks
     * decimals. Built on the JDK's {@code id-ID} {@link DecimalFormat}, which alone is lenient (it reads
     * {@code "75.5"} as 755 and {@code "1.2.3,4"} as 123,4); this method first checks the form, then lets the JDK
     * read it and checks that the whole text was consumed.
     * <p>
     * Accepted: an optional {@code -}, then either digits without grouping ({@code "1234"}) or groups of exactly
     * three digits after a first group of one to three ({@code "5.578.741.408"}), then optionally a comma and
     * at least one digit ({@code "1.234,56"}, {@code "-0,5"}). Surrounding white space is ignored, and so is one
     * space right after the decimal comma, which text extracted from PDF files often has ({@code "68, 12"} is
     * 68,12).
     * <p>
     * Refused: empty or blank text, letters and any other characters (also non-ASCII digits), two commas, a
     * group of other than three digits ({@code "1.23,4"}, {@code "12.34"}), and trailing text. A dot used as a
     * decimal point, as in {@code "75.5"}, is refused as ambiguous: in Indonesian it would be a thousands
     * separator, yet a group of other than three digits shows that it is not one, so the text may mean 75,5 or
     * 755 and only its author knows which.
     * A dot followed by exactly three digits is always a thousands separator: {@code "75.500"} is 75500, as an
     * Indonesian reader reads it.
     * <p>
     * The result is normalised (trailing zeros removed: {@code "1.234,50"} gives {@code 1234.5}).
     *
     * @param text the number, such as {@code "1.234,56"}
     * @return the number, normalised
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text, and saying why, if it is not such a number or is absurdly
     *         large or precise
     */
    public static BigDecimal parse(String text) {
        Decimals.notNull(text, "text");
        return parseNumber(text, text);
    }

    /**
     * Parses a percentage as reports print it: a number as {@link #parse(String)} reads it, followed by
     * {@code %}, with or without one space before it ({@code "97,04%"}, {@code "97,04 %"}). The {@code %} is
     * required.
     *
     * @param text the percentage, such as {@code "97,04%"}
     * @return the number of percent, such as {@code 97.04}, normalised
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if it is not such a percentage
     */
    public static BigDecimal parsePercent(String text) {
        Decimals.notNull(text, "text");
        String stripped = text.strip();
        if (!stripped.endsWith("%")) {
            throw invalid(text, "a percentage ends with %");
        }
        String number = stripped.substring(0, stripped.length() - 1);
        if (number.endsWith(" ")) {
            number = number.substring(0, number.length() - 1);
        }
        if (number.isEmpty() || Character.isWhitespace(number.charAt(number.length() - 1))) {
            throw invalid(text, "expected a number, then % with at most one space before it");
        }
        return parseNumber(number, text);
    }

    /**
     * Parses an amount of Rupiah as reports print it: {@code Rp}, optionally followed by a dot and optionally
     * by one space, then a number as {@link #parse(String)} reads it with at most two decimals, and optionally
     * {@code ",-"} after an amount without decimals. A {@code -} before {@code Rp} makes it negative. Reads
     * {@code "Rp. 5.578.741.408,-"}, {@code "Rp5.578.741.408,00"}, {@code "Rp 1.000"} and the canonical form of
     * {@link #formatRupiah(BigDecimal)}. The {@code Rp} is required; plain amounts are read by
     * {@link #parse(String)}.
     *
     * @param text the amount, such as {@code "Rp. 5.578.741.408,-"}
     * @return the amount in Rupiah, normalised
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if it is not such an amount
     */
    public static BigDecimal parseRupiah(String text) {
        Decimals.notNull(text, "text");
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw invalid(text, "it is too long to be a figure of a report");
        }
        java.util.regex.Matcher matcher = RUPIAH.matcher(stripped);
        if (!matcher.matches()) {
            throw invalid(text, "an amount of Rupiah starts with Rp");
        }
        String number = matcher.group(2);
        if (number.startsWith("-")) {
            throw invalid(text, "a minus sign goes before Rp");
        }
        if (matcher.group(3) != null && number.contains(",")) {
            throw invalid(text, "\",-\" follows an amount without decimals");
        }
        BigDecimal amount = parseNumber(number, text);
        if (amount.scale() > 2) {
            throw invalid(text, "an amount of Rupiah has at most two decimals");
        }
        return matcher.group(1).isEmpty() ? amount : amount.negate();
    }

    /**
     * Formats an amount of Rupiah in the canonical form of this library: {@code Rp} without a dot or space,
     * the amount grouped by dots, and its decimals only when it has sen, always two of them:
     * {@code "Rp5.578.741.408"}, {@code "Rp1.234,50"}, {@code "-Rp500"}. {@link #parseRupiah(String)} reads it
     * back exactly.
     *
     * @param amount the amount, with at most two decimals once trailing zeros are removed
     * @return the canonical form
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException quoting the amount if it has more than two decimals (it is never rounded)
     *         or is absurdly large
     */
    public static String formatRupiah(BigDecimal amount) {
        BigDecimal checked = Decimals.checked(amount, "amount");
        if (checked.scale() > 2) {
            throw new IllegalArgumentException("amount must have at most two decimals to be Rupiah, but was "
                    + Decimals.abbreviate(amount) + " (round it first, choosing how)");
        }
        String digits = exact(checked.abs().setScale(checked.scale() > 0 ? 2 : 0), "amount");
        return (checked.signum() < 0 ? "-Rp" : "Rp") + digits;
    }

    private static BigDecimal parseNumber(String candidate, String text) {
        String number = candidate.strip();
        if (number.length() > MAX_TEXT_LENGTH) {
            throw invalid(text, "it is too long to be a figure of a report");
        }
        if (number.isEmpty()) {
            throw invalid(text, "there is no number");
        }
        int comma = number.indexOf(", ");
        if (comma >= 0) {
            number = number.substring(0, comma + 1) + number.substring(comma + 2);
        }
        if (!NUMBER.matcher(number).matches()) {
            if (DECIMAL_DOT.matcher(number).matches()) {
                throw invalid(text, "a dot groups thousands in Indonesian and this is not a group of three digits:"
                        + " if it is a decimal point, write a comma (75,5)");
            }
            throw invalid(text, "expected digits grouped in threes by dots with an optional decimal comma, such as"
                    + " 1.234,56");
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = ((DecimalFormat) TEMPLATE.clone()).parse(number, position);
        if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != number.length()) {
            throw invalid(text, "it is not a whole number in the id-ID form");
        }
        try {
            return Decimals.checked((BigDecimal) parsed, "number");
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
        return new IllegalArgumentException("not an Indonesian number: '" + shown + "': " + why);
    }
}
