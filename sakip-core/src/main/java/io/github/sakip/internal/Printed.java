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
     * Checks a printed figure: it must not be null, and must be of sane size. The value is not normalised: the
     * number of decimals printed is part of what the report says. Only a negative scale, which no printed figure
     * has, is raised to zero.
     *
     * @param printed the printed figure
     * @param name the argument's name
     * @return the printed figure
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is absurdly large or precise
     */
    public static BigDecimal checked(BigDecimal printed, String name) {
        Decimals.checked(printed, name);
        // A negative scale (1E+2) is not a way a report prints a figure: it becomes the integer (100), so that the
        // figure reads and writes back the same. Other scales are kept as printed.
        return printed.scale() < 0 ? printed.setScale(0) : printed;
    }
}
