package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Years;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void targetNormalisesSoEqualsIsNumeric() {
        assertThat(Target.of(d("70.20"))).isEqualTo(Target.of(d("70.2"))).hasSameHashCodeAs(Target.of(d("70.2")));
        assertThat(Target.of(d("1E+2")).value()).isEqualTo(d("100"));
        assertThat(Target.of(d("1E+2")).value().scale()).isZero();
        assertThat(Target.of(d("0.00")).value()).isEqualTo(BigDecimal.ZERO);
        assertThat(Target.of(d("70.20"))).hasToString("70.2");
        assertThat(Target.range(d("80"), d("90"))).hasToString("80–90");
        assertThat(Target.range(d("80"), d("80.0")).isRange()).isFalse();
    }

    @Test
    void targetRefusals() {
        assertThatThrownBy(() -> Target.range(d("90"), d("80"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lower must not exceed upper, but the range was 90 to 80");
        assertThatThrownBy(() -> Target.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
        assertThatThrownBy(() -> Target.range(d("1"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("upper must not be null");
        assertThatThrownBy(() -> Target.range(d("80"), d("90")).value()).isInstanceOf(IllegalStateException.class)
                .hasMessage("target 80–90 is a range, not a single value");
        assertThatThrownBy(() -> Target.of(d("1E+31"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value is too large or too precise to be a figure of a report: "
                        + "10000000000000000000000000000000");
    }

    @Test
    void realization() {
        assertThat(Realization.of(d("68.120"))).isEqualTo(Realization.of(d("68.12")));
        assertThat(Realization.of(d("68.12")).valueIfPresent()).contains(d("68.12"));
        assertThat(Realization.of(d("68.12")).isPresent()).isTrue();
        assertThat(Realization.of(d("68.12"))).hasToString("68.12");
        Realization absent = Realization.absent("indikator baru");
        assertThat(absent.isPresent()).isFalse();
        assertThat(absent.valueIfPresent()).isEmpty();
        assertThat(absent).hasToString("absent (indikator baru)");
        assertThat(absent).isNotEqualTo(Realization.of(BigDecimal.ZERO));
        assertThatThrownBy(() -> Realization.absent("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank, but was ''");
        assertThatThrownBy(() -> Realization.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
    }

    @Test
    void indicator() {
        Indicator tpak = Indicator.of(" Tingkat Partisipasi Angkatan Kerja (TPAK) ", "Persen", Polarity.POSITIVE,
                Accumulation.STOCK);
        assertThat(tpak.name()).isEqualTo("Tingkat Partisipasi Angkatan Kerja (TPAK)");
        assertThat(tpak).hasToString("Tingkat Partisipasi Angkatan Kerja (TPAK) (Persen, POSITIVE, STOCK)");
        assertThat(tpak.withPolarity(Polarity.NEGATIVE).polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(tpak.withAccumulation(Accumulation.FLOW).accumulation()).isEqualTo(Accumulation.FLOW);
        assertThat(tpak.withPolarity(Polarity.NEGATIVE).name()).isEqualTo(tpak.name());
        assertThatThrownBy(() -> Indicator.of(" ", "Persen", Polarity.POSITIVE, Accumulation.STOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> Indicator.of("x", "Persen", null, Accumulation.STOCK))
                .isInstanceOf(NullPointerException.class).hasMessage("polarity must not be null");
        assertThatThrownBy(() -> Indicator.of("x", "Persen", Polarity.POSITIVE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("accumulation must not be null");
        assertThatThrownBy(() -> Indicator.of("x", null, Polarity.POSITIVE, Accumulation.FLOW))
                .isInstanceOf(NullPointerException.class).hasMessage("unit must not be null");
    }

    @Test
    void everyYearIsCheckedInOnePlaceFrom1900To2999() {
        assertThat(Years.checked(1900, "year")).isEqualTo(1900);
        assertThat(Years.checked(2999, "year")).isEqualTo(2999);
        assertThatThrownBy(() -> Years.checked(1899, "year")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be from 1900 to 2999, but was 1899");
        assertThatThrownBy(() -> Years.checked(3000, "toYear")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toYear must be from 1900 to 2999, but was 3000");
        assertThatThrownBy(() -> YearOverYear.of(1899, Realization.of(BigDecimal.ONE), 2024,
                Realization.of(BigDecimal.ONE))).hasMessage("fromYear must be from 1900 to 2999, but was 1899");
        assertThatThrownBy(() -> new RenstraPlan.Baseline(3000, BigDecimal.ONE))
                .hasMessage("year must be from 1900 to 2999, but was 3000");
    }

    @Test
    void meanAchievementValidation() {
        assertThatThrownBy(() -> new MeanAchievement(Achievement.notComputable("x"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("computed must be positive exactly when the achievement is computable, but"
                        + " was 1");
        assertThatThrownBy(() -> new MeanAchievement(Achievement.notComputable("x"), 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must not be negative, but were computed=0, leftOut=-1");
        assertThat(new MeanAchievement(Achievement.notComputable("x"), 0, 2).describe(Languages.ENGLISH))
                .isEqualTo("not computable: x, 2 not computable left out");
    }
}
