package io.github.sakip.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks and normalisation for the decimals that enter the library.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Decimals {

    /**
     * The precision of every division in the library: 34 significant digits, half-even (IEEE 754 decimal128). A
     * quotient is also rounded, half-even, to at most {@value #MAX_SCALE} decimals, so that it is itself a figure the
     * library accepts: see {@link #divide(BigDecimal, BigDecimal)}.
     */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /** The largest number of digits an input may have before its decimal point (|value| &lt; 10^30). */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The largest number of digits an input may have after its decimal point, trailing zeros removed. */
    public static final int MAX_SCALE = 100;

    /**
     * The largest number of digits an input may be written with, trailing zeros included: as many as a figure of
     * {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_SCALE} after it has. Checked before the
     * trailing zeros are counted, so that removing them is bounded work. Sums of figures, such as the total of
     * four AKIP scores {@code 30} and {@code 1E-100}, stay within it.
     */
    public static final int MAX_PRECISION = MAX_INTEGER_DIGITS + MAX_SCALE;

    /** What a message says after a sum or result that has more than {@value #MAX_INTEGER_DIGITS} integer digits. */
    public static final String TOO_LARGE = ", too large to be a figure of a report (at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point)";

    /** The most digits {@link #abbreviate(BigDecimal)} reads to quote twenty of them. */
    private static final int MAX_SHOWN_DIGITS = 10_000;

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
     * Copies a list that must hold no null, naming the list, or the place of a null element, in the exception.
     *
     * @param <T> the type of the elements
     * @param list the list
     * @param name the argument's name
     * @return an unmodifiable copy
     * @throws NullPointerException naming the argument if it is null, or the index of a null element
     */
    public static <T> List<T> copyOf(List<? extends T> list, String name) {
        notNull(list, name);
        int index = 0;
        for (T element : list) {
            notNull(element, name + " element " + index++);
        }
        return List.copyOf(list);
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
     * A value is refused when it has more than {@value #MAX_INTEGER_DIGITS} digits before the decimal point or more
     * than {@value #MAX_SCALE} after it (trailing zeros aside), or is written with more than
     * {@value #MAX_PRECISION} digits. Such values (for example {@code 1E+1000000}) come from broken or hostile
     * input, and arithmetic on them could take unbounded time and memory. A subclass of {@code BigDecimal} is
     * copied first ({@link #plain(BigDecimal)}), and the checks and the result are the copy's.
     *
     * @param value the value
     * @param name the argument's name
     * @return the value, normalised by {@link #normalize(BigDecimal)}
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is too large or too precise
     */
    public static BigDecimal checked(BigDecimal value, String name) {
        BigDecimal plain = plain(notNull(value, name));
        if (plain.signum() == 0) {
            return BigDecimal.ZERO;
        }
        checkSize(plain, name);
        return checkScale(normalize(plain), plain, name);
    }

    /**
     * Returns a decimal as a plain {@link BigDecimal}: the value itself if it is one, otherwise a copy of its own
     * digits and scale.
     * <p>
     * {@code BigDecimal} is not final. A subclass can override {@code precision()}, {@code scale()},
     * {@code unscaledValue()}, {@code toString()} and the rest to pass a size check with a lie, and can make them
     * say something else after the check. What it cannot change are the fields {@code BigDecimal} keeps its number
     * in, which are final. {@code BigDecimal.ONE.multiply(value)} reads those fields of its argument directly and
     * calls none of its methods, and the product's scale is the value's own: so the copy is the value's true
     * number, made in time proportional to its digits (which the caller has already allocated), whatever its
     * exponent. Every check of this class runs on such a copy, and the library keeps only copies.
     *
     * @param value the value, not null
     * @return a plain {@code BigDecimal} with the same digits and scale
     */
    public static BigDecimal plain(BigDecimal value) {
        return value.getClass() == BigDecimal.class ? value : BigDecimal.ONE.multiply(value);
    }

    /**
     * Tells whether a result of the library's own arithmetic, such as a quotient or a sum of figures, is of a size
     * the library accepts as a figure: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point. (A
     * quotient of {@link #divide(BigDecimal, BigDecimal)} has at most {@value #MAX_SCALE} decimals, and a sum of
     * figures no more decimals than they have.)
     *
     * @param result the result, a plain {@code BigDecimal}
     * @return true if it has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point
     */
    public static boolean fits(BigDecimal result) {
        return result.signum() == 0 || (long) result.precision() - result.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * Adds up amounts that the library will add up again in totals (the lines of a budget table), and refuses
     * them if their sum is not a figure: then no total the library computes from them can be too large.
     *
     * @param amounts the amounts, each checked already
     * @param what what the amounts are, such as {@code "the pagu of the budget lines"}
     * @return the sum
     * @throws IllegalArgumentException quoting the sum if it has more than {@value #MAX_INTEGER_DIGITS} digits
     *         before the decimal point
     */
    public static BigDecimal checkedTotal(Iterable<BigDecimal> amounts, String what) {
        // Whole amounts of up to 18 digits, as most Rupiah are, add up in a long; the rest, and what would
        // overflow it, as BigDecimal. The total is the same number at the same scale as adding all as BigDecimal.
        long whole = 0;
        BigDecimal rest = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount.scale() == 0 && amount.precision() <= 18) {
                long value = amount.longValue();
                long sum = whole + value;
                if (((whole ^ sum) & (value ^ sum)) >= 0) {
                    whole = sum;
                    continue;
                }
            }
            rest = rest.add(amount);
        }
        BigDecimal total = whole == 0 ? rest : BigDecimal.valueOf(whole).add(rest);
        if (!fits(total)) {
            throw new IllegalArgumentException(what + " adds up to " + abbreviate(total) + TOO_LARGE);
        }
        return total;
    }

    /**
     * Checks an amount of Rupiah: as {@link #checkedNonNegative(BigDecimal, String)} does, and that it has at most
     * two decimals (sen) once trailing zeros are removed. The one check of pagu and realisasi everywhere (budget
     * lines and rows, PMK 214 outputs, the rows comparing performance and budget), so that all refuse with the same
     * words.
     *
     * @param amount the amount
     * @param name the argument's name
     * @return the amount, normalised
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative, has more than
     *         two decimals, or is too large or too precise
     */
    public static BigDecimal checkedRupiah(BigDecimal amount, String name) {
        BigDecimal checked = checkedNonNegative(amount, name);
        if (checked.scale() > 2) {
            throw new IllegalArgumentException(name + " must be Rupiah with at most two decimals, but was "
                    + abbreviate(checked));
        }
        return checked;
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
        BigDecimal plain = plain(notNull(value, name));
        if (plain.signum() == 0) {
            return BigDecimal.ZERO;
        }
        checkSize(plain, name);
        return checkScale(plain, plain, name);
    }

    /** Refuses a value of absurd size before anything else is done with it. */
    private static void checkSize(BigDecimal value, String name) {
        long integerDigits = (long) value.precision() - value.scale();
        if (value.precision() > MAX_PRECISION || integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " is too large or too precise to be a figure of a report: "
                    + abbreviate(value) + " (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                    + MAX_PRECISION + " digits in all)");
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
        if (value.scale() == 0) {
            return value; // an integer at scale 0 is normal already
        }
        if (value.scale() > 0 && value.precision() <= 18
                ? value.movePointRight(value.scale()).longValue() % 10 != 0
                : value.scale() > 0 && value.unscaledValue().testBit(0)) {
            // No trailing zero to strip: the last digit of the unscaled value is not 0 (read from a long where it
            // fits, without making a BigInteger), or, for a longer one, it is odd. Most figures and quotients are
            // such, and stripping makes a new value and costs a division by ten per digit.
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Divides exactly where the quotient terminates within {@link #DIVISION}, and otherwise to 34 significant
     * digits; rounds a quotient of more than {@value #MAX_SCALE} decimals half-even to {@value #MAX_SCALE}; then
     * normalises.
     * <p>
     * The second rounding only touches quotients below 10^-66 in magnitude, which keep fewer than 34 significant
     * digits (an error below 10^-100): it makes every quotient a figure the library accepts as an input, so that a
     * capaian of {@code 1E-100 / 7} can be categorised, printed and used as a PMK 214 output achievement like any
     * other.
     *
     * @param dividend the dividend
     * @param divisor the divisor, not zero
     * @return the normalised quotient, with at most {@value #MAX_SCALE} decimals
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal terminating = terminatingQuotient(dividend, divisor);
        if (terminating != null) {
            return terminating;
        }
        BigDecimal quotient = dividend.divide(divisor, DIVISION);
        if (quotient.scale() > MAX_SCALE) {
            quotient = quotient.setScale(MAX_SCALE, DIVISION.getRoundingMode());
        }
        return normalize(quotient);
    }

    /**
     * The normalised quotient when both operands have at most 18 digits and the quotient terminates in a value
     * whose digits fit in a {@code long}; otherwise {@code null}, for {@link #divide(BigDecimal, BigDecimal)}'s
     * general path. The value is the one the general path gives (a terminating quotient of at most 19 digits is
     * exact within {@link #DIVISION}); the difference is the cost: {@link BigDecimal#divide(BigDecimal, MathContext)}
     * finds an exact quotient by padding it to 34 digits and then strips the zeros again with one {@code BigInteger}
     * division by ten per digit, which made most of the audit's arithmetic (a capaian such as 75 / 60 × 100 = 125
     * is exact).
     * <p>
     * Reduced to lowest terms, a / b terminates exactly when b has no prime factor but 2 and 5; then
     * a / b = a × 2^(n − twos) × 5^(n − fives) / 10^n with n the larger of the two exponents.
     */
    static BigDecimal terminatingQuotient(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.precision() > 18 || divisor.precision() > 18 || divisor.signum() == 0) {
            return null;
        }
        if (dividend.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long a = Math.abs(unscaled(dividend));
        long b = Math.abs(unscaled(divisor));
        long gcd = gcd(a, b);
        a /= gcd;
        b /= gcd;
        int twos = Long.numberOfTrailingZeros(b);
        b >>= twos;
        int fives = 0;
        while (b % 5 == 0) {
            b /= 5;
            fives++;
        }
        if (b != 1) {
            return null; // a prime factor other than 2 and 5 is left: the quotient does not terminate
        }
        int n = Math.max(twos, fives);
        long digits = a;
        for (int i = twos; i < n; i++) {
            if (digits > Long.MAX_VALUE / 2) {
                return null;
            }
            digits *= 2;
        }
        for (int i = fives; i < n; i++) {
            if (digits > Long.MAX_VALUE / 5) {
                return null;
            }
            digits *= 5;
        }
        long scale = (long) n + dividend.scale() - divisor.scale();
        if (scale > MAX_SCALE || scale < Integer.MIN_VALUE) {
            return null; // the general path rounds or refuses such a quotient: leave it to it
        }
        return normalize(BigDecimal.valueOf(dividend.signum() == divisor.signum() ? digits : -digits, (int) scale));
    }

    /** The unscaled value of a decimal of at most 18 digits, without making a {@code BigInteger}. */
    private static long unscaled(BigDecimal value) {
        return value.scale() == 0 ? value.longValue() : value.movePointRight(value.scale()).longValue();
    }

    private static long gcd(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
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
     * @param given the value, copied first if it is a subclass ({@link #plain(BigDecimal)})
     * @return a short text for the value
     */
    public static String abbreviate(BigDecimal given) {
        BigDecimal value = plain(given);
        if (value.precision() <= 40 && Math.abs((long) value.scale()) <= 40) {
            return value.toPlainString();
        }
        if (value.precision() <= 40) {
            return value.toString();
        }
        if (value.precision() > MAX_SHOWN_DIGITS) {
            // Writing out the digits of such a number would cost more than a message is worth.
            long exponent = (long) value.precision() - value.scale() - 1;
            return (value.signum() < 0 ? "-" : "") + "a number of " + value.precision() + " digits, about 1E"
                    + (exponent >= 0 ? "+" : "") + exponent;
        }
        // Scientific notation with the first twenty digits: the exponent is the value's, so the text reads as
        // an approximation of the value itself.
        String digits = value.unscaledValue().abs().toString();
        long exponent = (long) value.precision() - value.scale() - 1;
        return (value.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1, 20) + "...E"
                + (exponent >= 0 ? "+" : "") + exponent + " (" + value.precision() + " digits)";
    }
}
