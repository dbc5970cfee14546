package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Category;
import io.github.sakip.Realization;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * The Rp half (anggaran, budget) of a program's, kegiatan's or sub kegiatan's row in the Renja (or RKPD) evaluation
 * form of Permendagri 86/2017: the amounts the form is filled with, and those it derives from them. Budget
 * realisations are flows: they always add up, whatever the indicators of the row measure.
 * <p>
 * Given (the regulation's column numbers, Rp half): 6 the plan's budget over its period (pagu Renstra), 7 the
 * plan's budget realised up to last year, 8 this year's budget (pagu Renja), 9–12 the budget realised in triwulan
 * I–IV. Derived: 13 the year's realisation ({@code 9 + 10 + 11 + 12}, of the reported quarters), 14 the plan's
 * budget realised up to this year ({@code 7 + 13}), 15 its absorption ({@code 14 / 6 × 100 %}), and the year's
 * absorption ({@code 13 / 8 × 100 %}). A budget of zero gives a not-computable absorption with its reason.
 * <p>
 * Amounts are Rupiah: not negative, at most two decimals (sen), normalised so that {@code equals} agrees with
 * numeric equality. A quarter not reported yet is absent, never zero. This class is immutable, thread-safe and
 * serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param renstraPagu column 6 Rp, the plan's budget over its whole period
 * @param renstraRealisasiToLastYear column 7 Rp, the plan's budget realised up to last year; 0 in its first year
 * @param pagu column 8 Rp, this year's budget
 * @param realisasi columns 9–12 Rp, the budget realised in each quarter
 */
public record RowBudget(BigDecimal renstraPagu, BigDecimal renstraRealisasiToLastYear, BigDecimal pagu,
        Quarters realisasi) implements Serializable {

    /**
     * Creates the budget half of a row.
     *
     * @param renstraPagu the plan's budget over its period
     * @param renstraRealisasiToLastYear the plan's budget realised up to last year
     * @param pagu this year's budget
     * @param realisasi the budget realised in each quarter
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component, or the quarter, and quoting the amount if it is
     *         negative, has more than two decimals or is absurdly large
     */
    public RowBudget {
        renstraPagu = rupiah(renstraPagu, "renstraPagu");
        renstraRealisasiToLastYear = rupiah(renstraRealisasiToLastYear, "renstraRealisasiToLastYear");
        pagu = rupiah(pagu, "pagu");
        realisasi = rupiah(realisasi, "realisasi");
    }

    /**
     * Obtains the budget half of a row.
     *
     * @param renstraPagu column 6 Rp, the plan's budget over its period
     * @param renstraRealisasiToLastYear column 7 Rp, the plan's budget realised up to last year
     * @param pagu column 8 Rp, this year's budget
     * @param realisasi columns 9–12 Rp, the budget realised in each quarter
     * @return the budget half
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as the constructor does
     */
    public static RowBudget of(BigDecimal renstraPagu, BigDecimal renstraRealisasiToLastYear, BigDecimal pagu,
            Quarters realisasi) {
        return new RowBudget(renstraPagu, renstraRealisasiToLastYear, pagu, realisasi);
    }

    static BigDecimal rupiah(BigDecimal amount, String name) {
        return Decimals.checkedRupiah(amount, name);
    }

    static Quarters rupiah(Quarters quarters, String name) {
        Decimals.notNull(quarters, name);
        for (int quarter = 1; quarter <= 4; quarter++) {
            Optional<BigDecimal> value = quarters.get(quarter).valueIfPresent();
            if (value.isPresent()) {
                rupiah(value.get(), name + " of " + Workings.quarter(quarter));
            }
        }
        return quarters;
    }

    /**
     * Adds up the budgets of a parent's children, column by column: a program's budget is the sum of its
     * kegiatan's, a kegiatan's the sum of its sub kegiatan's. A quarter is the sum of the values reported in it,
     * and absent only if no child reports it.
     *
     * @param budgets the children's budgets, at least one
     * @return the sum
     * @throws NullPointerException if {@code budgets} or one of them is null
     * @throws IllegalArgumentException if {@code budgets} is empty
     */
    public static RowBudget sum(Collection<RowBudget> budgets) {
        Decimals.notNull(budgets, "budgets");
        if (budgets.isEmpty()) {
            throw new IllegalArgumentException("budgets must not be empty");
        }
        BigDecimal renstraPagu = BigDecimal.ZERO;
        BigDecimal toLastYear = BigDecimal.ZERO;
        BigDecimal pagu = BigDecimal.ZERO;
        Quarters quarters = null;
        for (RowBudget budget : budgets) {
            Decimals.notNull(budget, "budgets element");
            renstraPagu = renstraPagu.add(budget.renstraPagu);
            toLastYear = toLastYear.add(budget.renstraRealisasiToLastYear);
            pagu = pagu.add(budget.pagu);
            quarters = quarters == null ? budget.realisasi : quarters.plus(budget.realisasi);
        }
        return new RowBudget(renstraPagu, toLastYear, pagu, quarters);
    }

    /**
     * Returns the budget as it stood at the end of a quarter: the later quarters are not reported yet.
     *
     * @param quarter the last quarter reported, from 0 (none) to 4
     * @return a copy with the later quarters absent
     * @throws IllegalArgumentException quoting the quarter if it is not from 0 to 4
     */
    public RowBudget upToQuarter(int quarter) {
        return new RowBudget(renstraPagu, renstraRealisasiToLastYear, pagu, realisasi.upTo(quarter));
    }

    /**
     * Returns column 13 Rp, the budget realised this year: the sum of the reported quarters.
     *
     * @return the sum with its working; absent if no quarter is reported
     */
    public DerivedValue realisasiThisYear() {
        return realisasi.sum();
    }

    /**
     * Returns column 14 Rp, the plan's budget realised up to this year: {@code 7 + 13}.
     *
     * @return the sum with its working; column 7 alone if no quarter is reported
     */
    public DerivedValue renstraRealisasiToDate() {
        DerivedValue thisYear = realisasiThisYear();
        BigDecimal seven = renstraRealisasiToLastYear;
        if (thisYear.isPresent()) {
            BigDecimal thirteen = thisYear.value();
            BigDecimal sum = seven.add(thirteen);
            return DerivedValue.of(sum, () -> Text.of("evaluation.sevenPlusThirteen", Workings.number(seven),
                    Workings.number(thirteen), Workings.number(sum)));
        }
        return DerivedValue.of(seven, () -> Text.of("evaluation.sevenOnly", thisYear.explanation(),
                Workings.number(seven)));
    }

    /**
     * Returns column 15 Rp, the absorption of the plan's budget up to this year: {@code 14 / 6 × 100 %}.
     *
     * @return the absorption with its working; not computable if column 6 is 0
     */
    public Achievement renstraAbsorption() {
        if (renstraPagu.signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("rowBudget.zeroRenstraPagu"));
        }
        return BudgetLine.absorptionOf(renstraPagu, renstraRealisasiToDate().value());
    }

    /**
     * Returns the absorption of this year's budget, {@code 13 / 8 × 100 %}.
     *
     * @return the absorption with its working; not computable if column 8 is 0 or no quarter is reported
     */
    public Achievement yearAbsorption() {
        if (pagu.signum() == 0) {
            return FigureTexts.access().notComputable(Text.of("rowBudget.zeroPagu"));
        }
        DerivedValue thisYear = realisasiThisYear();
        Realization thirteen = thisYear.realization();
        if (!thirteen.isPresent()) {
            return FigureTexts.access().notComputable(Text.of("rowBudget.noRealisasi", thisYear.explanation()));
        }
        return BudgetLine.absorptionOf(pagu, thisYear.value());
    }

    /**
     * Returns the absorption a measure names.
     *
     * @param measure column 15 or {@code 13 / 8}
     * @return {@link #renstraAbsorption()} or {@link #yearAbsorption()}
     * @throws NullPointerException if {@code measure} is null
     */
    public Achievement absorption(Measure measure) {
        Decimals.notNull(measure, "measure");
        return measure == Measure.RENSTRA_TO_DATE ? renstraAbsorption() : yearAbsorption();
    }

    /**
     * Returns the predikat of a measure's absorption.
     *
     * @param measure column 15 or {@code 13 / 8}
     * @param policy the policy, whose scale gives the bands
     * @return the category, or empty if the absorption is not computable
     * @throws NullPointerException naming the argument that is null
     */
    public Optional<Category> predicate(Measure measure, EvaluationPolicy policy) {
        Decimals.notNull(policy, "policy");
        return policy.predicate(absorption(measure));
    }
}
