package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Realization;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The cash plan (anggaran kas, rencana anggaran kas or RAK) of a budget line: the amount planned to be spent in
 * each quarter (triwulan I–IV), against which quarterly forms and e-Monev applications measure the budget
 * realisation.
 * <p>
 * Absorption against the cash plan is {@code realisasi / RAK × 100 %}, for one quarter
 * ({@link #absorption(Quarters, int)}) or cumulatively, the realisation up to quarter n against the plan up to
 * quarter n ({@link #absorptionToQuarter(Quarters, int)}). What the plan has not yet spent (selisih) is
 * {@code RAK − realisasi} ({@link #unspent(Quarters, int)}, {@link #unspentToQuarter(Quarters, int)}), positive when
 * spending is behind the plan and negative when it ran ahead, as {@link BudgetLine#unspent()} is for a whole year.
 * <p>
 * A quarter planned at zero gives a not-computable absorption with its reason (wp-sipd prints 0 % there), and a
 * quarter not reported yet gives no figure, never a realisation of zero. SIPD keeps the plan as running totals by
 * month; {@link #ofCumulative} takes such totals at the end of each quarter.
 * <p>
 * Amounts are Rupiah, not negative, at most two decimals, normalised. This class is immutable and thread-safe.
 *
 * @param first the amount planned for triwulan I
 * @param second the amount planned for triwulan II
 * @param third the amount planned for triwulan III
 * @param fourth the amount planned for triwulan IV
 */
public record CashPlan(BigDecimal first, BigDecimal second, BigDecimal third, BigDecimal fourth) {

    /**
     * Creates a cash plan.
     *
     * @param first the amount planned for triwulan I
     * @param second the amount planned for triwulan II
     * @param third the amount planned for triwulan III
     * @param fourth the amount planned for triwulan IV
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component and quoting the amount if it is negative, has more
     *         than two decimals or is absurdly large
     */
    public CashPlan {
        first = RowBudget.rupiah(first, "first");
        second = RowBudget.rupiah(second, "second");
        third = RowBudget.rupiah(third, "third");
        fourth = RowBudget.rupiah(fourth, "fourth");
    }

    /**
     * Obtains a cash plan from the amount of each quarter.
     *
     * @param first the amount planned for triwulan I
     * @param second the amount planned for triwulan II
     * @param third the amount planned for triwulan III
     * @param fourth the amount planned for triwulan IV
     * @return the plan
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as the constructor does
     */
    public static CashPlan of(BigDecimal first, BigDecimal second, BigDecimal third, BigDecimal fourth) {
        return new CashPlan(first, second, third, fourth);
    }

    /**
     * Obtains a cash plan from its running totals at the end of each quarter, as SIPD keeps it.
     *
     * @param toFirst the amount planned up to the end of triwulan I
     * @param toSecond up to the end of triwulan II
     * @param toThird up to the end of triwulan III
     * @param toFourth up to the end of triwulan IV, the year's total
     * @return the plan, each quarter's amount the difference of two totals
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the totals if one is below the one before, or as the constructor
     *         does
     */
    public static CashPlan ofCumulative(BigDecimal toFirst, BigDecimal toSecond, BigDecimal toThird,
            BigDecimal toFourth) {
        List<BigDecimal> totals = List.of(RowBudget.rupiah(toFirst, "toFirst"),
                RowBudget.rupiah(toSecond, "toSecond"), RowBudget.rupiah(toThird, "toThird"),
                RowBudget.rupiah(toFourth, "toFourth"));
        for (int quarter = 2; quarter <= 4; quarter++) {
            if (totals.get(quarter - 1).compareTo(totals.get(quarter - 2)) < 0) {
                throw new IllegalArgumentException("running totals must not decrease, but the total to "
                        + Workings.quarter(quarter) + " (" + totals.get(quarter - 1).toPlainString()
                        + ") is below the total to " + Workings.quarter(quarter - 1) + " ("
                        + totals.get(quarter - 2).toPlainString() + ")");
            }
        }
        return new CashPlan(totals.get(0), totals.get(1).subtract(totals.get(0)),
                totals.get(2).subtract(totals.get(1)), totals.get(3).subtract(totals.get(2)));
    }

    /**
     * Adds up the cash plans of a parent's children, quarter by quarter.
     *
     * @param plans the children's plans, at least one
     * @return the sum
     * @throws NullPointerException if {@code plans} or one of them is null
     * @throws IllegalArgumentException if {@code plans} is empty
     */
    public static CashPlan sum(Collection<CashPlan> plans) {
        Decimals.notNull(plans, "plans");
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("plans must not be empty");
        }
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (CashPlan plan : plans) {
            Decimals.notNull(plan, "plans element");
            for (int quarter = 1; quarter <= 4; quarter++) {
                sums[quarter - 1] = sums[quarter - 1].add(plan.planned(quarter));
            }
        }
        return new CashPlan(sums[0], sums[1], sums[2], sums[3]);
    }

    /**
     * Returns the amount planned for one quarter.
     *
     * @param quarter the quarter, from 1 to 4
     * @return the amount
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4
     */
    public BigDecimal planned(int quarter) {
        return List.of(first, second, third, fourth).get(Workings.checkQuarter(quarter, "quarter") - 1);
    }

    /**
     * Returns the amount planned up to the end of a quarter.
     *
     * @param quarter the quarter, from 1 to 4
     * @return the running total
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4
     */
    public BigDecimal plannedToQuarter(int quarter) {
        Workings.checkQuarter(quarter, "quarter");
        BigDecimal total = BigDecimal.ZERO;
        for (int q = 1; q <= quarter; q++) {
            total = total.add(planned(q));
        }
        return total;
    }

    /**
     * Returns the year's total, the sum of the four quarters.
     *
     * @return the total
     */
    public BigDecimal total() {
        return plannedToQuarter(4);
    }

    /**
     * Computes the absorption of one quarter against its plan: {@code realisasi / RAK × 100 %}.
     *
     * @param realisasi the budget realised in each quarter (columns 9–12 Rp)
     * @param quarter the quarter, from 1 to 4
     * @return the absorption with its working; not computable if the quarter is not reported or planned at zero
     * @throws NullPointerException if {@code realisasi} is null
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4, or quoting a realisation that
     *         is negative
     */
    public Achievement absorption(Quarters realisasi, int quarter) {
        Decimals.notNull(realisasi, "realisasi");
        Workings.checkQuarter(quarter, "quarter");
        Realization realised = realisasi.get(quarter);
        if (!realised.isPresent()) {
            return FigureTexts.access().notComputable(Text.of("cashPlan.notReported", Workings.roman(quarter)));
        }
        if (planned(quarter).signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("cashPlan.zeroRak", Workings.roman(quarter)));
        }
        return BudgetLine.absorptionOf(planned(quarter), realised.valueIfPresent().orElseThrow());
    }

    /**
     * Computes the absorption up to a quarter against the plan up to that quarter:
     * {@code (realisasi I + … + n) / (RAK I + … + n) × 100 %}. Every quarter up to {@code quarter} must be
     * reported.
     *
     * @param realisasi the budget realised in each quarter (columns 9–12 Rp)
     * @param quarter the last quarter, from 1 to 4
     * @return the absorption with its working; not computable if a quarter up to {@code quarter} is not reported or
     *         nothing is planned up to it
     * @throws NullPointerException if {@code realisasi} is null
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4, or quoting a realisation that
     *         is negative
     */
    public Achievement absorptionToQuarter(Quarters realisasi, int quarter) {
        Decimals.notNull(realisasi, "realisasi");
        Workings.checkQuarter(quarter, "quarter");
        Text missing = firstMissing(realisasi, quarter);
        if (missing != null) {
            return FigureTexts.access().notComputable(missing);
        }
        BigDecimal plan = plannedToQuarter(quarter);
        if (plan.signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("cashPlan.zeroRakToQuarter",
                    Workings.roman(quarter)));
        }
        return BudgetLine.absorptionOf(plan, realisasi.upTo(quarter).sum().value());
    }

    /**
     * Returns what the plan of one quarter has not spent (selisih): {@code RAK − realisasi}.
     *
     * @param realisasi the budget realised in each quarter (columns 9–12 Rp)
     * @param quarter the quarter, from 1 to 4
     * @return the difference with its working, negative when spending ran ahead of the plan; absent if the quarter
     *         is not reported
     * @throws NullPointerException if {@code realisasi} is null
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4
     */
    public DerivedValue unspent(Quarters realisasi, int quarter) {
        Decimals.notNull(realisasi, "realisasi");
        Workings.checkQuarter(quarter, "quarter");
        Realization realised = realisasi.get(quarter);
        if (!realised.isPresent()) {
            return DerivedValue.absent(Text.of("cashPlan.notReported", Workings.roman(quarter)));
        }
        BigDecimal plan = planned(quarter);
        BigDecimal spent = realised.valueIfPresent().orElseThrow();
        BigDecimal difference = plan.subtract(spent);
        return DerivedValue.of(difference, () -> Text.of("cashPlan.unspent", Workings.roman(quarter),
                Workings.number(plan), Workings.number(spent), Workings.number(difference)));
    }

    /**
     * Returns what the plan up to a quarter has not spent: {@code (RAK I + … + n) − (realisasi I + … + n)}. Every
     * quarter up to {@code quarter} must be reported.
     *
     * @param realisasi the budget realised in each quarter (columns 9–12 Rp)
     * @param quarter the last quarter, from 1 to 4
     * @return the difference with its working, negative when spending ran ahead of the plan; absent if a quarter
     *         up to {@code quarter} is not reported
     * @throws NullPointerException if {@code realisasi} is null
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4
     */
    public DerivedValue unspentToQuarter(Quarters realisasi, int quarter) {
        Decimals.notNull(realisasi, "realisasi");
        Workings.checkQuarter(quarter, "quarter");
        Text missing = firstMissing(realisasi, quarter);
        if (missing != null) {
            return DerivedValue.absent(missing);
        }
        BigDecimal plan = plannedToQuarter(quarter);
        BigDecimal spent = realisasi.upTo(quarter).sum().value();
        BigDecimal difference = plan.subtract(spent);
        return DerivedValue.of(difference, () -> Text.of("cashPlan.unspentToQuarter", Workings.roman(quarter),
                Workings.number(plan), Workings.number(spent), Workings.number(difference)));
    }

    private static Text firstMissing(Quarters realisasi, int quarter) {
        for (int q = 1; q <= quarter; q++) {
            if (!realisasi.get(q).isPresent()) {
                return Text.of("cashPlan.missing", Workings.roman(q), Workings.roman(quarter));
            }
        }
        return null;
    }
}
