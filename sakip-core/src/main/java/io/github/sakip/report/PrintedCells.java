package io.github.sakip.report;

import io.github.sakip.Category;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.report.FormColumn.Half;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures a row of an evaluation form printed in its derived columns, and the predicate (predikat kinerja) it
 * printed for each half: shared by the form's indicator rows, its entries and its bottom rows. Figures keep the
 * scale they were printed with.
 * <p>
 * Immutable; {@code with…} returns a copy. Not serializable itself: the rows' serialization proxies carry its
 * maps and rebuild it through the rows' {@code withPrinted…} methods, which check it again.
 */
final class PrintedCells {

    static final PrintedCells NONE = new PrintedCells(new EnumMap<>(FormColumn.class), new EnumMap<>(Half.class));

    /** The printed figures at their printed scale, so that {@code equals} compares them by value and scale. */
    private final EnumMap<FormColumn, BigDecimal> figures;
    private final EnumMap<Half, Category> predicates;

    private PrintedCells(EnumMap<FormColumn, BigDecimal> figures, EnumMap<Half, Category> predicates) {
        this.figures = figures;
        this.predicates = predicates;
    }

    /**
     * Returns a copy with a printed figure in a column.
     *
     * @param column the column
     * @param figure the figure, scale as printed
     * @param allowed the columns the row prints
     * @param row what the row is, for the message: {@code "an indicator row"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the column if the row does not print it, or if the figure is absurdly
     *         large or precise
     */
    PrintedCells with(FormColumn column, BigDecimal figure, Set<FormColumn> allowed, String row) {
        Decimals.notNull(column, "column");
        BigDecimal checked = Printed.checked(figure, "figure");
        if (!allowed.contains(column)) {
            throw new IllegalArgumentException("column " + column.label() + " is not a derived figure of " + row
                    + "; it prints " + labels(allowed));
        }
        EnumMap<FormColumn, BigDecimal> copy = new EnumMap<>(figures);
        copy.put(column, checked);
        return new PrintedCells(copy, predicates);
    }

    /**
     * Returns a copy with a printed predicate for a half.
     *
     * @throws NullPointerException naming the argument that is null
     */
    PrintedCells withPredicate(Half half, Category predicate) {
        Decimals.notNull(half, "half");
        Decimals.notNull(predicate, "predicate");
        EnumMap<Half, Category> copy = new EnumMap<>(predicates);
        copy.put(half, predicate);
        return new PrintedCells(figures, copy);
    }

    static String labels(Set<FormColumn> columns) {
        StringBuilder text = new StringBuilder();
        for (FormColumn column : columns) {
            text.append(text.length() == 0 ? "" : ", ").append(column.label());
        }
        return text.toString();
    }

    Optional<BigDecimal> figure(FormColumn column) {
        Decimals.notNull(column, "column");
        return Optional.ofNullable(figures.get(column));
    }

    /** The printed figures in the order of the form's columns, unmodifiable. */
    Map<FormColumn, BigDecimal> figures() {
        return Collections.unmodifiableMap(new EnumMap<>(figures));
    }

    /** A modifiable copy of the printed figures, for a serialization proxy. */
    EnumMap<FormColumn, BigDecimal> copyOfFigures() {
        return new EnumMap<>(figures);
    }

    /** A modifiable copy of the printed predicates, for a serialization proxy. */
    EnumMap<Half, Category> copyOfPredicates() {
        return new EnumMap<>(predicates);
    }

    Optional<Category> predicate(Half half) {
        Decimals.notNull(half, "half");
        return Optional.ofNullable(predicates.get(half));
    }

    boolean isEmpty() {
        return figures.isEmpty() && predicates.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintedCells that && figures.equals(that.figures)
                && predicates.equals(that.predicates);
    }

    @Override
    public int hashCode() {
        return figures.hashCode() * 31 + predicates.hashCode();
    }

    /** Such as {@code "printed 13 K 390, 15 K 55.99, predicate K Sedang"}, or empty if nothing is printed. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        figures.forEach((column, figure) -> text.append(text.length() == 0 ? "printed " : ", ")
                .append(column.label()).append(' ').append(figure.toPlainString()));
        predicates.forEach((half, predicate) -> text.append(text.length() == 0 ? "printed " : ", ")
                .append("predicate ").append(half.label()).append(' ').append(predicate.label()));
        return text.toString();
    }
}
