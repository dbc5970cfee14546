package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenstraProgressTest {

    private static final Indicator TRAINED = Indicator.of("Jumlah pencari kerja yang dilatih", "Orang",
            Polarity.POSITIVE, Accumulation.FLOW);
    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    @Test
    void contract() {
        Achievement a = RenstraProgress.of(Polarity.POSITIVE, new BigDecimal("71.11"), new BigDecimal("68.12"));
        assertThat(a.isComputable()).isTrue();
        assertThat(a.rounded()).isEqualByComparingTo("95.80");
        assertThat(a.explain(Languages.ENGLISH)).isEqualTo("progress against Renstra end target: 68,12 / 71,11 × 100% = 95,80%");
    }

    @ParameterizedTest(name = "{0} T={1} R={2}: {3}")
    @CsvSource({
        "POSITIVE, 71.11, 68.12, 95.80",
        "POSITIVE, 71.11, 0, 0.00",
        "NEGATIVE, 20, 24, 80.00",
        "NEGATIVE, 20, 18, 110.00",
        "NEGATIVE, 20, 45, 0.00",
    })
    void polarityAware(Polarity polarity, BigDecimal endTarget, BigDecimal realization, BigDecimal expected) {
        assertThat(RenstraProgress.of(polarity, endTarget, realization).rounded()).isEqualByComparingTo(expected);
    }

    @Test
    void zeroOrNegativeEndTargetIsNotComputable() {
        assertThat(RenstraProgress.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE).reason(Languages.ENGLISH))
                .contains("progress against Renstra end target: target is 0: division by zero");
        assertThat(RenstraProgress.of(Polarity.POSITIVE, new BigDecimal("-5"), BigDecimal.ONE).isComputable())
                .isFalse();
    }

    @Test
    void refusesNullsNamingThem() {
        assertThatThrownBy(() -> RenstraProgress.of(Polarity.POSITIVE, null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("endTarget must not be null");
        assertThatThrownBy(() -> RenstraProgress.of(Polarity.POSITIVE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("realizationToDate must not be null");
        assertThatThrownBy(() -> RenstraProgress.of(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("polarity must not be null");
    }

    @Test
    void aFlowSumsTheYearsSoFar() {
        RenstraPlan plan = RenstraPlan.of(TRAINED, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2026,
                new BigDecimal("500"))));
        Map<Integer, Realization> realised = Map.of(2021, Realization.of(new BigDecimal("999")),
                2022, Realization.of(new BigDecimal("100")), 2023, Realization.absent("not reported"),
                2024, Realization.of(new BigDecimal("150")), 2025, Realization.of(new BigDecimal("400")));
        assertThat(RenstraProgress.toDate(plan, realised, 2024)).isEqualTo(Realization.of(new BigDecimal("250")));
        Achievement progress = RenstraProgress.of(plan, realised, 2024);
        assertThat(progress.percent()).isEqualByComparingTo("50");
        assertThat(progress.explain(Languages.ENGLISH)).isEqualTo("progress against Renstra end target (2026) with realisation to"
                + " 2024 (sum of 2022–2024: 250): 250 / 500 × 100% = 50,00%");
    }

    @Test
    void noEndTargetIsNotComputable() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2024,
                new BigDecimal("70.95"))));
        Achievement progress = RenstraProgress.of(plan, Map.of(2024, Realization.of(new BigDecimal("68.12"))),
                2024);
        assertThat(progress.reason(Languages.ENGLISH)).contains("progress against Renstra end target (2026) with realisation to 2024"
                + " (latest value of 2022–2024: 68,12): the plan sets no target for its last year 2026");
    }

    @Test
    void upToYearMustBeInThePeriod() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of());
        assertThatThrownBy(() -> RenstraProgress.of(plan, Map.of(), 2027))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upToYear must be in the period 2022–2026, but was 2027");
        assertThatThrownBy(() -> RenstraProgress.of(plan, Map.of(), 2021))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upToYear must be in the period 2022–2026, but was 2021");
        assertThatThrownBy(() -> RenstraProgress.of(null, Map.of(), 2024))
                .isInstanceOf(NullPointerException.class).hasMessage("plan must not be null");
        Map<Integer, Realization> withNull = new HashMap<>();
        withNull.put(2023, null);
        assertThatThrownBy(() -> RenstraProgress.of(plan, withNull, 2024))
                .isInstanceOf(NullPointerException.class).hasMessage("realisation of 2023 must not be null");
    }

    @Test
    void progressIsMonotoneInTheRealisation() {
        qt().forAll(longs().between(-100_000, 1_000_000), longs().between(-100_000, 1_000_000),
                integers().between(1, 100_000)).check((a, b, t) -> {
                    BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 2);
                    BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 2);
                    BigDecimal target = BigDecimal.valueOf(t, 2);
                    BigDecimal posLow = RenstraProgress.of(Polarity.POSITIVE, target, low).percent();
                    BigDecimal posHigh = RenstraProgress.of(Polarity.POSITIVE, target, high).percent();
                    BigDecimal negLow = RenstraProgress.of(Polarity.NEGATIVE, target, low).percent();
                    BigDecimal negHigh = RenstraProgress.of(Polarity.NEGATIVE, target, high).percent();
                    return posLow.compareTo(posHigh) <= 0 && negLow.compareTo(negHigh) >= 0;
                });
    }

    @Test
    void progressOfAPlanAgreesWithTheContractForm() {
        qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000), integers().between(1, 100_000))
                .check((r2023, r2024, t) -> {
                    BigDecimal target = BigDecimal.valueOf(t, 2);
                    RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2026,
                            target)));
                    Map<Integer, Realization> realised = Map.of(2023, Realization.of(BigDecimal.valueOf(r2023, 2)),
                            2024, Realization.of(BigDecimal.valueOf(r2024, 2)));
                    return RenstraProgress.of(plan, realised, 2024).equals(RenstraProgress.of(Polarity.POSITIVE, target,
                            BigDecimal.valueOf(r2024, 2)))
                            && RenstraProgress.of(plan.withBaseline(2021, BigDecimal.ONE),
                                    realised, 2023).equals(RenstraProgress.of(Polarity.POSITIVE,
                                            target, BigDecimal.valueOf(r2023, 2)));
                });
    }
}
