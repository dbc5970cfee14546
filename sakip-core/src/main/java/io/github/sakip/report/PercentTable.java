package io.github.sakip.report;

import io.github.sakip.internal.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * A table of a report whose printed percentages the audit judges at a precision ({@link StatedPrecision},
 * {@link io.github.sakip.audit.Precision}): each names the table as the audit's findings do
 * ({@link io.github.sakip.audit.Location#table()}), in the report's own Indonesian words, the same whatever the
 * language of the findings.
 * <p>
 * {@link #parse(String)} reads back {@link #toString()}, the table's name.
 */
public enum PercentTable {

    /** The Perjanjian Kinerja / IKU table ({@link PerformanceRow}), named {@code "Perjanjian Kinerja"}. */
    PERFORMANCE("Perjanjian Kinerja"),

    /** The budget table ({@link BudgetTable}), named {@code "Capaian Anggaran"}. */
    BUDGET("Capaian Anggaran"),

    /** The table comparing performance with budget ({@link EfficiencyRow}), named {@code "Efisiensi Anggaran"}. */
    EFFICIENCY("Efisiensi Anggaran"),

    /** The progress towards the Renstra targets ({@link RenstraRow}), named {@code "Kemajuan Renstra"}. */
    RENSTRA("Kemajuan Renstra"),

    /** The comparison with national or provincial standards ({@link StandardRow}). */
    STANDARDS("Perbandingan dengan Standar"),

    /** The budget performance values of a ministry or agency ({@link BudgetPerformanceRow}). */
    BUDGET_PERFORMANCE("Nilai Kinerja Anggaran");

    private final String label;

    PercentTable(String label) {
        this.label = label;
    }

    /**
     * Returns the table's name, as the audit's findings name it.
     *
     * @return such as {@code "Perjanjian Kinerja"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the table's columns of percentages that the audit judges at a precision.
     *
     * @return the columns, in the order of {@link PercentColumn}; never empty
     */
    public List<PercentColumn> columns() {
        return Arrays.stream(PercentColumn.values()).filter(c -> c.table() == this).toList();
    }

    /**
     * Finds a column of this table by its name, exactly as {@link PercentColumn#label()} gives it.
     *
     * @param label the column's name, such as {@code "Capaian"}
     * @return the column
     * @throws NullPointerException if {@code label} is null
     * @throws IllegalArgumentException quoting the label and listing the table's columns if none has it
     */
    public PercentColumn column(String label) {
        java.util.Objects.requireNonNull(label, "label must not be null");
        StringJoiner expected = new StringJoiner(", ");
        for (PercentColumn column : columns()) {
            if (column.label().equals(label)) {
                return column;
            }
            expected.add(column.label());
        }
        throw new IllegalArgumentException("label '" + label + "' is not a column of percentages of table "
                + this.label + "; expected one of " + expected);
    }

    /**
     * Obtains a table from its name: the inverse of {@link #toString()}. Case and surrounding or repeated white
     * space are ignored; the constant's name ({@code "PERFORMANCE"}) is accepted too.
     *
     * @param text the table's name, such as {@code "Perjanjian Kinerja"}
     * @return the table
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if no table has it
     */
    public static PercentTable parse(String text) {
        return Labels.parse(PercentTable.class, text, PercentTable::label,
                "a table of percentages of a report");
    }

    /**
     * Returns the table's name, which {@link #parse(String)} reads back.
     *
     * @return such as {@code "Perjanjian Kinerja"}
     */
    @Override
    public String toString() {
        return label;
    }
}
