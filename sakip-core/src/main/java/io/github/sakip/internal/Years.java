package io.github.sakip.internal;

/**
 * The one check of a year: every year the library takes (of a report, a Renstra period, a realisation, an AKIP
 * evaluation) is from {@value #FIRST} to {@value #LAST}. Wider than any report needs, narrow enough to catch a
 * year typed with a digit too many or too few.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Years {

    /** The first year the library accepts. */
    public static final int FIRST = 1900;

    /** The last year the library accepts. */
    public static final int LAST = 2999;

    private Years() {
    }

    /**
     * Checks that a year is from {@value #FIRST} to {@value #LAST}.
     *
     * @param year the year
     * @param name the argument's name, such as {@code "year"} or {@code "firstYear"}
     * @return the year
     * @throws IllegalArgumentException naming the argument and quoting the year if it is out of range
     */
    public static int checked(int year, String name) {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException(name + " must be from " + FIRST + " to " + LAST + ", but was " + year);
        }
        return year;
    }
}
