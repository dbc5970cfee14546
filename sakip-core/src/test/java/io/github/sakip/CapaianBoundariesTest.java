package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capaian and its presentation where a comparison turns: the ends of a target range, the floor, the cap. */
class CapaianBoundariesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} R = {1} against 80–90")
    @CsvSource(delimiter = '|', value = {
        "POSITIVE | 80 | 80 within target range 80–90 = 100,00%",
        "POSITIVE | 90 | 90 within target range 80–90 = 100,00%",
        "NEGATIVE | 80 | 80 within target range 80–90 = 100,00%",
        "NEGATIVE | 90 | 90 within target range 80–90 = 100,00%",
        "POSITIVE | 79.99 | below target range 80–90, against its lower bound: 79,99 / 80 × 100% = 99,99%",
        "POSITIVE | 90.01 | above target range 80–90, against its upper bound: 90,01 / 90 × 100% = 100,01%",
    })
    void theEndsOfATargetRangeAreInsideIt(Polarity polarity, String realisasi, String working) {
        Achievement a = Capaian.of(polarity, Target.range(d("80"), d("90")), Realization.of(d(realisasi)));
        assertThat(a.explain(Languages.ENGLISH)).isEqualTo(working);
    }

    @Test
    void aNegativeCapaianOfExactlyZeroIsNotFloored() {
        Achievement zero = Capaian.of(Polarity.NEGATIVE, d("10"), d("20"));
        assertThat(zero.percent()).isEqualByComparingTo("0");
        assertThat(zero.explain(Languages.ENGLISH)).isEqualTo("(2 × 10 − 20) / 10 × 100% = 0,00%");
        Achievement floored = Capaian.of(Polarity.NEGATIVE, d("10"), d("20.5"));
        assertThat(floored.percent()).isEqualByComparingTo("0");
        assertThat(floored.explain(Languages.ENGLISH)).isEqualTo("(2 × 10 − 20,50) / 10 × 100% = -5,00%, floored at 0,00%");
    }

    @Test
    void roundedTakesZeroToAHundredDecimals() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("3"), d("2"));
        assertThat(a.rounded(0, RoundingMode.HALF_UP)).isEqualTo(d("67"));
        assertThat(a.rounded(100, RoundingMode.DOWN)).isEqualTo(a.percent().setScale(100, RoundingMode.DOWN));
        assertThatThrownBy(() -> a.rounded(-1, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals must be from 0 to 100, but was -1");
        assertThatThrownBy(() -> a.rounded(101, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was 101");
    }

    @Test
    void cappingAtExactlyTheFigureLeavesItAndItsWorkingAlone() {
        Achievement hundred = Capaian.of(Polarity.POSITIVE, d("50"), d("50"));
        assertThat(hundred.cappedAt(d("100"))).isSameAs(hundred);
        assertThat(hundred.cappedAt(d("100")).explain(Languages.ENGLISH)).isEqualTo("50 / 50 × 100% = 100,00%");
        Achievement above = Capaian.of(Polarity.POSITIVE, d("50"), d("50.01"));
        assertThat(above.cappedAt(d("100")).explain(Languages.ENGLISH)).isEqualTo("50,01 / 50 × 100% = 100,02%, capped at 100%");
    }

    @Test
    void aMeanWithNothingLeftOutSaysNothingAboutLeavingOut() {
        MeanAchievement mean = Capaian.mean(List.of(Capaian.of(Polarity.POSITIVE, d("4"), d("3")),
                Capaian.of(Polarity.POSITIVE, d("4"), d("4"))));
        assertThat(mean.achievement().explain(Languages.ENGLISH)).isEqualTo("(75,00% + 100,00%) / 2 = 87,50%");
        assertThat(mean.describe(Languages.ENGLISH)).isEqualTo("87,50% over 2 indicators");
        assertThat(mean).hasToString("87,50% dari 2 indikator");
        MeanAchievement withGap = Capaian.mean(List.of(Capaian.of(Polarity.POSITIVE, d("4"), d("3")),
                Capaian.of(Polarity.POSITIVE, Target.of(d("4")), Realization.absent("indikator baru"))));
        assertThat(withGap.achievement().explain(Languages.ENGLISH))
                .isEqualTo("(75,00%) / 1 = 75,00%; 1 not computable left out");
        assertThat(withGap.describe(Languages.ENGLISH)).isEqualTo("75,00% over 1 indicator, 1 not computable left out");
        assertThat(withGap).hasToString("75,00% dari 1 indikator, 1 yang tidak dapat dihitung tidak diikutkan");
    }

    @Test
    void valueIfComputableHoldsThePercentOrNothing() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12"));
        assertThat(a.valueIfComputable()).hasValueSatisfying(p -> assertThat(p).isEqualTo(a.percent()));
        assertThat(a.value()).isEqualTo(a.percent());
        assertThat(a.unit()).isEqualTo(Figure.Unit.PERCENT);
        assertThat(Capaian.of(Polarity.POSITIVE, d("0"), d("1")).valueIfComputable()).isEmpty();
    }
}
