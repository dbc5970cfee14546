package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Realization;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Absorption against the cash plan (RAK), per quarter and cumulative, checked by hand. */
class CashPlanTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static final CashPlan RAK = CashPlan.of(d("1000000"), d("2000000"), BigDecimal.ZERO, d("1000000"));
    private static final Quarters SPENT = Quarters.reported(d("800000"), d("2100000"), d("50000"));

    @Test
    void absorptionOfEachQuarterAgainstItsPlan() {
        assertThat(RAK.absorption(SPENT, 1).rounded()).isEqualTo(d("80.00"));
        assertThat(RAK.absorption(SPENT, 1).explain()).isEqualTo("800.000 / 1.000.000 × 100% = 80,00%");
        assertThat(RAK.absorption(SPENT, 2).rounded()).isEqualTo(d("105.00"));
        assertThat(RAK.absorption(SPENT, 3).reason(Languages.ENGLISH))
                .contains("RAK of triwulan III is 0: absorption against it is a division by zero");
        assertThat(RAK.absorption(SPENT, 4).reason(Languages.ENGLISH)).contains("triwulan IV is not reported");
    }

    @Test
    void cumulativeAbsorptionIsTheRealisationToDateAgainstThePlanToDate() {
        // (800.000 + 2.100.000) / 3.000.000 = 96,67 %; + 50.000 over the same plan = 98,33 %.
        assertThat(RAK.absorptionToQuarter(SPENT, 2).rounded()).isEqualTo(d("96.67"));
        assertThat(RAK.absorptionToQuarter(SPENT, 2).explain()).isEqualTo("2.900.000 / 3.000.000 × 100% = 96,67%");
        assertThat(RAK.absorptionToQuarter(SPENT, 3).rounded()).isEqualTo(d("98.33"));
        assertThat(RAK.absorptionToQuarter(SPENT, 4).reason(Languages.ENGLISH))
                .contains("triwulan IV is not reported, so the total up to triwulan IV is unknown");
        Quarters gap = Quarters.of(Realization.absent("n/a"), Realization.of(d("5")), Realization.absent("n/a"),
                Realization.absent("n/a"));
        assertThat(RAK.absorptionToQuarter(gap, 2).reason(Languages.ENGLISH))
                .contains("triwulan I is not reported, so the total up to triwulan II is unknown");
        CashPlan late = CashPlan.of(BigDecimal.ZERO, BigDecimal.ZERO, d("10"), d("10"));
        assertThat(late.absorptionToQuarter(Quarters.reported(d("0"), d("0")), 2).reason(Languages.ENGLISH))
                .contains("RAK up to triwulan II is 0: absorption against it is a division by zero");
        assertThat(late.absorptionToQuarter(Quarters.reported(d("0"), d("0"), d("5")), 3).rounded())
                .isEqualTo(d("50.00"));
    }

    @Test
    void theDocumentedExample() {
        RowBudget rp = RowBudget.of(d("10000000"), d("3000000"), d("2500000"),
                Quarters.reported(d("500000"), d("700000")));
        assertThat(RAK.absorptionToQuarter(rp.realisasi(), 2).rounded()).isEqualTo(d("40.00"));
    }

    @Test
    void unspentIsThePlanLessTheRealisationNegativeWhenAhead() {
        assertThat(RAK.unspent(SPENT, 1).value()).isEqualByComparingTo("200000");
        assertThat(RAK.unspent(SPENT, 1).explain(Languages.ENGLISH))
                .isEqualTo("RAK − realisasi of triwulan I: 1.000.000 − 800.000 = 200.000");
        assertThat(RAK.unspent(SPENT, 2).value()).isEqualByComparingTo("-100000");
        assertThat(RAK.unspent(SPENT, 3).value()).isEqualByComparingTo("-50000");
        assertThat(RAK.unspent(SPENT, 4).reason(Languages.ENGLISH)).contains("triwulan IV is not reported");
        assertThat(RAK.unspentToQuarter(SPENT, 2).value()).isEqualByComparingTo("100000");
        assertThat(RAK.unspentToQuarter(SPENT, 3).explain(Languages.ENGLISH))
                .isEqualTo("RAK − realisasi up to triwulan III: 3.000.000 − 2.950.000 = 50.000");
        assertThat(RAK.unspentToQuarter(SPENT, 4).reason(Languages.ENGLISH))
                .contains("triwulan IV is not reported, so the total up to triwulan IV is unknown");
    }

    @Test
    void theWorkingsAndReasonsAreInBahasaIndonesiaByDefault() {
        assertThat(RAK.absorption(SPENT, 3).reason()).contains(
                "RAK triwulan III bernilai 0: penyerapan terhadapnya tidak dapat dihitung (pembagian dengan nol)");
        assertThat(RAK.absorption(SPENT, 4).reason()).contains("triwulan IV tidak dilaporkan");
        assertThat(RAK.absorptionToQuarter(SPENT, 4).reason())
                .contains("triwulan IV tidak dilaporkan, sehingga jumlah sampai dengan triwulan IV tidak diketahui");
        assertThat(RAK.unspent(SPENT, 1).explain())
                .isEqualTo("RAK − realisasi triwulan I: 1.000.000 − 800.000 = 200.000");
        assertThat(RAK.unspentToQuarter(SPENT, 3).explain())
                .isEqualTo("RAK − realisasi sampai dengan triwulan III: 3.000.000 − 2.950.000 = 50.000");
        assertThat(RAK.unspent(SPENT, 4).reason()).contains("triwulan IV tidak dilaporkan");
    }

    @Test
    void thePlanByQuarterFromRunningTotalsAndItsSums() {
        assertThat(CashPlan.ofCumulative(d("1000000"), d("3000000"), d("3000000"), d("4000000"))).isEqualTo(RAK);
        assertThat(RAK.planned(2)).isEqualByComparingTo("2000000");
        assertThat(RAK.plannedToQuarter(1)).isEqualByComparingTo("1000000");
        assertThat(RAK.plannedToQuarter(3)).isEqualByComparingTo("3000000");
        assertThat(RAK.total()).isEqualByComparingTo("4000000");
        assertThat(CashPlan.sum(List.of(RAK, CashPlan.of(d("1"), d("2"), d("3"), d("4.50")))))
                .isEqualTo(CashPlan.of(d("1000001"), d("2000002"), d("3"), d("1000004.5")));
        assertThatThrownBy(() -> CashPlan.ofCumulative(d("1000"), d("900"), d("900"), d("900")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("running totals must not decrease, but the"
                + " total to triwulan II (900) is below the total to triwulan I (1000)");
        assertThatThrownBy(() -> CashPlan.ofCumulative(d("1"), d("2"), d("3"), d("2")))
                .hasMessage("running totals must not decrease, but the total to triwulan IV (2) is below the total to"
                + " triwulan III (3)");
        assertThat(CashPlan.ofCumulative(d("5"), d("5"), d("5"), d("5")))
                .isEqualTo(CashPlan.of(d("5"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> CashPlan.of(d("-1"), d("0"), d("0"), d("0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first must not be negative, but was -1");
        assertThatThrownBy(() -> CashPlan.of(d("0"), d("0.001"), d("0"), d("0")))
                .hasMessage("second must be Rupiah with at most two decimals, but was 0.001");
        assertThatThrownBy(() -> CashPlan.of(d("0"), d("0"), null, d("0"))).hasMessage("third must not be null");
        assertThatThrownBy(() -> CashPlan.of(d("0"), d("0"), d("0"), null)).hasMessage("fourth must not be null");
        assertThatThrownBy(() -> CashPlan.ofCumulative(null, d("0"), d("0"), d("0")))
                .hasMessage("toFirst must not be null");
        assertThatThrownBy(() -> CashPlan.sum(List.of())).hasMessage("plans must not be empty");
        assertThatThrownBy(() -> CashPlan.sum(Arrays.asList(RAK, null))).hasMessage("plans element must not be null");
        assertThatThrownBy(() -> RAK.planned(5)).hasMessage("quarter must be from 1 to 4, but was 5");
        assertThatThrownBy(() -> RAK.plannedToQuarter(0)).hasMessage("quarter must be from 1 to 4, but was 0");
        assertThatThrownBy(() -> RAK.absorption(SPENT, 0)).hasMessage("quarter must be from 1 to 4, but was 0");
        assertThatThrownBy(() -> RAK.absorptionToQuarter(SPENT, 5))
                .hasMessage("quarter must be from 1 to 4, but was 5");
        assertThatThrownBy(() -> RAK.unspent(SPENT, 5)).hasMessage("quarter must be from 1 to 4, but was 5");
        assertThatThrownBy(() -> RAK.unspentToQuarter(SPENT, 0)).hasMessage("quarter must be from 1 to 4, but was 0");
        assertThatThrownBy(() -> RAK.absorption(null, 1)).hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> RAK.absorptionToQuarter(null, 1)).hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> RAK.unspent(null, 1)).hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> RAK.unspentToQuarter(null, 1)).hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> RAK.absorption(Quarters.reported(d("-1")), 1))
                .hasMessage("realisasi must not be negative, but was -1");
    }
}
