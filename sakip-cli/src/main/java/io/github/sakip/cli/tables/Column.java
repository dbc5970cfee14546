package io.github.sakip.cli.tables;

/**
 * A column of a sheet of the template: its Indonesian header, whether a sheet must have it, what its cells hold,
 * and the sentence that explains it in the template and in the documentation.
 *
 * @param header the header, as the first row of the sheet (or the CSV file) spells it
 * @param required whether the sheet must have the column; a required column's cells may still be empty where the
 *        kind allows (a line of the budget with no code)
 * @param kind what the cells hold
 * @param description one sentence for people, Indonesian
 */
record Column(String header, boolean required, Kind kind, String description) {

    /** What the cells of a column hold, and so how they are read. */
    enum Kind {
        /** Text, such as a name; a number in the cell is read as its plain digits. */
        TEXT,
        /** Text that must be typed as text: a budget code, which a spreadsheet would turn into a number. */
        CODE,
        /** A year, a whole number. */
        YEAR,
        /** A number: a target, a realisation, a score. */
        NUMBER,
        /** An amount of Rupiah: a number, or text such as {@code 5.578.741.408,-} or {@code Rp 1.000}. */
        AMOUNT,
        /** A printed percentage: a number, or text such as {@code 97,04} or {@code 97,04 %}; kept at its scale. */
        PERCENT,
        /** A printed figure that is not a percentage (a printed end target): a number, kept at its scale. */
        PRINTED_NUMBER,
        /** {@code positif} or {@code negatif}. */
        POLARITY,
        /** {@code kumulatif} or {@code non-kumulatif}. */
        ACCUMULATION,
        /** A category label of Permendagri 86/2017, such as {@code Sangat Tinggi}. */
        CATEGORY,
        /** An AKIP predicate, such as {@code BB}. */
        PREDICATE,
        MUTU,
        WEIGHT,
        COUNT,
        /** A realisation: a number, or the reason there is none (text starting with a letter). */
        REALIZATION
    }

    static Column required(String header, Kind kind, String description) {
        return new Column(header, true, kind, description);
    }

    static Column optional(String header, Kind kind, String description) {
        return new Column(header, false, kind, description);
    }

    /** Whether a header cell names this column: case and repeated white space aside. */
    boolean named(String text) {
        return key(header).equals(key(text));
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
