package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.internal.Years;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares an indicator's figures year over year, as an LKjIP compares this year's realisation (realisasi) and
 * achievement (capaian) with previous years' (Tabel 3.3 of the reference report): the change in points
 * ({@code now − before}) and in percent ({@code (now − before) / before × 100}).
 * <p>
 * A year with no value (an indicator that did not exist yet, "tidak ada nilai karena indikator baru") is absent,
 * never zero: a change from or to it is not computable, with the reason. A percent change from a base of zero is
 * not computable (division by zero); neither is one from a negative base, whose sign would invert the direction of
 * the change. The change in points is still given in those cases.
 * <p>
 * Differences are exact; the percent change is carried to 34 significant digits (DECIMAL128), unrounded. This
 * class is thread-safe.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    /**
     * The change of a figure from one year to a later one.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param fromYear the earlier year
     * @param from the figure of the earlier year, measured or absent
     * @param toYear the later year
     * @param to the figure of the later year, measured or absent
     */
    public record Change(int fromYear, Realization from, int toYear, Realization to) implements Serializable {

        /**
         * Creates a change, validating it.
         *
         * @param fromYear the earlier year
         * @param from the figure of the earlier year
         * @param toYear the later year
         * @param to the figure of the later year
         * @throws NullPointerException naming the figure that is null
         * @throws IllegalArgumentException quoting the years if {@code fromYear} is not before {@code toYear}
         */
        public Change {
            Years.checked(fromYear, "fromYear");
            Years.checked(toYear, "toYear");
            Decimals.notNull(from, "from");
            Decimals.notNull(to, "to");
            if (fromYear >= toYear) {
                throw new IllegalArgumentException("fromYear must be before toYear, but was " + fromYear + " → "
                        + toYear);
            }
        }

        /**
         * Returns the change in points, {@code to − from}, exactly: in the unit of the figures (percentage points
         * for achievements).
         *
         * @return such as {@code -2.02} for TPAK 70,14 (2023) → 68,12 (2024), explained as
         *         {@code "68,12 − 70,14 = -2,02"}; not computable if a year has no value
         */
        public Quantity points() {
            Optional<Text> absent = absence();
            if (absent.isPresent()) {
                return Quantity.notComputable(Figure.Unit.NUMBER, absent.get());
            }
            BigDecimal before = value(from);
            BigDecimal after = value(to);
            BigDecimal points = Decimals.normalize(after.subtract(before));
            return Quantity.of(points, Figure.Unit.NUMBER, () -> Text.literal(formatOperand(after) + " − "
                    + formatOperand(before) + " = " + formatOperand(points)));
        }

        /**
         * Returns the change in percent of the earlier figure, {@code (to − from) / from × 100}, at full precision.
         *
         * @return such as {@code -2.879...} for TPAK 70,14 → 68,12, explained as
         *         {@code "-2,02 / 70,14 × 100% = -2,88%"}; not computable if a year has no value or the earlier
         *         figure is zero or negative
         */
        public Quantity percent() {
            Optional<Text> absent = absence();
            if (absent.isPresent()) {
                return Quantity.notComputable(Figure.Unit.PERCENT, absent.get());
            }
            BigDecimal before = value(from);
            if (before.signum() == 0) {
                return Quantity.notComputable(Figure.Unit.PERCENT, Text.of("change.zeroBase", fromYear));
            }
            if (before.signum() < 0) {
                return Quantity.notComputable(Figure.Unit.PERCENT, Text.of("change.negativeBase", fromYear,
                        before.toPlainString()));
            }
            BigDecimal points = Decimals.normalize(value(to).subtract(before));
            BigDecimal percent = Decimals.divide(points.multiply(Decimals.HUNDRED), before);
            return Quantity.of(percent, Figure.Unit.PERCENT, () -> Text.literal(formatOperand(points) + " / "
                    + formatOperand(before) + " × 100% = " + formatPercent(percent)));
        }

        private Optional<Text> absence() {
            if (from instanceof Realization.Absent absent) {
                return Optional.of(Text.of("change.noValue", fromYear, absent.reasonText()));
            }
            if (to instanceof Realization.Absent absent) {
                return Optional.of(Text.of("change.noValue", toYear, absent.reasonText()));
            }
            return Optional.empty();
        }

        /**
         * Explains the change in the report's terms, in Bahasa Indonesia: the points, then the percent.
         *
         * @return such as {@code "2023 → 2024: 68,12 − 70,14 = -2,02; -2,02 / 70,14 × 100% = -2,88%"}, or
         *         {@code "2021 → 2022: tidak dapat dihitung: tidak ada nilai pada 2021 (indikator baru)"}
         */
        public String explain() {
            return explain(Languages.INDONESIAN);
        }

        /**
         * Explains the change in the report's terms, in a language: the points, then the percent.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "2021 → 2022: not computable: no value in 2021 (indikator baru)"} in English
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public String explain(Locale language) {
            Locale checked = Languages.check(language);
            String head = fromYear + " → " + toYear + ": ";
            Quantity points = points();
            if (!points.isComputable()) {
                return head + points.explain(checked);
            }
            Quantity percent = percent();
            return head + points.explain(checked) + "; " + (percent.isComputable() ? percent.explain(checked)
                    : Text.of("change.percentNotComputable", Achievement.reasonOf(percent)).in(checked));
        }

        /**
         * Returns the working, for jshell and logs.
         *
         * @return the same text as {@link #explain()}, in Bahasa Indonesia
         */
        @Override
        public String toString() {
            return explain();
        }

        private static BigDecimal value(Realization realization) {
            return ((Realization.Measured) realization).value();
        }
    }

    /**
     * Obtains the change between two years.
     *
     * @param fromYear the earlier year
     * @param from its figure
     * @param toYear the later year
     * @param to its figure
     * @return the change
     * @throws NullPointerException naming the figure that is null
     * @throws IllegalArgumentException quoting the years if {@code fromYear} is not before {@code toYear}
     */
    public static Change of(int fromYear, Realization from, int toYear, Realization to) {
        return new Change(fromYear, from, toYear, to);
    }

    /**
     * Compares realisations year by year: one change for each pair of consecutive calendar years, from the
     * earliest year of the map to the latest. A year between them with no entry has no value.
     *
     * @param byYear the realisation of each year
     * @return the changes in order of year; empty if the map has fewer than two years
     * @throws NullPointerException naming the argument, or the year whose realisation, is null
     * @throws IllegalArgumentException quoting the year if it is outside 1900–2999
     */
    public static List<Change> of(Map<Integer, ? extends Realization> byYear) {
        Decimals.notNull(byYear, "byYear");
        TreeMap<Integer, Realization> sorted = new TreeMap<>();
        for (Map.Entry<Integer, ? extends Realization> entry : byYear.entrySet()) {
            Integer year = Decimals.notNull(entry.getKey(), "byYear key");
            Years.checked(year, "byYear key");
            sorted.put(year, Decimals.notNull(entry.getValue(), "realisation of " + year));
        }
        List<Change> changes = new ArrayList<>();
        if (sorted.size() < 2) {
            return List.of();
        }
        for (int year = sorted.firstKey(); year < sorted.lastKey(); year++) {
            changes.add(new Change(year, orAbsent(sorted, year), year + 1, orAbsent(sorted, year + 1)));
        }
        return Collections.unmodifiableList(changes);
    }

    /**
     * Compares achievements (capaian) year by year, as {@link #of(Map)} compares realisations: the change in
     * percentage points and in percent. A year whose achievement is not computable has no value, with the
     * achievement's reason.
     *
     * @param byYear the achievement of each year
     * @return the changes in order of year; empty if the map has fewer than two years
     * @throws NullPointerException naming the argument, or the year whose achievement, is null
     * @throws IllegalArgumentException quoting the year if it is outside 1900–2999
     */
    public static List<Change> ofAchievements(Map<Integer, Achievement> byYear) {
        Decimals.notNull(byYear, "byYear");
        TreeMap<Integer, Realization> figures = new TreeMap<>();
        for (Map.Entry<Integer, Achievement> entry : byYear.entrySet()) {
            Integer year = Decimals.notNull(entry.getKey(), "byYear key");
            Achievement achievement = Decimals.notNull(entry.getValue(), "achievement of " + year);
            figures.put(year, achievement.isComputable() ? Realization.of(achievement.percent())
                    : new Realization.Absent(Text.of("change.capaianNotComputable", Achievement.reasonOf(achievement))));
        }
        return of(figures);
    }

    private static Realization orAbsent(Map<Integer, Realization> sorted, int year) {
        Realization realization = sorted.get(year);
        return realization != null ? realization : new Realization.Absent(Text.of("change.noEntry", year));
    }
}
