package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.format.Languages;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.BudgetTree.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Budget trees of K/L codes, of mixed regional and free-form lines, with explicit parents and without codes. */
class BudgetTreeKindsTest {

    private static BudgetLine line(String code, long pagu, long realisasi) {
        return new BudgetLine(code, "line " + code, BigDecimal.valueOf(pagu), BigDecimal.valueOf(realisasi));
    }

    private static List<String> codes(List<Node> nodes) {
        List<String> codes = new ArrayList<>();
        for (Node node : nodes) {
            codes.add(node.code().isBlank() ? node.line().name() : node.code().toString());
        }
        return codes;
    }

    @Test
    void aKlTableByProgramKegiatanAndRoWithoutItsKroAddsUp() {
        // The kegiatan is listed without its program's prefix, so its parent is given; the RO lines leave out their
        // KRO (3165.QAH), so they hang from the nearest line up their code, the kegiatan.
        BudgetTree tree = BudgetTree.of(List.of(line("063.01.WA", 300, 250),
                line("3165", 300, 250).withParent("063.01.WA"), line("3165.QAH.002", 200, 190),
                line("3165.QAH.001", 100, 60)));
        assertThat(tree.reconcile()).isEmpty();
        assertThat(codes(tree.roots())).containsExactly("063.01.WA");
        assertThat(codes(tree.nodes())).containsExactly("063.01.WA", "3165", "3165.QAH.001", "3165.QAH.002");
        assertThat(tree.node("3165").orElseThrow().children()).hasSize(2);
        assertThat(tree.grandTotalPagu()).isEqualByComparingTo("300");
        assertThat(tree.grandTotalAbsorption().rounded()).isEqualByComparingTo("83.33");
    }

    @Test
    void aFullFormKlTableIsATreeByItsCodesAndAWrongKroIsReportedOnce() {
        BudgetTree tree = BudgetTree.of(List.of(line("063.01.WA", 300, 250), line("063.01.WA.3165", 300, 250),
                line("063.01.WA.3165.QAH", 310, 250), line("063.01.WA.3165.QAH.001", 100, 60),
                line("063.01.WA.3165.QAH.002", 200, 190)));
        assertThat(tree.reconcile()).extracting(d -> d.describe(Languages.ENGLISH)).containsExactly(
                "063.01.WA.3165.QAH pagu: printed 310, sum of its children 300, difference 10");
        assertThat(tree.node("063.01.WA.3165.QAH.001").orElseThrow().line().absorptionFigure().rounded())
                .isEqualByComparingTo("60.00");
    }

    @Test
    void aRegionalTableMayCarryFreeFormAndUncodedLinesUnderExplicitParents() {
        BudgetTree tree = BudgetTree.of(List.of(line("1.02", 1_000, 800), line("1.02.02", 1_000, 800),
                line("1.02.02.2.01", 1_000, 800), line("1.02.02.2.01.0001", 400, 300),
                line("BLUD-RSUD", 600, 500).withParent("1.02.02.2.01"),
                new BudgetLine("", "Belanja Pegawai BLUD", new BigDecimal("250"), new BigDecimal("200"))
                        .withParent("BLUD-RSUD"),
                new BudgetLine("", "Belanja Barang BLUD", new BigDecimal("350"), new BigDecimal("300"))
                        .withParent("BLUD-RSUD"),
                new BudgetLine("", "Belanja tak berkode", new BigDecimal("5"), new BigDecimal("5"))));
        assertThat(tree.reconcile()).isEmpty();
        assertThat(codes(tree.roots())).containsExactly("1.02", "Belanja tak berkode");
        assertThat(codes(tree.nodes())).containsExactly("1.02", "1.02.02", "1.02.02.2.01", "1.02.02.2.01.01",
                "BLUD-RSUD", "Belanja Pegawai BLUD", "Belanja Barang BLUD", "Belanja tak berkode");
        assertThat(tree.grandTotalPagu()).isEqualByComparingTo("1005");
        // Lines with no code are each a line of their own, never duplicates, and no code finds them.
        assertThat(tree.node("")).isEmpty();
        assertThat(tree.node(BudgetCode.FreeForm.BLANK)).isEmpty();
        assertThat(tree.nodes().get(5)).hasToString("Node[Belanja Pegawai BLUD, 0 children]");
        assertThat(tree.node("BLUD-RSUD").orElseThrow()).hasToString("Node[BLUD-RSUD line BLUD-RSUD, 2 children]");
    }

