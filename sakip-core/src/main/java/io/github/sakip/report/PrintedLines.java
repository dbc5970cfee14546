package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * What the regional {@link BudgetTable} and the K/L {@link CentralBudgetTable} hold alike: the lines in the order
 * printed, and the grand totals of the allocation (pagu) and of the realisation (realisasi) the report printed, each
 * null where it printed none, at its printed scale. Each table keeps its own public API and serialized form and
 * delegates here, so the checks, the copies, {@code equals} and the description are written once.
 *
 * @param <R> the type of a line
 * @param lines the lines, in the order printed; unmodifiable
 * @param totalPagu the printed grand total of the pagu, or null
 * @param totalRealisasi the printed grand total of the realisasi, or null
 */
record PrintedLines<R>(List<R> lines, BigDecimal totalPagu, BigDecimal totalRealisasi) {

    /**
     * Lines with no printed grand totals. The audit adds the lines up in every total of the table's tree, so lines
     * that cannot be added up are refused here.
     *
     * @throws NullPointerException if {@code lines} or one of them is null
     * @throws IllegalArgumentException quoting the sum if the pagu or the realisasi of all the lines add up to more
     *         than 30 digits before the decimal point
     */
    static <R> PrintedLines<R> of(List<R> lines, Function<R, BigDecimal> pagu, Function<R, BigDecimal> realisasi) {
        List<R> copy = Decimals.copyOf(lines, "lines");
        Decimals.checkedTotal(copy.stream().map(pagu).toList(), "the pagu of the budget lines");
        Decimals.checkedTotal(copy.stream().map(realisasi).toList(), "the realisasi of the budget lines");
        return new PrintedLines<>(copy, null, null);
    }

    /** A copy with the printed grand total of the pagu, checked as a printed figure. */
    PrintedLines<R> withTotalPagu(BigDecimal printed) {
        return new PrintedLines<>(lines, Printed.checked(printed, "totalPagu"), totalRealisasi);
    }

    /** A copy with the printed grand total of the realisasi, checked as a printed figure. */
    PrintedLines<R> withTotalRealisasi(BigDecimal printed) {
        return new PrintedLines<>(lines, totalPagu, Printed.checked(printed, "totalRealisasi"));
    }

    /** The table's description, such as {@code "BudgetTable[51 lines, printed total realisasi 13743121859]"}. */
    String describe(String table) {
        return table + "[" + lines.size() + (lines.size() == 1 ? " line" : " lines")
                + (totalPagu == null ? "" : ", printed total pagu " + totalPagu.toPlainString())
                + (totalRealisasi == null ? "" : ", printed total realisasi " + totalRealisasi.toPlainString()) + "]";
    }
}
