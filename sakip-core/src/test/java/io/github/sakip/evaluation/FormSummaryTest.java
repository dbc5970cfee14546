package io.github.sakip.evaluation;

import static io.github.sakip.evaluation.FormNodeTest.SASARAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Category;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bottom rows: the mean of every indicator row, and the absorption of the total budget. */
class FormSummaryTest {

    @Test
    void theAverageIsOverEveryIndicatorRowOfTheForm() {
        // Rows (13 / 8): program 1 / 3 = 33,33 %; kegiatan 1 / 1 = 100 %; A 100 %, 80 %; B 50 %; C not computable.
        // (33,333… + 100 + 100 + 80 + 50) / 5 = 72,67 %.
        FormSummary summary = FormSummary.of(List.of(SASARAN), Measure.YEAR);
        assertThat(summary.measure()).isEqualTo(Measure.YEAR);
        assertThat(summary.average().achievement().rounded()).isEqualTo(new BigDecimal("72.67"));
        assertThat(summary.average().computed()).isEqualTo(5);
        assertThat(summary.average().leftOut()).isEqualTo(1);
        assertThat(summary.average().achievement().explain(Languages.ENGLISH)).isEqualTo("mean of 5 indicator rows of the form: "
                + "(33,33% + 100,00% + 100,00% + 80,00% + 50,00%) / 5 = 72,67%; 1 not computable left out");
        assertThat(summary.predicate()).contains(Category.SEDANG);
        // Rp: (400 + 300 + 1.000) / (1.000 + 3.000 + 500) = 1.700 / 4.500 = 37,78 %.
        assertThat(summary.budgetAchievement().rounded()).isEqualTo(new BigDecimal("37.78"));
        assertThat(summary.budgetPredicate()).contains(Category.SANGAT_RENDAH);
        assertThat(summary.budget()).isEqualTo(SASARAN.totalBudget());
        assertThat(summary).hasToString(
                "FormSummary[13 / 8 × 100%: K 72.67% over 5 rows (Sedang), Rp 37.78% (Sangat Rendah)]");
    }

    @Test
    void theRenstraColumnAndThePolicysReading() {
        FormSummary renstra = FormSummary.of(List.of(SASARAN), Measure.RENSTRA_TO_DATE,
                EvaluationPolicy.DEFAULT.withPredicate(PredicateReading.GREATER_THAN));
        // Each row's 6 is three times its 8 and 7 is 0, so column 15 is a third of 13 / 8: 24,22 %.
        assertThat(renstra.average().achievement().rounded()).isEqualTo(new BigDecimal("24.22"));
        // Rp: 1.700 / 22.500 = 7,56 %.
        assertThat(renstra.budgetAchievement().rounded()).isEqualTo(new BigDecimal("7.56"));
        assertThat(renstra.predicate()).contains(Category.SANGAT_RENDAH);
    }

    @Test
    void aFormWithNothingComputableHasNoFigureAndNoPredikat() {
        FormSummary empty = FormSummary.of(List.of(), Measure.YEAR);
        assertThat(empty.average().achievement().reason(Languages.ENGLISH)).contains("mean of no indicator rows of the form");
        assertThat(empty.predicate()).isEmpty();
        assertThat(empty.budget()).isEmpty();
        assertThat(empty.budgetAchievement().reason(Languages.ENGLISH)).contains("the form has no budget");
        assertThat(empty.budgetPredicate()).isEmpty();
        assertThat(empty.average().achievement().reason())
                .contains("rata-rata tidak dapat dihitung: tidak ada baris indikator formulir");
        assertThat(empty.budgetAchievement().reason()).contains("formulir tidak memuat anggaran");
        assertThat(empty).hasToString("FormSummary[13 / 8 × 100%: K not computable over 0 rows, Rp not computable]");
        FormNode sasaran = FormNode.parent(Level.SASARAN, "", "S", List.of(), List.of());
        assertThat(FormSummary.of(List.of(sasaran), Measure.YEAR).average().computed()).isZero();
    }

    @Test
    void refusesNullsNamingThem() {
        assertThatThrownBy(() -> FormSummary.of(null, Measure.YEAR)).isInstanceOf(NullPointerException.class)
                .hasMessage("entries must not be null");
        assertThatThrownBy(() -> FormSummary.of(List.of(), null)).hasMessage("measure must not be null");
        assertThatThrownBy(() -> FormSummary.of(List.of(), Measure.YEAR, null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> FormSummary.of(Arrays.asList(SASARAN, null), Measure.YEAR))
                .hasMessage("entries element must not be null");
    }
}
