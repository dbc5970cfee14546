package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.MeanAchievement;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bottom rows of the Renja (or RKPD) evaluation form of Permendagri 86/2017 that carry figures: the average
 * achievement (rata-rata capaian kinerja, %) and the predicate (predikat kinerja), for the K half and the Rp half. The rows of
 * text below them (faktor pendorong, faktor penghambat, tindak lanjut) are the form's data, not figures.
 * <p>
 * K: the form prints "rata-rata capaian kinerja (%)" under the column of achievements, so it is read as the
 * arithmetic mean of that column over every indicator row of the form (program outcomes, kegiatan and sub
 * kegiatan outputs alike), at full precision. A row whose achievement is not computable is left out and counted,
 * never read as zero (the applications that average it count it as 0 %, or divide by every row).
 * <p>
 * Rp: budgets add up, so the budget figure is the absorption of the form's total budget (the sum of its lowest
 * lines), not a mean of the lines' absorptions.
 * <p>
 * The predicate of each is placed by the policy's scale ({@link PredicateReading}). This class is immutable and
 * thread-safe.
 */
public final class FormSummary {

    private final Measure measure;
    private final MeanAchievement average;
    private final Optional<Category> predicate;
    private final Optional<RowBudget> budget;
    private final Achievement budgetAchievement;
    private final Optional<Category> budgetPredicate;

    private FormSummary(Measure measure, MeanAchievement average, Optional<Category> predicate,
            Optional<RowBudget> budget, Achievement budgetAchievement, Optional<Category> budgetPredicate) {
        this.measure = measure;
        this.average = average;
        this.predicate = predicate;
        this.budget = budget;
        this.budgetAchievement = budgetAchievement;
        this.budgetPredicate = budgetPredicate;
    }

    /**
     * Computes the bottom rows of a form with the default policy.
     *
     * @param entries the form's top entries (its sasaran, or its programs)
     * @param measure column 15 or {@code 13 / 8}
     * @return the summary
     * @throws NullPointerException if an argument, or an entry, is null
     */
    public static FormSummary of(List<FormNode> entries, Measure measure) {
        return of(entries, measure, EvaluationPolicy.DEFAULT);
    }

    /**
     * Computes the bottom rows of a form.
     *
     * @param entries the form's top entries (its sasaran, or its programs)
     * @param measure column 15 or {@code 13 / 8}
     * @param policy the policy
     * @return the summary
     * @throws NullPointerException if an argument, or an entry, is null
     */
    public static FormSummary of(List<FormNode> entries, Measure measure, EvaluationPolicy policy) {
        Decimals.notNull(entries, "entries");
        Decimals.notNull(measure, "measure");
        Decimals.notNull(policy, "policy");
        List<Achievement> achievements = new ArrayList<>();
        List<RowBudget> budgets = new ArrayList<>();
        for (FormNode entry : entries) {
            Decimals.notNull(entry, "entries element");
            for (IndicatorRow row : entry.allIndicators()) {
                achievements.add(row.achievement(measure, policy));
            }
            entry.totalBudget().ifPresent(budgets::add);
        }
        MeanAchievement average = Workings.mean(achievements, Text.of("evaluation.subject.rowsOfForm"));
        Optional<RowBudget> budget = budgets.isEmpty() ? Optional.empty() : Optional.of(RowBudget.sum(budgets));
        Achievement budgetAchievement = budget.map(b -> b.absorption(measure))
                .orElseGet(() -> FigureTexts.access().notComputable(Text.of("form.noBudgetOfForm")));
        return new FormSummary(measure, average, policy.predicate(average.achievement()), budget, budgetAchievement,
                policy.predicate(budgetAchievement));
    }

    /**
     * Returns the measure the summary is of.
     *
     * @return column 15 or {@code 13 / 8}
     */
    public Measure measure() {
        return measure;
    }

    /**
     * Returns the K figure, rata-rata capaian kinerja: the mean of the measure over every indicator row.
     *
     * @return the mean, with how many rows it used and left out, and its working
     */
    public MeanAchievement average() {
        return average;
    }

    /**
     * Returns the predicate (predikat kinerja) of the K figure.
     *
     * @return the category, or empty if no row is computable
     */
    public Optional<Category> predicate() {
        return predicate;
    }

    /**
     * Returns the form's total budget, the sum of its lowest lines.
     *
     * @return the total, or empty if no entry has a budget
     */
    public Optional<RowBudget> budget() {
        return budget;
    }

    /**
     * Returns the Rp figure: the absorption of the total budget by the measure ({@code 14 / 6} or {@code 13 / 8}).
     *
     * @return the absorption, possibly not computable
     */
    public Achievement budgetAchievement() {
        return budgetAchievement;
    }

    /**
     * Returns the predicate of the Rp figure.
     *
     * @return the category, or empty if the absorption is not computable
     */
    public Optional<Category> budgetPredicate() {
        return budgetPredicate;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "FormSummary[14 / 6 × 100%: K 97.50% over 12 rows (Sangat Tinggi), Rp 88.10%
     *         (Tinggi)]"}
     */
    @Override
    public String toString() {
        return "FormSummary[" + measure.formula() + ": K " + describe(average.achievement()) + " over "
                + average.computed() + " rows" + predicate.map(c -> " (" + c.label() + ")").orElse("") + ", Rp "
                + describe(budgetAchievement) + budgetPredicate.map(c -> " (" + c.label() + ")").orElse("") + "]";
    }

    private static String describe(Achievement achievement) {
        return achievement.isComputable() ? achievement.rounded().toPlainString() + "%" : "not computable";
    }
}
