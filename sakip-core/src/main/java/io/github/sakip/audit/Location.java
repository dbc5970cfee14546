package io.github.sakip.audit;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;

/**
 * Where in a report a figure stands, in the report's own terms: table, row and column.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param table the table, such as {@code "Tabel 3.2 Perjanjian Kinerja"}
 * @param row the row, such as {@code "1 Tingkat Partisipasi Angkatan Kerja (TPAK)"} or a budget code
 * @param column the column, such as {@code "Capaian"}
 */
public record Location(String table, String row, String column) implements Serializable {

    /**
     * Creates a location.
     *
     * @param table the table
     * @param row the row
     * @param column the column
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component that is blank
     */
    public Location {
        table = Decimals.notBlank(table, "table");
        row = Decimals.notBlank(row, "row");
        column = Decimals.notBlank(column, "column");
    }

    /**
     * Returns the location as one phrase.
     *
     * @return such as {@code "Tabel 3.2 Perjanjian Kinerja, row 1 Tingkat Partisipasi Angkatan Kerja (TPAK),
     *         column Capaian"}
     */
    @Override
    public String toString() {
        return table + ", row " + row + ", column " + column;
    }
}
