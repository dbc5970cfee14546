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
 * The budget table of a ministry's or agency's (kementerian/lembaga, K/L) performance report, by program, kegiatan,
 * KRO and rincian output (RO) in the RKA-K/L nomenclature, with lines of any other code or none: its lines in the
 * order printed, and the grand totals it printed, if any. A region's report leaves it empty; a K/L report may leave
 * the regional {@link BudgetTable} empty.
 * <p>
 * The audit builds a {@link io.github.sakip.BudgetTree} of the lines (codes, explicit parents), checks every
 * printed total against the sum of the lines below it, and recomputes each line's absorption, the output achievement
 * of every RO, and the efficiency E and efficiency score NE of PMK 214/PMK.02/2017 of every line from the ROs below
 * it.
 * <p>
 * Obtain a table with {@link #of(List)} and add the printed grand totals with the {@code withPrinted…} methods,
 * each of which returns a copy. The printed totals keep their printed scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised table is validated as a new one is.
 *
 * @serial exclude
 */
public final class CentralBudgetTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A report with no K/L budget table. */
    public static final CentralBudgetTable EMPTY = of(List.of());

    private final PrintedLines<CentralBudgetRow> table;

    private CentralBudgetTable(PrintedLines<CentralBudgetRow> table) {
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
    public static CentralBudgetTable of(List<CentralBudgetRow> lines) {
        return new CentralBudgetTable(PrintedLines.of(lines, CentralBudgetRow::pagu, CentralBudgetRow::realisasi));
    }

    /**
     * Returns a copy with the grand total of the allocation the report printed.
     *
     * @param totalPagu the printed grand total of the pagu in Rupiah, scale as printed
     * @return a copy with the printed total
     * @throws NullPointerException if {@code totalPagu} is null
     * @throws IllegalArgumentException if {@code totalPagu} is absurdly large or precise
     */
    public CentralBudgetTable withPrintedTotalPagu(BigDecimal totalPagu) {
        return new CentralBudgetTable(table.withTotalPagu(totalPagu));
    }

    /**
     * Returns a copy with the grand total of the realisation the report printed.
     *
     * @param totalRealisasi the printed grand total of the realisasi in Rupiah, scale as printed
     * @return a copy with the printed total
     * @throws NullPointerException if {@code totalRealisasi} is null
     * @throws IllegalArgumentException if {@code totalRealisasi} is absurdly large or precise
     */
    public CentralBudgetTable withPrintedTotalRealisasi(BigDecimal totalRealisasi) {
        return new CentralBudgetTable(table.withTotalRealisasi(totalRealisasi));
    }

    /**
     * Returns the lines.
     *
     * @return the lines in the order printed; unmodifiable
     */
    public List<CentralBudgetRow> lines() {
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
        return other instanceof CentralBudgetTable that && table.equals(that.table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "CentralBudgetTable[12 lines, printed total realisasi 13743121859]"}
     */
    @Override
    public String toString() {
        return table.describe("CentralBudgetTable");
    }

    private Object writeReplace() {
        return new Ser(new ArrayList<>(table.lines()), table.totalPagu(), table.totalRealisasi());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(CentralBudgetTable.class);
    }

    /** The serialized form; printed totals are null where not printed. Read back through the factories. */
    private record Ser(ArrayList<CentralBudgetRow> lines, BigDecimal printedTotalPagu, BigDecimal printedTotalRealisasi)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(CentralBudgetTable.class, () -> {
                CentralBudgetTable table = of(lines);
                table = printedTotalPagu == null ? table : table.withPrintedTotalPagu(printedTotalPagu);
                return printedTotalRealisasi == null ? table : table.withPrintedTotalRealisasi(printedTotalRealisasi);
            });
        }
    }
}
