package io.github.sakip.report;

import io.github.sakip.internal.Labels;

/**
 * A column of printed percentages that the audit judges at a precision ({@link StatedPrecision},
 * {@link io.github.sakip.audit.Precision}): each names its table and column as the audit's findings do
 * ({@link io.github.sakip.audit.Location#table()}, {@link io.github.sakip.audit.Location#column()}), in the report's
 * own Indonesian words, the same whatever the language of the findings.
 * <p>
 * {@link #parse(String)} reads back {@link #toString()}, {@code "table / column"} such as
 * {@code "Perjanjian Kinerja / Capaian"}.
 */
public enum PercentColumn {

    /** The capaian of the Perjanjian Kinerja rows: {@code "Perjanjian Kinerja / Capaian"}. */
    CAPAIAN(PercentTable.PERFORMANCE, "Capaian"),

    /** The absorption (penyerapan) of each budget line: {@code "Capaian Anggaran / Persentase"}. */
    ABSORPTION(PercentTable.BUDGET, "Persentase"),

    /** The capaian of each sasaran in the efficiency table: {@code "Efisiensi Anggaran / Capaian Kinerja"}. */
    EFFICIENCY_CAPAIAN(PercentTable.EFFICIENCY, "Capaian Kinerja"),

    /** The efficiency of each sasaran: {@code "Efisiensi Anggaran / Efisiensi"}. */
    EFFICIENCY(PercentTable.EFFICIENCY, "Efisiensi"),

    /** The progress towards each Renstra target: {@code "Kemajuan Renstra / Tingkat Kemajuan"}. */
    RENSTRA_PROGRESS(PercentTable.RENSTRA, "Tingkat Kemajuan"),

    /** The capaian against each standard: {@code "Perbandingan dengan Standar / Persentase Capaian"}. */
    STANDARD(PercentTable.STANDARDS, "Persentase Capaian"),

    /** The output achievement of a K/L's budget: {@code "Nilai Kinerja Anggaran / Capaian Keluaran"}. */
    OUTPUT_ACHIEVEMENT(PercentTable.BUDGET_PERFORMANCE, "Capaian Keluaran");

    private final PercentTable table;
    private final String label;

    PercentColumn(PercentTable table, String label) {
        this.table = table;
        this.label = label;
    }

    /**
     * Returns the column's table.
     *
     * @return such as {@link PercentTable#PERFORMANCE}
     */
    public PercentTable table() {
        return table;
    }

    /**
     * Returns the column's name within its table, as the audit's findings name it.
     *
     * @return such as {@code "Capaian"}
     */
    public String label() {
        return label;
    }

    /**
     * Obtains a column from its text: the inverse of {@link #toString()}. Case and surrounding or repeated white
     * space are ignored; the constant's name ({@code "CAPAIAN"}) is accepted too. A column's own name, without its
     * table, is not read as such ({@code "Persentase"} is refused; {@code "Capaian"} is read only as the constant's
     * name): find a column by its name in its table with {@link PercentTable#column(String)}.
     *
     * @param text the table's and column's names, such as {@code "Perjanjian Kinerja / Capaian"}
     * @return the column
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if no column has it
     */
    public static PercentColumn parse(String text) {
        return Labels.parse(PercentColumn.class, text, PercentColumn::toString,
                "a column of percentages of a report");
    }

    /**
     * Returns the table's and column's names, which {@link #parse(String)} reads back.
     *
     * @return such as {@code "Perjanjian Kinerja / Capaian"}
     */
    @Override
    public String toString() {
        return table.label() + " / " + label;
    }
}
