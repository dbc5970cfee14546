package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Category;
import io.github.sakip.Realization;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Rp half, checked by hand: budgets always add up. */
class RowBudgetTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RowBudget budget() {
        return RowBudget.of(d("10000000"), d("3000000"), d("2500000"), Quarters.reported(d("500000"), d("700000")));
    }

    @Test
    void derivesColumns13To15AndTheYearsAbsorption() {
        RowBudget budget = budget();
        assertThat(budget.realisasiThisYear().value()).isEqualByComparingTo("1200000");
        assertThat(budget.realisasiThisYear().explain(Languages.ENGLISH))
                .isEqualTo("sum of triwulan I, II: 500.000 + 700.000 = 1.200.000; triwulan III, IV not reported");
        assertThat(budget.renstraRealisasiToDate().value()).isEqualByComparingTo("4200000");
        assertThat(budget.renstraRealisasiToDate().explain(Languages.ENGLISH)).isEqualTo("7 + 13: 3.000.000 + 1.200.000 = 4.200.000");
        assertThat(budget.renstraAbsorption().rounded()).isEqualTo(d("42.00"));
        assertThat(budget.renstraAbsorption().explain(Languages.ENGLISH)).isEqualTo("4.200.000 / 10.000.000 × 100% = 42,00%");
        assertThat(budget.yearAbsorption().rounded()).isEqualTo(d("48.00"));
        assertThat(budget.absorption(Measure.RENSTRA_TO_DATE)).isEqualTo(budget.renstraAbsorption());
        assertThat(budget.absorption(Measure.YEAR)).isEqualTo(budget.yearAbsorption());
        assertThat(budget.predicate(Measure.YEAR, EvaluationPolicy.DEFAULT)).contains(Category.SANGAT_RENDAH);
        assertThat(budget.upToQuarter(1).yearAbsorption().rounded()).isEqualTo(d("20.00"));
    }

    @Test
    void aQuarterNotReportedIsNotZeroAndABudgetOfZeroIsNotComputable() {
        RowBudget nothing = RowBudget.of(d("10000000"), d("3000000"), d("2500000"), Quarters.none());
        assertThat(nothing.realisasiThisYear().isPresent()).isFalse();
        assertThat(nothing.renstraRealisasiToDate().explain(Languages.ENGLISH))
                .isEqualTo("7 only, column 13 has no value (no triwulan reported): 3.000.000");
        assertThat(nothing.renstraAbsorption().rounded()).isEqualTo(d("30.00"));
        assertThat(nothing.yearAbsorption().reason(Languages.ENGLISH)).contains("no budget realisation: no triwulan reported");
        assertThat(nothing.predicate(Measure.YEAR, EvaluationPolicy.DEFAULT)).isEmpty();
        assertThat(nothing.renstraRealisasiToDate().explain()).isEqualTo(
                "hanya kolom 7, kolom 13 tidak memiliki nilai (tidak ada triwulan yang dilaporkan): 3.000.000");
        assertThat(nothing.yearAbsorption().reason())
                .contains("tidak ada realisasi anggaran: tidak ada triwulan yang dilaporkan");
        RowBudget zero = RowBudget.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Quarters.reported(d("0")));
        assertThat(zero.renstraAbsorption().reason(Languages.ENGLISH))
                .contains("column 6 Rp (the plan's budget) is 0: absorption is a division by zero");
        assertThat(zero.yearAbsorption().reason(Languages.ENGLISH))
                .contains("column 8 Rp (this year's budget) is 0: absorption is a division by zero");
        RowBudget spentNothing = RowBudget.of(d("100"), BigDecimal.ZERO, d("100"), Quarters.reported(d("0")));
        assertThat(spentNothing.yearAbsorption().rounded()).isEqualTo(d("0.00"));
    }

    @Test
    void childrenAddUpColumnByColumnAndQuarterByQuarter() {
        RowBudget a = budget();
        RowBudget b = RowBudget.of(d("5000000"), d("1000000.50"), d("1500000"), Quarters.of(Realization.of(d("100")),
                Realization.absent("n/a"), Realization.of(d("300")), Realization.absent("n/a")));
        RowBudget sum = RowBudget.sum(List.of(a, b));
        assertThat(sum).isEqualTo(RowBudget.of(d("15000000"), d("4000000.5"), d("4000000"),
                Quarters.of(Realization.of(d("500100")), Realization.of(d("700000")), Realization.of(d("300")),
                        Realization.absent("triwulan IV tidak dilaporkan"))));
        assertThat(RowBudget.sum(List.of(a))).isEqualTo(a);
        assertThatThrownBy(() -> RowBudget.sum(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budgets must not be empty");
        assertThatThrownBy(() -> RowBudget.sum(null)).hasMessage("budgets must not be null");
        assertThatThrownBy(() -> RowBudget.sum(java.util.Arrays.asList(a, null)))
                .hasMessage("budgets element must not be null");
    }

    @Test
    void amountsAreRupiahNormalised() {
        assertThat(RowBudget.of(d("100.00"), d("0.0"), d("5.50"), Quarters.none()))
                .isEqualTo(RowBudget.of(d("100"), d("0"), d("5.5"), Quarters.none()));
        assertThatThrownBy(() -> RowBudget.of(d("-1"), d("0"), d("0"), Quarters.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renstraPagu must not be negative, but was -1");
        assertThatThrownBy(() -> RowBudget.of(d("1"), d("0.005"), d("0"), Quarters.none()))
                .hasMessage("renstraRealisasiToLastYear must be Rupiah with at most two decimals, but was 0.005");
        assertThatThrownBy(() -> RowBudget.of(d("1"), d("0"), null, Quarters.none()))
                .isInstanceOf(NullPointerException.class).hasMessage("pagu must not be null");
        assertThatThrownBy(() -> RowBudget.of(d("1"), d("0"), d("1"), null))
                .hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> RowBudget.of(d("1"), d("0"), d("1"), Quarters.reported(d("1"), d("-5"))))
                .hasMessage("realisasi of triwulan II must not be negative, but was -5");
        assertThatThrownBy(() -> RowBudget.of(d("1"), d("0"), d("1"), Quarters.reported(d("1"), d("2"), d("3"),
                d("0.001")))).hasMessage("realisasi of triwulan IV must be Rupiah with at most two decimals, but was"
                + " 0.001");
        assertThatThrownBy(() -> budget().absorption(null)).hasMessage("measure must not be null");
        assertThatThrownBy(() -> budget().predicate(Measure.YEAR, null)).hasMessage("policy must not be null");
    }
}
