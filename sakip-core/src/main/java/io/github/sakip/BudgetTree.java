package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A budget table as a tree of its lines, built from their codes and explicit parents, with the totals computed from
 * the lines and the discrepancies between what was printed and what adds up. Regional, central (K/L) and free-form
 * lines are treated alike, and may be mixed.
 * <p>
 * A line's parent is the nearest line above it that the table has: its explicit parent
 * ({@link BudgetLine#withParent(String)}) if it has one, otherwise the first of the codes up its code's chain
 * ({@link BudgetCode#parent()}) that a line of the table has. Levels may be skipped: a table by
 * program/kegiatan/RO leaves out the KRO, a table of programs leaves out the bidang urusan and the bagian anggaran.
 * <p>
 * The printed figures are data: a parent's printed pagu and realisasi are kept as printed, never replaced by the
 * sum of its children. {@link #reconcile()} lists where they disagree. Building a tree never fails on the data:
 * <ul>
 * <li>a line whose explicit parent is not in the table, or whose code carries a parent while no line up its chain
 * is in the table though the table has lines of a higher level of its nomenclature (a kegiatan {@code 2.07.09.2.01}
 * in a table of programs without {@code 2.07.09}), is an orphan: it becomes a top-level node and is reported as
 * {@link Discrepancy.Orphan}. A line at the top of what its table shows (every line of a table of kegiatan only, a
 * short K/L kegiatan, a free-form line without a parent) is not an orphan;</li>
 * <li>a code that occurs more than once (also as {@code 2.07.01.2.01.02} and {@code 2.07.01.2.01.0002}, which
 * are the same code) is reported as {@link Discrepancy.Duplicate}; the first line with the code is kept in the
 * tree and the others are left out of every total. Lines with no code are never duplicates: each is a line of its
 * own;</li>
 * <li>explicit parents that go round in a circle are reported as {@link Discrepancy.Cycle}, and the first line of
 * the circle in code order becomes a top-level node.</li>
 * </ul>
 * Computed totals ({@link Node#computedPagu()}, {@link Node#computedRealisasi()}) are built up from the leaves:
 * a leaf's total is its own printed figure, a parent's is the sum of its children's computed totals. The grand
 * total is the sum of the top-level nodes' computed totals, so it counts every leaf once, whatever the printed
 * parents say. Children are in code order, then the lines with no code in table order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BudgetTree {

    /** A column of a budget table. */
    public enum Column {

        /** The allocation (pagu, anggaran). */
        PAGU,

        /** The spending (realisasi). */
        REALISASI
    }

    /**
     * A place where a budget table does not add up or is not a tree.
     */
    public sealed interface Discrepancy {

        /**
         * Describes the discrepancy in Bahasa Indonesia; also its {@code toString()}.
         *
         * @return such as {@code "2.07.03 pagu: tercetak 914.466.926, jumlah baris di bawahnya 1.192.030.989,
         *         selisih -277.564.063"}
         */
        default String describe() {
            return describe(Languages.INDONESIAN);
        }

        /**
         * Describes the discrepancy in a language, with amounts as the report prints them.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "2.07.03 pagu: printed 914.466.926, sum of its children 1.192.030.989, difference
         *         -277.564.063"} in English
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        String describe(Locale language);

        /**
         * A parent's printed total that is not the sum of its children's totals, computed from the lowest lines.
         * <p>
         * This class is immutable and thread-safe; amounts are normalised.
         *
         * @param code the parent's code
         * @param column the column that does not add up
         * @param printed the parent's printed figure
         * @param sumOfChildren the sum of its children's totals, computed from the lowest lines
         * @param difference {@code printed − sumOfChildren}: positive when the parent prints more
         */
        record TotalMismatch(BudgetCode code, Column column, BigDecimal printed, BigDecimal sumOfChildren,
                BigDecimal difference) implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param code the parent's code
             * @param column the column that does not add up
             * @param printed the parent's printed figure
             * @param sumOfChildren the sum of its children's totals, computed from the lowest lines
             * @param difference {@code printed − sumOfChildren}: positive when the parent prints more
             * @throws NullPointerException naming the component that is null
             * @throws IllegalArgumentException if {@code difference} is not {@code printed − sumOfChildren}
             */
            public TotalMismatch {
                Decimals.notNull(code, "code");
                Decimals.notNull(column, "column");
                printed = Decimals.checked(printed, "printed");
                sumOfChildren = Decimals.checked(sumOfChildren, "sumOfChildren");
                difference = Decimals.checked(difference, "difference");
                if (printed.subtract(sumOfChildren).compareTo(difference) != 0) {
                    throw new IllegalArgumentException("difference must be printed − sumOfChildren = "
                            + printed.subtract(sumOfChildren).toPlainString() + ", but was "
                            + difference.toPlainString());
                }
            }

            @Override
            public String describe(Locale language) {
                return Text.of("budget.discrepancy.total", code.toString(), column.name().toLowerCase(Locale.ROOT),
                        formatOperand(printed), formatOperand(sumOfChildren), formatOperand(difference))
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * A line whose parent is not in the table: its explicit parent, or the parent its code carries when no
         * line up the code's chain is in the table though lines of a higher level are. It is kept in the tree as a
         * top-level node.
         * <p>
         * This class is immutable and thread-safe.
         *
         * @param line the line
         * @param missingParent the code of its parent, which no line has
         */
        record Orphan(BudgetLine line, BudgetCode missingParent) implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param line the line
             * @param missingParent the code of its parent, which no line has
             * @throws NullPointerException naming the component that is null
             */
            public Orphan {
                Decimals.notNull(line, "line");
                Decimals.notNull(missingParent, "missingParent");
            }

            /**
             * Describes the discrepancy in a language.
             *
             * @param language the language
             * @return such as {@code "2.07.09.2.01: parent 2.07.09 is missing"} in English
             */
            @Override
            public String describe(Locale language) {
                return Text.of("budget.discrepancy.orphan", line.label(), missingParent.toString())
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * A line whose explicit parent lies below it through other lines' explicit parents, so that the lines
         * would go round in a circle (free-form {@code A} under {@code B} and {@code B} under {@code A}). The line
         * is kept in the tree as a top-level node, which breaks the circle.
         * <p>
         * This class is immutable and thread-safe.
         *
         * @param line the first line of the circle in code order
         * @param parent its explicit parent, which is not used
         */
        record Cycle(BudgetLine line, BudgetCode parent) implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param line the first line of the circle in code order
             * @param parent its explicit parent, which is not used
             * @throws NullPointerException naming the component that is null
             */
            public Cycle {
                Decimals.notNull(line, "line");
                Decimals.notNull(parent, "parent");
            }

            /**
             * Describes the discrepancy in a language.
             *
             * @param language the language
             * @return such as {@code "A: parent B lies below it, in a circle of explicit parents; kept at the
             *         top"} in English
             */
            @Override
            public String describe(Locale language) {
                return Text.of("budget.discrepancy.cycle", line.label(), parent.toString())
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * A code that occurs on more than one line. The first line is in the tree; the others are not counted.
         * <p>
         * This class is immutable and thread-safe.
         *
         * @param code the code
         * @param lines every line with the code, in table order, the first being the one kept
         */
        record Duplicate(BudgetCode code, List<BudgetLine> lines) implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param code the code
             * @param lines every line with the code, in table order, the first being the one kept
             * @throws NullPointerException naming the component that is null, or if a line is null
             * @throws IllegalArgumentException if there are fewer than two lines
             */
            public Duplicate {
                Decimals.notNull(code, "code");
                lines = Decimals.copyOf(lines, "lines");
                if (lines.size() < 2) {
                    throw new IllegalArgumentException("a duplicate needs at least two lines, but had "
                            + lines.size());
                }
            }

            /**
             * Describes the discrepancy in a language.
             *
             * @param language the language
             * @return such as {@code "2.07.01.2.01: code occurs on 2 lines; the first is kept"} in English
             */
            @Override
            public String describe(Locale language) {
                return Text.of("budget.discrepancy.duplicate", code.toString(), lines.size())
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * A printed grand total that is not the computed one.
         * <p>
         * This class is immutable and thread-safe; amounts are normalised.
         *
         * @param column the column
         * @param printed the printed grand total
         * @param computed the grand total computed from the leaves
         * @param difference {@code printed − computed}
         */
        record GrandTotalMismatch(Column column, BigDecimal printed, BigDecimal computed, BigDecimal difference)
                implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param column the column
             * @param printed the printed grand total
             * @param computed the grand total computed from the leaves
             * @param difference {@code printed − computed}
             * @throws NullPointerException naming the component that is null
             * @throws IllegalArgumentException if {@code difference} is not {@code printed − computed}
             */
            public GrandTotalMismatch {
                Decimals.notNull(column, "column");
                printed = Decimals.checked(printed, "printed");
                computed = Decimals.checked(computed, "computed");
                difference = Decimals.checked(difference, "difference");
                if (printed.subtract(computed).compareTo(difference) != 0) {
                    throw new IllegalArgumentException("difference must be printed − computed = "
                            + printed.subtract(computed).toPlainString() + ", but was " + difference.toPlainString());
                }
            }

            /**
             * Describes the discrepancy in a language.
             *
             * @param language the language
             * @return such as {@code "grand total realisasi: printed 1.000, computed 1.200, difference -200"} in
             *         English
             */
            @Override
            public String describe(Locale language) {
                return Text.of("budget.discrepancy.grandTotal", column.name().toLowerCase(Locale.ROOT),
                        formatOperand(printed), formatOperand(computed), formatOperand(difference))
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia
             */
            @Override
            public String toString() {
                return describe();
            }
        }
    }


    /**
     * A line in the tree with its children, in code order (then the lines with no code in table order), and the
     * totals computed from the leaves below it, computed once when the node is created.
     * <p>
     * {@code equals} compares the line and the children. This class is immutable and thread-safe.
     */
    public static final class Node {

        private final BudgetLine line;
        private final List<Node> children;
        private final BigDecimal computedPagu;
        private final BigDecimal computedRealisasi;

        /**
         * Creates a node.
         *
         * @param line the line as printed
         * @param children its children in code order; empty for a leaf
         * @throws NullPointerException naming the argument that is null, or if a child is null
         */
        public Node(BudgetLine line, List<Node> children) {
            this.line = Decimals.notNull(line, "line");
            this.children = Decimals.copyOf(children, "children");
            if (this.children.isEmpty()) {
                computedPagu = line.pagu();
                computedRealisasi = line.realisasi();
            } else {
                BigDecimal pagu = BigDecimal.ZERO;
                BigDecimal realisasi = BigDecimal.ZERO;
                for (Node child : this.children) {
                    pagu = pagu.add(child.computedPagu);
                    realisasi = realisasi.add(child.computedRealisasi);
                }
                computedPagu = Decimals.normalize(pagu);
                computedRealisasi = Decimals.normalize(realisasi);
            }
        }

        /**
         * Returns the line as printed.
         *
         * @return the line
         */
        public BudgetLine line() {
            return line;
        }

        /**
         * Returns the children.
         *
         * @return the children in code order; empty for a leaf
         */
        public List<Node> children() {
            return children;
        }

        /**
         * Returns the node's code.
         *
         * @return the code of its line; blank for a line with no code
         */
        public BudgetCode code() {
            return line.code();
        }

        /**
         * Tells whether this node has no children.
         *
         * @return true for a leaf
         */
        public boolean isLeaf() {
            return children.isEmpty();
        }

        /**
         * Returns the pagu computed from the leaves below: the printed pagu for a leaf, otherwise the sum of the
         * children's computed pagu.
         *
         * @return the computed pagu in Rupiah
         */
        public BigDecimal computedPagu() {
            return computedPagu;
        }

        /**
         * Returns the realisasi computed from the leaves below: the printed realisasi for a leaf, otherwise the
         * sum of the children's computed realisasi.
         *
         * @return the computed realisasi in Rupiah
         */
        public BigDecimal computedRealisasi() {
            return computedRealisasi;
        }

        /**
         * Returns the computed total of a column.
         *
         * @param column the column
         * @return the computed total in Rupiah
         * @throws NullPointerException if {@code column} is null
         */
        public BigDecimal computed(Column column) {
            Decimals.notNull(column, "column");
            return column == Column.PAGU ? computedPagu : computedRealisasi;
        }

        /**
         * Returns the printed figure of a column.
         *
         * @param column the column
         * @return the line's printed pagu or realisasi
         * @throws NullPointerException if {@code column} is null
         */
        public BigDecimal printed(Column column) {
            Decimals.notNull(column, "column");
            return column == Column.PAGU ? line.pagu() : line.realisasi();
        }

        /**
         * Returns the sum of the children's totals of a column, each computed from the lowest lines below it,
         * which is what the printed figure should be. The children's own printed totals are not used, so a wrong
         * kegiatan total is reported once, at the kegiatan, and not again at a program that printed the right sum.
         *
         * @param column the column
         * @return the sum, or empty for a leaf
         * @throws NullPointerException if {@code column} is null
         */
        public Optional<BigDecimal> sumOfChildren(Column column) {
            Decimals.notNull(column, "column");
            return children.isEmpty() ? Optional.empty() : Optional.of(computed(column));
        }

        /**
         * Returns the absorption (penyerapan) of the computed totals: {@code computedRealisasi × 100 /
         * computedPagu}. For a leaf it is the line's own absorption; the printed parent's absorption is
         * {@code line().absorptionFigure()}.
         *
         * @return the absorption, not computable when the computed pagu is 0
         */
        public Achievement computedAbsorption() {
            if (computedPagu.signum() == 0) {
                return Achievement.notComputable(Text.of("budget.computedZeroPagu", line.label()));
            }
            return BudgetLine.absorptionOf(computedPagu, computedRealisasi);
        }

        /**
         * Compares the line and the children.
         *
         * @param other the other object
         * @return true for a node of an equal line with equal children
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Node n && line.equals(n.line) && children.equals(n.children);
        }

        /**
         * Returns a hash code consistent with {@code equals}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return 31 * line.hashCode() + children.hashCode();
        }

        /**
         * Returns a short description.
         *
         * @return the line's code and name with the number of children
         */
        @Override
        public String toString() {
            return "Node[" + (line.code().isBlank() ? "" : line.code() + " ") + line.name() + ", " + children.size()
                    + " children]";
        }
    }

    private final List<Node> roots;
    private final List<Node> nodes;
    private final Map<BudgetCode, Node> byCode;
    private final List<Discrepancy> structural;

    private BudgetTree(List<Node> roots, List<Node> nodes, Map<BudgetCode, Node> byCode,
            List<Discrepancy> structural) {
        this.roots = roots;
        this.nodes = nodes;
        this.byCode = byCode;
        this.structural = structural;
    }

    /**
     * Builds the tree of a budget table from its lines, by their codes and explicit parents; see the class
     * description. Never fails on orphans, duplicates or circles: they are reported by {@link #reconcile()}. Builds
     * without recursion, so a deep chain of explicit parents is no risk.
     *
     * @param lines the lines in any order
     * @return the tree
     * @throws NullPointerException if the list or one of its lines is null
     * @throws IllegalArgumentException quoting the sum if the pagu or the realisasi of all the lines add up to
     *         more than 30 digits before the decimal point (then a total would not be a figure of a report)
     */
    public static BudgetTree of(List<BudgetLine> lines) {
        Decimals.notNull(lines, "lines");
        Map<BudgetCode, List<BudgetLine>> grouped = new TreeMap<>();
        List<BudgetLine> blanks = new ArrayList<>();
        for (BudgetLine line : lines) {
            Decimals.notNull(line, "lines element");
            if (line.code().isBlank()) {
                blanks.add(line);
            } else {
                grouped.computeIfAbsent(line.code(), code -> new ArrayList<>(1)).add(line);
            }
        }
        // Every total below is a sum of some of the lines, which are not negative: if all of them add up to a
        // figure, so does every total.
        Decimals.checkedTotal(lines.stream().map(BudgetLine::pagu).toList(), "the pagu of the budget lines");
        Decimals.checkedTotal(lines.stream().map(BudgetLine::realisasi).toList(), "the realisasi of the budget lines");
        List<Discrepancy> structural = new ArrayList<>();
        List<BudgetLine> kept = new ArrayList<>(grouped.size() + blanks.size());
        Map<BudgetCode, Integer> index = new HashMap<>();
        int[] top = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (Map.Entry<BudgetCode, List<BudgetLine>> entry : grouped.entrySet()) {
            index.put(entry.getKey(), kept.size());
            kept.add(entry.getValue().get(0));
            int nomenclature = entry.getKey().nomenclature().ordinal();
            top[nomenclature] = Math.min(top[nomenclature], entry.getKey().level().ordinal());
        }
        kept.addAll(blanks);
        int[] parentOf = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            BudgetLine line = kept.get(i);
            List<BudgetLine> same = grouped.get(line.code());
            if (same != null && same.size() > 1) {
                structural.add(new Discrepancy.Duplicate(line.code(), same));
            }
            parentOf[i] = parentOf(line, index, top, structural);
        }
        structural.addAll(breakCycles(kept, parentOf));
        List<List<Integer>> children = new ArrayList<>(kept.size());
        List<Integer> rootIndices = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            children.add(new ArrayList<>(0));
        }
        for (int i = 0; i < kept.size(); i++) {
            (parentOf[i] < 0 ? rootIndices : children.get(parentOf[i])).add(i);
        }
        int[] preorder = preorder(rootIndices, children);
        Node[] built = new Node[kept.size()];
        for (int k = preorder.length - 1; k >= 0; k--) {
            int i = preorder[k];
            List<Node> below = new ArrayList<>(children.get(i).size());
            for (int child : children.get(i)) {
                below.add(built[child]);
            }
            built[i] = new Node(kept.get(i), below);
        }
        List<Node> nodes = new ArrayList<>(preorder.length);
        Map<BudgetCode, Node> byCode = new HashMap<>();
        for (int i : preorder) {
            nodes.add(built[i]);
            if (!kept.get(i).code().isBlank()) {
                byCode.put(kept.get(i).code(), built[i]);
            }
        }
        List<Node> roots = new ArrayList<>(rootIndices.size());
        for (int i : rootIndices) {
            roots.add(built[i]);
        }
        return new BudgetTree(List.copyOf(roots), List.copyOf(nodes), Collections.unmodifiableMap(byCode),
                List.copyOf(structural));
    }

    /** The index of the line's parent among the kept lines, or -1 for a top-level line (an orphan is reported). */
    private static int parentOf(BudgetLine line, Map<BudgetCode, Integer> index, int[] top,
            List<Discrepancy> structural) {
        if (line.parent().isPresent()) {
            Integer parent = index.get(line.parent().get());
            if (parent == null) {
                structural.add(new Discrepancy.Orphan(line, line.parent().get()));
                return -1;
            }
            return parent;
        }
        Optional<BudgetCode> direct = line.code().parent();
        for (Optional<BudgetCode> up = direct; up.isPresent(); up = up.get().parent()) {
            Integer parent = index.get(up.get());
            if (parent != null) {
                return parent;
            }
        }
        if (direct.isPresent() && line.code().level().ordinal() > top[line.code().nomenclature().ordinal()]) {
            structural.add(new Discrepancy.Orphan(line, direct.get()));
        }
        return -1;
    }

    /**
     * Finds the circles of explicit parents, and breaks each at its first line in code order, which becomes a
     * top-level line.
     */
    private static List<Discrepancy> breakCycles(List<BudgetLine> kept, int[] parentOf) {
        List<Discrepancy> cycles = new ArrayList<>(0);
        byte[] state = new byte[kept.size()];
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < kept.size(); start++) {
            path.clear();
            int j = start;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                path.add(j);
                j = parentOf[j];
            }
            if (j >= 0 && state[j] == 1) {
                int first = j;
                for (int k = path.indexOf(j); k < path.size(); k++) {
                    first = Math.min(first, path.get(k));
                }
                cycles.add(new Discrepancy.Cycle(kept.get(first), kept.get(parentOf[first]).code()));
                parentOf[first] = -1;
            }
            for (int k : path) {
                state[k] = 2;
            }
        }
        return cycles;
    }

    private static int[] preorder(List<Integer> roots, List<List<Integer>> children) {
        int[] order = new int[children.size()];
        int n = 0;
        Deque<Integer> stack = new ArrayDeque<>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.push(roots.get(r));
        }
        while (!stack.isEmpty()) {
            int i = stack.pop();
            order[n++] = i;
            List<Integer> below = children.get(i);
            for (int c = below.size() - 1; c >= 0; c--) {
                stack.push(below.get(c));
            }
        }
        return order;
    }

    /**
     * Returns the top-level nodes in code order: the lines with no parent in the table, such as the programs, and
     * any orphans.
     *
     * @return the top-level nodes
     */
    public List<Node> roots() {
        return roots;
    }

    /**
     * Returns every node, depth first in code order (a parent before its children).
     *
     * @return the nodes
     */
    public List<Node> nodes() {
        return nodes;
    }

    /**
     * Finds the node of a code.
     *
     * @param code the code, such as {@code "2.07.03"} or {@code "063.01.WA"}
     * @return the node, or empty if no line has the code; always empty for a blank code, which names no line
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException quoting the code if it is a malformed code of a known form
     */
    public Optional<Node> node(String code) {
        return node(BudgetCode.parse(Decimals.notNull(code, "code")));
    }

    /**
     * Finds the node of a code.
     *
     * @param code the code
     * @return the node, or empty if no line has the code; always empty for the blank code, which names no line
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Node> node(BudgetCode code) {
        return Optional.ofNullable(byCode.get(Decimals.notNull(code, "code")));
    }

    /**
     * Returns the grand total of pagu computed from the leaves: the sum of the top-level nodes' computed pagu.
     *
     * @return the grand total in Rupiah
     */
    public BigDecimal grandTotalPagu() {
        return grandTotal(Column.PAGU);
    }

    /**
     * Returns the grand total of realisasi computed from the leaves: the sum of the top-level nodes' computed
     * realisasi.
     *
     * @return the grand total in Rupiah
     */
    public BigDecimal grandTotalRealisasi() {
        return grandTotal(Column.REALISASI);
    }

    /**
     * Returns the grand total of a column computed from the leaves.
     *
     * @param column the column
     * @return the grand total in Rupiah
     * @throws NullPointerException if {@code column} is null
     */
    public BigDecimal grandTotal(Column column) {
        Decimals.notNull(column, "column");
        BigDecimal sum = BigDecimal.ZERO;
        for (Node root : roots) {
            sum = sum.add(root.computed(column));
        }
        return Decimals.normalize(sum);
    }

    /**
     * Returns the sum of the top-level nodes' printed figures of a column: the grand total a reader gets by
     * adding up the printed program rows, which differs from {@link #grandTotal(Column)} when a printed program
     * total is wrong.
     *
     * @param column the column
     * @return the sum in Rupiah
     * @throws NullPointerException if {@code column} is null
     */
    public BigDecimal sumOfPrintedTopLevel(Column column) {
        Decimals.notNull(column, "column");
        BigDecimal sum = BigDecimal.ZERO;
        for (Node root : roots) {
            sum = sum.add(root.printed(column));
        }
        return Decimals.normalize(sum);
    }

    /**
     * Returns the absorption of the grand totals computed from the leaves.
     *
     * @return the absorption, not computable when the grand total of pagu is 0
     */
    public Achievement grandTotalAbsorption() {
        BigDecimal pagu = grandTotalPagu();
        if (pagu.signum() == 0) {
            return Achievement.notComputable(Text.of("budget.grandTotalZeroPagu"));
        }
        return BudgetLine.absorptionOf(pagu, grandTotalRealisasi());
    }

    /**
     * Checks a printed grand total against the one computed from the leaves.
     *
     * @param column the column of the printed total
     * @param printed the printed grand total, such as {@code 13743121859}
     * @return empty if they agree, otherwise the mismatch
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting {@code printed} if it is absurdly large or precise
     */
    public Optional<Discrepancy.GrandTotalMismatch> checkGrandTotal(Column column, BigDecimal printed) {
        Decimals.notNull(column, "column");
        BigDecimal checked = Decimals.checked(printed, "printed");
        BigDecimal computed = grandTotal(column);
        if (checked.compareTo(computed) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Discrepancy.GrandTotalMismatch(column, checked, computed,
                checked.subtract(computed)));
    }

    /**
     * Lists where the table is not a tree or does not add up: first the duplicates and orphans in code order and
     * the circles of explicit parents, then, for every parent in code order, its pagu and then its realisasi where
     * the printed figure is not the total computed from the lowest lines below it. Every printed total is checked
     * against that truth, never against another printed total: a program that prints the right sum is not reported
     * because a kegiatan under it is wrong, and a program that repeats a wrong kegiatan total is wrong itself and is
     * reported.
     *
     * @return the discrepancies; empty when the table adds up
     */
    public List<Discrepancy> reconcile() {
        List<Discrepancy> found = new ArrayList<>(structural);
        for (Node node : nodes) {
            if (node.isLeaf()) {
                continue;
            }
            for (Column column : Column.values()) {
                BigDecimal sum = node.computed(column);
                if (sum.compareTo(node.printed(column)) != 0) {
                    found.add(new Discrepancy.TotalMismatch(node.code(), column, node.printed(column), sum,
                            node.printed(column).subtract(sum)));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns a short description.
     *
     * @return the number of top-level nodes and of all nodes
     */
    @Override
    public String toString() {
        return "BudgetTree[" + roots.size() + " top-level, " + nodes.size() + " nodes]";
    }
}
