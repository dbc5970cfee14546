package io.github.sakip.report;

import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Perjanjian Kinerja (performance agreement) or IKU table of a report (Tabel 2.4 / 3.2 of an
 * LKjIP): an indicator of a sasaran with its target and realisation, and the capaian and category the report
 * printed, if it printed them.
 * <p>
 * Obtain a row with {@link #of(String, String, Indicator, Target, Realization)} and add what the report printed with
 * the {@code withPrinted…} methods, each of which returns a copy.
 * <p>
 * Printed figures keep the scale they were printed with ({@code 97.60} stays {@code 97.60}): how many decimals a
 * report printed is part of what it says, and the audit uses it to tell a rounding slip from a wrong figure. So
 * {@code equals} compares printed figures by value and scale; target and realisation are normalised as their
 * types document.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class PerformanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final String sasaran;
    private final Indicator indicator;
    private final Target target;
    private final Realization realization;
    /** The printed capaian, or null. */
    private final BigDecimal printedCapaian;
    /** The printed category, or null. */
    private final Category printedCategory;

    private PerformanceRow(String number, String sasaran, Indicator indicator, Target target,
            Realization realization, BigDecimal printedCapaian, Category printedCategory) {
        this.number = Decimals.notBlank(number, "number");
        this.sasaran = Decimals.notBlank(sasaran, "sasaran");
        this.indicator = Decimals.notNull(indicator, "indicator");
        this.target = Decimals.notNull(target, "target");
        this.realization = Decimals.notNull(realization, "realization");
        this.printedCapaian = printedCapaian;
        this.printedCategory = printedCategory;
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param number the row's number or label as printed, such as {@code "1"}
     * @param sasaran the goal (sasaran) the indicator measures
     * @param indicator the indicator
     * @param target the target of the year
     * @param realization the realisation of the year, or its absence
     * @return the row
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code number} or {@code sasaran} is blank
     */
    public static PerformanceRow of(String number, String sasaran, Indicator indicator, Target target,
            Realization realization) {
        return new PerformanceRow(number, sasaran, indicator, target, realization, null, null);
    }

    /**
     * Returns a copy with the capaian the report printed.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     * @throws IllegalArgumentException if {@code capaian} is absurdly large or precise
     */
    public PerformanceRow withPrintedCapaian(BigDecimal capaian) {
        return new PerformanceRow(number, sasaran, indicator, target, realization,
                Printed.checked(capaian, "capaian"), printedCategory);
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
                Decimals.notNull(category, "category"));
    }

    /**
     * Returns the row's number or label as printed.
     *
     * @return such as {@code "1"}
     */
    public String number() {
        return number;
    }

    /**
     * Returns the goal (sasaran) the indicator measures.
     *
     * @return the sasaran as printed
     */
    public String sasaran() {
        return sasaran;
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the target of the year.
     *
     * @return the target
     */
    public Target target() {
        return target;
    }

    /**
     * Returns the realisation of the year.
     *
     * @return the realisation, or its absence
     */
    public Realization realization() {
        return realization;
    }

    /**
     * Returns the capaian the report printed.
     *
     * @return the printed capaian in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedCapaian() {
        return Optional.ofNullable(printedCapaian);
    }

    /**
     * Returns the category the report printed.
     *
     * @return the printed category, or empty
     */
    public Optional<Category> printedCategory() {
        return Optional.ofNullable(printedCategory);
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PerformanceRow that && number.equals(that.number) && sasaran.equals(that.sasaran)
                && indicator.equals(that.indicator) && target.equals(that.target)
                && realization.equals(that.realization) && Objects.equals(printedCapaian, that.printedCapaian)
                && printedCategory == that.printedCategory;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, sasaran, indicator, target, realization, printedCapaian, printedCategory);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "PerformanceRow[1 TPAK (Persen, POSITIVE, STOCK), target 70.2, realization 68.12,
     *         printed capaian 97.03, category Sangat Tinggi]"}
     */
    @Override
    public String toString() {
        return "PerformanceRow[" + number + " " + indicator + ", target " + target + ", realization " + realization
                + (printedCapaian == null ? "" : ", printed capaian " + printedCapaian.toPlainString())
                + (printedCategory == null ? "" : ", category " + printedCategory) + "]";
    }

    private Object writeReplace() {
        return new Ser(number, sasaran, indicator, target, realization, printedCapaian, printedCategory);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(PerformanceRow.class);
    }

    /** The serialized form; printed figures are null where not printed. Read back through the factories. */
    private record Ser(String number, String sasaran, Indicator indicator, Target target, Realization realization,
            BigDecimal printedCapaian, Category printedCategory) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(PerformanceRow.class, () -> {
                PerformanceRow row = of(number, sasaran, indicator, target, realization);
                row = printedCapaian == null ? row : row.withPrintedCapaian(printedCapaian);
                return printedCategory == null ? row : row.withPrintedCategory(printedCategory);
            });
        }
    }
}
