package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTreeTest {

    private static BudgetLine line(String code, long pagu, long realisasi) {
        return new BudgetLine(code, "line " + code, BigDecimal.valueOf(pagu), BigDecimal.valueOf(realisasi));
    }

    @Test
    void orphansAndDuplicatesAreReportedNotThrown() {
        BudgetLine first = line("2.07.01.2.01.02", 100, 90);
        BudgetLine second = line("2.07.01.2.01.0002", 999, 999);
        BudgetLine orphan = line("2.07.09.2.01", 50, 40);
        BudgetTree tree = BudgetTree.of(List.of(line("2.07.01", 100, 90), line("2.07.01.2.01", 100, 90), first,
                second, orphan));
        assertThat(tree.reconcile()).containsExactly(
                new Discrepancy.Duplicate(BudgetCode.parse("2.07.01.2.01.02"), List.of(first, second)),
                new Discrepancy.Orphan(orphan, BudgetCode.parse("2.07.09")));
        assertThat(tree.reconcile()).extracting(d -> d.describe(Languages.ENGLISH)).containsExactly(
                "2.07.01.2.01.02: code occurs on 2 lines; the first is kept",
                "2.07.09.2.01: parent 2.07.09 is missing");
        assertThat(tree.reconcile()).extracting(Discrepancy::describe).containsExactly(
                "2.07.01.2.01.02: kode muncul pada 2 baris; yang pertama dipakai",
                "2.07.09.2.01: induknya, 2.07.09, tidak ada");
        assertThat(tree.roots()).extracting(n -> n.code().toString()).containsExactly("2.07.01", "2.07.09.2.01");
        // The duplicate is not counted; the orphan is, once.
        assertThat(tree.grandTotalPagu()).isEqualByComparingTo("150");
        assertThat(tree.grandTotalRealisasi()).isEqualByComparingTo("130");
    }

    @Test
    void aProgramRepeatingAWrongKegiatanIsWrongToo() {
        // The kegiatan prints 310 for children of 100 + 200; the program repeats 310. Both figures are wrong:
        // each printed total is checked against the total of the lowest lines below it, 300.
        BudgetTree tree = BudgetTree.of(List.of(line("2.07.01", 310, 200), line("2.07.01.2.01", 310, 200),
                line("2.07.01.2.01.01", 100, 100), line("2.07.01.2.01.02", 200, 100)));
        assertThat(tree.reconcile()).containsExactly(
                new Discrepancy.TotalMismatch(BudgetCode.parse("2.07.01"), Column.PAGU, new BigDecimal("310"),
                        new BigDecimal("300"), BigDecimal.TEN),
                new Discrepancy.TotalMismatch(BudgetCode.parse("2.07.01.2.01"), Column.PAGU, new BigDecimal("310"),
                        new BigDecimal("300"), BigDecimal.TEN));
        BudgetTree.Node program = tree.node("2.07.01").orElseThrow();
        assertThat(program.computedPagu()).isEqualByComparingTo("300");
        assertThat(program.printed(Column.PAGU)).isEqualByComparingTo("310");
        assertThat(tree.node("2.07.01.2.01").orElseThrow().printed(Column.PAGU)).isEqualByComparingTo("310");
        assertThat(tree.checkGrandTotal(Column.PAGU, new BigDecimal("310"))).contains(
                new Discrepancy.GrandTotalMismatch(Column.PAGU, new BigDecimal("310"), new BigDecimal("300"),
                        BigDecimal.TEN));
        assertThat(tree.sumOfPrintedTopLevel(Column.PAGU)).isEqualByComparingTo("310");
        assertThat(tree.checkGrandTotal(Column.PAGU, new BigDecimal("310")).orElseThrow().describe(Languages.ENGLISH))
                .isEqualTo("grand total pagu: printed 310, computed 300, difference 10");
        assertThat(tree.checkGrandTotal(Column.PAGU, new BigDecimal("310")).orElseThrow())
                .hasToString("jumlah total pagu: tercetak 310, hasil hitung 300, selisih 10");
    }

    @Test
    void aRightProgramAboveAWrongKegiatanIsNotReported() {
        // The program prints 300, the sum of the leaves: right, whatever the kegiatan printed. Only the kegiatan is
        // reported, so no figure that is right is ever reported as wrong.
        BudgetTree tree = BudgetTree.of(List.of(line("2.07.01", 300, 200), line("2.07.01.2.01", 310, 200),
                line("2.07.01.2.01.01", 100, 100), line("2.07.01.2.01.02", 200, 100)));
        assertThat(tree.reconcile()).extracting(d -> d.describe(Languages.ENGLISH)).containsExactly(
                "2.07.01.2.01 pagu: printed 310, sum of its children 300, difference 10");
    }

    @Test
    void emptyTableAndZeroPaguAreNotComputableNotErrors() {
        BudgetTree empty = BudgetTree.of(List.of());
        assertThat(empty.reconcile()).isEmpty();
        assertThat(empty.grandTotalAbsorption().reason(Languages.ENGLISH))
                .contains("grand total pagu is 0: absorption is a division by zero");
        BudgetTree zero = BudgetTree.of(List.of(line("2.07.01", 0, 0)));
        assertThat(zero.roots().get(0).computedAbsorption().reason(Languages.ENGLISH))
                .contains("computed pagu of 2.07.01 is 0: absorption is a division by zero");
    }

    @Test
    void aTreeBuiltFromLeavesWithExactParentsAlwaysReconcilesAndItsGrandTotalIsTheSumOfLeaves() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30))
                .checkAssert(amounts -> {
                    List<BudgetLine> lines = new ArrayList<>();
                    long programTotal = 0;
                    for (int k = 0; k < amounts.size(); k += 3) {
                        long kegiatanTotal = 0;
                        int kegiatan = k / 3 + 1;
                        for (int s = k; s < Math.min(k + 3, amounts.size()); s++) {
                            String code = String.format(java.util.Locale.ROOT, "2.07.01.2.%02d.%02d", kegiatan,
                                    s - k + 1);
                            lines.add(line(code, amounts.get(s), amounts.get(s) / 2));
                            kegiatanTotal += amounts.get(s);
                        }
                        lines.add(line(String.format(java.util.Locale.ROOT, "2.07.01.2.%02d", kegiatan),
                                kegiatanTotal, sumOfHalves(amounts, k)));
                        programTotal += kegiatanTotal;
                    }
                    lines.add(line("2.07.01", programTotal, sumOfHalves(amounts, -1)));
                    BudgetTree tree = BudgetTree.of(lines);
                    assertThat(tree.reconcile()).isEmpty();
                    assertThat(tree.grandTotalPagu()).isEqualByComparingTo(BigDecimal.valueOf(programTotal));
                    assertThat(tree.checkGrandTotal(Column.REALISASI, tree.sumOfPrintedTopLevel(Column.REALISASI)))
                            .isEmpty();
                });
    }

    private static long sumOfHalves(List<Integer> amounts, int kegiatanStart) {
        int from = kegiatanStart < 0 ? 0 : kegiatanStart;
        int to = kegiatanStart < 0 ? amounts.size() : Math.min(kegiatanStart + 3, amounts.size());
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += amounts.get(i) / 2;
        }
        return sum;
    }
}
