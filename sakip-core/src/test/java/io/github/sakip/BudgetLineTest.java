package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.List;
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
        assertThat(line.absorptionFigure().reason(Languages.ENGLISH))
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
                .hasMessageStartingWith("'2.7.1' looks like a regional program code");
    }

    @Test
    void everyNomenclatureAndALineWithoutACodeHaveAnAbsorption() {
        for (String code : List.of("1.01", "X.XX.01", "063.01.WA", "3165.QAH.001", "063.01.WA.3165.QAH.001", "",
                "BLUD-01")) {
            BudgetLine line = new BudgetLine(code, "Line", bd("1000"), bd("750"));
            assertThat(line.absorption()).as(code).isEqualByComparingTo("75");
            assertThat(line.code()).isEqualTo(BudgetCode.parse(code));
        }
        BudgetLine blank = new BudgetLine(" ", "Belanja BLUD", BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(blank.level()).isEqualTo(BudgetLevel.FREE_FORM);
        assertThat(blank).hasToString("BudgetLine[Belanja BLUD, pagu 0, realisasi 0]");
        assertThatThrownBy(blank::absorption).isInstanceOf(IllegalStateException.class)
                .hasMessage("absorption of 'Belanja BLUD' is not computable: pagu is 0");
        assertThat(blank.absorptionFigure().reason(Languages.ENGLISH))
                .contains("pagu is 0: absorption of 'Belanja BLUD' is a division by zero");
    }

    @Test
    void aParentIsGivenExplicitlyWhereTheCodeCarriesNone() {
        BudgetLine kegiatan = new BudgetLine("3165", "Kegiatan", bd("100"), bd("90")).withParent("063.01.WA");
        assertThat(kegiatan.parent()).contains(BudgetCode.parse("063.01.WA"));
        assertThat(kegiatan).hasToString("BudgetLine[3165 Kegiatan under 063.01.WA, pagu 100, realisasi 90]");
        assertThat(kegiatan).isNotEqualTo(new BudgetLine("3165", "Kegiatan", bd("100"), bd("90")));
        // A parent above the one the code carries is allowed: a table by program/kegiatan/RO leaves out the KRO.
        assertThat(new BudgetLine("063.01.WA.3165.QAH.001", "RO", bd("1"), bd("1")).withParent("063.01.WA.3165")
                .parent()).contains(BudgetCode.parse("063.01.WA.3165"));
        assertThat(new BudgetLine("", "Belanja", bd("1"), bd("1")).withParent("BLUD-01").parent())
                .contains(BudgetCode.parse("BLUD-01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.07.01.2.01 | 9.99.99 | parent of 2.07.01.2.01 must be 2.07.01 or a code above it, as its code says, but"
            + " was 9.99.99",
        "3165.QAH.001 | 063.01.WA | parent of 3165.QAH.001 must be 3165.QAH or a code above it, as its code says, but"
            + " was 063.01.WA",
        "3165 | 3165.QAH | parent of 3165 must lie above it, but was 3165.QAH",
        "BLUD-01 | BLUD-01 | parent of BLUD-01 must lie above it, but was BLUD-01",
        "BLUD-01 | '' | parent of BLUD-01 must have a code, but was blank",
        "'' | '' | parent of a line with no code must have a code, but was blank",
    })
    void refusesAParentThatIsNotAbove(String code, String parent, String message) {
        BudgetLine line = new BudgetLine(code, "Line", bd("1"), bd("1"));
        assertThatThrownBy(() -> line.withParent(parent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> line.withParent((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent must not be null");
        assertThatThrownBy(() -> line.withParent((BudgetCode) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent must not be null");
    }
}