    @Test
    void aLineAtTheTopOfWhatItsTableShowsIsNotAnOrphan() {
        // A table of kegiatan only: nothing above them is printed, so none is an orphan.
        assertThat(BudgetTree.of(List.of(line("2.07.01.2.01", 10, 5), line("2.07.03.2.01", 10, 5))).reconcile())
                .isEmpty();
        // A short K/L kegiatan carries no parent and a free-form line has none unless given: not orphans either.
        assertThat(BudgetTree.of(List.of(line("063.01.WA", 10, 5), line("3165", 10, 5), line("BLUD-01", 1, 1)))
                .reconcile()).isEmpty();
    }

    @Test
    void aLineBelowTheTopWithNoAncestorInTheTableOrAMissingExplicitParentIsAnOrphan() {
        BudgetLine keg = line("2.07.09.2.01", 10, 5);
        BudgetLine ro = line("3165.QAH.001", 10, 5);
        BudgetLine uncoded = new BudgetLine("", "Honor", BigDecimal.ONE, BigDecimal.ONE).withParent("BLUD-09");
        BudgetTree tree = BudgetTree.of(List.of(line("2.07.01", 10, 5), keg, line("3165", 10, 5), ro,
                line("063.01.WA", 10, 5), uncoded));
        // 3165.QAH.001 hangs from 3165 (its KRO is left out); 2.07.09.2.01 has no program in a table of programs.
        assertThat(tree.reconcile()).containsExactly(new Discrepancy.Orphan(keg, BudgetCode.parse("2.07.09")),
                new Discrepancy.Orphan(uncoded, BudgetCode.parse("BLUD-09")));
        assertThat(tree.reconcile()).extracting(d -> d.describe(Languages.ENGLISH)).containsExactly(
                "2.07.09.2.01: parent 2.07.09 is missing", "'Honor': parent BLUD-09 is missing");
        assertThat(tree.reconcile()).extracting(Object::toString).containsExactly(
                "2.07.09.2.01: induknya, 2.07.09, tidak ada", "'Honor': induknya, BLUD-09, tidak ada");
        assertThat(tree.node("3165").orElseThrow().children()).extracting(Node::line).containsExactly(ro);
        BudgetTree lonely = BudgetTree.of(List.of(line("063.01.WA", 10, 5), ro));
        assertThat(lonely.reconcile()).containsExactly(new Discrepancy.Orphan(ro, BudgetCode.parse("3165.QAH")));
    }

    @Test
    void aCircleOfExplicitParentsIsReportedAndBrokenAtItsFirstLine() {
        BudgetLine a = line("A", 10, 10).withParent("B");
        BudgetLine b = line("B", 10, 10).withParent("A");
        BudgetLine c = line("C", 5, 5).withParent("A");
        BudgetTree tree = BudgetTree.of(List.of(c, b, a));
        assertThat(tree.reconcile()).startsWith(new Discrepancy.Cycle(a, BudgetCode.parse("B")));
        assertThat(tree.reconcile().get(0).describe(Languages.ENGLISH))
                .isEqualTo("A: parent B lies below it, in a circle of explicit parents; kept at the top");
        assertThat(tree.reconcile().get(0)).hasToString("A: induknya, B, berada di bawahnya, dalam lingkaran induk"
                + " yang dinyatakan; ditempatkan di tingkat teratas");
        assertThat(codes(tree.roots())).containsExactly("A");
        assertThat(codes(tree.nodes())).containsExactly("A", "B", "C");
        assertThat(tree.grandTotalPagu()).isEqualByComparingTo("15");
    }

