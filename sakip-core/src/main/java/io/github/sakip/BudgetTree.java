package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A budget table as a tree of programs, kegiatan and sub kegiatan, built from the codes of its lines, with the
 * totals computed from the lines and the discrepancies between what was printed and what adds up.
 * <p>
 * The printed figures are data: a parent's printed pagu and realisasi are kept as printed, never replaced by the
 * sum of its children. {@link #reconcile()} lists where they disagree. Building a tree never fails on the data:
 * <ul>
 * <li>a line whose parent is missing (an orphan) becomes a top-level node and is reported as
 * {@link Discrepancy.Orphan};</li>
 * <li>a code that occurs more than once (also as {@code 2.07.01.2.01.02} and {@code 2.07.01.2.01.0002}, which
 * are the same code) is reported as {@link Discrepancy.Duplicate}; the first line with the code is kept in the
 * tree and the others are left out of every total.</li>
 * </ul>
 * Computed totals ({@link Node#computedPagu()}, {@link Node#computedRealisasi()}) are built up from the leaves:
 * a leaf's total is its own printed figure, a parent's is the sum of its children's computed totals. The grand
 * total is the sum of the top-level nodes' computed totals, so it counts every leaf once, whatever the printed
 * parents say.
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

            /**
             * Describes the discrepancy.
             *
             * @return such as {@code "2.07.03 pagu: printed 914.466.926, sum of its children 1.192.030.989,
             *         difference -277.564.063"}
             */
            @Override
            public String toString() {
                return code + " " + column.name().toLowerCase(java.util.Locale.ROOT) + ": printed "
                        + formatOperand(printed) + ", sum of its children " + formatOperand(sumOfChildren)
                        + ", difference " + formatOperand(difference);
            }
        }

        /**
         * A line whose parent is not in the table. It is kept in the tree as a top-level node.
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
             * Describes the discrepancy.
             *
             * @return such as {@code "2.07.09.2.01: parent 2.07.09 is missing"}
             */
            @Override
            public String toString() {
                return line.code() + ": parent " + missingParent + " is missing";
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
                lines = List.copyOf(Decimals.notNull(lines, "lines"));
                if (lines.size() < 2) {
                    throw new IllegalArgumentException("a duplicate needs at least two lines, but had "
                            + lines.size());
                }
            }

            /**
             * Describes the discrepancy.
             *
             * @return such as {@code "2.07.01.2.01: code occurs on 2 lines; the first is kept"}
             */
            @Override
            public String toString() {
                return code + ": code occurs on " + lines.size() + " lines; the first is kept";
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
             * Describes the discrepancy.
             *
             * @return such as {@code "grand total realisasi: printed 1.000, computed 1.200, difference -200"}
             */
            @Override
            public String toString() {
                return "grand total " + column.name().toLowerCase(java.util.Locale.ROOT) + ": printed "
                        + formatOperand(printed) + ", computed " + formatOperand(computed) + ", difference "
                        + formatOperand(difference);
            }
        }
    }

    /**
     * A line in the tree with its children, sorted in code order.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param line the line as printed
     * @param children its children in code order; empty for a leaf
     */
    public record Node(BudgetLine line, List<Node> children) {

        /**
         * Creates a node.
         *
         * @param line the line as printed
         * @param children its children in code order; empty for a leaf
         * @throws NullPointerException naming the component that is null, or if a child is null
         */
        public Node {
            Decimals.notNull(line, "line");
            children = List.copyOf(Decimals.notNull(children, "children"));
        }

        /**
         * Returns the node's code.
         *
         * @return the code of its line
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
            return computed(Column.PAGU);
        }

        /**
         * Returns the realisasi computed from the leaves below: the printed realisasi for a leaf, otherwise the
         * sum of the children's computed realisasi.
         *
         * @return the computed realisasi in Rupiah
         */
        public BigDecimal computedRealisasi() {
            return computed(Column.REALISASI);
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
            if (children.isEmpty()) {
                return printed(column);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Node child : children) {
                sum = sum.add(child.computed(column));
            }
            return Decimals.normalize(sum);
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
            if (children.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Node child : children) {
                sum = sum.add(child.computed(column));
            }
            return Optional.of(Decimals.normalize(sum));
        }

        /**
         * Returns the absorption (penyerapan) of the computed totals: {@code computedRealisasi × 100 /
         * computedPagu}. For a leaf it is the line's own absorption; the printed parent's absorption is
         * {@code line().absorptionFigure()}.
         *
         * @return the absorption, not computable when the computed pagu is 0
         */
        public Achievement computedAbsorption() {
            BigDecimal pagu = computedPagu();
            BigDecimal realisasi = computedRealisasi();
            if (pagu.signum() == 0) {
                return Achievement.notComputable("computed pagu of " + code() + " is 0: absorption is a division"
                        + " by zero");
            }
            return BudgetLine.absorptionOf(pagu, realisasi);
        }

        /**
         * Returns a short description.
         *
         * @return the line's code and name with the number of children
         */
        @Override
        public String toString() {
            return "Node[" + code() + " " + line.name() + ", " + children.size() + " children]";
        }
    }

    private final List<Node> roots;
    private final Map<BudgetCode, Node> byCode;
    private final List<Discrepancy> structural;

    private BudgetTree(List<Node> roots, Map<BudgetCode, Node> byCode, List<Discrepancy> structural) {
        this.roots = roots;
        this.byCode = byCode;
        this.structural = structural;
    }

    /**
     * Builds the tree of a budget table from its lines, by their codes. Never fails on orphans or duplicates:
     * they are reported by {@link #reconcile()}.
     *
     * @param lines the lines in any order
     * @return the tree
     * @throws NullPointerException if the list or one of its lines is null
     */
    public static BudgetTree of(List<BudgetLine> lines) {
        Decimals.notNull(lines, "lines");
        Map<BudgetCode, List<BudgetLine>> grouped = new TreeMap<>();
        for (BudgetLine line : lines) {
            Decimals.notNull(line, "lines element");
            grouped.computeIfAbsent(line.code(), code -> new ArrayList<>()).add(line);
        }
        List<Discrepancy> structural = new ArrayList<>();
        Map<BudgetCode, List<BudgetCode>> childCodes = new TreeMap<>();
        List<BudgetCode> rootCodes = new ArrayList<>();
        for (Map.Entry<BudgetCode, List<BudgetLine>> entry : grouped.entrySet()) {
            BudgetCode code = entry.getKey();
            if (entry.getValue().size() > 1) {
                structural.add(new Discrepancy.Duplicate(code, entry.getValue()));
            }
            Optional<BudgetCode> parent = code.parent();
            if (parent.isPresent() && grouped.containsKey(parent.get())) {
                childCodes.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(code);
            } else {
                parent.ifPresent(p -> structural.add(new Discrepancy.Orphan(entry.getValue().get(0), p)));
                rootCodes.add(code);
            }
        }
        Map<BudgetCode, Node> byCode = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (BudgetCode code : rootCodes) {
            roots.add(build(code, grouped, childCodes, byCode));
        }
        Map<BudgetCode, Node> ordered = new LinkedHashMap<>();
        for (Node root : roots) {
            index(root, ordered);
        }
        return new BudgetTree(List.copyOf(roots), Collections.unmodifiableMap(ordered), List.copyOf(structural));
    }

    private static Node build(BudgetCode code, Map<BudgetCode, List<BudgetLine>> grouped,
            Map<BudgetCode, List<BudgetCode>> childCodes, Map<BudgetCode, Node> byCode) {
        List<Node> children = new ArrayList<>();
        for (BudgetCode child : childCodes.getOrDefault(code, List.of())) {
            children.add(build(child, grouped, childCodes, byCode));
        }
        Node node = new Node(grouped.get(code).get(0), children);
        byCode.put(code, node);
        return node;
    }

    private static void index(Node node, Map<BudgetCode, Node> ordered) {
        ordered.put(node.code(), node);
        for (Node child : node.children()) {
            index(child, ordered);
        }
    }

    /**
     * Returns the top-level nodes in code order: the programs, and any orphans.
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
        return List.copyOf(byCode.values());
    }

    /**
     * Finds the node of a code.
     *
     * @param code the code, such as {@code "2.07.03"}
     * @return the node, or empty if no line has the code
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException quoting the code if it is not a budget code
     */
    public Optional<Node> node(String code) {
        return Optional.ofNullable(byCode.get(BudgetCode.parse(code)));
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
            return Achievement.notComputable("grand total pagu is 0: absorption is a division by zero");
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
     * Lists where the table is not a tree or does not add up: first the duplicates and orphans in code order,
     * then, for every parent in code order, its pagu and then its realisasi where the printed figure is not the
     * total computed from the lowest lines below it. Every printed total is checked against that truth, never
     * against another printed total: a program that prints the right sum is not reported because a kegiatan under
     * it is wrong, and a program that repeats a wrong kegiatan total is wrong itself and is reported.
     *
     * @return the discrepancies; empty when the table adds up
     */
    public List<Discrepancy> reconcile() {
        List<Discrepancy> found = new ArrayList<>(structural);
        for (Node node : byCode.values()) {
            for (Column column : Column.values()) {
                Optional<BigDecimal> sum = node.sumOfChildren(column);
                if (sum.isPresent() && sum.get().compareTo(node.printed(column)) != 0) {
                    found.add(new Discrepancy.TotalMismatch(node.code(), column, node.printed(column), sum.get(),
                            node.printed(column).subtract(sum.get())));
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
        return "BudgetTree[" + roots.size() + " top-level, " + byCode.size() + " nodes]";
    }
}
