package io.github.sakip.evaluation;

import io.github.sakip.Accumulation;
import io.github.sakip.Accumulations;
import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.MeanAchievement;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator's row in the forms of Permendagri 86/2017 that evaluate a plan over the years of its period:
 * "Evaluasi terhadap Hasil Renstra Perangkat Daerah" (Formulir E.80 for a kabupaten/kota, E.54 for a province) and,
 * of the same shape one level up, "Evaluasi terhadap Hasil RPJMD" (labelled E.78 for a kabupaten/kota in one published
 * application, E.58 in another; the form numbers are the applications', not confirmed against the annex).
 * <p>
 * The form gives, for K (performance) and Rp (budget): the data at the start of the plan, the target at its end, the
 * target of each year of the period, the realisation of each year, and derives the ratio of each year (rasio or
 * tingkat capaian tahun ke-n, {@link #yearAchievement(int, EvaluationPolicy)}, {@link #yearAbsorption(int)}), the
 * realisation at the end of the years evaluated (capaian pada akhir tahun perencanaan,
 * {@link #realizationToDate(int)}) and its ratio to the end target (rasio capaian akhir,
 * {@link #endAchievement(int, EvaluationPolicy)}, {@link #endAbsorption(int)}).
 * <p>
 * The realisation to date follows the indicator's accumulation, as {@link io.github.sakip.RenstraProgress}: the sum
 * of the years for a flow, the latest realised year for a stock or rate. Which target is the end target is the
 * policy's {@link EvaluationPolicy.EndTarget}. A year with no realisation is absent, never zero; a target or budget
 * of zero gives a not-computable ratio with its reason.
 * <p>
 * The workings and reasons are in Bahasa Indonesia by default and in English on request
 * ({@code explain(Locale)}, {@code reason(Locale)} of the figures this class returns), with numbers written as
 * reports print them in both languages ({@code "jumlah tahun 2024, 2025: 470 + 520 = 990"}, {@code "sum of 2024,
 * 2025: 470 + 520 = 990"}); the language is the caller's choice, never the JVM's default locale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param plan the plan: the indicator, the period, the baseline and the target of each year (K)
 * @param realizations the realisation of each year of the period (K); a year without an entry has no value
 * @param pagu the budget of each year of the period (Rp)
 * @param realisasi the budget realised in each year of the period (Rp); a year without an entry has no
 *        value
 */
public record RenstraEvaluationRow(RenstraPlan plan, SortedMap<Integer, Realization> realizations,
        SortedMap<Integer, BigDecimal> pagu, SortedMap<Integer, BigDecimal> realisasi) {

    /**
     * Creates a row, copying the maps.
     *
     * @param plan the plan
     * @param realizations the realisation of each year
     * @param pagu the budget of each year
     * @param realisasi the budget realised in each year
     * @throws NullPointerException naming the component, or the year whose value, is null
     * @throws IllegalArgumentException naming the year if it is outside the plan's period, or quoting an amount
     *         that is negative, has more than two decimals or is absurdly large
     */
    public RenstraEvaluationRow {
        Decimals.notNull(plan, "plan");
        realizations = copy(plan, realizations, "realizations", false);
        pagu = copy(plan, pagu, "pagu", true);
        realisasi = copy(plan, realisasi, "realisasi", true);
    }

    private static <T> SortedMap<Integer, T> copy(RenstraPlan plan, Map<Integer, T> byYear, String name,
            boolean rupiah) {
        Decimals.notNull(byYear, name);
        SortedMap<Integer, T> copy = new TreeMap<>();
        for (Map.Entry<Integer, T> entry : byYear.entrySet()) {
            int year = Decimals.notNull(entry.getKey(), name + " year");
            checkYear(plan, year, name + " year");
            T value = Decimals.notNull(entry.getValue(), name + " of " + year);
            if (rupiah) {
                // The checked amount is kept: normalised, and a plain copy of a subclass of BigDecimal.
                @SuppressWarnings("unchecked")
                T checked = (T) RowBudget.rupiah((BigDecimal) value, name + " of " + year);
                value = checked;
            }
            copy.put(year, value);
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void checkYear(RenstraPlan plan, int year, String name) {
        if (!plan.covers(year)) {
            throw new IllegalArgumentException(name + " must be in the plan's period " + plan.firstYear() + "–"
                    + plan.lastYear() + ", but was " + year);
        }
    }

    /**
     * Obtains a row with its realisations and no budget.
     *
     * @param plan the plan
     * @param realizations the realisation of each year
     * @return the row
     * @throws NullPointerException naming the argument, or the year whose value, is null
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public static RenstraEvaluationRow of(RenstraPlan plan, Map<Integer, ? extends Realization> realizations) {
        return new RenstraEvaluationRow(plan, new TreeMap<>(Decimals.notNull(realizations, "realizations")), new TreeMap<>(),
                new TreeMap<>());
    }

    /**
     * Returns a copy with the budget of the row.
     *
     * @param pagu the budget of each year
     * @param realisasi the budget realised in each year
     * @return a copy with the budget
     * @throws NullPointerException naming the argument, or the year whose value, is null
     * @throws IllegalArgumentException as the constructor does
     */
    public RenstraEvaluationRow withBudget(Map<Integer, BigDecimal> pagu, Map<Integer, BigDecimal> realisasi) {
        return new RenstraEvaluationRow(plan, realizations, new TreeMap<>(Decimals.notNull(pagu, "pagu")),
                new TreeMap<>(Decimals.notNull(realisasi, "realisasi")));
    }

    /**
     * Returns the ratio of one year with the default policy.
     *
     * @param year a year of the plan's period
     * @return the achievement, possibly not computable
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement yearAchievement(int year) {
        return yearAchievement(year, EvaluationPolicy.DEFAULT);
    }

    /**
     * Returns the ratio of one year (rasio capaian, K): the year's realisation against the year's target, by the
     * indicator's polarity.
     *
     * @param year a year of the plan's period
     * @param policy the policy
     * @return the achievement; not computable if the plan sets no target for the year, the target is zero or
     *         below, or the year has no realisation
     * @throws NullPointerException if {@code policy} is null
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement yearAchievement(int year, EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        checkYear(plan, year, "year");
        Optional<Target> target = plan.target(year);
        if (target.isEmpty()) {
            return FigureTexts.access().notComputable(Text.of("renstraRow.noYearTarget", year));
        }
        return policy.capaian().of(plan.indicator().polarity(), target.get(), realization(year));
    }

    private Realization realization(int year) {
        Realization realization = realizations.get(year);
        return realization != null ? realization : FigureTexts.access().absent(Text.of("renstraRow.noRealization",
                year));
    }

    /**
     * Returns the ratio of one year's budget (Rp): the budget realised in the year against the year's budget.
     *
     * @param year a year of the plan's period
     * @return the absorption; not computable if the year has no budget, a budget of 0, or no realisation
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement yearAbsorption(int year) {
        checkYear(plan, year, "year");
        BigDecimal budget = pagu.get(year);
        if (budget == null) {
            return FigureTexts.access().notComputable(Text.of("renstraRow.noPagu", year));
        }
        BigDecimal realised = realisasi.get(year);
        if (realised == null) {
            return FigureTexts.access().notComputable(Text.of("renstraRow.noRealisasi", year));
        }
        if (budget.signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("renstraRow.zeroPagu", year));
        }
        return BudgetLine.absorptionOf(budget, realised);
    }

    /**
     * Returns the realisation at the end of the years evaluated (capaian pada akhir tahun perencanaan, K): the
     * years from the first of the period to {@code upToYear}, accumulated by the indicator's accumulation.
     *
     * @param upToYear the last year evaluated, in the plan's period
     * @return the realisation with its working, such as {@code "jumlah tahun 2022, 2023: 10 + 12 = 22"} for a flow
     *         ({@code "sum of 2022, 2023: 10 + 12 = 22"} in English) or {@code "realisasi terakhir, tahun 2023:
     *         68"} for a stock ({@code "latest realised, 2023: 68"}); absent if no year up to {@code upToYear} has
     *         a value
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public DerivedValue realizationToDate(int upToYear) {
        checkYear(plan, upToYear, "upToYear");
        Accumulation accumulation = plan.indicator().accumulation();
        Realization toDate = Accumulations.years(accumulation, realizations, plan.firstYear(), upToYear);
        if (!toDate.isPresent()) {
            return DerivedValue.absent(FigureTexts.access().reason((Realization.Absent) toDate));
        }
        BigDecimal value = toDate.valueIfPresent().orElseThrow();
        SortedMap<Integer, Realization> years = realizations.subMap(plan.firstYear(), upToYear + 1);
        return DerivedValue.of(value, () -> accumulation == Accumulation.STOCK
                ? Text.of("renstraRow.latest", latestYear(years), Workings.number(value))
                : describeSum(years, value));
    }

    private static int latestYear(SortedMap<Integer, Realization> years) {
        int latest = 0;
        for (Map.Entry<Integer, Realization> entry : years.entrySet()) {
            if (entry.getValue().isPresent()) {
                latest = entry.getKey();
            }
        }
        return latest;
    }

    /** {@code "jumlah tahun 2024, 2025: 470 + 520 = 990"}, or {@code "tahun 2024: 470"} for one year. */
    private static Text describeSum(SortedMap<Integer, Realization> years, BigDecimal sum) {
        List<String> names = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Map.Entry<Integer, Realization> entry : years.entrySet()) {
            entry.getValue().valueIfPresent().ifPresent(value -> {
                names.add(Integer.toString(entry.getKey()));
                terms.add(Workings.number(value));
            });
        }
        if (terms.size() == 1) {
            return Text.of("renstraRow.oneYear", names.get(0), terms.get(0));
        }
        return Text.of("renstraRow.sum", String.join(", ", names), String.join(" + ", terms), Workings.number(sum));
    }

    /**
     * Returns the plan's end target (column 6 K) under a policy: the target of the last year, or, by accumulation,
     * the sum of the yearly targets for a flow.
     *
     * @param policy the policy
     * @return the end target, or empty if the plan does not set the targets it needs
     * @throws NullPointerException if {@code policy} is null
     */
    public Optional<Target> endTarget(EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        if (policy.endTarget() == EvaluationPolicy.EndTarget.LAST_YEAR
                || plan.indicator().accumulation() == Accumulation.STOCK) {
            return plan.endTarget();
        }
        BigDecimal lower = BigDecimal.ZERO;
        BigDecimal upper = BigDecimal.ZERO;
        for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
            Optional<Target> target = plan.target(year);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            lower = lower.add(target.get().lower());
            upper = upper.add(target.get().upper());
        }
        return Optional.of(Target.range(lower, upper));
    }

    /**
     * Returns the end ratio with the default policy.
     *
     * @param upToYear the last year evaluated, in the plan's period
     * @return the achievement, possibly not computable
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement endAchievement(int upToYear) {
        return endAchievement(upToYear, EvaluationPolicy.DEFAULT);
    }

    /**
     * Returns the end ratio (rasio capaian akhir, K): the realisation to date against the end target, by the
     * indicator's polarity. With the default policy this is {@link io.github.sakip.RenstraProgress}'s figure.
     *
     * @param upToYear the last year evaluated, in the plan's period
     * @param policy the policy
     * @return the achievement; not computable if the end target is missing, zero or below, or nothing is realised
     * @throws NullPointerException if {@code policy} is null
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement endAchievement(int upToYear, EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        DerivedValue toDate = realizationToDate(upToYear);
        Optional<Target> target = endTarget(policy);
        if (target.isEmpty()) {
            return FigureTexts.access().notComputable(policy.endTarget() == EvaluationPolicy.EndTarget.LAST_YEAR
                    || plan.indicator().accumulation() == Accumulation.STOCK
                    ? Text.of("renstraRow.noLastYearTarget", plan.lastYear())
                    : Text.of("renstraRow.noTargetEveryYear"));
        }
        return policy.capaian().of(plan.indicator().polarity(), target.get(), toDate.realization());
    }

    /**
     * Returns the plan's budget over its period (column 6 Rp): the sum of the yearly budgets.
     *
     * @return the sum, 0 if no year has a budget
     */
    public BigDecimal totalPagu() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal budget : pagu.values()) {
            total = total.add(budget);
        }
        return total;
    }

    /**
     * Returns the budget realised from the first year of the period to {@code upToYear} (Rp): always a sum.
     *
     * @param upToYear the last year evaluated, in the plan's period
     * @return the sum with its working, such as {@code "jumlah tahun 2024, 2025: 522.289.600 + 1.800.000.000 =
     *         2.322.289.600"} ({@code "sum of 2024, 2025: …"} in English); absent if no year up to
     *         {@code upToYear} has a budget realisation
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public DerivedValue realisasiToDate(int upToYear) {
        checkYear(plan, upToYear, "upToYear");
        SortedMap<Integer, Realization> years = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> entry : realisasi.subMap(plan.firstYear(), upToYear + 1)
                .entrySet()) {
            years.put(entry.getKey(), Realization.of(entry.getValue()));
            total = total.add(entry.getValue());
        }
        if (years.isEmpty()) {
            return DerivedValue.absent(Text.of("renstraRow.noRealisasiToDate", plan.firstYear(), upToYear));
        }
        BigDecimal sum = total;
        return DerivedValue.of(sum, () -> describeSum(years, sum));
    }

    /**
     * Returns the end ratio of the budget (rasio capaian akhir, Rp): the budget realised to date against the plan's
     * budget over its period.
     *
     * @param upToYear the last year evaluated, in the plan's period
     * @return the absorption; not computable if the plan's budget is 0 or nothing is realised
     * @throws IllegalArgumentException naming the year if it is outside the plan's period
     */
    public Achievement endAbsorption(int upToYear) {
        DerivedValue toDate = realisasiToDate(upToYear);
        BigDecimal total = totalPagu();
        if (total.signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("renstraRow.zeroTotalPagu"));
        }
        if (!toDate.isPresent()) {
            return FigureTexts.access().notComputable(toDate.explanation());
        }
        return BudgetLine.absorptionOf(total, toDate.value());
    }

    /**
     * Computes the bottom row of a year's column (rata-rata capaian kinerja): the mean of the rows' ratios of the
     * year, leaving out and counting those that are not computable.
     *
     * @param rows the form's rows
     * @param year the year, in every row's period
     * @param policy the policy
     * @return the mean with its working
     * @throws NullPointerException if an argument, or a row, is null
     * @throws IllegalArgumentException naming the year if it is outside a row's period
     */
    public static MeanAchievement averageOfYear(List<RenstraEvaluationRow> rows, int year, EvaluationPolicy policy) {
        Decimals.notNull(rows, "rows");
        Decimals.notNull(policy, "policy");
        List<Achievement> achievements = new ArrayList<>();
        for (RenstraEvaluationRow row : rows) {
            achievements.add(Decimals.notNull(row, "rows element").yearAchievement(year, policy));
        }
        return Workings.mean(achievements, Text.of("evaluation.subject.rowsOfYear", year));
    }

    /**
     * Computes the bottom row of the end ratio's column: the mean of the rows' end ratios, leaving out and counting
     * those that are not computable.
     *
     * @param rows the form's rows
     * @param upToYear the last year evaluated, in every row's period
     * @param policy the policy
     * @return the mean with its working
     * @throws NullPointerException if an argument, or a row, is null
     * @throws IllegalArgumentException naming the year if it is outside a row's period
     */
    public static MeanAchievement averageOfEnd(List<RenstraEvaluationRow> rows, int upToYear, EvaluationPolicy policy) {
        Decimals.notNull(rows, "rows");
        Decimals.notNull(policy, "policy");
        List<Achievement> achievements = new ArrayList<>();
        for (RenstraEvaluationRow row : rows) {
            achievements.add(Decimals.notNull(row, "rows element").endAchievement(upToYear, policy));
        }
        return Workings.mean(achievements, Text.of("evaluation.subject.rowsUpTo", upToYear));
    }
}
