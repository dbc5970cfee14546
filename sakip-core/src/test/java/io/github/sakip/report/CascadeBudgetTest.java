package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Node;
import io.github.sakip.Pmk214;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The budget of each sasaran from the lowest lines of the codes that serve it, with hand-checked figures: never a
 * printed total, a code below another of the same sasaran counted once, shares and stated amounts, and what the
 * cascade leaves out.
 */
class CascadeBudgetTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static BudgetLine line(String code, String pagu, String realisasi) {
        return new BudgetLine(code, "Baris " + code, d(pagu), d(realisasi));
    }

    /**
     * Program 2.07.01 prints 1.000 / 900 but its kegiatan add up to 600 + 300 = 900 and 500 + 280 = 780; program
     * 2.07.02 has one kegiatan of 200 / 100.
     */
    private static final BudgetTree TREE = BudgetTree.of(List.of(
            line("2.07.01", "1000", "900"),
            line("2.07.01.2.01", "600", "500"),
            line("2.07.01.2.01.01", "400", "350"),
            line("2.07.01.2.01.02", "200", "150"),
            line("2.07.01.2.02", "300", "280"),
            line("2.07.02", "200", "100"),
            line("2.07.02.2.01", "200", "100")));

    private static Sasaran sasaran(String name, BudgetLink... links) {
        return Sasaran.of(name).withBudget(List.of(links));
    }

    private static CascadeBudget budget(Sasaran... sasaran) {
        return CascadeBudget.of(List.of(sasaran), TREE);
    }

    @Test
    void aProgramServesWithItsLowestLinesNeverItsPrintedTotals() {
        CascadeBudget budget = budget(sasaran("A", BudgetLink.of("2.07.01")));
        SasaranBudget a = budget.sasaran().get(0);
        assertThat(a.pagu()).isEqualByComparingTo("900");
        assertThat(a.realisasi()).isEqualByComparingTo("780");
        assertThat(a.absorptionFigure().rounded()).isEqualByComparingTo("86.67");
        assertThat(a.counted()).containsExactly(BudgetLink.of("2.07.01"));
        assertThat(a.isComplete()).isTrue();
        assertThat(a.name()).isEqualTo("A");
        assertThat(budget.discrepancies()).isEmpty();
        assertThat(budget.tree()).isSameAs(TREE);
        // 2.07.02 serves no sasaran.
        assertThat(budget.unassigned()).extracting(Node::code).containsExactly(BudgetCode.parse("2.07.02"));
        assertThat(budget.unassignedPagu()).isEqualByComparingTo("200");
        assertThat(budget.unassignedRealisasi()).isEqualByComparingTo("100");
        assertThat(budget.partlyUnassigned()).isEmpty();
        assertThat(budget).hasToString("CascadeBudget[1 sasaran, unassigned pagu 200, 0 discrepancies]");
        assertThat(a).hasToString("SasaranBudget[A, 2.07.01: pagu 900, realisasi 780]");
    }

    @Test
    void codesOfEveryLevelAddUpAndACodeBelowAnotherOfTheSameSasaranCountsOnce() {
        CascadeBudget budget = budget(sasaran("A", BudgetLink.of("2.07.01.2.01.02"), BudgetLink.of("2.07.02"),
                BudgetLink.of("2.07.01.2.02"), BudgetLink.of("2.07.02.2.01")));
        SasaranBudget a = budget.sasaran().get(0);
        // 200 + 200 + 300; 150 + 100 + 280. 2.07.02.2.01 lies below 2.07.02.
        assertThat(a.pagu()).isEqualByComparingTo("700");
        assertThat(a.realisasi()).isEqualByComparingTo("530");
        assertThat(a.counted()).extracting(BudgetLink::code).containsExactly("2.07.01.2.01.02", "2.07.01.2.02",
                "2.07.02");
        assertThat(budget.unassigned()).extracting(Node::code).containsExactly(
                BudgetCode.parse("2.07.01.2.01.01"));
        assertThat(budget.unassignedPagu()).isEqualByComparingTo("400");
        assertThat(budget.discrepancies()).isEmpty();
        // The same code twice counts once.
        assertThat(budget(sasaran("A", BudgetLink.of("2.07.02"), BudgetLink.of("2.07.02"))).sasaran().get(0).pagu())
                .isEqualByComparingTo("200");
    }

    @Test
    void sharesOfOneCodeSplitItRoundedHalfUpToTheSen() {
        BudgetTree tree = BudgetTree.of(List.of(line("2.07.01", "1000.01", "333"),
                line("2.07.01.2.01", "1000.01", "333")));
        CascadeBudget budget = CascadeBudget.of(List.of(
                sasaran("A", BudgetLink.of("2.07.01").withShare(d("33.33"))),
                sasaran("B", BudgetLink.of("2.07.01").withShare(d("66.67")))), tree);
        // 1.000,01 × 33,33 % = 333,303333 → 333,30; × 66,67 % = 666,706667 → 666,71. 333 × 33,33 % = 110,9889 →
        // 110,99; × 66,67 % = 222,0111 → 222,01.
        assertThat(budget.sasaran()).extracting(SasaranBudget::pagu, SasaranBudget::realisasi).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("333.3"), d("110.99")),
                org.assertj.core.groups.Tuple.tuple(d("666.71"), d("222.01")));
        assertThat(budget.discrepancies()).isEmpty();
        assertThat(budget.unassignedPagu()).isEqualByComparingTo("0");
        assertThat(budget.unassignedRealisasi()).isEqualByComparingTo("0");
        assertThat(budget.partlyUnassigned()).isEmpty();
    }

    @Test
    void partsThatAddUpToLessLeaveTheRestUnassignedAndMoreIsADiscrepancy() {
        CascadeBudget less = budget(sasaran("A", BudgetLink.of("2.07.02").withShare(d("60"))),
                sasaran("B", BudgetLink.of("2.07.02").withAmounts(d("50"), d("10"))));
        assertThat(less.sasaran()).extracting(SasaranBudget::pagu).containsExactly(d("120"), d("50"));
        assertThat(less.discrepancies()).isEmpty();
        // 2.07.01 serves nothing (900 / 780), and of 2.07.02 200 − 120 − 50 = 30 and 100 − 60 − 10 = 30 are left.
        assertThat(less.unassignedPagu()).isEqualByComparingTo("930");
        assertThat(less.unassignedRealisasi()).isEqualByComparingTo("810");
        assertThat(less.partlyUnassigned()).extracting(Node::code).containsExactly(BudgetCode.parse("2.07.02"));

        CascadeBudget more = budget(sasaran("A", BudgetLink.of("2.07.02").withShare(d("60"))),
                sasaran("B", BudgetLink.of("2.07.02").withAmounts(d("90"), d("40"))));
        assertThat(more.discrepancies()).containsExactly(new CascadeBudget.Discrepancy.OverSplit(
                BudgetCode.parse("2.07.02"), Column.PAGU, d("210"), d("200")));
        assertThat(more.discrepancies().get(0)).hasToString("bagian-bagian 2.07.02 berjumlah 210, lebih dari pagu"
                + " baris-barisnya 200");
        assertThat(more.discrepancies().get(0).describe(Languages.ENGLISH))
                .isEqualTo("the parts of 2.07.02 add up to 210 of its pagu 200");
        // Realisasi 60 + 40 = 100 is the whole: nothing left, nothing too much.
        assertThat(more.partlyUnassigned()).isEmpty();
    }

    @Test
    void linesServingTwoSasaranWithoutASplitAtOneCodeAreAnOverlap() {
        CascadeBudget same = budget(sasaran("A", BudgetLink.of("2.07.02")), sasaran("B", BudgetLink.of("2.07.02")));
        assertThat(same.discrepancies()).containsExactly(new CascadeBudget.Discrepancy.Overlap("B",
                BudgetLink.of("2.07.02"), "A", BudgetLink.of("2.07.02")));
        // Both count the lines: each has 200.
        assertThat(same.sasaran()).extracting(SasaranBudget::pagu).containsExactly(d("200"), d("200"));

        CascadeBudget oneSplit = budget(sasaran("A", BudgetLink.of("2.07.02").withShare(d("50"))),
                sasaran("B", BudgetLink.of("2.07.02")));
        assertThat(oneSplit.discrepancies()).hasSize(1);
        CascadeBudget splitSecond = budget(sasaran("A", BudgetLink.of("2.07.02")),
                sasaran("B", BudgetLink.of("2.07.02").withShare(d("50"))));
        assertThat(splitSecond.discrepancies()).containsExactly(new CascadeBudget.Discrepancy.Overlap("B",
                BudgetLink.of("2.07.02").withShare(d("50")), "A", BudgetLink.of("2.07.02")));

        // A code below another sasaran's code cannot be split at one code, even with shares.
        CascadeBudget nested = budget(sasaran("A", BudgetLink.of("2.07.01").withShare(d("50"))),
                sasaran("B", BudgetLink.of("2.07.01.2.02").withShare(d("50"))));
        assertThat(nested.discrepancies()).containsExactly(new CascadeBudget.Discrepancy.Overlap("B",
                BudgetLink.of("2.07.01.2.02").withShare(d("50")), "A", BudgetLink.of("2.07.01").withShare(d("50"))));
        assertThat(nested.discrepancies().get(0)).hasToString("2.07.01.2.02 (50%) dari B berbagi baris dengan"
                + " 2.07.01 (50%) dari A, tanpa pembagian pada satu kode");
        assertThat(nested.discrepancies().get(0).describe()).isEqualTo(nested.discrepancies().get(0).toString());
        assertThat(nested.discrepancies().get(0).describe(Locale.UK)).isEqualTo("2.07.01.2.02 (50%) of B shares"
                + " lines with 2.07.01 (50%) of A, with no split at one code");
        // A link found at a code after a whole link of another sasaran names that one.
        CascadeBudget three = budget(sasaran("A", BudgetLink.of("2.07.02")),
                sasaran("B", BudgetLink.of("2.07.02").withShare(d("10"))),
                sasaran("C", BudgetLink.of("2.07.02").withShare(d("10"))));
        assertThat(three.discrepancies()).extracting(x -> ((CascadeBudget.Discrepancy.Overlap) x).otherSasaran())
                .containsExactly("A", "A");
    }

    @Test
    void aCodeThatIsNoLineLeavesTheBudgetIncomplete() {
        CascadeBudget budget = budget(sasaran("A", BudgetLink.of("2.07.09"), BudgetLink.of("2.07.xx"),
                BudgetLink.of("2.07.02")), Sasaran.of("B"));
        assertThat(budget.discrepancies()).containsExactly(
                new CascadeBudget.Discrepancy.UnknownCode("A", BudgetLink.of("2.07.09"), Optional.empty()),
                new CascadeBudget.Discrepancy.UnknownCode("A", BudgetLink.of("2.07.xx"),
                        Optional.of(messageOf("2.07.xx"))));
        // The parser's message is for programmers, in English; both languages quote it as it is.
        assertThat(budget.discrepancies()).extracting(Object::toString).containsExactly(
                "2.07.09 dari A: tidak ada baris tabel anggaran dengan kode ini",
                "2.07.xx dari A: bukan kode anggaran: " + messageOf("2.07.xx"));
        assertThat(budget.discrepancies()).extracting(d -> d.describe(Languages.ENGLISH)).containsExactly(
                "2.07.09 of A: no line of the budget table has the code",
                "2.07.xx of A: not a budget code: " + messageOf("2.07.xx"));
        SasaranBudget a = budget.sasaran().get(0);
        assertThat(a.isComplete()).isFalse();
        assertThat(a.pagu()).isEqualByComparingTo("200");
        assertThat(a).hasToString("SasaranBudget[A, 2.07.02: pagu 200, realisasi 100, incomplete]");
        assertThat(budget.withoutBudget()).extracting(Sasaran::name).containsExactly("B");
        assertThat(budget.sasaran().get(1)).hasToString("SasaranBudget[B, no code: pagu 0, realisasi 0]");
        assertThat(budget.sasaran().get(1).absorptionFigure().isComputable()).isFalse();
    }

    private static String messageOf(String code) {
        try {
            BudgetCode.parse(code);
            throw new AssertionError(code + " parses");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void aCodeOverlapsTheSasaransBudgetWhenTheyShareALine() {
        SasaranBudget a = budget(sasaran("A", BudgetLink.of("2.07.01.2.01"), BudgetLink.of("2.07.02")))
                .sasaran().get(0);
        assertThat(a.overlaps(BudgetCode.parse("2.07.01"))).as("a program above").isTrue();
        assertThat(a.overlaps(BudgetCode.parse("2.07.01.2.01"))).as("the code itself").isTrue();
        assertThat(a.overlaps(BudgetCode.parse("2.07.01.2.01.02"))).as("a line below").isTrue();
        assertThat(a.overlaps(BudgetCode.parse("2.07.01.2.02"))).as("a kegiatan beside").isFalse();
        assertThat(a.overlaps(BudgetCode.parse("2.07.02.2.01"))).as("below the second code").isTrue();
        assertThat(a.overlaps(BudgetCode.parse("2.07.09"))).as("no line").isFalse();
        SasaranBudget none = budget(Sasaran.of("B")).sasaran().get(0);
        assertThat(none.overlaps(BudgetCode.parse("2.07.01"))).isFalse();
        assertThatThrownBy(() -> a.overlaps(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code must not be null");
    }

    @Test
    void theEfficiencyOfASasaranIsPmk214OfItsLinesAgainstItsCapaian() {
        SasaranBudget a = budget(sasaran("A", BudgetLink.of("2.07.02"))).sasaran().get(0);
        // (200 × 0,8 − 100) / (200 × 0,8) = 37,5 %.
        assertThat(a.efficiencyFigure(Achievement.ofPercent(d("80")), Pmk214.OutputCap.NONE).value())
                .isEqualByComparingTo("37.5");
        // Capped at 100 %: (200 − 100) / 200 = 50 %.
        assertThat(a.efficiencyFigure(Achievement.ofPercent(d("120")), Pmk214.OutputCap.AT_100_PERCENT).value())
                .isEqualByComparingTo("50");
        assertThat(a.efficiencyFigure(Achievement.notComputable("target is 0"), Pmk214.OutputCap.NONE)
                .reason()).hasValue("capaian tidak dapat dihitung: target is 0");
        assertThat(a.sasaran()).isEqualTo(sasaran("A", BudgetLink.of("2.07.02")));
    }

    @Test
    void theBudgetOfAReportIsTakenFromItsLinesLeavingOutMalformedCodes() {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024)
                .withBudget(BudgetTable.of(List.of(BudgetRow.of("2.07.01", "Program", d("10"), d("9")),
                        BudgetRow.of("2.07.01.2.01", "Kegiatan", d("7"), d("6")),
                        BudgetRow.of("2.07.xx", "Rusak", d("3"), d("3")))))
                .withCascade(List.of(Tujuan.of("T", List.of(sasaran("A", BudgetLink.of("2.07.01")))),
                        Tujuan.of("U", List.of(sasaran("B", BudgetLink.of("2.07.xx"))))));
        CascadeBudget budget = CascadeBudget.of(report);
        assertThat(budget.sasaran()).extracting(SasaranBudget::name).containsExactly("A", "B");
        assertThat(budget.sasaran().get(0).pagu()).isEqualByComparingTo("7");
        assertThat(budget.tree().nodes()).hasSize(2);
        assertThat(budget.discrepancies()).hasSize(1);
        assertThatThrownBy(() -> CascadeBudget.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("report must not be null");
        assertThatThrownBy(() -> CascadeBudget.of(null, TREE)).isInstanceOf(NullPointerException.class)
                .hasMessage("sasaran must not be null");
        assertThatThrownBy(() -> CascadeBudget.of(List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tree must not be null");
    }

    @Test
    void discrepanciesRefuseWhatTheyCannotBe() {
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.OverSplit(BudgetCode.parse("2.07.01"), Column.PAGU,
                d("100"), d("100"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocated must be more than total 100, but was 100");
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.OverSplit(BudgetCode.parse("2.07.01"), Column.PAGU,
                d("100.001"), d("100"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocated must be Rupiah with at most two decimals, but was 100.001");
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.UnknownCode(" ", BudgetLink.of("1"), Optional.of("r")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sasaran must not be blank, but was ' '");
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.UnknownCode("A", BudgetLink.of("1"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("malformed must not be null");
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.UnknownCode("A", BudgetLink.of("1"), Optional.of("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed must not be blank, but was ''");
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.Overlap("A", BudgetLink.of("1"), "B",
                BudgetLink.of("1")).describe(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CascadeBudget.Discrepancy.Overlap("A", BudgetLink.of("1"), "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("otherSasaran must not be blank, but was ''");
    }

    /** A table of programs, each over ten kegiatan, with every other program serving a sasaran. */
    private static long steps(int programs) {
        List<BudgetLine> lines = new ArrayList<>();
        List<Sasaran> sasaran = new ArrayList<>();
        for (int p = 1; p <= programs; p++) {
            String program = String.format("2.%02d.%02d", 1 + p / 99, 1 + p % 99);
            lines.add(line(program, "100", "50"));
            for (int k = 1; k <= 10; k++) {
                lines.add(line(program + ".2." + String.format("%02d", k), "10", "5"));
            }
            if (p % 2 == 0) {
                sasaran.add(sasaran("S" + p, BudgetLink.of(program + ".2.01"), BudgetLink.of(program + ".2.02")));
            }
        }
        return CascadeBudget.of(sasaran, BudgetTree.of(lines)).steps();
    }

    @Test
    void tenTimesTheLinesIsTenTimesTheSteps() {
        long small = steps(100);
        long large = steps(1_000);
        // Every node once in the count of the links below it (100 × 11); every link once when resolved (100);
        // in the walk, a linked program is entered, its ten kegiatan entered, its two links counted, its two
        // linked kegiatan and itself left (1 + 10 + 2 + 2 + 1 = 16), an unlinked program only entered (1).
        assertThat(small).isEqualTo(100 * 11 + 100 + 50 * 16 + 50);
        assertThat(large).isEqualTo(10 * small);
    }
}
