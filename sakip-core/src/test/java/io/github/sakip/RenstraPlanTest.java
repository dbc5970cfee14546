package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.RenstraPlan.YearTarget;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RenstraPlanTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    private static YearTarget t(int year, String value) {
        return YearTarget.of(year, new BigDecimal(value));
    }

    @Test
    void holdsSortedUnmodifiableTargetsAndTheEndTarget() {
        Map<Integer, Target> targets = new HashMap<>();
        targets.put(2026, Target.of(new BigDecimal("71.11")));
        targets.put(2022, Target.of(new BigDecimal("70")));
        targets.put(2024, Target.of(new BigDecimal("70.950")));
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, targets);
        targets.put(2023, Target.of(BigDecimal.ONE));
        assertThat(plan.targets().keySet()).containsExactly(2022, 2024, 2026);
        assertThat(plan.endTarget()).contains(Target.of(new BigDecimal("71.11")));
        assertThat(plan.target(2024)).contains(Target.of(new BigDecimal("70.95")));
        assertThat(plan.target(2023)).isEmpty();
        assertThatThrownBy(() -> plan.targets().put(2025, Target.of(BigDecimal.ONE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(plan).isEqualTo(RenstraPlan.of(TPAK, 2022, 2026, List.of(t("2022", "70"), t(2024, "70.95"),
                t(2026, "71.110"))));
        assertThat(plan.withBaseline(2021, new BigDecimal("70.31"))).hasToString("RenstraPlan[TPAK (Persen, POSITIVE,"
                + " STOCK) 2022–2026, baseline 70.31 (2021), targets {2022=70, 2024=70.95, 2026=71.11}]");
    }

    private static YearTarget t(String year, String value) {
        return t(Integer.parseInt(year), value);
    }

    @Test
    void anEndYearWithoutTargetHasNoEndTarget() {
        assertThat(RenstraPlan.of(TPAK, 2022, 2026, List.of(t(2025, "71"))).endTarget()).isEmpty();
    }

    @Test
    void refusesYearsOutOfOrder() {
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, List.of(t(2022, "70"), t(2025, "71"),
                t(2023, "70.5")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target years must be in increasing order, but 2023 follows 2025");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2026, 2022, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstYear must not be after lastYear, but the period was 2026–2022");
    }

    @Test
    void refusesDuplicatedYears() {
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, List.of(t(2022, "70"), t(2024, "70.95"),
                t(2024, "70.20")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target year 2024 appears more than once");
    }

    @Test
    void refusesYearsOutsideThePeriod() {
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, List.of(t(2022, "70"), t(2027, "72"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target year 2027 is outside the period 2022–2026");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, List.of(t(2021, "70"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target year 2021 is outside the period 2022–2026");
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of());
        assertThatThrownBy(() -> plan.withBaseline(2023, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline year must not be after the first year 2022, but was 2023");
        assertThatThrownBy(() -> plan.target(2030)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be in the period 2022–2026, but was 2030");
        assertThatThrownBy(() -> plan.compareWithAgreement(2021, Target.of(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be in the period 2022–2026, but was 2021");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 1899, 2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstYear must be from 1900 to 2999, but was 1899");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 3000, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lastYear must be from 1900 to 2999, but was 3000");
    }

    @Test
    void refusesNullsNamingThem() {
        SortedMap<Integer, Target> withNull = new TreeMap<>();
        withNull.put(2024, null);
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("target of 2024 must not be null");
        assertThatThrownBy(() -> RenstraPlan.of(null, 2022, 2026, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("indicator must not be null");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, Map.of()).withBaseline(null))
                .isInstanceOf(NullPointerException.class).hasMessage("baseline must not be null");
        assertThatThrownBy(() -> RenstraPlan.of(TPAK, 2022, 2026, (Map<Integer, Target>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("targets must not be null");
    }

    @Test
    void comparesRangesWithoutAPointDifference() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of(new YearTarget(2024,
                Target.range(new BigDecimal("70"), new BigDecimal("72")))));
        RenstraPlan.TargetComparison comparison = plan.compareWithAgreement(2024, Target.of(new BigDecimal("71")))
                .orElseThrow();
        assertThat(comparison.differs()).isTrue();
        assertThat(comparison.difference().isComputable()).isFalse();
        assertThat(comparison.difference().reason(Languages.ENGLISH)).contains("a target is a range: 71 against 70–72");
        assertThat(comparison.differencePercent().reason(Languages.ENGLISH)).contains("a target is a range: 71 against 70–72");
        assertThat(comparison.differencePercent().unit()).isEqualTo(Figure.Unit.PERCENT);
        assertThat(comparison.describe(Languages.ENGLISH))
                .isEqualTo("2024: Perjanjian Kinerja target 71 differs from Renstra target 70–72");
        assertThat(comparison).hasToString("2024: target Perjanjian Kinerja 71 berbeda dari target Renstra 70–72");
    }
}
