package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Text;
import io.github.sakip.internal.Years;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The plan of one indicator in a strategic plan (Rencana Strategis, Renstra): its period, its initial condition
 * (kondisi awal) and its target for each year. The end target (target akhir Renstra) is the target of the last
 * year of the period; progress (tingkat kemajuan) is measured against it by {@link RenstraProgress}.
 * <p>
 * A year may have no target. The baseline, if any, is of a year no later than the first year of the period
 * (usually the year before it). Target years must lie inside the period. Targets are held in a sorted,
 * unmodifiable copy.
 * <p>
 * Start from {@link #of(Indicator, int, int, List)} or {@link #of(Indicator, int, int, Map)} and add a baseline
 * with {@link #withBaseline(int, BigDecimal)}, which returns a copy.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised plan is validated as a new one is.
 *
 * @serial exclude
 */
public final class RenstraPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Indicator indicator;
    private final int firstYear;
    private final int lastYear;
    /** The baseline, or null if the plan states none. */
    private final Baseline baseline;
    private final SortedMap<Integer, Target> targets;

    /**
     * The initial condition (kondisi awal) of a plan: the value measured in a year before, or at, its start.
     * The value is normalised, so {@code equals} agrees with numeric equality.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param year the year the value was measured
     * @param value the value, normalised
     */
    public record Baseline(int year, BigDecimal value) implements Serializable {

        /**
         * Creates a baseline.
         *
         * @param year the year the value was measured
         * @param value the value
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException quoting the value if the year is outside 1900–2999 or the value is
         *         absurdly large or precise
         */
        public Baseline {
            Years.checked(year, "year");
            value = Decimals.checked(value, "value");
        }

        /**
         * Returns the baseline as reports print it.
         *
         * @return such as {@code "28 (2023)"}
         */
        @Override
        public String toString() {
            return value.toPlainString() + " (" + year + ")";
        }
    }

    /**
     * The target of one year, an entry of {@link RenstraPlan#of(Indicator, int, int, List)}.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param year the year
     * @param target its target
     */
    public record YearTarget(int year, Target target) implements Serializable {

        /**
         * Creates a year's target.
         *
         * @param year the year
         * @param target its target
         * @throws NullPointerException if {@code target} is null
         * @throws IllegalArgumentException quoting the year if it is outside 1900–2999
         */
        public YearTarget {
            Years.checked(year, "year");
            Decimals.notNull(target, "target");
        }

        /**
         * Obtains a year's target of a single value.
         *
         * @param year the year
         * @param target the target value
         * @return the year's target
         * @throws NullPointerException if {@code target} is null
         * @throws IllegalArgumentException quoting the value if the year is out of range or the target absurd
         */
        public static YearTarget of(int year, BigDecimal target) {
            return new YearTarget(year, Target.of(target));
        }
    }

    /**
     * The Renstra's target for a year beside the target the agency signed for that year in its performance
     * agreement (Perjanjian Kinerja, PK). The two often differ: the reference report's 2024 PK targets TPAK 70,20
     * and Nilai SAKIP 75 differ from its Renstra's 70,95 and 71,61, while IP-ASN is 65 in both.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param year the year
     * @param renstra the Renstra's target for the year
     * @param agreement the Perjanjian Kinerja target for the year
     */
    public record TargetComparison(int year, Target renstra, Target agreement) implements Serializable {

        /**
         * Creates a comparison.
         *
         * @param year the year
         * @param renstra the Renstra's target for the year
         * @param agreement the Perjanjian Kinerja target for the year
         * @throws NullPointerException naming the target that is null
         * @throws IllegalArgumentException quoting the year if it is outside 1900–2999
         */
        public TargetComparison {
            Years.checked(year, "year");
            Decimals.notNull(renstra, "renstra");
            Decimals.notNull(agreement, "agreement");
        }

        /**
         * Tells whether the two targets differ numerically.
         *
         * @return true if they differ ({@code 70.2} and {@code 70.20} do not)
         */
        public boolean differs() {
            return !renstra.equals(agreement);
        }

        /**
         * Returns by how much the agreement's target departs from the Renstra's, in the indicator's unit:
         * {@code agreement − renstra}, exactly.
         *
         * @return such as {@code -0.75} for PK 70,20 against Renstra 70,95, explained as
         *         {@code "70,20 − 70,95 = -0,75"}; not computable if either target is a range
         */
        public Quantity difference() {
            if (renstra.isRange() || agreement.isRange()) {
                return Quantity.notComputable(Figure.Unit.NUMBER, Text.of("renstra.comparison.range",
                        agreement.format(), renstra.format()));
            }
            BigDecimal difference = Decimals.normalize(agreement.value().subtract(renstra.value()));
            return Quantity.of(difference, Figure.Unit.NUMBER, () -> Text.literal(agreement.format() + " − "
                    + renstra.format() + " = " + formatOperand(difference)));
        }

        /**
         * Returns the difference relative to the Renstra's target, in percent:
         * {@code (agreement − renstra) / renstra × 100}, at full precision (DECIMAL128).
         *
         * @return such as {@code 4.733...} for PK 75 against Renstra 71,61; not computable if either target is a
         *         range or the Renstra's target is zero or below
         */
        public Quantity differencePercent() {
            Quantity difference = difference();
            if (!difference.isComputable()) {
                return Quantity.notComputable(Figure.Unit.PERCENT, Achievement.reasonOf(difference));
            }
            if (renstra.value().signum() <= 0) {
                return Quantity.notComputable(Figure.Unit.PERCENT, Text.of("renstra.comparison.nonPositive",
                        renstra.value().toPlainString()));
            }
            BigDecimal d = difference.value();
            BigDecimal percent = Decimals.divide(d.multiply(Decimals.HUNDRED), renstra.value());
            return Quantity.of(percent, Figure.Unit.PERCENT, () -> Text.literal(formatOperand(d) + " / "
                    + renstra.format() + " × 100% = " + formatPercent(percent)));
        }

        /**
         * Describes the comparison in Bahasa Indonesia.
         *
         * @return such as {@code "2024: target Perjanjian Kinerja 70,20 berbeda dari target Renstra 70,95 sebesar
         *         -0,75"}
         */
        public String describe() {
            return describe(Languages.INDONESIAN);
        }

        /**
         * Describes the comparison in a language.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "2024: Perjanjian Kinerja target 70,20 differs from Renstra target 70,95 by
         *         -0,75"} in English
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public String describe(Locale language) {
            Locale checked = Languages.check(language);
            if (!differs()) {
                return Text.of("renstra.comparison.equal", year, renstra.format()).in(checked);
            }
            Quantity difference = difference();
            return (difference.isComputable()
                    ? Text.of("renstra.comparison.differsBy", year, agreement.format(), renstra.format(),
                            formatOperand(difference.value()))
                    : Text.of("renstra.comparison.differs", year, agreement.format(), renstra.format())).in(checked);
        }

        /**
         * Describes the comparison, as {@link #describe()} does.
         *
         * @return the description in Bahasa Indonesia
         */
        @Override
        public String toString() {
            return describe();
        }
    }

    private RenstraPlan(Indicator indicator, int firstYear, int lastYear, Baseline baseline,
            Map<Integer, Target> targets) {
        this.indicator = Decimals.notNull(indicator, "indicator");
        this.firstYear = Years.checked(firstYear, "firstYear");
        this.lastYear = Years.checked(lastYear, "lastYear");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("firstYear must not be after lastYear, but the period was "
                    + firstYear + "–" + lastYear);
        }
        if (baseline != null && baseline.year() > firstYear) {
            throw new IllegalArgumentException("baseline year must not be after the first year " + firstYear
                    + ", but was " + baseline.year());
        }
        this.baseline = baseline;
        Decimals.notNull(targets, "targets");
        SortedMap<Integer, Target> copy = new TreeMap<>();
        for (Map.Entry<Integer, Target> entry : targets.entrySet()) {
            Integer year = Decimals.notNull(entry.getKey(), "targets key");
            if (year < firstYear || year > lastYear) {
                throw new IllegalArgumentException("target year " + year + " is outside the period " + firstYear
                        + "–" + lastYear);
            }
            copy.put(year, Decimals.notNull(entry.getValue(), "target of " + year));
        }
        this.targets = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains a plan without a baseline from its targets by year.
     *
     * @param indicator the indicator, whose polarity and accumulation progress uses
     * @param firstYear the first year of the period, such as 2022, from 1900 to 2999
     * @param lastYear the last year of the period, such as 2026, not before {@code firstYear}
     * @param targets the target of each year that has one, in any order
     * @return the plan
     * @throws NullPointerException naming the argument, or the year whose target, that is null
     * @throws IllegalArgumentException naming the year if the period is out of order or out of range, or a
     *         target's year is outside the period
     */
    public static RenstraPlan of(Indicator indicator, int firstYear, int lastYear, Map<Integer, Target> targets) {
        return new RenstraPlan(indicator, firstYear, lastYear, null, targets);
    }

    /**
     * Obtains a plan without a baseline from its targets listed year by year.
     *
     * @param indicator the indicator, whose polarity and accumulation progress uses
     * @param firstYear the first year of the period, such as 2022, from 1900 to 2999
     * @param lastYear the last year of the period, such as 2026, not before {@code firstYear}
     * @param targets the targets, in increasing order of year, each year at most once
     * @return the plan
     * @throws NullPointerException naming the argument or element that is null
     * @throws IllegalArgumentException naming the year if the period is out of order, a year appears twice, the
     *         years are out of order, or a year is outside the period
     */
    public static RenstraPlan of(Indicator indicator, int firstYear, int lastYear, List<YearTarget> targets) {
        Decimals.notNull(targets, "targets");
        SortedMap<Integer, Target> byYear = new TreeMap<>();
        Integer previous = null;
        for (YearTarget target : targets) {
            Decimals.notNull(target, "targets element");
            if (byYear.containsKey(target.year())) {
                throw new IllegalArgumentException("target year " + target.year() + " appears more than once");
            }
            if (previous != null && target.year() < previous) {
                throw new IllegalArgumentException("target years must be in increasing order, but " + target.year()
                        + " follows " + previous);
            }
            byYear.put(target.year(), target.target());
            previous = target.year();
        }
        return new RenstraPlan(indicator, firstYear, lastYear, null, byYear);
    }

    /**
     * Returns a copy with a baseline (kondisi awal).
     *
     * @param baseline the baseline, of a year not after the first year of the period
     * @return a copy with the baseline set
     * @throws NullPointerException if {@code baseline} is null
     * @throws IllegalArgumentException naming the year if it is after the first year of the period
     */
    public RenstraPlan withBaseline(Baseline baseline) {
        return new RenstraPlan(indicator, firstYear, lastYear, Decimals.notNull(baseline, "baseline"), targets);
    }

    /**
     * Returns a copy with a baseline (kondisi awal).
     *
     * @param year the year of the baseline, not after the first year of the period
     * @param value the baseline value
     * @return a copy with the baseline set
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException naming the year if it is after the first year of the period
     */
    public RenstraPlan withBaseline(int year, BigDecimal value) {
        return withBaseline(new Baseline(year, value));
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, whose polarity and accumulation progress uses
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the first year of the period.
     *
     * @return such as 2022
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year of the period, whose target is the end target.
     *
     * @return such as 2026
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the initial condition (kondisi awal), if the plan states one.
     *
     * @return the baseline, or empty
     */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * Returns the target of each year that has one.
     *
     * @return the targets, sorted by year; unmodifiable
     */
    public SortedMap<Integer, Target> targets() {
        return targets;
    }

    /**
     * Returns the target of a year of the period.
     *
     * @param year the year
     * @return its target, or empty if the plan sets none for that year
     * @throws IllegalArgumentException naming the year if it is outside the period
     */
    public Optional<Target> target(int year) {
        checkInPeriod(year, "year");
        return Optional.ofNullable(targets.get(year));
    }

    /**
     * Returns the end target (target akhir Renstra): the target of the last year of the period. It is not the
     * target of the report's year, nor the Perjanjian Kinerja target.
     *
     * @return the target of {@code lastYear}, or empty if the plan sets none for it
     */
    public Optional<Target> endTarget() {
        return Optional.ofNullable(targets.get(lastYear));
    }

    /**
     * Compares the Renstra's target for a year with the Perjanjian Kinerja target for the same year.
     *
     * @param year the year, inside the period
     * @param agreement the Perjanjian Kinerja target for the year
     * @return the comparison, or empty if the plan sets no target for that year
     * @throws NullPointerException if {@code agreement} is null
     * @throws IllegalArgumentException naming the year if it is outside the period
     */
    public Optional<TargetComparison> compareWithAgreement(int year, Target agreement) {
        Decimals.notNull(agreement, "agreement");
        return target(year).map(renstra -> new TargetComparison(year, renstra, agreement));
    }

    /**
     * Tells whether a year falls in the plan's period.
     *
     * @param year the year
     * @return true if {@code firstYear ≤ year ≤ lastYear}
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    void checkInPeriod(int year, String name) {
        if (!covers(year)) {
            throw new IllegalArgumentException(name + " must be in the period " + firstYear + "–" + lastYear
                    + ", but was " + year);
        }
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "RenstraPlan[TPAK (Persen, POSITIVE, STOCK) 2022–2026, baseline 70.31 (2021),
     *         targets {2022=70, ...}]"}
     */
    @Override
    public String toString() {
        return "RenstraPlan[" + indicator + " " + firstYear + "–" + lastYear
                + (baseline == null ? "" : ", baseline " + baseline) + ", targets " + targets + "]";
    }

    /**
     * Compares indicator, period, baseline and targets; targets and baseline compare numerically.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenstraPlan that && indicator.equals(that.indicator) && firstYear == that.firstYear
                && lastYear == that.lastYear && Objects.equals(baseline, that.baseline)
                && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, firstYear, lastYear, baseline, targets);
    }

    private Object writeReplace() {
        return new Ser(indicator, firstYear, lastYear, baseline, new TreeMap<>(targets));
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(RenstraPlan.class);
    }

    /** The serialized form: the plan's parts, validated again by the factory when read. */
    private record Ser(Indicator indicator, int firstYear, int lastYear, Baseline baseline,
            TreeMap<Integer, Target> targets) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(RenstraPlan.class,
                    () -> new RenstraPlan(indicator, firstYear, lastYear, baseline, targets));
        }
    }
}