    @Test
    void aCircleReachedFromOutsideIsBrokenAtItsFirstLineInCodeOrderNotWhereTheWalkEnteredIt() {
        // A hangs from D, and D and B hang from each other: the walk from A enters the circle at D, and the circle
        // is broken at B, which comes first in code order.
        BudgetLine a = line("A", 1, 1).withParent("D");
        BudgetLine b = line("B", 1, 1).withParent("D");
        BudgetLine d = line("D", 1, 1).withParent("B");
        BudgetTree tree = BudgetTree.of(List.of(a, d, b));
        assertThat(tree.reconcile()).startsWith(new Discrepancy.Cycle(b, BudgetCode.parse("D")));
        assertThat(codes(tree.roots())).containsExactly("B");
        assertThat(codes(tree.nodes())).containsExactly("B", "D", "A");
    }

    @Test
    void nodesAreEqualWhenTheirLinesAndChildrenAre() {
        Node leaf = new Node(line("2.07.01.2.01", 10, 5), List.of());
        Node node = new Node(line("2.07.01", 10, 5), List.of(leaf));
        Node same = new Node(line("2.07.01", 10, 5), List.of(new Node(line("2.07.01.2.01", 10, 5), List.of())));
        assertThat(node).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(leaf).isNotEqualTo("2.07.01");
        assertThat(node).isNotEqualTo(new Node(line("2.07.01", 10, 5), List.of()))
                .isNotEqualTo(new Node(line("2.07.01", 10, 6), List.of(leaf)));
        assertThat(node.hashCode()).isNotEqualTo(new Node(line("2.07.01", 10, 5), List.of()).hashCode());
    }

    @Test
    void aDeepChainOfExplicitParentsIsBuiltAndSummedWithoutRecursion() {
        List<BudgetLine> lines = new ArrayList<>();
        int depth = 20_000;
        lines.add(line("L0", depth, depth));
        for (int i = 1; i < depth; i++) {
            lines.add(line("L" + i, depth - i, depth - i).withParent("L" + (i - 1)));
        }
        BudgetTree tree = BudgetTree.of(lines);
        assertThat(tree.nodes()).hasSize(depth);
        assertThat(tree.grandTotalPagu()).isEqualByComparingTo("1");
        // Every parent printed more than its only child: each is a mismatch of 1 in both columns.
        assertThat(tree.reconcile()).hasSize(2 * (depth - 1));
    }

    /** A line of a generated table and the lines the generator put under it. */
    private static final class Expected {
        final String code;
        final String parent;
        final String name;
        final List<Expected> children = new ArrayList<>();
        long pagu;
        long realisasi;

        Expected(String code, String parent, String name) {
            this.code = code;
            this.parent = parent;
            this.name = name;
        }
    }

    /** Generates a table in a nomenclature; the structure is the one the generator means, not the library's. */
    private static List<Expected> generate(long seed, int kind) {
        Random r = new Random(seed);
        List<Expected> all = new ArrayList<>();
        Expected top = new Expected(null, null, "top");
        if (kind != 1) {
            regional(r, top, all);
        }
        if (kind != 0) {
            central(r, top, all);
        }
        if (kind >= 2) {
            for (Expected e : new ArrayList<>(all)) {
                if (r.nextInt(4) == 0) {
                    Expected f = add(all, e, "F" + all.size(), e.code, "free " + all.size());
                    if (r.nextBoolean()) {
                        add(all, f, "", f.code, "uncoded " + all.size());
                    }
                }
            }
            add(all, top, "", null, "uncoded root");
        }
        amounts(r, top);
        return all;
    }

    private static Expected add(List<Expected> all, Expected under, String code, String explicitParent,
            String name) {
        Expected e = new Expected(code, explicitParent, name);
        under.children.add(e);
        all.add(e);
        return e;
    }

