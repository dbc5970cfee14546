package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of decimals a report says one of its tables, or one column of it, prints its percentages with: "the
 * capaian of the Perjanjian Kinerja are printed with one decimal".
 * <p>
 * The audit reads each column of percentages at its own precision ({@link io.github.sakip.audit.Precision}): by
 * default the one most of its figures carry, inferred. A precision stated in the report
 * ({@link PerformanceReport#withPrecisions(List)}) is used instead of the inferred one: a figure printed with fewer
 * decimals than stated but correctly rounded is a note, one printed with more decimals and right is no finding. A
 * statement about a column wins over one about its table. The strict option,
 * {@link io.github.sakip.audit.Precision#TWO_DECIMALS}, ignores stated precisions: it reads every column at two
 * decimals, as it was asked.
 * <p>
 * Obtain one with {@link #of(PercentTable, int)} for a whole table or {@link #of(PercentColumn, int)} for one
 * column. Tables and columns are named by {@link PercentTable} and {@link PercentColumn}, the report's own
 * Indonesian names as the findings quote them, the same whatever the findings' language.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised value is validated as a new one is.
 *
 * @serial exclude
 */
public final class StatedPrecision implements Serializable {

    /**
     * The most decimals a report can state: no report prints a percentage with more, and a percentage the library
     * computes carries 34 significant digits ({@link Decimals#DIVISION}), so more would judge digits it never had.
     */
    public static final int MAX_DECIMALS = 10;

    private static final long serialVersionUID = 1L;

    private final PercentTable table;
    /** The column, or null for the whole table. */
    private final PercentColumn column;
    private final int decimals;

    private StatedPrecision(PercentTable table, PercentColumn column, int decimals) {
        this.table = table;
        this.column = column;
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be from 0 to " + MAX_DECIMALS + ", but was "
                    + decimals);
        }
        this.decimals = decimals;
    }

    /**
     * Obtains the precision every column of percentages of a table is printed with.
     *
     * @param table the table, such as {@link PercentTable#PERFORMANCE}
     * @param decimals the number of decimals, from 0 to {@value #MAX_DECIMALS}
     * @return the stated precision
     * @throws NullPointerException if {@code table} is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range
     */
    public static StatedPrecision of(PercentTable table, int decimals) {
        return new StatedPrecision(Decimals.notNull(table, "table"), null, decimals);
    }

    /**
     * Obtains the precision one column of percentages is printed with.
     *
     * @param column the column, such as {@link PercentColumn#CAPAIAN}
     * @param decimals the number of decimals, from 0 to {@value #MAX_DECIMALS}
     * @return the stated precision
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range
     */
    public static StatedPrecision of(PercentColumn column, int decimals) {
        Decimals.notNull(column, "column");
        return new StatedPrecision(column.table(), column, decimals);
    }

    /**
     * Returns the table, or the table of the column.
     *
     * @return the table
     */
    public PercentTable table() {
        return table;
    }

    /**
     * Returns the column, if the precision is stated for one column only.
     *
     * @return the column, or empty for every column of the table
     */
    public Optional<PercentColumn> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns the number of decimals.
     *
     * @return from 0 to {@value #MAX_DECIMALS}
     */
    public int decimals() {
        return decimals;
    }

    /**
     * Tells whether this precision is stated for a column: for the column itself, or for its whole table.
     *
     * @param percentColumn the column
     * @return true if it applies to the column
     * @throws NullPointerException if {@code percentColumn} is null
     */
    public boolean appliesTo(PercentColumn percentColumn) {
        Decimals.notNull(percentColumn, "column");
        return column == null ? percentColumn.table() == table : column == percentColumn;
    }

    /**
     * Compares the table, the column and the decimals.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StatedPrecision that && table == that.table && column == that.column
                && decimals == that.decimals;
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, column, decimals);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "StatedPrecision[Perjanjian Kinerja / Capaian, 1 decimal]"} or
     *         {@code "StatedPrecision[Efisiensi Anggaran, 0 decimals]"}
     */
    @Override
    public String toString() {
        return "StatedPrecision[" + (column == null ? table : column) + ", " + decimals + " decimal"
                + (decimals == 1 ? "" : "s") + "]";
    }

    private Object writeReplace() {
        return new Ser(table, column, decimals);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(StatedPrecision.class);
    }

    /** The serialized form; the column is null for a whole table. Read back through the factories. */
    private record Ser(PercentTable table, PercentColumn column, int decimals) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(StatedPrecision.class, () -> column == null ? of(table, decimals)
                    : checkedTable(of(column, decimals), table));
        }

        private static StatedPrecision checkedTable(StatedPrecision stated, PercentTable table) {
            if (stated.table != table) {
                throw new IllegalArgumentException("column " + stated.column + " is not of table " + table);
            }
            return stated;
        }
    }
}
