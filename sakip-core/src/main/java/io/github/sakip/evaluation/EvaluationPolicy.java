package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.internal.Decimals;
import java.util.Optional;

/**
 * The choices the evaluation forms of Permendagri 86/2017 leave open, with their defaults.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param capaian the formula for negative indicators and the meaning of a zero target, as for every capaian
 * @param renstraToDate how column 14, the realisation of the plan up to this year, is formed
 * @param endTarget which target of a plan is its end target (column 6), when the form takes it from the plan
 * @param predicateScale the bands of the predikat kinerja, such as {@link PredicateReading#scale()}
 */
public record EvaluationPolicy(Capaian.Policy capaian, RenstraToDate renstraToDate, EndTarget endTarget,
        CategoryScale predicateScale) {

    /**
     * How column 14 (realisasi kinerja Renstra s/d tahun berjalan) is formed from column 7 (the realisation of the
     * plan up to last year) and column 13 (this year's).
     */
    public enum RenstraToDate {

        /**
         * The default: by the indicator's accumulation. A flow adds up, {@code 7 + 13}; a stock or rate takes its
         * latest level, column 13 if this year has a value and column 7 otherwise. Adding two levels (a labour
         * participation rate of 67 % last year and 68,12 % this year) gives a figure, 135,12 %, that measures
         * nothing, so the printed formula is only right for flows.
         */
        BY_ACCUMULATION,

        /**
         * {@code 7 + 13} for every indicator, as the form prints the column's heading: the reading to use when
         * checking a form that was filled that way.
         */
        PRINTED_SUM
    }

    /**
     * Which target of a plan is its end target, when a form takes column 6 from the plan (a Renstra matrix) rather
     * than from a filled form.
     */
    public enum EndTarget {

        /**
         * The default: the target of the plan's last year, as the regulation's heading says ("target Renstra pada
         * tahun akhir periode"), as Renstra matrices print their end condition (Lampiran 3 of the reference report:
         * 16 laporan a year, end condition 16 laporan), and as {@link io.github.sakip.RenstraProgress} computes.
         * For a flow whose yearly targets are amounts per year this compares a sum of years with one year's target.
         */
        LAST_YEAR,

        /**
         * By the indicator's accumulation: the sum of the yearly targets for a flow (the same aggregate as its
         * realisation to date, as wp-sipd sums numeric Renstra targets), the last year's target for a stock.
         */
        BY_ACCUMULATION
    }

    /**
     * The defaults: {@link Capaian.Policy#DEFAULT}, {@link RenstraToDate#BY_ACCUMULATION},
     * {@link EndTarget#LAST_YEAR} and the predikat of {@link PredicateReading#PRINTED_LOWER_BAND}.
     */
    public static final EvaluationPolicy DEFAULT = new EvaluationPolicy(Capaian.Policy.DEFAULT,
            RenstraToDate.BY_ACCUMULATION, EndTarget.LAST_YEAR, PredicateReading.PRINTED_LOWER_BAND.scale());

    /**
     * Creates a policy.
     *
     * @param capaian the formula for negative indicators and the meaning of a zero target
     * @param renstraToDate how column 14 is formed
     * @param endTarget which target of a plan is its end target
     * @param predicateScale the bands of the predikat kinerja
     * @throws NullPointerException naming the component that is null
     */
    public EvaluationPolicy {
        Decimals.notNull(capaian, "capaian");
        Decimals.notNull(renstraToDate, "renstraToDate");
        Decimals.notNull(endTarget, "endTarget");
        Decimals.notNull(predicateScale, "predicateScale");
    }

    /**
     * Returns a copy with another capaian policy.
     *
     * @param policy the capaian policy
     * @return a copy with the capaian policy changed
     * @throws NullPointerException if {@code policy} is null
     */
    public EvaluationPolicy withCapaian(Capaian.Policy policy) {
        return new EvaluationPolicy(policy, renstraToDate, endTarget, predicateScale);
    }

    /**
     * Returns a copy with another reading of column 14.
     *
     * @param rule the reading
     * @return a copy with the reading changed
     * @throws NullPointerException if {@code rule} is null
     */
    public EvaluationPolicy withRenstraToDate(RenstraToDate rule) {
        return new EvaluationPolicy(capaian, rule, endTarget, predicateScale);
    }

    /**
     * Returns a copy with another end target.
     *
     * @param rule which target is the end target
     * @return a copy with the rule changed
     * @throws NullPointerException if {@code rule} is null
     */
    public EvaluationPolicy withEndTarget(EndTarget rule) {
        return new EvaluationPolicy(capaian, renstraToDate, rule, predicateScale);
    }

    /**
     * Returns a copy with another reading of the predikat bands.
     *
     * @param reading the reading
     * @return a copy with its scale
     * @throws NullPointerException if {@code reading} is null
     */
    public EvaluationPolicy withPredicate(PredicateReading reading) {
        return withPredicate(Decimals.notNull(reading, "reading").scale());
    }

    /**
     * Returns a copy with an agency's own predikat bands.
     *
     * @param scale the bands
     * @return a copy with the scale changed
     * @throws NullPointerException if {@code scale} is null
     */
    public EvaluationPolicy withPredicate(CategoryScale scale) {
        return new EvaluationPolicy(capaian, renstraToDate, endTarget, scale);
    }

    /**
     * Gives an achievement its predikat under this policy's bands.
     *
     * @param achievement the achievement
     * @return the category, or empty if the achievement is not computable
     * @throws NullPointerException if {@code achievement} is null
     */
    public Optional<Category> predicate(Achievement achievement) {
        Decimals.notNull(achievement, "achievement");
        return achievement.valueIfComputable().map(predicateScale::categorize);
    }
}
