package io.github.sakip.report;

import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of the Perjanjian Kinerja (performance agreement) or IKU table of a report (Tabel 2.4 / 3.2 of an
 * LKjIP): an indicator of a sasaran with its target and realisation, and the capaian and category the report
 * printed, if it printed them.
 * <p>
 * Printed figures keep the scale they were printed with ({@code 97.60} stays {@code 97.60}): how many decimals a
 * report printed is part of what it says, and the audit uses it to tell a rounding slip from a wrong figure. So
 * {@code equals} compares printed figures by value and scale; target and realisation are normalised as their
 * types document.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param number the row's number or label as printed, such as {@code "1"}
 * @param sasaran the goal (sasaran) the indicator measures
 * @param indicator the indicator
 * @param target the target of the year
 * @param realization the realisation of the year, or its absence
 * @param printedCapaian the capaian in percent the report printed, or empty
 * @param printedCategory the category the report printed, or empty
 */
public record PerformanceRow(String number, String sasaran, Indicator indicator, Target target,
        Realization realization, Optional<BigDecimal> printedCapaian, Optional<Category> printedCategory) {

    /**
     * Creates a row, validating it.
     *
     * @param number the row's number or label as printed
     * @param sasaran the goal (sasaran)
     * @param indicator the indicator
     * @param target the target
     * @param realization the realisation
     * @param printedCapaian the printed capaian, or empty
     * @param printedCategory the printed category, or empty
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException if {@code number} or {@code sasaran} is blank, or the printed capaian is
     *         absurdly large or precise
     */
    public PerformanceRow {
        number = Decimals.notBlank(number, "number");
        sasaran = Decimals.notBlank(sasaran, "sasaran");
        Decimals.notNull(indicator, "indicator");
        Decimals.notNull(target, "target");
        Decimals.notNull(realization, "realization");
        printedCapaian = Printed.checked(printedCapaian, "printedCapaian");
        Decimals.notNull(printedCategory, "printedCategory");
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param number the row's number or label as printed
     * @param sasaran the goal (sasaran)
     * @param indicator the indicator
     * @param target the target
     * @param realization the realisation
     * @return the row
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code number} or {@code sasaran} is blank
     */
    public static PerformanceRow of(String number, String sasaran, Indicator indicator, Target target,
            Realization realization) {
        return new PerformanceRow(number, sasaran, indicator, target, realization, Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy with the capaian the report printed.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     */
    public PerformanceRow withPrintedCapaian(BigDecimal capaian) {
        return new PerformanceRow(number, sasaran, indicator, target, realization,
                Optional.of(Decimals.notNull(capaian, "capaian")), printedCategory);
    }

    /**
     * Returns a copy with the category the report printed.
     *
     * @param category the printed category
     * @return a copy with the printed category
     * @throws NullPointerException if {@code category} is null
     */
    public PerformanceRow withPrintedCategory(Category category) {
        return new PerformanceRow(number, sasaran, indicator, target, realization, printedCapaian,
                Optional.of(Decimals.notNull(category, "category")));
    }
}
