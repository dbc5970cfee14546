package io.github.sakip.report;

import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget table of a report: its lines in the order printed, and the grand totals it printed, if any.
 * <p>
 * Obtain a table with {@link #of(List)} and add the printed grand totals with the {@code withPrinted…} methods,
 * each of which returns a copy. The printed totals keep their printed scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised table is validated as a new one is.
 *
 * @serial exclude
 */
public final class BudgetTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A report with no budget table. */
    public static final BudgetTable EMPTY = of(List.of());

    private final PrintedLines<BudgetRow> table;

    private BudgetTable(PrintedLines<BudgetRow> table) {
        this.table = table;
    }

    /**
     * Obtains a table with no printed grand totals.
     *
     * @param lines the lines, in the order printed
     * @return the table
     * @throws NullPointerException if {@code lines} or one of them is null
     * @throws IllegalArgumentException quoting the sum if the pagu or the realisasi of all the lines add up to more
     *         than 30 digits before the decimal point (then a total computed from them would not be a figure of a
     *         report)
     */
    public static BudgetTable of(List<BudgetRow> lines) {
        return new BudgetTable(PrintedLines.of(lines, BudgetRow::pagu, BudgetRow::realisasi));
    }

    /**
     * Returns a copy with the grand total of the allocation the report printed.
     *
     * @param totalPagu the printed grand total of the pagu in Rupiah, scale as printed
     * @return a copy with the printed total
     * @throws NullPointerException if {@code totalPagu} is null
     * @throws IllegalArgumentException if {@code totalPagu} is absurdly large or precise
     */
    public BudgetTable withPrintedTotalPagu(BigDecimal totalPagu) {
        return new BudgetTable(table.withTotalPagu(totalPagu));
    }

    /**
     * Returns a copy with the grand total of the realisation the report printed.
     *
     * @param totalRealisasi the printed grand total of the realisasi in Rupiah, scale as printed
     * @return a copy with the printed total
     * @throws NullPointerException if {@code totalRealisasi} is null
     * @throws IllegalArgumentException if {@code totalRealisasi} is absurdly large or precise
     */
    public BudgetTable withPrintedTotalRealisasi(BigDecimal totalRealisasi) {
        return new BudgetTable(table.withTotalRealisasi(totalRealisasi));
    }

    /**
     * Returns the lines.
     *
     * @return the lines in the order printed; unmodifiable
     */
    public List<BudgetRow> lines() {
        return table.lines();
    }

    /**
     * Returns the grand total of the allocation the report printed.
     *
     * @return the printed total at its printed scale, or empty
     */
    public Optional<BigDecimal> printedTotalPagu() {
        return Optional.ofNullable(table.totalPagu());
    }

    /**
     * Returns the grand total of the realisation the report printed.
     *
     * @return the printed total at its printed scale, or empty
     */
    public Optional<BigDecimal> printedTotalRealisasi() {
        return Optional.ofNullable(table.totalRealisasi());
    }

    /**
     * Compares lines and printed totals; printed totals by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetTable that && table.equals(that.table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "BudgetTable[51 lines, printed total realisasi 13743121859]"}
     */
    @Override
    public String toString() {
        return table.describe("BudgetTable");
    }

    private Object writeReplace() {
        return new Ser(new ArrayList<>(table.lines()), table.totalPagu(), table.totalRealisasi());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(BudgetTable.class);
    }

    /** The serialized form; printed totals are null where not printed. Read back through the factories. */
    private record Ser(ArrayList<BudgetRow> lines, BigDecimal printedTotalPagu, BigDecimal printedTotalRealisasi)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(BudgetTable.class, () -> {
                BudgetTable table = of(lines);
                table = printedTotalPagu == null ? table : table.withPrintedTotalPagu(printedTotalPagu);
                return printedTotalRealisasi == null ? table : table.withPrintedTotalRealisasi(printedTotalRealisasi);
            });
        }
    }
}
