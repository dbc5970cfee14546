package io.github.sakip.internal;

import java.math.BigDecimal;

/**
 * Checks for the figures a report printed: kept exactly as printed, scale included.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Printed {

    private Printed() {
    }

    /**
     * Checks a printed figure: it must not be null, must be of sane size, and must have at most
     * {@value Decimals#MAX_SCALE} decimals as printed. The value is not normalised: the number of decimals printed
     * is part of what the report says. Only a negative scale, which no printed figure has, is raised to zero. A
     * subclass of {@code BigDecimal} is kept as its plain copy ({@link Decimals#plain(BigDecimal)}).
     *
     * @param printed the printed figure
     * @param name the argument's name
     * @return the printed figure
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is absurdly large or precise,
     *         or printed with more than 100 decimals (trailing zeros included)
     */
    public static BigDecimal checked(BigDecimal printed, String name) {
        BigDecimal value = Decimals.plain(Decimals.notNull(printed, name));
        Decimals.checked(value, name);
        if (value.scale() > Decimals.MAX_SCALE) {
            // Kept at its printed scale, a figure must be one a report can print: 0E-2147483647 is not.
            throw new IllegalArgumentException(name + " has too many decimals to be a figure of a report: "
                    + Decimals.abbreviate(value) + " (at most " + Decimals.MAX_SCALE + " decimals as printed)");
        }
        // A negative scale (1E+2) is not a way a report prints a figure: it becomes the integer (100), so that the
        // figure reads and writes back the same. Other scales are kept as printed.
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
