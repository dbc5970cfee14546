package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The budget table of a report: its lines in the order printed, and the grand totals it printed, if any.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param lines the lines, in the order printed
 * @param printedTotalPagu the grand total of the allocation the report printed, or empty
 * @param printedTotalRealisasi the grand total of the realisation the report printed, or empty
 */
public record BudgetTable(List<BudgetRow> lines, Optional<BigDecimal> printedTotalPagu,
        Optional<BigDecimal> printedTotalRealisasi) {

    /** A report with no budget table. */
    public static final BudgetTable EMPTY = new BudgetTable(List.of(), Optional.empty(), Optional.empty());

    /**
     * Creates a table, copying the lines.
     *
     * @param lines the lines
     * @param printedTotalPagu the printed grand total of the allocation, or empty
     * @param printedTotalRealisasi the printed grand total of the realisation, or empty
     * @throws NullPointerException naming the component that is null, or if a line is null
     * @throws IllegalArgumentException if a printed total is absurdly large or precise, or quoting the sum if the
     *         pagu or the realisasi of all the lines add up to more than 30 digits before the decimal point (then
     *         a total computed from them would not be a figure of a report)
     */
    public BudgetTable {
        lines = Decimals.copyOf(lines, "lines");
        Decimals.checkedTotal(lines.stream().map(BudgetRow::pagu).toList(), "the pagu of the budget lines");
        Decimals.checkedTotal(lines.stream().map(BudgetRow::realisasi).toList(), "the realisasi of the budget lines");
        printedTotalPagu = Printed.checked(printedTotalPagu, "printedTotalPagu");
        printedTotalRealisasi = Printed.checked(printedTotalRealisasi, "printedTotalRealisasi");
    }

    /**
     * Obtains a table with no printed grand totals.
     *
     * @param lines the lines, in the order printed
     * @return the table
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public static BudgetTable of(List<BudgetRow> lines) {
        return new BudgetTable(lines, Optional.empty(), Optional.empty());
    }
}
