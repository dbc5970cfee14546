package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Capaian.NegativeFormula;
import io.github.sakip.Capaian.Policy;
import io.github.sakip.Capaian.ZeroTarget;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapaianTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void contractExample() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12"));
        assertThat(a.isComputable()).isTrue();
        assertThat(a.percent()).isEqualByComparingTo("97.03703703703703703703703703703704");
        assertThat(a.percent().scale()).isGreaterThanOrEqualTo(10);
        assertThat(a.rounded()).isEqualTo(d("97.04"));
        assertThat(a.category()).contains(Category.SANGAT_TINGGI);
        assertThat(a.explain(Languages.ENGLISH)).isEqualTo("68,12 / 70,20 × 100% = 97,04%");
        assertThat(a.reason(Languages.ENGLISH)).isEmpty();
    }

    @Test
    void contractNegativeAndZeroTarget() {
        assertThat(Capaian.of(Polarity.NEGATIVE, d("25"), d("20")).rounded()).isEqualTo(d("120.00"));
        assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE).isComputable()).isFalse();
    }

    // Hand-checked: positive R/T×100; negative (2T−R)/T×100 floored at 0.
    @ParameterizedTest(name = "{0} T={1} R={2} -> {3}")
    @CsvSource({
        "POSITIVE, 70.20, 68.12, 97.04",
        "POSITIVE, 75, 73.20, 97.60",
        "POSITIVE, 65, 79.13, 121.74",
        "POSITIVE, 66, 80.07, 121.32",
        "POSITIVE, 80, 80.02, 100.03",
        "POSITIVE, 3, 4, 133.33",
        "POSITIVE, 3, 2, 66.67",
        "POSITIVE, 100, 0, 0.00",
        "POSITIVE, 100, -5, -5.00",
        "POSITIVE, 0.5, 0.25, 50.00",
        "NEGATIVE, 25, 20, 120.00",
        "NEGATIVE, 25, 25, 100.00",
        "NEGATIVE, 25, 30, 80.00",
        "NEGATIVE, 25, 50, 0.00",
        "NEGATIVE, 25, 60, 0.00",
        "NEGATIVE, 25, 0, 200.00",
        "NEGATIVE, 25, -5, 220.00",
        "NEGATIVE, 7, 6.5, 107.14",
        "NEGATIVE, 3, 2, 133.33",
    })
    void singleTargets(Polarity polarity, String target, String realisasi, String expected) {
        Achievement a = Capaian.of(polarity, d(target), d(realisasi));
        assertThat(a.rounded()).isEqualTo(d(expected));
    }

    @ParameterizedTest(name = "T/R: T={0} R={1} -> {2}")
    @CsvSource({
        "25, 20, 125.00",
        "25, 25, 100.00",
        "25, 50, 50.00",
        "7, 6.5, 107.69",
        "3, 2, 150.00",
    })
    void inverseNegativeFormula(String target, String realisasi, String expected) {
        Policy inverse = Policy.DEFAULT.withNegativeFormula(NegativeFormula.INVERSE);
        Achievement a = inverse.of(Polarity.NEGATIVE, d(target), d(realisasi));
        assertThat(a.rounded()).isEqualTo(d(expected));
        assertThat(a.explain(Languages.ENGLISH)).startsWith(target.replace('.', ',') + " / ");
    }

    @Test
    void inverseFormulaIsNotComputableForZeroOrNegativeRealisation() {
        Policy inverse = Policy.DEFAULT.withNegativeFormula(NegativeFormula.INVERSE);
        Achievement zero = inverse.of(Polarity.NEGATIVE, d("25"), BigDecimal.ZERO);
        assertThat(zero.isComputable()).isFalse();
        assertThat(zero.reason(Languages.ENGLISH)).contains("realisasi is 0: T / R needs a positive realisation");
        assertThat(inverse.of(Polarity.NEGATIVE, d("25"), d("-1")).reason(Languages.ENGLISH))
                .contains("realisasi is -1: T / R needs a positive realisation");
        // Positive polarity does not use the negative formula.
        assertThat(inverse.of(Polarity.POSITIVE, d("25"), BigDecimal.ZERO).rounded()).isEqualTo(d("0.00"));
    }

    // PermenPAN-RB 8/2021 worked examples and the other branches of a range target.
    @ParameterizedTest(name = "{0} {1}–{2} R={3} -> {4}")
    @CsvSource({
        "POSITIVE, 80, 90, 70, 87.50",
        "POSITIVE, 80, 90, 80, 100.00",
        "POSITIVE, 80, 90, 85, 100.00",
        "POSITIVE, 80, 90, 90, 100.00",
        "POSITIVE, 80, 90, 99, 110.00",
        "NEGATIVE, 7, 8, 6.5, 107.14",
        "NEGATIVE, 7, 8, 9, 87.50",
        "NEGATIVE, 7, 8, 7.5, 100.00",
        "NEGATIVE, 7, 8, 20, 0.00",
    })
    void rangeTargets(Polarity polarity, String lower, String upper, String realisasi, String expected) {
        Achievement a = Capaian.of(polarity, Target.range(d(lower), d(upper)), Realization.of(d(realisasi)));
        assertThat(a.rounded()).isEqualTo(d(expected));
    }

    @Test
    void rangeWorkingSaysWhichBoundWasUsed() {
        assertThat(Capaian.of(Polarity.POSITIVE, Target.range(d("80"), d("90")), Realization.of(d("70"))).explain(Languages.ENGLISH))
                .isEqualTo("below target range 80–90, against its lower bound: 70 / 80 × 100% = 87,50%");
        assertThat(Capaian.of(Polarity.NEGATIVE, Target.range(d("7"), d("8")), Realization.of(d("9"))).explain(Languages.ENGLISH))
                .isEqualTo("above target range 7–8, against its upper bound: (2 × 8 − 9) / 8 × 100% = 87,50%");
        assertThat(Capaian.of(Polarity.POSITIVE, Target.range(d("80"), d("90")), Realization.of(d("85.5")))
                .explain(Languages.ENGLISH)).isEqualTo("85,50 within target range 80–90 = 100,00%");
    }

    @Test
    void rangeWithZeroLowerBoundIsComputableInsideAndNotBelow() {
        Target range = Target.range(BigDecimal.ZERO, d("5"));
        assertThat(Capaian.of(Polarity.NEGATIVE, range, Realization.of(d("3"))).rounded()).isEqualTo(d("100.00"));
        Achievement below = Capaian.of(Polarity.POSITIVE, range, Realization.of(d("-1")));
        assertThat(below.isComputable()).isFalse();
        assertThat(below.reason(Languages.ENGLISH)).contains("below target range 0–5, against its lower bound: target is 0:"
                + " division by zero");
    }

    @Test
    void negativeWorkingShowsTheFormula() {
        assertThat(Capaian.of(Polarity.NEGATIVE, d("25"), d("20")).explain(Languages.ENGLISH))
                .isEqualTo("(2 × 25 − 20) / 25 × 100% = 120,00%");
        assertThat(Capaian.of(Polarity.NEGATIVE, d("25"), d("60")).explain(Languages.ENGLISH))
                .isEqualTo("(2 × 25 − 60) / 25 × 100% = -40,00%, floored at 0,00%");
    }

    @Test
    void explainGroupsThousandsTheIndonesianWay() {
        assertThat(Capaian.of(Polarity.POSITIVE, d("1400"), d("1721")).explain(Languages.ENGLISH))
                .isEqualTo("1.721 / 1.400 × 100% = 122,93%");
    }

    @Test
    void zeroTargetIsNotComputable() {
        Achievement a = Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(a.isComputable()).isFalse();
        assertThat(a.reason(Languages.ENGLISH)).contains("target is 0: division by zero");
        assertThat(a.explain(Languages.ENGLISH)).isEqualTo("not computable: target is 0: division by zero");
        assertThat(a.category()).isEmpty();
        assertThat(a.valueIfComputable()).isEmpty();
        assertThatThrownBy(a::percent).isInstanceOf(IllegalStateException.class)
                .hasMessage("achievement is not computable: target is 0: division by zero");
        assertThatThrownBy(a::rounded).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("target is 0");
    }

    @Test
    void negativeTargetIsNotComputable() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("-2.5"), BigDecimal.ONE);
        assertThat(a.reason(Languages.ENGLISH)).contains("target is negative (-2.5): a capaian needs a positive target");
    }

    @Test
    void zeroTargetOfNegativeIndicatorMetByZeroIsAnOption() {
        assertThat(Capaian.of(Polarity.NEGATIVE, BigDecimal.ZERO, BigDecimal.ZERO).isComputable()).isFalse();
        Policy option = Policy.DEFAULT.withZeroTarget(ZeroTarget.MET_BY_ZERO);
        Achievement met = option.of(Polarity.NEGATIVE, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(met.rounded()).isEqualTo(d("100.00"));
        assertThat(met.explain(Languages.ENGLISH)).isEqualTo("target 0 met by realisasi 0 (negative polarity) = 100,00%");
        assertThat(option.of(Polarity.NEGATIVE, BigDecimal.ZERO, BigDecimal.ONE).isComputable()).isFalse();
        assertThat(option.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ZERO).isComputable()).isFalse();
    }

    @Test
    void realisationZeroIsAValueAndAbsentIsNot() {
        Target target = Target.of(d("10"));
        Achievement zero = Capaian.of(Polarity.POSITIVE, target, Realization.of(BigDecimal.ZERO));
        assertThat(zero.isComputable()).isTrue();
        assertThat(zero.rounded()).isEqualTo(d("0.00"));
        assertThat(zero.category()).contains(Category.SANGAT_RENDAH);
        Achievement absent = Capaian.of(Polarity.POSITIVE, target, Realization.absent("indikator baru"));
        assertThat(absent.isComputable()).isFalse();
        assertThat(absent.reason(Languages.ENGLISH)).contains("no realisation: indikator baru");
    }

    @Test
    void negativeRealisationOfPositiveIndicatorIsSangatRendah() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("5"), d("-0.5"));
        assertThat(a.rounded()).isEqualTo(d("-10.00"));
        assertThat(a.category()).contains(Category.SANGAT_RENDAH);
    }

    @Test
    void indicatorPolarityIsUsed() {
        Indicator unemployment = Indicator.of("Tingkat Pengangguran Terbuka", "Persen", Polarity.NEGATIVE,
                Accumulation.STOCK);
        assertThat(Capaian.of(unemployment, Target.of(d("5")), Realization.of(d("4"))).rounded())
                .isEqualTo(d("120.00"));
    }

    @Test
    void divisionKeeps34SignificantDigits() {
        Achievement third = Capaian.of(Polarity.POSITIVE, d("3"), d("1"));
        assertThat(third.percent()).isEqualTo(d("33.33333333333333333333333333333333"));
        assertThat(third.percent().precision()).isEqualTo(34);
        assertThat(third.rounded(4, RoundingMode.DOWN)).isEqualTo(d("33.3333"));
    }

    @Test
    void exactQuotientsAreNormalised() {
        assertThat(Capaian.of(Polarity.POSITIVE, d("90"), d("90")).percent()).isEqualTo(d("100"));
        assertThat(Capaian.of(Polarity.POSITIVE, d("90.00"), d("90")))
                .isEqualTo(Capaian.of(Polarity.POSITIVE, d("90"), d("90.0")));
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> Capaian.of(null, d("1"), d("1"))).isInstanceOf(NullPointerException.class)
                .hasMessage("polarity must not be null");
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, (BigDecimal) null, d("1")))
                .isInstanceOf(NullPointerException.class).hasMessage("target must not be null");
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, d("1"), (BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("realization must not be null");
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, Target.of(d("1")), null))
                .isInstanceOf(NullPointerException.class).hasMessage("realization must not be null");
        assertThatThrownBy(() -> Capaian.of((Indicator) null, Target.of(d("1")), Realization.of(d("1"))))
                .isInstanceOf(NullPointerException.class).hasMessage("indicator must not be null");
        assertThatThrownBy(() -> Policy.DEFAULT.withNegativeFormula(null))
                .isInstanceOf(NullPointerException.class).hasMessage("negativeFormula must not be null");
    }

    @Test
    void absurdDecimalsAreRefusedBeforeArithmetic() {
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, d("1E+1000000"), d("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("target is too large or too precise to be a figure of a report: 1E+1000000");
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, d("10"), d("1E-1000000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("realization has too many decimals to be a figure of a report: 1E-1000000000");
        String thousandDigits = "9".repeat(1000);
        assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, d("10"), d("0." + thousandDigits)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("realization is too large or too precise")
                .hasMessageContaining("(1000 digits)");
    }

    @Test
    void meanOfASasaranLeavesOutWhatIsNotComputable() {
        List<Achievement> indicators = List.of(
                Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12")),
                Capaian.of(Polarity.POSITIVE, d("75"), d("73.20")),
                Capaian.of(Polarity.POSITIVE, d("65"), d("79.13")),
                Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, d("3")));
        MeanAchievement mean = Capaian.mean(indicators);
        assertThat(mean.computed()).isEqualTo(3);
        assertThat(mean.leftOut()).isEqualTo(1);
        // (97.037037... + 97.6 + 121.738461...) / 3 = 105.458499...
        assertThat(mean.achievement().rounded()).isEqualTo(d("105.46"));
        assertThat(mean.achievement().explain(Languages.ENGLISH))
                .isEqualTo("(97,04% + 97,60% + 121,74%) / 3 = 105,46%; 1 not computable left out");
        assertThat(mean.describe(Languages.ENGLISH)).isEqualTo("105,46% over 3 indicators, 1 not computable left out");

        MeanAchievement capped = Capaian.meanCappedAt100(indicators);
        // (97.037037... + 97.6 + 100) / 3 = 98.212345...
        assertThat(capped.achievement().rounded()).isEqualTo(d("98.21"));
        assertThat(capped.achievement().explain(Languages.ENGLISH)).contains("(each capped at 100%)");
    }

    @Test
    void meanWithNothingComputableIsNotComputable() {
        MeanAchievement none = Capaian.mean(List.of(Achievement.notComputable("indikator baru")));
        assertThat(none.achievement().isComputable()).isFalse();
        assertThat(none.achievement().reason(Languages.ENGLISH)).contains("mean of none of its 1 indicators is computable");
        assertThat(none.computed()).isZero();
        assertThat(Capaian.mean(List.of()).achievement().reason(Languages.ENGLISH)).contains("mean of no indicators");
        assertThatThrownBy(() -> Capaian.mean(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("achievements must not be null");
    }

    @Test
    void achievementValueSemantics() {
        Achievement a = Achievement.of(d("100.00"), "x");
        assertThat(a).isEqualTo(Achievement.of(d("1E+2"), "y")).hasSameHashCodeAs(Achievement.of(d("100"), "z"));
        assertThat(a).isNotEqualTo(Achievement.notComputable("x"));
        assertThat(Achievement.notComputable("r")).isEqualTo(Achievement.notComputable("r"));
        assertThat(Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12")))
                .hasToString("Achievement[97.04% Sangat Tinggi, exact 97.03703703703703703703703703703704]");
        assertThat(Achievement.notComputable("target is 0")).hasToString("Achievement[not computable: target is 0]");
        assertThat(Achievement.ofPercent(d("97.03")).explain(Languages.ENGLISH)).isEqualTo("given as 97,03%");
        assertThat(Achievement.of(d("121.7"), "w").cappedAt(d("100")).percent()).isEqualTo(d("100"));
        assertThat(Achievement.of(d("99"), "w").cappedAt(d("100")).explain(Languages.ENGLISH)).isEqualTo("w");
        assertThatThrownBy(() -> Achievement.notComputable(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank, but was ' '");
        assertThatThrownBy(() -> Achievement.of(d("1"), d("1").toString().substring(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("working must not be blank, but was ''");
        assertThatThrownBy(() -> a.rounded(101, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was 101");
        assertThat(a.category(Permendagri86.SCALE_WHOLE_PERCENT)).contains(Category.SANGAT_TINGGI);
        assertThat(Achievement.notComputable("x").category(Permendagri86.SCALE)).isEmpty();
    }
}
