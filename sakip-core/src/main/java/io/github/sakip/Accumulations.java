package io.github.sakip;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.internal.Years;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Combines the realisations (realisasi) of an indicator over several periods into one figure, by its
 * {@link Accumulation}: the quarters (triwulan I–IV) of a year into the year, or the years of a Renstra period
 * into the realisation to date.
 * <ul>
 * <li>{@link Accumulation#STOCK}, a stock or rate: the latest realised value.</li>
 * <li>{@link Accumulation#FLOW}, a flow: the exact sum of the realised values.</li>
 * </ul>
 * A period with no value ({@link Realization.Absent}, or no entry at all) is skipped: it is never read as zero,
 * and a realised value of zero is a value like any other. If no period has a value, the result is absent, with a
 * reason that names the periods.
 * <p>
 * The two steps commute: accumulating quarters into years and the years into a total gives the same figure as
 * accumulating all the quarters at once, for both kinds. This class is thread-safe.
 */
public final class Accumulations {

    private Accumulations() {
    }

    /**
     * Accumulates realisations given in chronological order.
     *
     * @param accumulation how the realisations combine
     * @param chronological the realisations, earliest first
     * @return the latest value (stock) or the sum (flow) of the realised values, or absent if none is realised
     * @throws NullPointerException naming the argument, or the element, that is null
     * @throws IllegalArgumentException quoting the sum if the values of a flow add up to more than 30 digits
     *         before the decimal point
     */
    public static Realization accumulate(Accumulation accumulation, List<? extends Realization> chronological) {
        Decimals.notNull(accumulation, "accumulation");
        Decimals.notNull(chronological, "chronological");
        List<BigDecimal> values = new ArrayList<>();
        for (Realization realization : chronological) {
            Decimals.notNull(realization, "chronological element");
            realization.valueIfPresent().ifPresent(values::add);
        }
        if (values.isEmpty()) {
            return new Realization.Absent(chronological.isEmpty() ? Text.of("accumulation.noPeriods")
                    : Text.of("accumulation.noneRealized", chronological.size()));
        }
        if (accumulation == Accumulation.STOCK) {
            return Realization.of(values.get(values.size() - 1));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        if (!Decimals.fits(sum)) {
            throw new IllegalArgumentException("the realisations add up to " + Decimals.abbreviate(sum)
                    + Decimals.TOO_LARGE);
        }
        return Realization.of(sum);
    }

    /**
     * Accumulates the realisations of a run of years, such as a Renstra period up to the year of the report. A
     * year with no entry in the map is a year with no value. Years outside {@code fromYear}–{@code toYear} are not
     * used (a baseline year before the period, a later year).
     *
     * @param accumulation how the realisations combine
     * @param byYear the realisation of each year; years may be missing
     * @param fromYear the first year, inclusive, from 1900 to 2999
     * @param toYear the last year, inclusive, from 1900 to 2999
     * @return the realisation to date, or absent if no year from {@code fromYear} to {@code toYear} has a value
     * @throws NullPointerException naming the argument, or the year whose realisation, is null
     * @throws IllegalArgumentException quoting the year if one is outside 1900–2999 or {@code fromYear} is after
     *         {@code toYear}, or the sum
     *         if the values of a flow add up to more than 30 digits before the decimal point
     */
    public static Realization years(Accumulation accumulation, Map<Integer, ? extends Realization> byYear,
            int fromYear, int toYear) {
        Decimals.notNull(accumulation, "accumulation");
        Decimals.notNull(byYear, "byYear");
        Years.checked(fromYear, "fromYear");
        Years.checked(toYear, "toYear");
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear must not be after toYear, but was " + fromYear + " > "
                    + toYear);
        }
        List<Realization> chronological = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            Realization realization = byYear.containsKey(year)
                    ? Decimals.notNull(byYear.get(year), "realisation of " + year)
                    : new Realization.Absent(Text.of("accumulation.noValueForYear", year));
            chronological.add(realization);
        }
        Realization result = accumulate(accumulation, chronological);
        if (result instanceof Realization.Absent) {
            return new Realization.Absent(Text.of("accumulation.noneRealizedIn", span(fromYear, toYear)));
        }
        return result;
    }

    /**
     * Accumulates the quarters (triwulan I–IV) of a year into the year. A quarter with no entry in the map is a
     * quarter with no value.
     *
     * @param accumulation how the realisations combine
     * @param byQuarter the realisation of each quarter, keyed 1 to 4; quarters may be missing
     * @return the realisation of the year, or absent if no quarter has a value
     * @throws NullPointerException naming the argument, or the quarter whose realisation, is null
     * @throws IllegalArgumentException quoting the key if a quarter is not from 1 to 4, or the sum if the values
     *         of a flow add up to more than 30 digits before the decimal point
     */
    public static Realization quarters(Accumulation accumulation, Map<Integer, ? extends Realization> byQuarter) {
        Decimals.notNull(accumulation, "accumulation");
        Decimals.notNull(byQuarter, "byQuarter");
        for (Integer quarter : byQuarter.keySet()) {
            Decimals.notNull(quarter, "byQuarter key");
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be from 1 to 4, but was " + quarter);
            }
        }
        List<Realization> chronological = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            Realization realization = byQuarter.containsKey(quarter)
                    ? Decimals.notNull(byQuarter.get(quarter), "realisation of triwulan " + quarter)
                    : new Realization.Absent(Text.of("accumulation.noValueForQuarter", quarter));
            chronological.add(realization);
        }
        Realization result = accumulate(accumulation, chronological);
        if (result instanceof Realization.Absent) {
            return new Realization.Absent(Text.of("accumulation.noQuarterRealized"));
        }
        return result;
    }

    private static String span(int fromYear, int toYear) {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "–" + toYear;
    }
}
