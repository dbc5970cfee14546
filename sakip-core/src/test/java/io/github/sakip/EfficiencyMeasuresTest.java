package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
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
        Quantity index = EfficiencyMeasures.efficiencyIndex(bd(kinerja), bd(anggaran));
        Quantity level = EfficiencyMeasures.efficiencyLevel(bd(kinerja), bd(anggaran));
        assertThat(index.value()).isEqualTo(bd(ie));
        assertThat(index.unit()).isEqualTo(Figure.Unit.NUMBER);
        assertThat(level.value()).isEqualTo(bd(te));
        assertThat(level.value().signum() >= 0).isEqualTo(efficient);
        assertThat(index.value().compareTo(BigDecimal.ONE) >= 0).isEqualTo(efficient);
    }

    @Test
    void efficiencyIndexExplainsItself() {
        assertThat(EfficiencyMeasures.efficiencyIndex(bd("97.037"), bd("94.265")).explain(Languages.ENGLISH))
                .isEqualTo("97,04% / 94,27% = 1,03");
        assertThat(EfficiencyMeasures.efficiencyLevel(bd("80"), bd("100")).explain(Languages.ENGLISH))
                .isEqualTo("80,00% / 100,00% − 1 = -0,20");
    }

    @Test
    void efficiencyIndexOfZeroAbsorptionIsNotComputable() {
        assertThat(EfficiencyMeasures.efficiencyIndex(bd("90"), BigDecimal.ZERO).explain(Languages.ENGLISH))
                .isEqualTo("not computable: absorption is 0: the efficiency index is a division by zero");
        assertThat(EfficiencyMeasures.efficiencyLevel(bd("90"), BigDecimal.ZERO).reason(Languages.ENGLISH))
                .contains("absorption is 0: the efficiency level is a division by zero");
        assertThatThrownBy(() -> EfficiencyMeasures.efficiencyIndex(bd("-1"), BigDecimal.ONE))
                .hasMessage("capaian must not be negative, but was -1");
        assertThatThrownBy(() -> EfficiencyMeasures.efficiencyLevel(BigDecimal.ONE, bd("-1")))
                .hasMessage("absorption must not be negative, but was -1");
    }

    @ParameterizedTest
    @CsvSource({
        "1000, 900, 10",
        "1000, 1000, 0",
        "1000, 1100, -10",
        "3, 2, 33.33333333333333333333333333333333",
    })
    void unspentShare(String pagu, String realisasi, String share) {
        Quantity a = EfficiencyMeasures.unspentShare(bd(pagu), bd(realisasi));
        assertThat(a.value()).isEqualByComparingTo(share);
        assertThat(a.unit()).isEqualTo(Figure.Unit.PERCENT);
    }

    @Test
    void unspentShareExplainsAndHandlesPaguZero() {
        assertThat(EfficiencyMeasures.unspentShare(bd("1000"), bd("900")).explain(Languages.ENGLISH))
                .isEqualTo("(1.000 − 900) / 1.000 × 100% = 10,00%");
        assertThat(EfficiencyMeasures.unspentShare(BigDecimal.ZERO, BigDecimal.ZERO).reason(Languages.ENGLISH))
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
