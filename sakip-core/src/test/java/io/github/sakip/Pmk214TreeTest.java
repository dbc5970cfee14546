package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PMK 214 read straight from a K/L budget tree: the outputs are its RO lines with their capaian RO. */
class Pmk214TreeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BudgetLine line(String code, String pagu, String realisasi) {
        return new BudgetLine(code, "line " + code, d(pagu), d(realisasi));
    }

    private static final BudgetTree TREE = BudgetTree.of(List.of(
            line("063.01.WA", "3500000", "2900000"),
            line("3165", "3000000", "2400000").withParent("063.01.WA"),
            line("3165.QAH.001", "1000000", "900000"),
            // An RO with komponen: its pagu and realisasi are theirs (1.200.000 + 800.000; 1.000.000 + 500.000).
            line("3165.QAH.002", "2000000", "1500000"),
            line("3165.QAH.002.051", "1200000", "1000000"),
            line("3165.QAH.002.052", "800000", "500000"),
            line("3166", "500000", "500000").withParent("063.01.WA"),
            line("3166.EBA.994", "500000", "500000")));

    private static Map<BudgetCode, BigDecimal> capaian() {
        Map<BudgetCode, BigDecimal> capaian = new HashMap<>();
        capaian.put(BudgetCode.parse("3165.QAH.001"), d("100"));
        capaian.put(BudgetCode.parse("3165.QAH.002"), d("80"));
        capaian.put(BudgetCode.parse("3166.EBA.994"), d("100"));
        return capaian;
    }

    @Test
    void theEfficiencyOfAKegiatanComesFromItsRos() {
        // Σ(PAK × CK) = 1.000.000 × 1 + 2.000.000 × 0,8 = 2.600.000; Σ RAK = 900.000 + 1.500.000 = 2.400.000;
        // E = 200.000 / 2.600.000 × 100 = 7,6923...%.
        Quantity e = Pmk214.efficiencyFigure(TREE, BudgetCode.parse("3165"), capaian());
        assertThat(e.value().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("7.6923076923");
        assertThat(e.rounded()).isEqualByComparingTo("7.69");
    }

    @Test
    void theEfficiencyOfAProgramAndOfTheWholeBudgetComeFromAllTheirRos() {
        // Adds 3166.EBA.994: Σ(PAK × CK) = 3.100.000, Σ RAK = 2.900.000, E = 200.000 / 3.100.000 = 6,4516...%.
        Quantity program = Pmk214.efficiencyFigure(TREE, BudgetCode.parse("063.01.WA"), capaian());
        assertThat(program.value().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("6.4516129032");
        assertThat(Pmk214.efficiencyFigure(TREE, capaian()).value()).isEqualByComparingTo(program.value());
        // One RO alone: (1.000.000 − 900.000) / 1.000.000 = 10%.
        assertThat(Pmk214.efficiencyFigure(TREE, BudgetCode.parse("3165.QAH.001"), capaian()).value())
                .isEqualByComparingTo("10");
    }

    @Test
    void aMissingCapaianOrNoRoIsNotComputableAndAnUnknownCodeIsRefused() {
        Map<BudgetCode, BigDecimal> partial = capaian();
        partial.remove(BudgetCode.parse("3165.QAH.002"));
        assertThat(Pmk214.efficiencyFigure(TREE, BudgetCode.parse("3165"), partial).reason(Languages.ENGLISH))
                .contains("no capaian RO for 3165.QAH.002: PMK 214 weighs each output by its achievement");
        BudgetTree regional = BudgetTree.of(List.of(line("2.07.01", "10", "5")));
        assertThat(Pmk214.efficiencyFigure(regional, BudgetCode.parse("2.07.01"), Map.of()).reason(Languages.ENGLISH))
                .contains("no rincian output (RO) under 2.07.01: PMK 214 measures outputs");
        assertThat(Pmk214.efficiencyFigure(regional, Map.of()).reason(Languages.ENGLISH))
                .contains("no rincian output (RO) under the tree: PMK 214 measures outputs");
        assertThatThrownBy(() -> Pmk214.efficiencyFigure(TREE, BudgetCode.parse("3167"), capaian()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no line of the tree has the code 3167");
        Map<BudgetCode, BigDecimal> negative = capaian();
        negative.put(BudgetCode.parse("3166.EBA.994"), d("-1"));
        assertThatThrownBy(() -> Pmk214.efficiencyFigure(TREE, negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capaian RO of 3166.EBA.994 must not be negative, but was -1");
    }
}