    private static void regional(Random r, Expected top, List<Expected> all) {
        add(all, top, "X.XX.01", null, "penunjang");
        // A table prints its urusan and bidang lines, or none of them: a missing one among printed ones is an orphan.
        boolean urusanLines = r.nextBoolean();
        boolean bidangLines = r.nextBoolean();
        for (int u = 1; u <= 1 + r.nextInt(2); u++) {
            Expected gu = urusanLines ? add(all, top, "" + u, null, "urusan " + u) : top;
            for (int b = 1; b <= 1 + r.nextInt(2); b++) {
                String bidang = u + "." + two(b);
                Expected gb = bidangLines ? add(all, gu, bidang, null, "bidang " + bidang) : gu;
                for (int p = 1; p <= 1 + r.nextInt(3); p++) {
                    Expected gp = add(all, gb, bidang + "." + two(p), null, "program");
                    for (int k = 1; k <= r.nextInt(3); k++) {
                        Expected gk = add(all, gp, gp.code + ".2." + two(k), null, "kegiatan");
                        for (int s = 1; s <= r.nextInt(4); s++) {
                            add(all, gk, gk.code + (r.nextBoolean() ? "." + two(s) : ".00" + two(s)), null, "sub");
                        }
                    }
                }
            }
        }
    }

    private static void central(Random r, Expected top, List<Expected> all) {
        for (String program : List.of("WA", "GG")) {
            Expected gp = add(all, top, "063.01." + program, null, "program " + program);
            for (int k = 1; k <= r.nextInt(3); k++) {
                boolean full = r.nextBoolean();
                String kegiatan = (full ? gp.code + "." : "") + ((program.equals("WA") ? 3100 : 3200) + k);
                Expected gk = add(all, gp, kegiatan, full ? null : gp.code, "kegiatan");
                String kroCode = kegiatan + ".QAH";
                Expected kro = r.nextBoolean() ? add(all, gk, kroCode, null, "KRO") : gk;
                for (int o = 1; o <= r.nextInt(3); o++) {
                    Expected ro = add(all, kro, kroCode + ".00" + o, null, "RO");
                    for (int c = 1; c <= r.nextInt(2) * 2; c++) {
                        add(all, ro, ro.code + ".05" + c, null, "komponen");
                    }
                }
            }
        }
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static void amounts(Random r, Expected e) {
        if (e.children.isEmpty()) {
            e.pagu = r.nextInt(1_000_000_000);
            e.realisasi = e.pagu == 0 ? 0 : r.nextInt((int) e.pagu + 1);
            return;
        }
        for (Expected child : e.children) {
            amounts(r, child);
            e.pagu += child.pagu;
            e.realisasi += child.realisasi;
        }
    }

    private static BudgetLine toLine(Expected e) {
        BudgetLine line = new BudgetLine(e.code, e.name, BigDecimal.valueOf(e.pagu), BigDecimal.valueOf(e.realisasi));
        return e.parent == null ? line : line.withParent(e.parent);
    }

    @Test
    void everyParentOfAGeneratedTreeIsTheSumOfItsChildrenAndTheTreeIsTheOneMeant() {
        // kind 0: regional, 1: K/L, 2: regional and K/L with free-form and uncoded lines, 3: the same
        qt().withFixedSeed(20_261_128L).withExamples(300)
                .forAll(longs().all(), integers().between(0, 3))
                .checkAssert((seed, kind) -> {
                    List<Expected> expected = generate(seed, kind);
                    List<BudgetLine> lines = new ArrayList<>();
                    Map<BudgetLine, Expected> meant = new LinkedHashMap<>();
                    for (Expected e : expected) {
                        BudgetLine line = toLine(e);
                        lines.add(line);
                        meant.put(line, e);
                    }
                    Collections.shuffle(lines, new Random(seed));
                    BudgetTree tree = BudgetTree.of(lines);
                    assertThat(tree.reconcile()).isEmpty();
                    assertThat(tree.nodes()).hasSize(expected.size());
                    long leaves = 0;
                    for (Node node : tree.nodes()) {
                        Expected e = meant.get(node.line());
                        List<String> names = new ArrayList<>();
                        for (Node child : node.children()) {
                            names.add(meant.get(child.line()).name + "@" + child.code());
                        }
                        List<String> meantNames = new ArrayList<>();
                        for (Expected child : e.children) {
                            meantNames.add(child.name + "@" + BudgetCode.parse(child.code));
                        }
                        assertThat(names).as(node.toString()).containsExactlyInAnyOrderElementsOf(meantNames);
                        BigDecimal sum = BigDecimal.ZERO;
                        for (Node child : node.children()) {
                            sum = sum.add(child.computedPagu());
                        }
                        assertThat(node.isLeaf() ? node.line().pagu() : sum).isEqualByComparingTo(
                                node.computed(Column.PAGU));
                        leaves += node.isLeaf() ? node.line().pagu().longValueExact() : 0;
                    }
                    assertThat(tree.grandTotalPagu()).isEqualByComparingTo(BigDecimal.valueOf(leaves));
                    assertThat(tree.checkGrandTotal(Column.REALISASI, tree.sumOfPrintedTopLevel(Column.REALISASI)))
                            .isEmpty();
                });
    }

    @Test
    void everyGeneratedCodeReadsBackAsItselfFromItsText() {
        qt().withFixedSeed(20_261_129L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            BudgetCode code;
            switch (r.nextInt(3)) {
                case 0: {
                    int depth = r.nextInt(5);
                    boolean common = depth >= 2 && r.nextInt(4) == 0;
                    code = new BudgetCode.Regional(common ? 0 : 1 + r.nextInt(9), common ? 0 : 1 + r.nextInt(99),
                            depth >= 2 ? 1 + r.nextInt(99) : 0, depth >= 3 ? 1 + r.nextInt(9) : 0,
                            depth >= 3 ? 1 + r.nextInt(99) : 0, depth >= 4 ? 1 + r.nextInt(9999) : 0);
                    if (depth == 0 && !common) {
                        code = new BudgetCode.Regional(1 + r.nextInt(9), 0, 0, 0, 0, 0);
                    }
                    break;
                }
                case 1: {
                    boolean full = r.nextBoolean();
                    int depth = r.nextInt(full ? 8 : 5);
                    int at = full ? 0 : 3;
                    int[] d = new int[8];
                    for (int i = 0; i < 8; i++) {
                        d[i] = i >= at && i <= at + depth ? 1 : 0;
                    }
                    code = new BudgetCode.Central(d[0] * (1 + r.nextInt(999)), d[1] * (1 + r.nextInt(99)),
                            d[2] == 0 ? "" : r.nextBoolean() ? letters(r, 2) : two(1 + r.nextInt(99)),
                            d[3] * (1 + r.nextInt(9999)), d[4] == 0 ? "" : letters(r, 3), d[5] * (1 + r.nextInt(999)),
                            d[6] * (1 + r.nextInt(999)), d[7] == 0 ? "" : letters(r, 1));
                    break;
                }
                default: {
                    StringBuilder text = new StringBuilder();
                    for (int i = r.nextInt(12); i > 0; i--) {
                        text.append("AZaz09.-/ ()".charAt(r.nextInt(12)));
                    }
                    String t = text.toString().strip();
                    code = BudgetCode.parse(t.isEmpty() || !Character.isLetter(t.charAt(0)) ? "Z" + t : t);
                    break;
                }
            }
            BudgetCode read = BudgetCode.parse(code.toString());
            assertThat(read).isEqualTo(code);
            assertThat(read.compareTo(code)).isZero();
            assertThat(read.toString()).isEqualTo(code.toString());
        });
    }

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void anyTextIsReadOrRefusedWithAMessageAndNothingElse() {
        qt().withFixedSeed(20_261_130L).withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                text.append("0123456789.XxAQ -٢".charAt(r.nextInt(18)));
            }
            try {
                BudgetCode code = BudgetCode.parse(text.toString());
                assertThat(BudgetCode.parse(code.toString())).isEqualTo(code);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("'").containsAnyOf("looks like", "is a", "too long");
            }
        });
    }
}
