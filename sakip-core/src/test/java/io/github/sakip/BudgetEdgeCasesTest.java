package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.format.Languages;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budget lines and tables at their edges: two decimals of Rupiah, pagu 0, leaves, and the realisasi grand total. */
class BudgetEdgeCasesTest {

    /** The texts this test pins are the English ones; the Indonesian ones are pinned in LanguageTest. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Languages.ENGLISH);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void rupiahTakeTwoDecimalsAndNotThree() {
        assertThat(new BudgetLine("2.07.01", "Program", d("1000.25"), d("999.99")).pagu()).isEqualTo(d("1000.25"));
        assertThatThrownBy(() -> new BudgetLine("2.07.01", "Program", d("1000.255"), d("0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must be Rupiah with at most two decimals, but was 1000.255");
        assertThat(BudgetRow.of("2.07.01", "Program", d("1000.25"), d("999.99")).realisasi()).isEqualTo(d("999.99"));
        assertThatThrownBy(() -> BudgetRow.of("2.07.01", "Program", d("1"), d("0.001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realisasi must be Rupiah with at most two decimals, but was 0.001");
    }

    @Test
    void absorptionOfPaguZeroIsNotComputableWithItsReason() {
        Achievement a = BudgetLine.absorptionOf(BigDecimal.ZERO, d("5"));
        assertThat(a.isComputable()).isFalse();
        assertThat(a.reason(Languages.ENGLISH)).contains("pagu is 0: absorption is a division by zero");
    }

    @Test
    void aPrintedFigureOfATableIsCheckedLikeAnyFigure() {
        assertThatThrownBy(() -> BudgetRow.of("2.07.01", "Program", d("1"), d("1"))
                .withPrintedPercent(new BigDecimal("1E+40")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("percent is too large or too precise to be a figure of a report");
        assertThatThrownBy(() -> BudgetTable.of(List.of()).withPrintedTotalRealisasi(new BigDecimal("1E-200")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("totalRealisasi has too many decimals to be a figure of a report");
        assertThatThrownBy(() -> BudgetTable.of(List.of()).withPrintedTotalPagu(null))
                .isInstanceOf(NullPointerException.class).hasMessage("totalPagu must not be null");
    }

    @Test
    void aTableOfLinesHasNoPrintedTotals() {
        BudgetRow row = BudgetRow.of("2.07.01", "Program", d("10"), d("5"));
        assertThat(BudgetTable.of(List.of(row)).printedTotalPagu()).isEmpty();
        assertThat(BudgetTable.of(List.of(row)).printedTotalRealisasi()).isEmpty();
        assertThat(BudgetTable.of(List.of(row))).isEqualTo(BudgetTable.of(List.of(row)))
                .isNotEqualTo(BudgetTable.of(List.of(row)).withPrintedTotalPagu(d("10")))
                .hasToString("BudgetTable[1 line]");
    }

    @Test
    void onlyALineWithoutChildrenIsALeafAndTheTreeDescribesItself() {
        BudgetTree tree = BudgetTree.of(List.of(new BudgetLine("2.07.01", "PROGRAM", d("30"), d("20")),
                new BudgetLine("2.07.01.2.01", "Kegiatan", d("30"), d("20")),
                new BudgetLine("2.07.01.2.01.01", "Sub kegiatan", d("30"), d("20"))));
        assertThat(tree.node("2.07.01")).hasValueSatisfying(n -> assertThat(n.isLeaf()).isFalse());
        assertThat(tree.node("2.07.01.2.01")).hasValueSatisfying(n -> assertThat(n.isLeaf()).isFalse());
        assertThat(tree.node("2.07.01.2.01.01")).hasValueSatisfying(n -> assertThat(n.isLeaf()).isTrue());
        assertThat(tree).hasToString("BudgetTree[1 top-level, 3 nodes]");
        assertThat(tree.node("2.07.01")).hasValueSatisfying(n ->
                assertThat(n).hasToString("Node[2.07.01 PROGRAM, 1 children]"));
    }

    @Test
    void aWrongRealisasiGrandTotalIsAFindingOfItsOwnColumn() {
        BudgetTable table = BudgetTable.of(List.of(BudgetRow.of("2.07.01", "PROGRAM", d("100"), d("90"))))
                .withPrintedTotalPagu(d("100")).withPrintedTotalRealisasi(d("95"));
        List<Finding> findings = Audit.of(PerformanceReport.of("Dinas Contoh", 2024).withBudget(table), ENGLISH).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.GRAND_TOTAL);
            assertThat(f.location()).isEqualTo(new Location("Capaian Anggaran", "Jumlah", "Realisasi"));
            assertThat(f.printed()).isEqualTo("95");
            assertThat(f.expected()).isEqualTo("90");
            assertThat(f.working()).isEqualTo("sum of the budget lines is 90; difference 5; no known mistake"
                    + " reproduces it");
        });
    }
}
