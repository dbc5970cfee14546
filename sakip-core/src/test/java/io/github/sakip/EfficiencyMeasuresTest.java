package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EfficiencyMeasuresTest {

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest
    @CsvSource({
        // capaian kinerja, capaian anggaran, IE, TE, efficient
        "100, 80, 1.25, 0.25, true",
        "80, 100, 0.8, -0.2, false",
        "95, 95, 1, 0, true",
        "0, 50, 0, -1, false",
    })
    void efficiencyIndex(String kinerja, String anggaran, String ie, String te, boolean efficient) {
        EfficiencyMeasures.Index index = EfficiencyMeasures.efficiencyIndex(bd(kinerja), bd(anggaran)).orElseThrow();
        assertThat(index.value()).isEqualTo(bd(ie));
        assertThat(index.level()).isEqualTo(bd(te));
        assertThat(index.isEfficient()).isEqualTo(efficient);
    }

    @Test
    void efficiencyIndexOfZeroAbsorptionIsEmpty() {
        assertThat(EfficiencyMeasures.efficiencyIndex(bd("90"), BigDecimal.ZERO)).isEmpty();
        assertThatThrownBy(() -> EfficiencyMeasures.efficiencyIndex(bd("-1"), BigDecimal.ONE))
                .hasMessage("capaianKinerja must not be negative, but was -1");
    }

    @ParameterizedTest
    @CsvSource({
        "1000, 900, 10",
        "1000, 1000, 0",
        "1000, 1100, -10",
        "3, 2, 33.33333333333333333333333333333333",
    })
    void unspentShare(String pagu, String realisasi, String share) {
        Achievement a = EfficiencyMeasures.unspentShare(bd(pagu), bd(realisasi));
        assertThat(a.percent()).isEqualByComparingTo(share);
    }

    @Test
    void unspentShareExplainsAndHandlesPaguZero() {
        assertThat(EfficiencyMeasures.unspentShare(bd("1000"), bd("900")).explain())
                .isEqualTo("(1.000 − 900) / 1.000 × 100% = 10,00%");
        assertThat(EfficiencyMeasures.unspentShare(BigDecimal.ZERO, BigDecimal.ZERO).reason())
                .contains("pagu is 0: the unspent share is a division by zero");
    }

    @Test
    void capaianMinusAbsorptionIsInPercentagePoints() {
        assertThat(EfficiencyMeasures.capaianMinusAbsorption(bd("97.04"), bd("94.27"))).isEqualTo(bd("2.77"));
        assertThat(EfficiencyMeasures.capaianMinusAbsorption(bd("80"), bd("90.50"))).isEqualTo(bd("-10.5"));
        assertThatThrownBy(() -> EfficiencyMeasures.capaianMinusAbsorption(null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("capaian must not be null");
    }
}
