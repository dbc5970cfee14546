package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import io.github.sakip.report.RenstraRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Renstra plans and rows at the edges of their periods, and a Renstra target of 0. */
class RenstraEdgeCasesTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    private static final RenstraPlan PLAN = RenstraPlan.of(TPAK, 2022, 2026, List.of(
            RenstraPlan.YearTarget.of(2022, new BigDecimal("0")), RenstraPlan.YearTarget.of(2026, new BigDecimal("72"))));

    @Test
    void theFirstAndLastYearAreInThePeriodAndTheYearsAroundThemAreNot() {
        assertThat(PLAN.compareWithAgreement(2022, Target.of(BigDecimal.ONE))).isPresent();
        assertThat(PLAN.compareWithAgreement(2026, Target.of(BigDecimal.ONE))).isPresent();
        assertThatThrownBy(() -> PLAN.target(2021)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be in the period 2022–2026, but was 2021");
        assertThatThrownBy(() -> PLAN.target(2027)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be in the period 2022–2026, but was 2027");
    }

    @Test
    void aDifferenceFromARenstraTargetOfZeroHasNoPercent() {
        RenstraPlan.TargetComparison zero = PLAN.compareWithAgreement(2022, Target.of(new BigDecimal("5")))
                .orElseThrow();
        assertThat(zero.difference().isComputable()).isTrue();
        assertThat(zero.differencePercent().reason(Languages.ENGLISH))
                .contains("the Renstra's target is 0: a relative difference needs a positive target");
        RenstraPlan.TargetComparison end = PLAN.compareWithAgreement(2026, Target.of(new BigDecimal("90")))
                .orElseThrow();
        assertThat(end.differencePercent().value()).isEqualByComparingTo("25");
        assertThat(end.differencePercent().explain(Languages.ENGLISH)).isEqualTo("18 / 72 × 100% = 25,00%");
    }

    @Test
    void realisationYearsRunFrom1900To2999() {
        Realization r = Realization.of(BigDecimal.ONE);
        assertThat(RenstraRow.of(PLAN, Map.of(1900, r, 2999, r)).realizations()).containsOnlyKeys(1900, 2999);
        assertThatThrownBy(() -> RenstraRow.of(PLAN, Map.of(1899, r))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realizations year must be from 1900 to 2999, but was 1899");
        assertThatThrownBy(() -> RenstraRow.of(PLAN, Map.of(3000, r))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realizations year must be from 1900 to 2999, but was 3000");
    }

    @Test
    void thePeriodCoversItsFirstAndLastYearAndNothingOutside() {
        assertThat(PLAN.covers(2021)).isFalse();
        assertThat(PLAN.covers(2022)).isTrue();
        assertThat(PLAN.covers(2026)).isTrue();
        assertThat(PLAN.covers(2027)).isFalse();
    }

    @Test
    void aPeriodOfOneYearAndABaselineOfTheFirstYearAreValid() {
        RenstraPlan oneYear = RenstraPlan.of(TPAK, 2024, 2024, Map.of(2024, Target.of(BigDecimal.TEN)))
                .withBaseline(2024, BigDecimal.ONE);
        assertThat(oneYear.endTarget()).contains(Target.of(BigDecimal.TEN));
        assertThat(oneYear.baseline()).contains(new RenstraPlan.Baseline(2024, BigDecimal.ONE));
    }

    @Test
    void plansAreEqualOnlyWithTheSameParts() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, Map.of(2026, Target.of(BigDecimal.TEN)));
        List<RenstraPlan> others = List.of(
                RenstraPlan.of(TPAK.withAccumulation(Accumulation.FLOW), 2022, 2026, Map.of(2026,
                        Target.of(BigDecimal.TEN))),
                RenstraPlan.of(TPAK, 2021, 2026, Map.of(2026, Target.of(BigDecimal.TEN))),
                RenstraPlan.of(TPAK, 2022, 2027, Map.of(2026, Target.of(BigDecimal.TEN))),
                plan.withBaseline(2021, BigDecimal.ONE),
                RenstraPlan.of(TPAK, 2022, 2026, Map.of(2026, Target.of(BigDecimal.ONE))));
        assertThat(plan).isEqualTo(RenstraPlan.of(TPAK, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2026,
                BigDecimal.TEN)))).isNotEqualTo("plan");
        for (RenstraPlan other : others) {
            assertThat(plan).as("%s", other).isNotEqualTo(other);
            // The hash takes every part into account, so that plans spread in a hash table.
            assertThat(plan.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
    }
}
