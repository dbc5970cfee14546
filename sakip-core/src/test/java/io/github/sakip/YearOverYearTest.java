package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static Realization r(String value) {
        return Realization.of(new BigDecimal(value));
    }

    @Test
    void aZeroBaseGivesPointsButNoPercent() {
        YearOverYear.Change change = YearOverYear.of(2023, r("0"), 2024, r("5"));
        assertThat(change.points().value()).isEqualTo(new BigDecimal("5"));
        assertThat(change.points().explain(Languages.ENGLISH)).isEqualTo("5 − 0 = 5");
        assertThat(change.percent().isComputable()).isFalse();
        assertThat(change.percent().reason(Languages.ENGLISH)).contains("the 2023 base is 0 (division by zero)");
        assertThat(change.explain(Languages.ENGLISH)).isEqualTo("2023 → 2024: 5 − 0 = 5; percent change not computable: the 2023 base"
                + " is 0 (division by zero)");
    }

    @Test
    void aNegativeBaseGivesNoPercent() {
        YearOverYear.Change change = YearOverYear.of(2023, r("-1.5"), 2024, r("1"));
        assertThat(change.points().value()).isEqualTo(new BigDecimal("2.5"));
        assertThat(change.percent().explain(Languages.ENGLISH)).isEqualTo("not computable: the 2023 base is negative (-1.5)");
        assertThat(change.explain(Languages.ENGLISH)).endsWith("; percent change not computable: the 2023 base is negative (-1.5)");
    }

    @Test
    void aMissingYearBetweenOthersHasNoValue() {
        var changes = YearOverYear.of(Map.of(2022, r("10"), 2024, r("12")));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).points().reason(Languages.ENGLISH)).contains("no value in 2023 (no entry for 2023)");
        assertThat(changes.get(1).percent().reason(Languages.ENGLISH)).contains("no value in 2023 (no entry for 2023)");
        assertThat(YearOverYear.of(Map.of(2022, r("10")))).isEmpty();
    }

    @Test
    void anAbsentLaterYearIsNotComputable() {
        YearOverYear.Change change = YearOverYear.of(2024, r("68.12"), 2025, Realization.absent("belum diukur"));
        assertThat(change.points().isComputable()).isFalse();
        assertThat(change.percent().reason(Languages.ENGLISH)).contains("no value in 2025 (belum diukur)");
        assertThat(change.percent().unit()).isEqualTo(Figure.Unit.PERCENT);
        assertThat(change.explain(Languages.ENGLISH)).isEqualTo("2024 → 2025: not computable: no value in 2025 (belum"
                + " diukur)");
        assertThat(change).hasToString("2024 → 2025: tidak dapat dihitung: tidak ada nilai pada 2025 (belum diukur)");
    }

    @Test
    void capaianNotComputableIsAbsentWithItsReason() {
        var changes = YearOverYear.ofAchievements(Map.of(2023, Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO,
                BigDecimal.ONE), 2024, Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"))));
        assertThat(changes.get(0).points().reason(Languages.ENGLISH))
                .contains("no value in 2023 (capaian not computable: target is 0: division by zero)");
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> YearOverYear.of(2024, r("1"), 2024, r("2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromYear must be before toYear, but was 2024 → 2024");
        assertThatThrownBy(() -> YearOverYear.of(2023, null, 2024, r("2")))
                .isInstanceOf(NullPointerException.class).hasMessage("from must not be null");
        assertThatThrownBy(() -> YearOverYear.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("byYear must not be null");
    }
}
