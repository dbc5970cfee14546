package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The K/L rows: what they keep, how they compare and describe themselves, and what they refuse. */
class CentralRowsTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aCentralLineKeepsItsCodeTrimmedAndItsPrintedScale() {
        CentralBudgetRow row = CentralBudgetRow.of(" 3165.QAH.001 ", "Layanan", d("600000.00"), d("540000"))
                .withParent("3165").withOutput(d("12.0"), d("11")).withPrintedAbsorption(d("90.00"));
        assertThat(row.code()).isEqualTo("3165.QAH.001");
        assertThat(row.pagu()).hasToString("600000");
        assertThat(row.outputTarget()).contains(d("12"));
        assertThat(row.printedAbsorption().orElseThrow()).hasToString("90.00");
        assertThat(row).isNotEqualTo(row.withPrintedAbsorption(d("90.0"))).isEqualTo(CentralBudgetRow.of(
                "3165.QAH.001", "Layanan", d("600000"), d("540000")).withParent("3165").withOutput(d("12"), d("11"))
                .withPrintedAbsorption(d("90.00")));
        assertThat(row.hashCode()).isEqualTo(CentralBudgetRow.of("3165.QAH.001", "Layanan", d("600000"),
                d("540000")).withParent("3165").withOutput(d("12"), d("11")).withPrintedAbsorption(d("90.00"))
                .hashCode());
        assertThat(row).hasToString("CentralBudgetRow[3165.QAH.001 Layanan under 3165, pagu 600000, realisasi 540000,"
                + " output 11 of 12, printed absorption 90.00]");
        assertThat(CentralBudgetRow.of("", "Tanpa kode", d("1"), d("0")).withPrintedOutputAchievement(d("1"))
                .withPrintedEfficiency(d("2")).withPrintedEfficiencyScore(d("3"))).hasToString("CentralBudgetRow["
                + "Tanpa kode, pagu 1, realisasi 0, printed output achievement 1, printed efficiency 2, printed"
                + " efficiency score 3]");
    }

    @Test
    void aCentralLineRefusesWhatNoReportPrints() {
        CentralBudgetRow row = CentralBudgetRow.of("3165", "Kegiatan", d("1"), d("1"));
        assertThatThrownBy(() -> CentralBudgetRow.of("3165", " ", d("1"), d("1")))
                .hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> CentralBudgetRow.of(null, "K", d("1"), d("1"))).isInstanceOf(
                NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> row.withParent(" ")).hasMessage("parentCode must not be blank, but was ' '");
        assertThatThrownBy(() -> row.withOutput(d("-1"), d("1"))).hasMessageContaining("target must not be negative");
        assertThatThrownBy(() -> row.withOutput(d("1"), d("-1")))
                .hasMessageContaining("realization must not be negative");
        assertThatThrownBy(() -> row.withPrintedOutputAchievement(d("-0.01")))
                .hasMessage("outputAchievement must not be negative, but was -0.01");
        assertThatThrownBy(() -> CentralBudgetRow.of("3165", "K", d("-1"), d("1")))
                .hasMessageContaining("pagu");
    }

    @Test
    void aBudgetPerformanceRowKeepsItsFiguresAsPrinted() {
        BudgetPerformanceRow row = BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.720"))
                .withEfficiency(d("3.99")).withPrintedEfficiencyScore(d("59.98")).withPrintedValue(d("87.93"));
        assertThat(row.outputAchievement()).hasToString("99.720");
        assertThat(row).isNotEqualTo(BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.72"))
                .withEfficiency(d("3.99")).withPrintedEfficiencyScore(d("59.98")).withPrintedValue(d("87.93")));
        assertThat(row).hasToString("BudgetPerformanceRow[2021, absorption 95.53, consistency 99.61, output"
                + " achievement 99.720, efficiency 3.99, printed efficiency score 59.98, printed value 87.93]");
        assertThat(BudgetPerformanceRow.of(2021, d("1"), d("2"), d("3")).efficiency()).isEmpty();
        assertThatThrownBy(() -> BudgetPerformanceRow.of(1899, d("1"), d("1"), d("1"))).hasMessageContaining("1899");
        assertThatThrownBy(() -> BudgetPerformanceRow.of(2021, d("1"), d("-1"), d("1")))
                .hasMessage("consistency must not be negative, but was -1");
        assertThatThrownBy(() -> row.withPrintedEfficiencyScore(d("-1")))
                .hasMessage("efficiencyScore must not be negative, but was -1");
    }

    @Test
    void aReportNamesItsK_LPartsOnlyWhereItHasThem() {
        PerformanceReport region = PerformanceReport.of("Dinas", 2024);
        assertThat(region.toString()).doesNotContain("K/L").doesNotContain("budget performance");
        PerformanceReport kl = region.withCentralBudget(CentralBudgetTable.of(List.of(CentralBudgetRow.of("3165",
                "K", d("1"), d("1"))))).withBudgetPerformance(List.of(BudgetPerformanceRow.of(2024, d("1"), d("1"),
                d("1"))));
        assertThat(kl.toString()).endsWith(", 1 K/L budget line, 1 budget performance value)");
        assertThat(kl.centralBudget().lines()).hasSize(1);
        assertThat(CentralBudgetTable.EMPTY).hasToString("CentralBudgetTable[0 lines]");
    }
}
