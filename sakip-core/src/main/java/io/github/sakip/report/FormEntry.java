package io.github.sakip.report;

import io.github.sakip.Category;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.report.FormColumn.Half;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a filled Renja (or RKPD) evaluation form ({@link EvaluationForm}): a sasaran, program, kegiatan or
 * sub kegiatan with its indicator rows, its budget (the Rp half, on a lowest entry) and the entries below it, and
 * the figures the form printed on the entry's own row.
 * <p>
 * The figures an entry's row prints, each checked by the audit:
 * <ul>
 * <li>the Rp half: columns 13, 14, 15 and 13/8 of the entry's budget; on an entry with entries below it, whose
 * budget is the sum of theirs, also columns 6 to 12 (the sums);</li>
 * <li>the K half: the roll-up of the entries below (for a lowest entry, of its own indicators) in column 15 and
 * 13/8, the mean of their achievements ({@link FormNode#rolledUp});</li>
 * <li>the predicate (predikat kinerja) of either half, of the column the form's bottom rows are under.</li>
 * </ul>
 * The entry's computed figures come from {@link #node()}, the same entry as an
 * {@link io.github.sakip.evaluation.FormNode} of the evaluation package, whose rules hold here too: levels go down,
 * and only a lowest entry is given a budget.
 * <p>
 * Obtain an entry with {@link #leaf} or {@link #parent} and add what the form printed with the {@code withPrinted…}
 * methods, each of which returns a copy. Printed figures keep their printed scale, and {@code equals} compares them
 * by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised entry is validated as a new one is.
 *
 * @serial exclude
 */
public final class FormEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The derived columns the row of any entry prints: 15 K, 13/8 K, 13 Rp, 14 Rp, 15 Rp and 13/8 Rp. */
    public static final Set<FormColumn> PRINTED_COLUMNS = Collections.unmodifiableSet(EnumSet.of(FormColumn.K15,
            FormColumn.K_YEAR, FormColumn.RP13, FormColumn.RP14, FormColumn.RP15, FormColumn.RP_YEAR));

    /**
     * The derived columns the row of an entry with entries below it prints: those of {@link #PRINTED_COLUMNS} and
     * the sums of columns 6 to 12 Rp.
     */
    public static final Set<FormColumn> PARENT_PRINTED_COLUMNS = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(FormColumn.K13, FormColumn.K14)));

    private final FormNode node;
    private final List<FormIndicatorRow> indicators;
    private final List<FormEntry> children;
    private final PrintedCells printed;

    private FormEntry(FormNode.Level level, String code, String name, List<FormIndicatorRow> indicators,
            Optional<RowBudget> budget, List<FormEntry> children, PrintedCells printed) {
        this.indicators = Decimals.copyOf(indicators, "indicators");
        this.children = Decimals.copyOf(children, "children");
        List<IndicatorRow> rows = new ArrayList<>(this.indicators.size());
        for (FormIndicatorRow row : this.indicators) {
            rows.add(row.row());
        }
        List<FormNode> below = new ArrayList<>(this.children.size());
        for (FormEntry child : this.children) {
            below.add(child.node);
        }
        this.node = new FormNode(level, code, name, rows, budget, below);
        try {
            // The audit adds the budgets below an entry up in every column: refused here if they cannot be.
            node.totalBudget();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the budgets below " + level.label() + " '" + node.name()
                    + "' cannot be added up: " + e.getMessage(), e);
        }
        this.printed = printed;
    }

    /**
     * Obtains a lowest entry, with its own budget, and nothing printed on its row.
     *
     * @param level the level
     * @param code the code as printed (Kepmendagri 050-5889/2021), or empty
     * @param name the name as printed
     * @param indicators the entry's indicator rows, in the form's order
     * @param budget the entry's budget (columns 6 to 12 Rp)
     * @return the entry
     * @throws NullPointerException naming the argument, or the element, that is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static FormEntry leaf(FormNode.Level level, String code, String name, List<FormIndicatorRow> indicators,
            RowBudget budget) {
        return new FormEntry(level, code, name, indicators, Optional.of(Decimals.notNull(budget, "budget")),
                List.of(), PrintedCells.NONE);
    }

    /**
     * Obtains an entry whose budget is the sum of the entries' below it (or which has no budget), and nothing
     * printed on its row.
     *
     * @param level the level
     * @param code the code as printed, or empty (a sasaran has none)
     * @param name the name as printed
     * @param indicators the entry's own indicator rows (a program's outcome indicators), in the form's order
     * @param children the entries below, in the form's order
     * @return the entry
     * @throws NullPointerException naming the argument, or the element, that is null
     * @throws IllegalArgumentException if the name is blank, a child is not of a lower level, or the budgets below
     *         add up, in some column, to more than 30 digits before the decimal point
     */
    public static FormEntry parent(FormNode.Level level, String code, String name, List<FormIndicatorRow> indicators,
            List<FormEntry> children) {
        return new FormEntry(level, code, name, indicators, Optional.empty(), children, PrintedCells.NONE);
    }

    /**
     * Returns a copy with a figure the form printed on the entry's row.
     *
     * @param column the column: one of {@link #PRINTED_COLUMNS}, or for an entry with entries below it one of
     *        {@link #PARENT_PRINTED_COLUMNS}
     * @param figure the printed figure, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the column if the entry's row does not derive it, or if the figure is
     *         absurdly large or precise
     */
    public FormEntry withPrinted(FormColumn column, BigDecimal figure) {
        Set<FormColumn> allowed = children.isEmpty() ? PRINTED_COLUMNS : PARENT_PRINTED_COLUMNS;
        return copy(printed.with(column, figure, allowed, children.isEmpty()
                ? "the row of a lowest entry (its columns 6 to 12 Rp are its data)" : "the row of an entry"));
    }

    /**
     * Returns a copy with the predicate (predikat kinerja) the form printed on the entry's row for a half: of the
     * roll-up of its achievements (K) or of its absorption (Rp), in the column the form's bottom rows are under.
     *
     * @param half K or Rp
     * @param predicate the printed predicate
     * @return a copy with the printed predicate
     * @throws NullPointerException naming the argument that is null
     */
    public FormEntry withPrintedPredicate(Half half, Category predicate) {
        return copy(printed.withPredicate(half, predicate));
    }

    private FormEntry copy(PrintedCells cells) {
        return new FormEntry(node.level(), node.code(), node.name(), indicators, node.budget(), children, cells);
    }

    /**
     * Returns the entry recomputed, with the entries and rows below it: every derived cell as the library computes
     * it, nothing where it cannot.
     *
     * @param policy the policy of the form
     * @param measure the column of the form's predicates
     * @return the entry with its computed figures in place of the printed ones
     */
    FormEntry withComputedFigures(EvaluationPolicy policy, Measure measure) {
        List<FormIndicatorRow> rows = new ArrayList<>(indicators.size());
        for (FormIndicatorRow row : indicators) {
            rows.add(row.withComputedFigures(policy, measure));
        }
        List<FormEntry> below = new ArrayList<>(children.size());
        for (FormEntry child : children) {
            below.add(child.withComputedFigures(policy, measure));
        }
        Set<FormColumn> columns = children.isEmpty() ? PRINTED_COLUMNS : PARENT_PRINTED_COLUMNS;
        Optional<RowBudget> budget = node.totalBudget();
        PrintedCells cells = PrintedCells.NONE;
        for (FormColumn column : columns) {
            Optional<BigDecimal> figure = column.half() == Half.K ? Computed.percent(node.rolledUp(
                    column == FormColumn.K_YEAR ? Measure.YEAR : Measure.RENSTRA_TO_DATE, policy).achievement())
                    : budget.flatMap(b -> Computed.budget(b, column));
            if (figure.isPresent()) {
                cells = cells.with(column, figure.get(), columns, "the row of an entry");
            }
        }
        cells = Computed.predicate(cells, Half.K, policy.predicate(node.rolledUp(measure, policy).achievement()));
        cells = Computed.predicate(cells, Half.RP, budget.flatMap(b -> b.predicate(measure, policy)));
        return new FormEntry(node.level(), node.code(), node.name(), rows, node.budget(), below, cells);
    }

    /**
     * Returns the entry as the evaluation package computes it: its budget and roll-up.
     *
     * @return the entry as a node, with the nodes of the entries below it
     */
    public FormNode node() {
        return node;
    }

    /**
     * Returns the level of the entry.
     *
     * @return sasaran, program, kegiatan or sub kegiatan
     */
    public FormNode.Level level() {
        return node.level();
    }

    /**
     * Returns the code as printed.
     *
     * @return the code, or an empty text
     */
    public String code() {
        return node.code();
    }

    /**
     * Returns the name as printed.
     *
     * @return the name, stripped of surrounding white space
     */
    public String name() {
        return node.name();
    }

    /**
     * Returns the entry's own indicator rows.
     *
     * @return the rows, in the form's order; unmodifiable
     */
    public List<FormIndicatorRow> indicators() {
        return indicators;
    }

    /**
     * Returns the budget given for the entry, on a lowest entry.
     *
     * @return the budget, or empty (an entry with entries below it takes theirs: {@link FormNode#totalBudget()})
     */
    public Optional<RowBudget> budget() {
        return node.budget();
    }

    /**
     * Returns the entries below.
     *
     * @return the entries, in the form's order; unmodifiable
     */
    public List<FormEntry> children() {
        return children;
    }

    /**
     * Returns the figure the form printed in a column of the entry's row.
     *
     * @param column the column
     * @return the printed figure at its printed scale, or empty
     * @throws NullPointerException if {@code column} is null
     */
    public Optional<BigDecimal> printed(FormColumn column) {
        return printed.figure(column);
    }

    /**
     * Returns every figure the form printed on the entry's row.
     *
     * @return the figures by column, in the order of the form; unmodifiable
     */
    public Map<FormColumn, BigDecimal> printedFigures() {
        return printed.figures();
    }

    /**
     * Returns the predicate the form printed on the entry's row for a half.
     *
     * @param half K or Rp
     * @return the printed predicate, or empty
     * @throws NullPointerException if {@code half} is null
     */
    public Optional<Category> printedPredicate(Half half) {
        return printed.predicate(half);
    }

    /**
     * Compares the data, the entries below and the printed figures (by value and scale).
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FormEntry that && node.level() == that.node.level()
                && node.code().equals(that.node.code()) && node.name().equals(that.node.name())
                && node.budget().equals(that.node.budget()) && indicators.equals(that.indicators)
                && children.equals(that.children) && printed.equals(that.printed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node.level(), node.code(), node.name(), node.budget(), indicators, children, printed);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "FormEntry[program 2.07.03 PROGRAM PELATIHAN KERJA…, 1 indicator, 2 entries below,
     *         printed 15 Rp 82.97]"}
     */
    @Override
    public String toString() {
        String figures = printed.toString();
        return "FormEntry[" + node.level().label() + (node.code().isEmpty() ? "" : " " + node.code()) + " "
                + node.name() + ", " + indicators.size() + (indicators.size() == 1 ? " indicator" : " indicators")
                + ", " + children.size() + (children.size() == 1 ? " entry" : " entries") + " below"
                + (figures.isEmpty() ? "" : ", " + figures) + "]";
    }

    private Object writeReplace() {
        return new Ser(node.level(), node.code(), node.name(), new ArrayList<>(indicators),
                node.budget().orElse(null), new ArrayList<>(children), printed.copyOfFigures(),
                printed.copyOfPredicates());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(FormEntry.class);
    }

    /** The serialized form; a missing budget is null. Read back through the factories. */
    private record Ser(FormNode.Level level, String code, String name, ArrayList<FormIndicatorRow> indicators,
            RowBudget budget, ArrayList<FormEntry> children, EnumMap<FormColumn, BigDecimal> printed,
            EnumMap<Half, Category> predicates) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(FormEntry.class, () -> {
                FormEntry entry = budget == null ? parent(level, code, name, indicators, children)
                        : new FormEntry(level, code, name, indicators, Optional.of(budget), children,
                                PrintedCells.NONE);
                for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                    entry = entry.withPrinted(cell.getKey(), cell.getValue());
                }
                for (Map.Entry<Half, Category> predicate : predicates.entrySet()) {
                    entry = entry.withPrintedPredicate(predicate.getKey(), predicate.getValue());
                }
                return entry;
            });
        }
    }
}
