package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.Pmk214.Output;
import io.github.sakip.Pmk214.OutputCap;
import io.github.sakip.Pmk214.ScoreClamp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pmk214Test {

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** "pagu:realisasi:ck;pagu:realisasi:ck". */
    private static List<Output> outputs(String spec) {
        List<Output> outputs = new ArrayList<>();
        for (String output : spec.split(";")) {
            String[] parts = output.split(":");
            outputs.add(new Output(bd(parts[0]), bd(parts[1]), bd(parts[2])));
        }
        return outputs;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // outputs | cap | E to 10 decimals (hand-checked) | NE clamped | NE unclamped
        // CK 1,22: Σ(PAK×CK) = 1.220.000; (1.220.000 − 900.000) / 1.220.000 = 26,2295...%
        "1000000:900000:122|NONE|26.2295081967|100|115.5737704918",
        // capped: Σ(PAK×CK) = 1.000.000; E = 10 %, NE = 50 + 10/20 × 50 = 75
        "1000000:900000:122|AT_100_PERCENT|10.0000000000|75|75",
        // CK 1,22 and 1,42: Σ = 1.220.000 + 2.840.000 = 4.060.000; Σ RAK = 2.400.000; E = 1.660.000 / 4.060.000
        "1000000:900000:122;2000000:1500000:142|NONE|40.8866995074|100|152.2167487685",
        // capped: Σ = 3.000.000; E = 600.000 / 3.000.000 = 20 % exactly, the upper edge of the clamp
        "1000000:900000:122;2000000:1500000:142|AT_100_PERCENT|20.0000000000|100|100",
        // overspent against achievement: Σ = 800.000, E = −200.000 / 800.000 = −25 %, clamped to −20
        "1000000:1000000:80|NONE|-25.0000000000|0|-12.5",
        // E = −20 exactly: NE 0
        "1000000:1200000:100|NONE|-20.0000000000|0|0",
        // nothing saved: E = 0, NE = 50
        "1000000:1000000:100|NONE|0E-10|50|50",
        // the cap changes nothing at or below 100 %:
        // Σ = 1.000.000 + 450.000, Σ RAK = 1.370.000, E = 80.000 / 1.450.000
        "1000000:970000:100;500000:400000:90|AT_100_PERCENT|5.5172413793|63.7931034483|63.7931034483",
        "1000000:970000:100;500000:400000:90|NONE|5.5172413793|63.7931034483|63.7931034483",
    })
    void efficiencyAndScore(String spec, OutputCap cap, String e, String neClamped, String neUnclamped) {
        BigDecimal efficiency = Pmk214.efficiency(outputs(spec), cap);
        assertThat(efficiency.setScale(10, RoundingMode.HALF_UP)).isEqualTo(bd(e));
        assertThat(Pmk214.efficiencyScore(efficiency).setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo(neClamped);
        assertThat(Pmk214.efficiencyScore(efficiency, ScoreClamp.UNCLAMPED).setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo(neUnclamped);
    }

    @ParameterizedTest
    @CsvSource({
        "20, 100, 100",
        "-20, 0, 0",
        "0, 50, 50",
        "10, 75, 75",
        "-10, 25, 25",
        "25, 100, 112.5",
        "-30, 0, -25",
        "2.85, 57.125, 57.125",
        "20.01, 100, 100.025",
    })
    void scoreIsFiftyPlusEOverTwentyTimesFiftyClampedAtPlusMinusTwenty(String e, String clamped, String unclamped) {
        assertThat(Pmk214.efficiencyScore(bd(e))).isEqualByComparingTo(clamped);
        assertThat(Pmk214.efficiencyScore(bd(e), ScoreClamp.UNCLAMPED)).isEqualByComparingTo(unclamped);
    }

    @Test
    void scoreStaysWithinZeroAndHundredAndIsMonotonic() {
        qt().withExamples(500).forAll(integers().between(-100_000, 100_000), integers().between(-100_000, 100_000))
                .checkAssert((a, b) -> {
                    BigDecimal ea = BigDecimal.valueOf(a, 3);
                    BigDecimal eb = BigDecimal.valueOf(b, 3);
                    BigDecimal na = Pmk214.efficiencyScore(ea);
                    assertThat(na).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                    if (a <= b) {
                        assertThat(na).isLessThanOrEqualTo(Pmk214.efficiencyScore(eb));
                    }
                });
    }

    @Test
    void sumsAreTakenBeforeDividing() {
        // Two outputs with E of 50 % and 0 %: the mean of the two would be 25 %; the regulation's sums give
        // (1.000 + 9.000 − 500 − 9.000) / 10.000 = 5 %.
        List<Output> outputs = outputs("1000:500:100;9000:9000:100");
        assertThat(Pmk214.efficiency(outputs)).isEqualByComparingTo("5");
        assertThat(Pmk214.efficiencyFigure(outputs).explain())
                .isEqualTo("(10.000 − 9.500) / 10.000 × 100% = 5,00%");
        assertThat(Pmk214.absorption(outputs)).isEqualByComparingTo("95");
    }

    @Test
    void zeroWeightedPaguIsNotComputableAndSaysWhy() {
        for (String spec : List.of("0:0:100", "1000:0:0", "0:500:0")) {
            Quantity e = Pmk214.efficiencyFigure(outputs(spec));
            assertThat(e.isComputable()).as(spec).isFalse();
            assertThat(e.reason()).as(spec)
                    .contains("Σ(PAK × CK) is 0 (pagu 0 or output achievement 0): division by zero");
            assertThatThrownBy(() -> Pmk214.efficiency(outputs(spec))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("PMK 214 efficiency is not computable: Σ(PAK × CK) is 0 (pagu 0 or output"
                            + " achievement 0): division by zero");
        }
        assertThat(Pmk214.efficiencyFigure(List.of()).reason()).contains("no outputs: Σ(PAK × CK) is 0");
        assertThat(Pmk214.absorptionFigure(outputs("0:0:100")).reason())
                .contains("Σ pagu is 0: absorption is a division by zero");
        assertThatThrownBy(() -> Pmk214.absorption(List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessage("absorption is not computable: Σ pagu is 0: absorption is a division by zero");
    }

    @Test
    void outputsRefuseBadValuesNamingThem() {
        assertThatThrownBy(() -> new Output(bd("-1"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pagu must not be negative, but was -1");
        assertThatThrownBy(() -> new Output(BigDecimal.ONE, bd("1.001"), BigDecimal.ONE))
                .hasMessage("realisasi must be Rupiah with at most two decimals, but was 1.001");
        assertThatThrownBy(() -> new Output(BigDecimal.ONE, BigDecimal.ONE, bd("-5")))
                .hasMessage("outputAchievementPercent must not be negative, but was -5");
        assertThatThrownBy(() -> new Output(BigDecimal.ONE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("outputAchievementPercent must not be null");
        assertThat(new Output(bd("100.00"), bd("5E+1"), bd("97.0")))
                .isEqualTo(new Output(bd("100"), bd("50"), bd("97")));
        assertThatThrownBy(() -> Pmk214.efficiencyScore(null)).hasMessage("efficiencyPercent must not be null");
        assertThatThrownBy(() -> Pmk214.efficiency(outputs("1:1:1"), null)).hasMessage("cap must not be null");
    }

    @Test
    void implementationAspectWeighsTheFourPartsAsPublishedReportsDo() {
        assertThat(Pmk214.WEIGHT_ABSORPTION.add(Pmk214.WEIGHT_CONSISTENCY).add(Pmk214.WEIGHT_OUTPUT_ACHIEVEMENT)
                .add(Pmk214.WEIGHT_EFFICIENCY_SCORE)).isEqualByComparingTo("1");
        // 0,097 × 94 + 0,182 × 90 + 0,435 × 100 + 0,286 × 57,125 = 9,118 + 16,38 + 43,5 + 16,33775 = 85,33575
        assertThat(Pmk214.implementationAspect(bd("94"), bd("90"), bd("100"), bd("57.125")))
                .isEqualTo(bd("85.33575"));
        assertThat(Pmk214.implementationAspect(bd("100"), bd("100"), bd("100"), bd("100")))
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> Pmk214.implementationAspect(bd("-1"), bd("0"), bd("0"), bd("0")))
                .hasMessage("absorption must not be negative, but was -1");
    }
    @Test
    void theEfficiencyOfABudgetWhoseOutputsShareOneAchievementIsThatOfOneOutput() {
        // Tabel 3.7's first sasaran from its lines: (5.856.305.471 × 0,97037… − 5.552.830.091) / (5.856.305.471 ×
        // 0,97037…) = 2,2868… %.
        Achievement capaian = Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"));
        Quantity e = Pmk214.efficiencyFigure(new BigDecimal("5856305471"), new BigDecimal("5552830091"), capaian,
                OutputCap.NONE);
        assertThat(e.value()).isEqualByComparingTo(Pmk214.efficiency(List.of(new Output(
                new BigDecimal("5856305471"), new BigDecimal("5552830091"), capaian.percent()))));
        assertThat(e.rounded()).isEqualByComparingTo("2.29");
        assertThat(Pmk214.efficiencyFigure(BigDecimal.TEN, BigDecimal.ONE, Achievement.notComputable("target is 0"),
                OutputCap.NONE).reason()).hasValue("the capaian is not computable: target is 0");
        assertThat(Pmk214.efficiencyFigure(BigDecimal.TEN, BigDecimal.ONE, Achievement.ofPercent(
                new BigDecimal("-12.5")), OutputCap.NONE).reason()).hasValue("the capaian kinerja is negative"
                        + " (-12,50%): PMK 214 takes an output achievement (CK) of 0 or more");
        assertThat(Pmk214.efficiencyFigure(BigDecimal.ZERO, BigDecimal.ONE, Achievement.ofPercent(BigDecimal.TEN),
                OutputCap.NONE).isComputable()).isFalse();
        assertThatThrownBy(() -> Pmk214.efficiencyFigure(new BigDecimal("-1"), BigDecimal.ONE,
                Achievement.notComputable("x"), OutputCap.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must not be negative, but was -1");
        assertThatThrownBy(() -> Pmk214.efficiencyFigure(BigDecimal.ONE, BigDecimal.ONE, null, OutputCap.NONE))
                .isInstanceOf(NullPointerException.class).hasMessage("capaian must not be null");
        assertThatThrownBy(() -> Pmk214.efficiencyFigure(BigDecimal.ONE, BigDecimal.ONE, capaian, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cap must not be null");
    }
}
