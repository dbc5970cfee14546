package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.Indicator;
import io.github.sakip.MeanAchievement;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan.YearTarget;
import io.github.sakip.RenstraPlan;
import io.github.sakip.RenstraProgress;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.EndTarget;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Renstra (and RPJMD) evaluation form over the years of the period, checked by hand. */
class RenstraEvaluationRowTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Realization r(String value) {
        return Realization.of(d(value));
    }

    static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    static final Indicator TRAINED = Indicator.of("Pencari kerja dilatih", "Orang", Polarity.POSITIVE,
            Accumulation.FLOW);

    static final RenstraPlan TPAK_PLAN = RenstraPlan.of(TPAK, 2022, 2026, List.of(YearTarget.of(2022, d("69.5")),
            YearTarget.of(2023, d("70.2")), YearTarget.of(2024, d("70.95")), YearTarget.of(2025, d("71")),
            YearTarget.of(2026, d("71.11"))));
    static final RenstraEvaluationRow TPAK_ROW = RenstraEvaluationRow.of(TPAK_PLAN, Map.of(2022, r("67.9"), 2023, r("68"),
            2024, r("68.12")));

    static final RenstraPlan TRAINED_PLAN = RenstraPlan.of(TRAINED, 2024, 2026, List.of(YearTarget.of(2024, d("480")),
            YearTarget.of(2025, d("512")), YearTarget.of(2026, d("544"))));
    static final RenstraEvaluationRow TRAINED_ROW = RenstraEvaluationRow.of(TRAINED_PLAN, Map.of(2024, r("470"), 2025, r("520")))
            .withBudget(Map.of(2024, d("750000000"), 2025, d("2000000000"), 2026, d("2200000000")),
                    Map.of(2024, d("522289600"), 2025, d("1800000000")));

    @Test
    void aStockTakesItsLatestYearAndMatchesRenstraProgress() {
        assertThat(TPAK_ROW.yearAchievement(2024).rounded()).isEqualTo(d("96.01"));
        assertThat(TPAK_ROW.yearAchievement(2024).explain()).isEqualTo("68,12 / 70,95 × 100% = 96,01%");
        assertThat(TPAK_ROW.realizationToDate(2024).value()).isEqualByComparingTo("68.12");
        assertThat(TPAK_ROW.realizationToDate(2024).explain()).isEqualTo("realisasi terakhir, tahun 2024: 68,12");
        assertThat(TPAK_ROW.realizationToDate(2024).explain(Languages.ENGLISH)).isEqualTo("latest realised, 2024: 68,12");
        assertThat(TPAK_ROW.realizationToDate(2023).explain()).isEqualTo("realisasi terakhir, tahun 2023: 68");
        assertThat(TPAK_ROW.realizationToDate(2023).explain(Languages.ENGLISH)).isEqualTo("latest realised, 2023: 68");
        assertThat(TPAK_ROW.endAchievement(2024).rounded()).isEqualTo(d("95.80"));
        assertThat(TPAK_ROW.endAchievement(2024))
                .isEqualTo(RenstraProgress.of(TPAK_PLAN, TPAK_ROW.realizations(), 2024));
        assertThat(TPAK_ROW.endTarget(EvaluationPolicy.DEFAULT.withEndTarget(EndTarget.BY_ACCUMULATION)))
                .contains(Target.of(d("71.11")));
        assertThat(TPAK_ROW.yearAchievement(2025).reason(Languages.ENGLISH)).contains("no realisation: no realisation for 2025");
        assertThat(TPAK_ROW.yearAchievement(2025).reason())
                .contains("tidak ada realisasi: tidak ada realisasi untuk tahun 2025");
    }

    @Test
    void aFlowAddsItsYearsAndItsEndTargetIsThePolicys() {
        assertThat(TRAINED_ROW.yearAchievement(2025).rounded()).isEqualTo(d("101.56"));
        assertThat(TRAINED_ROW.realizationToDate(2025).value()).isEqualByComparingTo("990");
        assertThat(TRAINED_ROW.realizationToDate(2025).explain()).isEqualTo("jumlah tahun 2024, 2025: 470 + 520 = 990");
        assertThat(TRAINED_ROW.realizationToDate(2025).explain(Languages.ENGLISH))
                .isEqualTo("sum of 2024, 2025: 470 + 520 = 990");
        assertThat(TRAINED_ROW.realizationToDate(2024).explain()).isEqualTo("tahun 2024: 470");
        assertThat(TRAINED_ROW.realizationToDate(2024).explain(Languages.ENGLISH)).isEqualTo("2024: 470");
        assertThat(TRAINED_ROW.realisasiToDate(2024).explain()).isEqualTo("tahun 2024: 522.289.600");
        assertThat(TRAINED_ROW.realisasiToDate(2024).explain(Languages.ENGLISH)).isEqualTo("2024: 522.289.600");
        assertThat(TRAINED_ROW.endTarget(EvaluationPolicy.DEFAULT)).contains(Target.of(d("544")));
        assertThat(TRAINED_ROW.endAchievement(2025).rounded()).isEqualTo(d("181.99"));
        EvaluationPolicy summed = EvaluationPolicy.DEFAULT.withEndTarget(EndTarget.BY_ACCUMULATION);
        assertThat(TRAINED_ROW.endTarget(summed)).contains(Target.of(d("1536")));
        assertThat(TRAINED_ROW.endAchievement(2025, summed).rounded()).isEqualTo(d("64.45"));
        assertThat(TRAINED_ROW.realizationToDate(2026)).isEqualTo(TRAINED_ROW.realizationToDate(2025));
        RenstraPlan ranged = RenstraPlan.of(TRAINED, 2024, 2025, List.of(new YearTarget(2024, Target.range(d("10"),
                d("12"))), YearTarget.of(2025, d("10"))));
        assertThat(RenstraEvaluationRow.of(ranged, Map.of()).endTarget(summed)).contains(Target.range(d("20"), d("22")));
    }

    @Test
    void missingTargetsAndRealisationsAreNotComputableWithTheirReason() {
        RenstraPlan gaps = RenstraPlan.of(TRAINED, 2024, 2026, List.of(YearTarget.of(2024, d("480")),
                YearTarget.of(2026, d("544"))));
        RenstraEvaluationRow row = RenstraEvaluationRow.of(gaps, Map.of(2024, r("470")));
        assertThat(row.yearAchievement(2025).reason()).contains("rencana tidak menetapkan target untuk tahun 2025");
        assertThat(row.yearAchievement(2025).reason(Languages.ENGLISH)).contains("the plan sets no target for 2025");
        Achievement notSummed = row.endAchievement(2024, EvaluationPolicy.DEFAULT.withEndTarget(
                EndTarget.BY_ACCUMULATION));
        assertThat(notSummed.reason()).contains("rencana tidak menetapkan target untuk setiap tahun, sehingga target"
                + " tahunannya tidak dapat dijumlahkan");
        assertThat(notSummed.reason(Languages.ENGLISH)).contains("the plan does not set a target for every year, so"
                + " its yearly targets cannot be summed");
        RenstraPlan noEnd = RenstraPlan.of(TRAINED, 2024, 2026, List.of(YearTarget.of(2024, d("480"))));
        assertThat(RenstraEvaluationRow.of(noEnd, Map.of()).endAchievement(2024).reason())
                .contains("rencana tidak menetapkan target untuk tahun terakhirnya, 2026");
        assertThat(RenstraEvaluationRow.of(noEnd, Map.of()).endAchievement(2024).reason(Languages.ENGLISH))
                .contains("the plan sets no target for its last year 2026");
        RenstraPlan stockNoEnd = RenstraPlan.of(TPAK, 2024, 2026, List.of(YearTarget.of(2024, d("70"))));
        assertThat(RenstraEvaluationRow.of(stockNoEnd, Map.of()).endAchievement(2024,
                EvaluationPolicy.DEFAULT.withEndTarget(EndTarget.BY_ACCUMULATION)).reason(Languages.ENGLISH))
                .contains("the plan sets no target for its last year 2026");
        RenstraEvaluationRow nothing = RenstraEvaluationRow.of(TRAINED_PLAN, Map.of());
        assertThat(nothing.realizationToDate(2025).reason()).contains("tidak ada nilai realisasi pada 2024–2025");
        assertThat(nothing.realizationToDate(2025).reason(Languages.ENGLISH)).contains("no realised value in 2024–2025");
        assertThat(nothing.endAchievement(2025).reason(Languages.ENGLISH)).contains("no realisation: no realised value in 2024–2025");
        assertThat(nothing.endAchievement(2025).reason())
                .contains("tidak ada realisasi: tidak ada nilai realisasi pada 2024–2025");
        RenstraPlan zero = RenstraPlan.of(TRAINED, 2024, 2024, List.of(YearTarget.of(2024, BigDecimal.ZERO)));
        assertThat(RenstraEvaluationRow.of(zero, Map.of(2024, r("3"))).yearAchievement(2024).reason(Languages.ENGLISH))
                .contains("target is 0: division by zero");
    }

    @Test
    void theBudgetAddsUpOverTheYears() {
        assertThat(TRAINED_ROW.yearAbsorption(2024).rounded()).isEqualTo(d("69.64"));
        assertThat(TRAINED_ROW.yearAbsorption(2026).reason()).contains("tidak ada realisasi anggaran untuk tahun 2026");
        assertThat(TRAINED_ROW.yearAbsorption(2026).reason(Languages.ENGLISH)).contains("no budget realisation for 2026");
        assertThat(TRAINED_ROW.totalPagu()).isEqualByComparingTo("4950000000");
        assertThat(TRAINED_ROW.realisasiToDate(2025).value()).isEqualByComparingTo("2322289600");
        assertThat(TRAINED_ROW.realisasiToDate(2025).explain())
                .isEqualTo("jumlah tahun 2024, 2025: 522.289.600 + 1.800.000.000 = 2.322.289.600");
        assertThat(TRAINED_ROW.realisasiToDate(2025).explain(Languages.ENGLISH))
                .isEqualTo("sum of 2024, 2025: 522.289.600 + 1.800.000.000 = 2.322.289.600");
        assertThat(TRAINED_ROW.endAbsorption(2025).rounded()).isEqualTo(d("46.91"));
        RenstraEvaluationRow noBudget = RenstraEvaluationRow.of(TRAINED_PLAN, Map.of());
        assertThat(noBudget.totalPagu()).isZero();
        assertThat(noBudget.yearAbsorption(2024).reason()).contains("tidak ada anggaran (pagu) untuk tahun 2024");
        assertThat(noBudget.yearAbsorption(2024).reason(Languages.ENGLISH)).contains("no budget (pagu) for 2024");
        assertThat(noBudget.endAbsorption(2025).reason()).contains("pagu rencana selama periodenya bernilai 0:"
                + " penyerapan tidak dapat dihitung (pembagian dengan nol)");
        assertThat(noBudget.endAbsorption(2025).reason(Languages.ENGLISH))
                .contains("the plan's budget over its period is 0: absorption is a division by zero");
        assertThat(noBudget.realisasiToDate(2025).reason())
                .contains("tidak ada realisasi anggaran dari tahun 2024 sampai dengan tahun 2025");
        assertThat(noBudget.realisasiToDate(2025).reason(Languages.ENGLISH))
                .contains("no budget realisation from 2024 to 2025");
        RenstraEvaluationRow unspent = noBudget.withBudget(Map.of(2024, BigDecimal.ZERO, 2025, d("10")), Map.of(2024, d("0")));
        assertThat(unspent.yearAbsorption(2024).reason()).contains("pagu tahun 2024 bernilai 0: penyerapan tidak"
                + " dapat dihitung (pembagian dengan nol)");
        assertThat(unspent.yearAbsorption(2024).reason(Languages.ENGLISH))
                .contains("the budget of 2024 is 0: absorption is a division by zero");
        assertThat(unspent.endAbsorption(2024).rounded()).isEqualTo(d("0.00"));
        RenstraEvaluationRow notYet = noBudget.withBudget(Map.of(2024, d("10")), Map.of());
        // The end ratio quotes the realisation's reason in the language asked for.
        assertThat(notYet.endAbsorption(2024).reason())
                .contains("tidak ada realisasi anggaran dari tahun 2024 sampai dengan tahun 2024");
        assertThat(notYet.endAbsorption(2024).reason(Languages.ENGLISH))
                .contains("no budget realisation from 2024 to 2024");
    }

    @Test
    void theBottomRowsAreMeansOfTheRows() {
        RenstraEvaluationRow second = RenstraEvaluationRow.of(TRAINED_PLAN, Map.of(2025, r("256")));
        MeanAchievement year = RenstraEvaluationRow.averageOfYear(List.of(TRAINED_ROW, second, RenstraEvaluationRow.of(TRAINED_PLAN,
                Map.of())), 2025, EvaluationPolicy.DEFAULT);
        // (101,5625 + 50) / 2 = 75,78 %; the row with no realisation is left out.
        assertThat(year.achievement().rounded()).isEqualTo(d("75.78"));
        assertThat(year.leftOut()).isEqualTo(1);
        assertThat(year.achievement().explain(Languages.ENGLISH)).startsWith("mean of 2 indicator rows of 2025:");
        assertThat(year.achievement().explain()).startsWith("rata-rata 2 baris indikator tahun 2025:")
                .endsWith("; 1 yang tidak dapat dihitung tidak diikutkan");
        MeanAchievement end = RenstraEvaluationRow.averageOfEnd(List.of(TRAINED_ROW, second), 2025, EvaluationPolicy.DEFAULT);
        // (990 / 544 + 256 / 544) / 2 = (181,99 + 47,06) / 2 = 114,52 %.
        assertThat(end.achievement().rounded()).isEqualTo(d("114.52"));
    }

    @Test
    void refusesYearsOutsideThePeriodAndBadAmounts() {
        assertThatThrownBy(() -> RenstraEvaluationRow.of(TRAINED_PLAN, Map.of(2023, r("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realizations year must be in the plan's period 2024–2026, but was 2023");
        assertThatThrownBy(() -> TRAINED_ROW.withBudget(Map.of(2027, d("1")), Map.of()))
                .hasMessage("pagu year must be in the plan's period 2024–2026, but was 2027");
        assertThatThrownBy(() -> TRAINED_ROW.withBudget(Map.of(2024, d("-1")), Map.of()))
                .hasMessage("pagu of 2024 must not be negative, but was -1");
        assertThatThrownBy(() -> TRAINED_ROW.withBudget(Map.of(), Map.of(2024, d("0.001"))))
                .hasMessage("realisasi of 2024 must be Rupiah with at most two decimals, but was 0.001");
        assertThatThrownBy(() -> TRAINED_ROW.yearAchievement(2030))
                .hasMessage("year must be in the plan's period 2024–2026, but was 2030");
        assertThatThrownBy(() -> TRAINED_ROW.yearAbsorption(2023))
                .hasMessage("year must be in the plan's period 2024–2026, but was 2023");
        assertThatThrownBy(() -> TRAINED_ROW.realizationToDate(2023))
                .hasMessage("upToYear must be in the plan's period 2024–2026, but was 2023");
        assertThatThrownBy(() -> TRAINED_ROW.realisasiToDate(2027))
                .hasMessage("upToYear must be in the plan's period 2024–2026, but was 2027");
        Map<Integer, Realization> withNull = new HashMap<>();
        withNull.put(2024, null);
        assertThatThrownBy(() -> RenstraEvaluationRow.of(TRAINED_PLAN, withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("realizations of 2024 must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.of(null, Map.of())).hasMessage("plan must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.of(TRAINED_PLAN, null)).hasMessage("realizations must not be null");
        assertThatThrownBy(() -> new RenstraEvaluationRow(TRAINED_PLAN, new TreeMap<>(), null, new TreeMap<>()))
                .hasMessage("pagu must not be null");
        assertThatThrownBy(() -> TRAINED_ROW.withBudget(null, Map.of())).hasMessage("pagu must not be null");
        assertThatThrownBy(() -> TRAINED_ROW.withBudget(Map.of(), null))
                .hasMessage("realisasi must not be null");
        assertThatThrownBy(() -> TRAINED_ROW.yearAchievement(2024, null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> TRAINED_ROW.endAchievement(2024, null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> TRAINED_ROW.endTarget(null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.averageOfYear(null, 2024, EvaluationPolicy.DEFAULT))
                .hasMessage("rows must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.averageOfYear(List.of(), 2024, null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.averageOfEnd(Arrays.asList(TRAINED_ROW, null), 2024,
                EvaluationPolicy.DEFAULT)).hasMessage("rows element must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.averageOfEnd(List.of(), 2024, null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> RenstraEvaluationRow.averageOfEnd(null, 2024, EvaluationPolicy.DEFAULT))
                .hasMessage("rows must not be null");
        assertThat(TRAINED_ROW.realizations()).isUnmodifiable();
    }
}
