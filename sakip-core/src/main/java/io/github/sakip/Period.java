package io.github.sakip;

/**
 * A reporting period: a budget year (tahun anggaran), or one of its quarters (triwulan I–IV).
 * <p>
 * Periods order by year, and within a year the quarters come before the whole year, so that the year is last:
 * its realisation is the one known latest.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year the year, from 1900 to 2999
 * @param quarter the quarter from 1 to 4, or 0 for the whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    /**
     * Creates a period, validating it.
     *
     * @param year the year, from 1900 to 2999
     * @param quarter the quarter from 1 to 4, or 0 for the whole year
     * @throws IllegalArgumentException quoting the value if the year is outside 1900–2999 or the quarter
     *         outside 0–4
     */
    public Period {
        checkYear(year, "year");
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be from 1 to 4 (or 0 for the whole year), but was "
                    + quarter);
        }
    }

    /** Checks that a year is one a report can speak of, from 1900 to 2999, naming the argument if not. */
    static void checkYear(int year, String name) {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException(name + " must be from 1900 to 2999, but was " + year);
        }
    }

    /**
     * Obtains the whole of a year.
     *
     * @param year the year, from 1900 to 2999
     * @return the period
     * @throws IllegalArgumentException quoting the year if it is out of range
     */
    public static Period ofYear(int year) {
        return new Period(year, 0);
    }

    /**
     * Obtains a quarter (triwulan) of a year.
     *
     * @param year the year, from 1900 to 2999
     * @param quarter the quarter, from 1 to 4
     * @return the period
     * @throws IllegalArgumentException quoting the value if the year or quarter is out of range
     */
    public static Period ofQuarter(int year, int quarter) {
        if (quarter == 0) {
            throw new IllegalArgumentException("quarter must be from 1 to 4, but was 0");
        }
        return new Period(year, quarter);
    }

    /**
     * Tells whether this is a whole year.
     *
     * @return true for a whole year, false for a quarter
     */
    public boolean isYear() {
        return quarter == 0;
    }

    /**
     * Returns the whole year this period belongs to.
     *
     * @return the year's period; this period if it is a whole year
     */
    public Period toYear() {
        return isYear() ? this : ofYear(year);
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        return Integer.compare(quarter == 0 ? 5 : quarter, other.quarter == 0 ? 5 : other.quarter);
    }

    /**
     * Returns the period as reports name it.
     *
     * @return {@code "2024"} for a year, {@code "2024 TW II"} for its second quarter (triwulan)
     */
    @Override
    public String toString() {
        if (isYear()) {
            return Integer.toString(year);
        }
        return year + " TW " + new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }
}
