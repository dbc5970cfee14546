package io.github.sakip.report;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Node;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The budget of every sasaran of a report's cascade (pohon kinerja), computed from the lowest lines of its budget
 * table, and what the cascade leaves out: the budget that serves no sasaran, and the sasaran that no budget serves.
 * <p>
 * Each sasaran's budget ({@link SasaranBudget}) is the sum, over the codes that serve it ({@link Sasaran#budget()}),
 * of the pagu and realisasi computed from the lowest lines below each code ({@link BudgetTree.Node#computedPagu()}):
 * never the totals the table printed for a program or kegiatan, which may be wrong. A share of a code gives that
 * percentage of its lines, rounded half-up to the sen (0,01 Rupiah); stated amounts give those amounts. A code
 * below another code of the same sasaran adds nothing.
 * <p>
 * A budget line may serve one sasaran. Where two sasaran share lines, the report must say how they are split: the
 * links of both name the same code, and each carries its part. Shared lines without that are an
 * {@link Discrepancy.Overlap}: two sasaran served by one code, at least one without a split, or one sasaran by a
 * code and another by a code below it (a split is stated at one code, so codes one below the other cannot be
 * split). The parts of one code may add up to less than the whole, and the rest serves no sasaran; more than the
 * whole is an {@link Discrepancy.OverSplit}. A code that is not a code of the budget table is an
 * {@link Discrepancy.UnknownCode}, and the sasaran's budget is then incomplete.
 * <p>
 * The budget that serves no sasaran ({@link #unassignedPagu()}, {@link #unassignedRealisasi()}) is the lines below
 * no code of any sasaran, and the rest of every code whose stated parts add up to less than the whole. Where the
 * cascade has an overlap, lines served twice are still counted once here.
 * <p>
 * Computing it walks the budget table's tree once, and takes time linear in the number of lines and links (after
 * the tree, which takes n·log n). This class is immutable and thread-safe.
 */
public final class CascadeBudget {

    /**
     * Where the cascade's links to the budget table do not hold.
     * <p>
     * Implementations are immutable and thread-safe. Their {@code toString()} is their description in Bahasa
     * Indonesia, as a {@link BudgetTree.Discrepancy}'s is.
     */
    public sealed interface Discrepancy {

        /**
         * Describes the discrepancy in Bahasa Indonesia; also its {@code toString()}.
         *
         * @return such as {@code "2.07.09 dari Meningkatnya ...: tidak ada baris tabel anggaran dengan kode ini"}
         */
        default String describe() {
            return describe(Languages.INDONESIAN);
        }

        /**
         * Describes the discrepancy in a language, with amounts as the report prints them.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "2.07.09 of Meningkatnya ...: no line of the budget table has the code"} in
         *         English
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        String describe(Locale language);

        /**
         * A link whose code is not a code of the budget table: malformed, or no line has it.
         *
         * @param sasaran the sasaran the link serves
         * @param link the link
         * @param malformed why its code is no budget code: the message of the parser
         *        ({@link BudgetCode#parse(String)}), for programmers and so in English, quoted as it is in both
         *        languages; empty when the code is a budget code but no line of the table has it
         */
        record UnknownCode(String sasaran, BudgetLink link, Optional<String> malformed) implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param sasaran the sasaran the link serves
             * @param link the link
             * @param malformed the parser's message if the code is no budget code, else empty
             * @throws NullPointerException naming the component that is null
             * @throws IllegalArgumentException naming the text that is blank
             */
            public UnknownCode {
                sasaran = Decimals.notBlank(sasaran, "sasaran");
                Decimals.notNull(link, "link");
                Decimals.notNull(malformed, "malformed");
                malformed.ifPresent(message -> Decimals.notBlank(message, "malformed"));
            }

            @Override
            public String describe(Locale language) {
                Text why = malformed.map(message -> Text.of("cascade.notACode", message))
                        .orElseGet(() -> Text.of("cascade.noLine"));
                return Text.of("cascadeBudget.unknownCode", link.toString(), sasaran, why)
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia, such as {@code "2.07.09 dari Meningkatnya ...: tidak ada
             *         baris tabel anggaran dengan kode ini"}
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * Lines served by two sasaran with no split at one code: the link of one sasaran, and the link of the
         * other that it meets.
         *
         * @param sasaran the sasaran of the link found second, in the order of the tree
         * @param link its link
         * @param otherSasaran the other sasaran
         * @param otherLink its link, at the same code or a code above
         */
        record Overlap(String sasaran, BudgetLink link, String otherSasaran, BudgetLink otherLink)
                implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param sasaran the sasaran of the link found second
             * @param link its link
             * @param otherSasaran the other sasaran
             * @param otherLink its link
             * @throws NullPointerException naming the component that is null
             * @throws IllegalArgumentException naming the sasaran that is blank
             */
            public Overlap {
                sasaran = Decimals.notBlank(sasaran, "sasaran");
                Decimals.notNull(link, "link");
                otherSasaran = Decimals.notBlank(otherSasaran, "otherSasaran");
                Decimals.notNull(otherLink, "otherLink");
            }

            @Override
            public String describe(Locale language) {
                return Text.of("cascadeBudget.overlap", link.toString(), sasaran, otherLink.toString(), otherSasaran)
                        .in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia, such as {@code "2.07.01.2.05 dari Sasaran B berbagi baris
             *         dengan 2.07.01 dari Sasaran A, tanpa pembagian pada satu kode"} ({@code "2.07.01.2.05 of
             *         Sasaran B shares lines with 2.07.01 of Sasaran A, with no split at one code"} in English)
             */
            @Override
            public String toString() {
                return describe();
            }
        }

        /**
         * The stated parts of one code, in one column, that add up to more than the code's lines.
         *
         * @param code the code
         * @param column the column
         * @param allocated the sum of the parts, in Rupiah
         * @param total the sum of the lowest lines below the code, in Rupiah
         */
        record OverSplit(BudgetCode code, Column column, BigDecimal allocated, BigDecimal total)
                implements Discrepancy {

            /**
             * Creates the discrepancy.
             *
             * @param code the code
             * @param column the column
             * @param allocated the sum of the parts
             * @param total the sum of the lowest lines below the code
             * @throws NullPointerException naming the component that is null
             * @throws IllegalArgumentException naming the amount and quoting it if it is negative, has more than
             *         two decimals or is absurdly large, or if {@code allocated} is not more than {@code total}
             */
            public OverSplit {
                Decimals.notNull(code, "code");
                Decimals.notNull(column, "column");
                allocated = Decimals.checkedRupiah(allocated, "allocated");
                total = Decimals.checkedRupiah(total, "total");
                if (allocated.compareTo(total) <= 0) {
                    throw new IllegalArgumentException("allocated must be more than total "
                            + total.toPlainString() + ", but was " + allocated.toPlainString());
                }
            }

            @Override
            public String describe(Locale language) {
                return Text.of("cascadeBudget.overSplit", code.toString(), formatOperand(allocated),
                        column.name().toLowerCase(Locale.ROOT), formatOperand(total)).in(Languages.check(language));
            }

            /**
             * Describes the discrepancy, as {@link #describe()} does.
             *
             * @return the description in Bahasa Indonesia, such as {@code "bagian-bagian 2.07.01 berjumlah 120, lebih
             *         dari pagu baris-barisnya 100"} ({@code "the parts of 2.07.01 add up to 120 of its pagu 100"}
             *         in English)
             */
            @Override
            public String toString() {
                return describe();
            }
        }
    }

    /** The preorder position of every node of the tree, and the last position of its subtree. */
    static final class Positions {

        private final BudgetTree tree;
        private final Map<Node, Integer> index;
        private final int[] last;

        Positions(BudgetTree tree) {
            this.tree = tree;
            List<Node> nodes = tree.nodes();
            index = new IdentityHashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                index.put(nodes.get(i), i);
            }
            // In reverse preorder every child comes before its parent: the parent's subtree ends where its last
            // child's does.
            last = new int[nodes.size()];
            for (int i = nodes.size() - 1; i >= 0; i--) {
                List<Node> children = nodes.get(i).children();
                last[i] = children.isEmpty() ? i : last[index.get(children.get(children.size() - 1))];
            }
        }

        /** The position of a code's node, or -1 if no line has the code. */
        int of(BudgetCode code) {
            return tree.node(code).map(index::get).orElse(-1);
        }

        int of(Node node) {
            return index.get(node);
        }

        int last(int position) {
            return last[position];
        }
    }

    /** A link resolved to its node, with the index of its sasaran. */
    private record Link(int sasaran, BudgetLink link, Node node) {

        boolean isSplit() {
            return link.isSplit();
        }
    }

    private final BudgetTree tree;
    private final List<SasaranBudget> sasaran;
    private final List<Discrepancy> discrepancies;
    private final List<Node> unassigned;
    private final List<Node> partlyUnassigned;
    private final BigDecimal unassignedPagu;
    private final BigDecimal unassignedRealisasi;
    private final long steps;

    private CascadeBudget(Walk walk) {
        this.tree = walk.tree;
        this.sasaran = List.copyOf(walk.budgets);
        this.discrepancies = List.copyOf(walk.found);
        this.unassigned = List.copyOf(walk.unassigned);
        this.partlyUnassigned = List.copyOf(walk.partlyUnassigned);
        this.unassignedPagu = Decimals.normalize(walk.unassignedPagu);
        this.unassignedRealisasi = Decimals.normalize(walk.unassignedRealisasi);
        this.steps = walk.steps;
    }

    /**
     * Computes the budget of every sasaran of a report's cascade from its budget table. The table's lines are
     * taken as the audit takes them: a line whose code is malformed is left out (the audit reports it).
     *
     * @param report the report
     * @return the budget of each sasaran of {@link PerformanceReport#cascade()}, in order
     * @throws NullPointerException if {@code report} is null
     */
    public static CascadeBudget of(PerformanceReport report) {
        Decimals.notNull(report, "report");
        List<BudgetLine> lines = new ArrayList<>(report.budget().lines().size());
        for (BudgetRow row : report.budget().lines()) {
            try {
                lines.add(new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi()));
            } catch (IllegalArgumentException e) {
                // A malformed code: the line is no line of the tree, as in the audit of the table.
                continue;
            }
        }
        List<Sasaran> all = new ArrayList<>();
        report.cascade().forEach(tujuan -> all.addAll(tujuan.sasaran()));
        return of(all, BudgetTree.of(lines));
    }

    /**
     * Computes the budget of sasaran from a budget tree.
     *
     * @param sasaran the sasaran, in order; two of the same name are two sasaran
     * @param tree the tree of the budget table
     * @return the budget of each sasaran, in the same order
     * @throws NullPointerException naming the argument that is null, or if a sasaran is null
     */
    public static CascadeBudget of(List<Sasaran> sasaran, BudgetTree tree) {
        return new CascadeBudget(new Walk(Decimals.copyOf(sasaran, "sasaran"), Decimals.notNull(tree, "tree")));
    }

    /**
     * Returns the tree of the budget table the budgets were computed from.
     *
     * @return the tree
     */
    public BudgetTree tree() {
        return tree;
    }

    /**
     * Returns the budget of every sasaran.
     *
     * @return the budgets, in the order of the sasaran given
     */
    public List<SasaranBudget> sasaran() {
        return sasaran;
    }

    /**
     * Returns where the cascade's links to the budget table do not hold: codes that are no lines of it, lines
     * served by two sasaran without a split, parts that add up to more than their code.
     *
     * @return the discrepancies: unknown codes in the order of the sasaran, then the others in the order of the
     *         tree; empty when the links hold
     */
    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /**
     * Returns the sasaran that no budget code serves.
     *
     * @return the sasaran whose {@link Sasaran#budget()} is empty, in order
     */
    public List<Sasaran> withoutBudget() {
        return sasaran.stream().map(SasaranBudget::sasaran).filter(s -> s.budget().isEmpty()).toList();
    }

    /**
     * Returns the highest lines that serve no sasaran at all: no code of any sasaran is at, above or below them.
     *
     * @return the lines' nodes, in the order of the tree
     */
    public List<Node> unassigned() {
        return unassigned;
    }

    /**
     * Returns the codes whose stated parts add up to less than the whole, the rest of which serves no sasaran.
     *
     * @return their nodes, in the order of the tree
     */
    public List<Node> partlyUnassigned() {
        return partlyUnassigned;
    }

    /**
     * Returns the pagu that serves no sasaran: that of {@link #unassigned()}, and the rest of
     * {@link #partlyUnassigned()}.
     *
     * @return the pagu in Rupiah
     */
    public BigDecimal unassignedPagu() {
        return unassignedPagu;
    }

    /**
     * Returns the realisasi of the budget that serves no sasaran.
     *
     * @return the realisasi in Rupiah
     */
    public BigDecimal unassignedRealisasi() {
        return unassignedRealisasi;
    }

    /**
     * Returns how many nodes and links the computation visited, for tests that pin its work.
     *
     * @return the steps taken
     */
    long steps() {
        return steps;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "CascadeBudget[3 sasaran, unassigned pagu 10426373350, 0 discrepancies]"}
     */
    @Override
    public String toString() {
        return "CascadeBudget[" + sasaran.size() + " sasaran, unassigned pagu " + unassignedPagu.toPlainString()
                + ", " + discrepancies.size() + (discrepancies.size() == 1 ? " discrepancy" : " discrepancies")
                + "]";
    }

    /** The one walk of the tree that computes everything. */
    private static final class Walk {

        private final BudgetTree tree;
        private final Positions positions;
        private final List<Sasaran> sasaran;
        private final Map<Node, List<Link>> byNode = new IdentityHashMap<>();
        private final boolean[] complete;
        private final BigDecimal[] pagu;
        private final BigDecimal[] realisasi;
        private final List<List<BudgetLink>> counted = new ArrayList<>();
        private final List<List<int[]>> spans = new ArrayList<>();
        /** The counted link of each sasaran on the path from the root to the node visited, or null. */
        private final Link[] active;
        /** The counted links on that path, the nearest last. */
        private final Deque<Link> path = new ArrayDeque<>();
        private final List<Discrepancy> found = new ArrayList<>();
        private final List<Node> unassigned = new ArrayList<>();
        private final List<Node> partlyUnassigned = new ArrayList<>();
        private BigDecimal unassignedPagu = BigDecimal.ZERO;
        private BigDecimal unassignedRealisasi = BigDecimal.ZERO;
        private final List<SasaranBudget> budgets = new ArrayList<>();
        private long steps;

        Walk(List<Sasaran> sasaran, BudgetTree tree) {
            this.tree = tree;
            this.positions = new Positions(tree);
            this.sasaran = sasaran;
            int n = sasaran.size();
            complete = new boolean[n];
            pagu = new BigDecimal[n];
            realisasi = new BigDecimal[n];
            active = new Link[n];
            for (int s = 0; s < n; s++) {
                complete[s] = true;
                pagu[s] = BigDecimal.ZERO;
                realisasi[s] = BigDecimal.ZERO;
                counted.add(new ArrayList<>());
                spans.add(new ArrayList<>());
                resolve(s);
            }
            boolean[] linkedBelow = linkedBelow();
            walk(linkedBelow);
            for (int s = 0; s < n; s++) {
                List<int[]> span = spans.get(s);
                int[] first = new int[span.size()];
                int[] last = new int[span.size()];
                for (int i = 0; i < span.size(); i++) {
                    first[i] = span.get(i)[0];
                    last[i] = span.get(i)[1];
                }
                budgets.add(new SasaranBudget(sasaran.get(s), counted.get(s), complete[s], pagu[s], realisasi[s],
                        positions, first, last));
            }
        }

        /** Finds the node of every link of a sasaran; a code that is no line is a discrepancy. */
        private void resolve(int s) {
            Sasaran one = sasaran.get(s);
            for (BudgetLink link : one.budget()) {
                steps++;
                Optional<Node> node;
                try {
                    node = tree.node(link.code());
                } catch (IllegalArgumentException e) {
                    complete[s] = false;
                    found.add(new Discrepancy.UnknownCode(one.name(), link, Optional.of(e.getMessage())));
                    continue;
                }
                if (node.isEmpty()) {
                    complete[s] = false;
                    found.add(new Discrepancy.UnknownCode(one.name(), link, Optional.empty()));
                    continue;
                }
                byNode.computeIfAbsent(node.get(), k -> new ArrayList<>(1)).add(new Link(s, link, node.get()));
            }
        }

        /** For every node in preorder, whether a link is at it or below it. */
        private boolean[] linkedBelow() {
            List<Node> nodes = tree.nodes();
            boolean[] linked = new boolean[nodes.size()];
            for (int i = nodes.size() - 1; i >= 0; i--) {
                steps++;
                Node node = nodes.get(i);
                boolean any = byNode.containsKey(node);
                for (Node child : node.children()) {
                    any |= linked[positions.of(child)];
                }
                linked[i] = any;
            }
            return linked;
        }

        /** Walks the tree depth first, entering a subtree only where a link lies. */
        private void walk(boolean[] linkedBelow) {
            // A frame is a node to enter, or (with its links) a node to leave.
            record Frame(Node node, List<Link> leaving) {
            }
            Deque<Frame> stack = new ArrayDeque<>();
            List<Node> roots = tree.roots();
            for (int r = roots.size() - 1; r >= 0; r--) {
                stack.push(new Frame(roots.get(r), null));
            }
            while (!stack.isEmpty()) {
                Frame frame = stack.pop();
                steps++;
                if (frame.leaving() != null) {
                    for (Link link : frame.leaving()) {
                        active[link.sasaran()] = null;
                        path.removeLast();
                    }
                    continue;
                }
                Node node = frame.node();
                if (!linkedBelow[positions.of(node)]) {
                    if (path.isEmpty()) {
                        unassigned.add(node);
                        unassignedPagu = unassignedPagu.add(node.computedPagu());
                        unassignedRealisasi = unassignedRealisasi.add(node.computedRealisasi());
                    }
                    continue;
                }
                stack.push(new Frame(node, enter(node)));
                List<Node> children = node.children();
                for (int c = children.size() - 1; c >= 0; c--) {
                    stack.push(new Frame(children.get(c), null));
                }
            }
        }

        /** Counts the links at a node that no link of their sasaran above holds already; returns them. */
        private List<Link> enter(Node node) {
            List<Link> here = byNode.getOrDefault(node, List.of());
            Link above = path.peekLast();
            List<Link> counting = new ArrayList<>(here.size());
            Link firstWhole = null;
            for (Link link : here) {
                steps++;
                if (active[link.sasaran()] != null) {
                    continue;
                }
                Link other;
                if (!link.isSplit()) {
                    other = counting.isEmpty() ? above : counting.get(0);
                } else {
                    other = above != null ? above : firstWhole;
                }
                if (other != null) {
                    found.add(new Discrepancy.Overlap(sasaran.get(link.sasaran()).name(), link.link(),
                            sasaran.get(other.sasaran()).name(), other.link()));
                }
                if (!link.isSplit() && firstWhole == null) {
                    firstWhole = link;
                }
                counting.add(link);
                active[link.sasaran()] = link;
                path.addLast(link);
                count(link);
            }
            checkParts(node, counting, above == null && firstWhole == null);
            return counting;
        }

        /** Adds a counted link's part of its node to its sasaran's budget. */
        private void count(Link link) {
            int s = link.sasaran();
            int at = positions.of(link.node());
            spans.get(s).add(new int[] {at, positions.last(at)});
            counted.get(s).add(link.link());
            pagu[s] = pagu[s].add(part(link, Column.PAGU));
            realisasi[s] = realisasi[s].add(part(link, Column.REALISASI));
        }

        /** The part of a link's node that serves its sasaran, in one column. */
        private static BigDecimal part(Link link, Column column) {
            BudgetLink.Split split = link.link().split();
            if (split instanceof BudgetLink.Share share) {
                return Decimals.normalize(link.node().computed(column).multiply(share.percent()).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP));
            }
            if (split instanceof BudgetLink.Amounts amounts) {
                return column == Column.PAGU ? amounts.pagu() : amounts.realisasi();
            }
            return link.node().computed(column);
        }

        /**
         * The stated parts of a node's links must not add up to more than its lines; where only parts serve the
         * node, the rest of it serves no sasaran.
         */
        private void checkParts(Node node, List<Link> counting, boolean onlyParts) {
            if (counting.stream().noneMatch(Link::isSplit)) {
                return;
            }
            boolean rest = false;
            for (Column column : Column.values()) {
                BigDecimal parts = BigDecimal.ZERO;
                for (Link link : counting) {
                    if (link.isSplit()) {
                        parts = parts.add(part(link, column));
                    }
                }
                BigDecimal total = node.computed(column);
                if (parts.compareTo(total) > 0) {
                    found.add(new Discrepancy.OverSplit(node.code(), column, Decimals.normalize(parts), total));
                } else if (onlyParts && parts.compareTo(total) < 0) {
                    rest = true;
                    if (column == Column.PAGU) {
                        unassignedPagu = unassignedPagu.add(total.subtract(parts));
                    } else {
                        unassignedRealisasi = unassignedRealisasi.add(total.subtract(parts));
                    }
                }
            }
            if (rest) {
                partlyUnassigned.add(node);
            }
        }
    }
}
