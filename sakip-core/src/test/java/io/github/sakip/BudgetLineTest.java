package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetLineTest {

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest
    @CsvSource({
        // pagu, realisasi, absorption (exact, or to 34 significant digits, hand-checked), rounded
        "1000, 750, 75, 75.00",
        "3, 2, 66.66666666666666666666666666666667, 66.67",
        "6905000, 6776000, 98.13178855901520637219406227371470, 98.13",
        "100, 0, 0, 0.00",
        "100, 125.50, 125.5, 125.50",
    })
    void absorptionIsRealisasiOverPaguAtFullPrecision(String pagu, String realisasi, String exact, String rounded) {
        BudgetLine line = new BudgetLine("2.07.01.2.01.02", "x", bd(pagu), bd(realisasi));
        assertThat(line.absorption()).isEqualByComparingTo(exact);
        assertThat(line.absorptionFigure().rounded()).isEqualTo(bd(rounded));
    }

    @Test
    void paguZeroIsALineWhoseAbsorptionIsNotComputable() {
        BudgetLine line = new BudgetLine("2.07.01.2.06.08", "Fasilitasi Kunjungan Tamu", BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertThatThrownBy(line::absorption).isInstanceOf(IllegalStateException.class)
                .hasMessage("absorption of 2.07.01.2.06.08 is not computable: pagu is 0");
        assertThat(line.absorptionFigure().isComputable()).isFalse();
        assertThat(line.absorptionFigure().reason())
                .contains("pagu is 0: absorption of 2.07.01.2.06.08 is a division by zero");
        assertThat(line.unspent()).isEqualByComparingTo("0");
    }

    @Test
    void amountsAreNormalisedSoEqualsIsNumeric() {
        BudgetLine a = new BudgetLine("2.07.01", "P", bd("1000.00"), bd("1E+2"));
        BudgetLine b = new BudgetLine("2.07.01", " P ", bd("1000"), bd("100.0"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.pagu()).isEqualTo(bd("1000"));
        assertThat(a.unspent()).isEqualTo(bd("900"));
        assertThat(a.level()).isEqualTo(BudgetLevel.PROGRAM);
        assertThat(a).hasToString("BudgetLine[2.07.01 P, pagu 1000, realisasi 100]");
    }

    @Test
    void refusesBadAmountsNamingAndQuotingThem() {
        assertThatThrownBy(() -> new BudgetLine("2.07.01", "P", bd("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pagu must not be negative, but was -1");
        assertThatThrownBy(() -> new BudgetLine("2.07.01", "P", BigDecimal.ONE, bd("0.005")))
                .hasMessage("realisasi must be Rupiah with at most two decimals, but was 0.005");
        assertThatThrownBy(() -> new BudgetLine("2.07.01", "P", bd("1E+40"), BigDecimal.ONE))
                .hasMessageStartingWith("pagu is too large or too precise to be a figure of a report: ");
        assertThatThrownBy(() -> new BudgetLine("2.07.01", " ", BigDecimal.ONE, BigDecimal.ONE))
                .hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> new BudgetLine((String) null, "P", BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("code must not be null");
        assertThatThrownBy(() -> new BudgetLine("2.07.01", "P", null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("pagu must not be null");
        assertThatThrownBy(() -> new BudgetLine("2.7.1", "P", BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageStartingWith("not a budget code (Kepmendagri 050-5889/2021): '2.7.1'");
    }
}
