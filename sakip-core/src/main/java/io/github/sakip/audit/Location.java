package io.github.sakip.audit;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.util.Locale;

/**
 * Where in a report a figure stands, in the report's own terms: table, row and column. Their names are quotes of the
 * report ("Perjanjian Kinerja", "Capaian"), kept as printed in every language; only the words around them ("baris",
 * "kolom") are written in a language.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param table the table, such as {@code "Perjanjian Kinerja"}
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
     * Returns the location as one phrase, in Bahasa Indonesia.
     *
     * @return such as {@code "Perjanjian Kinerja, baris 1 Tingkat Partisipasi Angkatan Kerja (TPAK), kolom
     *         Capaian"}
     */
    public String describe() {
        return describe(Languages.INDONESIAN);
    }

    /**
     * Returns the location as one phrase, in a language. The table's, row's and column's names are the report's
     * own, as printed.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return such as {@code "Perjanjian Kinerja, row 1 Tingkat Partisipasi Angkatan Kerja (TPAK), column Capaian"}
     *         in English
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String describe(Locale language) {
        return Text.of("location", table, row, column).in(language);
    }

    /**
     * Returns the location as one phrase, as {@link #describe()} does.
     *
     * @return the phrase in Bahasa Indonesia
     */
    @Override
    public String toString() {
        return describe();
    }
}
