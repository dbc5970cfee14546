package io.github.sakip.evaluation;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The K half (kinerja, performance) of one indicator's row in the form "Evaluasi terhadap Hasil Renja Perangkat
 * Daerah" of Permendagri 86/2017 (Formulir E.81 for a kabupaten/kota), and of the RKPD form of the same shape: the
 * columns the form is filled with, and the columns it derives from them.
 * <p>
 * Given (the regulation's column numbers): 5 the indicator, 6 the plan's end target (target Renstra pada tahun
 * akhir periode), 7 the realisation of the plan up to last year (realisasi capaian kinerja Renstra s/d Renja tahun
 * lalu), 8 this year's target (target kinerja Renja tahun berjalan), 9–12 the realisation in triwulan I–IV.
 * Derived:
 * <ul>
 * <li>13, the realisation this year ({@link #realizationThisYear()}): by the indicator's {@link Accumulation}, the
 * sum of the reported quarters for a flow, the latest reported quarter for a stock or rate. The form prints
 * {@code 13 = 9 + 10 + 11 + 12}, which is right for flows only.</li>
 * <li>14, the realisation of the plan up to this year ({@link #renstraRealizationToDate(EvaluationPolicy)}),
 * printed {@code 14 = 7 + 13}; by default a stock takes its latest level instead (see
 * {@link EvaluationPolicy.RenstraToDate}).</li>
 * <li>15, the level of achievement of the plan ({@link #renstraAchievement(EvaluationPolicy)}),
 * {@code 14 / 6 × 100 %}, polarity-aware as every capaian ({@link io.github.sakip.Capaian}).</li>
 * <li>{@code 13 / 8 × 100 %}, the achievement of the year ({@link #yearAchievement(EvaluationPolicy)}), which some
 * published forms print as "tingkat capaian realisasi kinerja tahun berjalan".</li>
 * </ul>
 * An empty target, a target of zero and a realisation with no value give a not-computable achievement with its
 * reason, never a division by zero and never a silent 0 (e-Monev applications print 0 there). A form filled at the
 * end of a quarter has the later quarters absent ({@link #upToQuarter(int)}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param indicator the indicator (column 5), whose polarity and accumulation decide the derived columns
 * @param renstraTarget column 6 K, the plan's end target; empty if the form leaves it blank
 * @param renstraRealizationToLastYear column 7 K, the realisation of the plan up to last year; absent in the plan's
 *        first year or when unknown
 * @param yearTarget column 8 K, this year's target; empty if the form leaves it blank
 * @param quarters columns 9–12 K, the realisation in each quarter
 */
public record IndicatorRow(Indicator indicator, Optional<Target> renstraTarget,
        Realization renstraRealizationToLastYear, Optional<Target> yearTarget, Quarters quarters) {

    /**
     * Creates a row.
     *
     * @param indicator the indicator
     * @param renstraTarget the plan's end target, or empty
     * @param renstraRealizationToLastYear the realisation of the plan up to last year, possibly absent
     * @param yearTarget this year's target, or empty
     * @param quarters the realisation in each quarter
     * @throws NullPointerException naming the component that is null
     */
    public IndicatorRow {
        Decimals.notNull(indicator, "indicator");
        Decimals.notNull(renstraTarget, "renstraTarget");
        Decimals.notNull(renstraRealizationToLastYear, "renstraRealizationToLastYear");
        Decimals.notNull(yearTarget, "yearTarget");
        Decimals.notNull(quarters, "quarters");
    }

    /**
     * Obtains a row whose targets are both given.
     *
     * @param indicator the indicator (column 5)
     * @param renstraTarget the plan's end target (column 6)
     * @param renstraRealizationToLastYear the realisation of the plan up to last year (column 7), possibly absent
     * @param yearTarget this year's target (column 8)
     * @param quarters the realisation in each quarter (columns 9–12)
     * @return the row
     * @throws NullPointerException naming the argument that is null
     */
    public static IndicatorRow of(Indicator indicator, Target renstraTarget, Realization renstraRealizationToLastYear,
            Target yearTarget, Quarters quarters) {
        return new IndicatorRow(indicator, Optional.of(Decimals.notNull(renstraTarget, "renstraTarget")),
                renstraRealizationToLastYear, Optional.of(Decimals.notNull(yearTarget, "yearTarget")), quarters);
    }

    /**
     * Returns the row as the form stood at the end of a quarter: the later quarters are not reported yet.
     *
     * @param quarter the last quarter reported, from 0 (none) to 4
     * @return a copy with the later quarters absent
     * @throws IllegalArgumentException quoting the quarter if it is not from 0 to 4
     */
    public IndicatorRow upToQuarter(int quarter) {
        return new IndicatorRow(indicator, renstraTarget, renstraRealizationToLastYear, yearTarget,
                quarters.upTo(quarter));
    }

    /**
     * Returns column 13 K, the realisation this year: the sum of the reported quarters for a flow, the latest
     * reported quarter for a stock or rate.
     *
     * @return the realisation with its working; absent if no quarter is reported
     */
    public DerivedValue realizationThisYear() {
        return quarters.accumulate(indicator.accumulation());
    }

    /**
     * Returns column 14 K with the default policy: the realisation of the plan up to this year.
     *
     * @return the realisation with its working; absent if neither column 7 nor column 13 has a value
     */
    public DerivedValue renstraRealizationToDate() {
        return renstraRealizationToDate(EvaluationPolicy.DEFAULT);
    }

    /**
     * Returns column 14 K, the realisation of the plan up to this year. By default
     * ({@link EvaluationPolicy.RenstraToDate#BY_ACCUMULATION}) a flow adds column 13 to column 7 and a stock or rate
     * takes its latest level (column 13, or column 7 if this year has no value yet); with
     * {@link EvaluationPolicy.RenstraToDate#PRINTED_SUM} every indicator adds, as the form's heading prints. A
     * column with no value adds nothing.
     *
     * @param policy the policy
     * @return the realisation with its working, such as {@code "7 + 13: 120 + 30 = 150"}; absent if neither column
     *         has a value
     * @throws NullPointerException if {@code policy} is null
     */
    public DerivedValue renstraRealizationToDate(EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        DerivedValue thisYear = realizationThisYear();
        Optional<BigDecimal> seven = renstraRealizationToLastYear.valueIfPresent();
        Optional<BigDecimal> thirteen = thisYear.valueIfPresent();
        if (seven.isEmpty() && thirteen.isEmpty()) {
            return DerivedValue.absent(Text.of("indicatorRow.neither", reason(renstraRealizationToLastYear),
                    thisYear.explanation()));
        }
        boolean adds = policy.renstraToDate() == EvaluationPolicy.RenstraToDate.PRINTED_SUM
                || indicator.accumulation() == Accumulation.FLOW;
        boolean asPrinted = policy.renstraToDate() == EvaluationPolicy.RenstraToDate.PRINTED_SUM
                && indicator.accumulation() == Accumulation.STOCK;
        UnaryOperator<Text> how = working -> asPrinted ? Text.of("indicatorRow.asPrinted", working) : working;
        if (adds) {
            if (seven.isPresent() && thirteen.isPresent()) {
                BigDecimal sum = seven.get().add(thirteen.get());
                return DerivedValue.of(sum, () -> how.apply(Text.of("evaluation.sevenPlusThirteen",
                        Workings.number(seven.get()), Workings.number(thirteen.get()), Workings.number(sum))));
            }
            if (thirteen.isPresent()) {
                return DerivedValue.of(thirteen.get(), () -> how.apply(Text.of("indicatorRow.thirteenOnly",
                        reason(renstraRealizationToLastYear), Workings.number(thirteen.get()))));
            }
            return DerivedValue.of(seven.get(), () -> how.apply(Text.of("evaluation.sevenOnly",
                    thisYear.explanation(), Workings.number(seven.get()))));
        }
        if (thirteen.isPresent()) {
            return DerivedValue.of(thirteen.get(), () -> seven.isPresent()
                    ? Text.of("indicatorRow.latestThirteenNotAdded", Workings.number(thirteen.get()),
                            Workings.number(seven.get()))
                    : Text.of("indicatorRow.latestThirteen", Workings.number(thirteen.get())));
        }
        return DerivedValue.of(seven.get(), () -> Text.of("indicatorRow.latestSeven", thisYear.explanation(),
                Workings.number(seven.get())));
    }

    /** Why column 7 has no value; asked only when it has none. */
    private static Text reason(Realization absent) {
        return FigureTexts.access().reason((Realization.Absent) absent);
    }

    /**
     * Returns column 15 K with the default policy.
     *
     * @return the achievement, possibly not computable
     */
    public Achievement renstraAchievement() {
        return renstraAchievement(EvaluationPolicy.DEFAULT);
    }

    /**
     * Returns column 15 K, the level of achievement of the plan up to this year: column 14 against column 6,
     * {@code 14 / 6 × 100 %}, by the indicator's polarity and the policy's capaian formula.
     *
     * @param policy the policy
     * @return the achievement; not computable, with the reason, if column 6 is blank, zero or negative, or column
     *         14 has no value
     * @throws NullPointerException if {@code policy} is null
     */
    public Achievement renstraAchievement(EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        if (renstraTarget.isEmpty()) {
            return FigureTexts.access().notComputable(Text.of("indicatorRow.noRenstraTarget"));
        }
        return policy.capaian().of(indicator.polarity(), renstraTarget.get(),
                renstraRealizationToDate(policy).realization());
    }

    /**
     * Returns the year's achievement with the default policy.
     *
     * @return the achievement, possibly not computable
     */
    public Achievement yearAchievement() {
        return yearAchievement(EvaluationPolicy.DEFAULT);
    }

    /**
     * Returns the achievement of the year, {@code 13 / 8 × 100 %}: column 13 against column 8, by the indicator's
     * polarity. On a form filled at the end of a quarter it is the year so far against the year's target.
     *
     * @param policy the policy
     * @return the achievement; not computable, with the reason, if column 8 is blank, zero or negative, or no
     *         quarter is reported
     * @throws NullPointerException if {@code policy} is null
     */
    public Achievement yearAchievement(EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        if (yearTarget.isEmpty()) {
            return FigureTexts.access().notComputable(Text.of("indicatorRow.noYearTarget"));
        }
        return policy.capaian().of(indicator.polarity(), yearTarget.get(), realizationThisYear().realization());
    }

    /**
     * Returns the achievement a measure names.
     *
     * @param measure column 15 or {@code 13 / 8}
     * @param policy the policy
     * @return {@link #renstraAchievement(EvaluationPolicy)} or {@link #yearAchievement(EvaluationPolicy)}
     * @throws NullPointerException naming the argument that is null
     */
    public Achievement achievement(Measure measure, EvaluationPolicy policy) {
        Decimals.notNull(measure, "measure");
        return measure == Measure.RENSTRA_TO_DATE ? renstraAchievement(policy) : yearAchievement(policy);
    }

    /**
     * Returns the predikat of a measure's achievement.
     *
     * @param measure column 15 or {@code 13 / 8}
     * @param policy the policy, whose scale gives the bands
     * @return the category, or empty if the achievement is not computable
     * @throws NullPointerException naming the argument that is null
     */
    public Optional<Category> predicate(Measure measure, EvaluationPolicy policy) {
        return policy.predicate(achievement(measure, policy));
    }
}
