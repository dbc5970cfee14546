package io.github.sakip.cli.tables;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A workbook or a CSV table that cannot be read as a report: one clear error that names the file, the sheet, the
 * cell (or the row, or the line and column of a CSV file), the value found there and what is wrong with it.
 * <p>
 * Reading stops at the first such error, so that nothing is built from a table that is partly wrong. The message
 * (English, as the JDK's are) is one line, such as
 * {@code tapin.xlsx, sheet "Perjanjian Kinerja", cell I5 (Realisasi), value "68.12": not an Indonesian number:
 * '68.12': a dot groups thousands ...}; its parts are available one by one for tools that say it in another
 * language, and what is wrong is available in Bahasa Indonesia too ({@link #reason(Locale)}).
 */
public final class TableFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The file. */
    private final String source;
    /** The sheet of a workbook; null for a CSV file or the workbook as a whole. */
    private final String sheet;
    /** The cell, such as {@code "I5"}; for a CSV file, the line and column; null where there is none. */
    private final String cell;
    /** The row of a workbook or the line of a CSV file, from 1; 0 where there is none. */
    private final int row;
    /** The header of the cell's column; null where there is none. */
    private final String column;
    /** The value found; null where there is none. */
    private final String value;
    /** What is wrong. */
    private final Reason reason;

    TableFormatException(String source, String sheet, int row, String cell, String column, String value,
            Reason reason) {
        super(message(source, sheet, row, cell, column, value, reason.in(Locale.ENGLISH)));
        this.source = Objects.requireNonNull(source, "source");
        this.sheet = sheet;
        this.row = row;
        this.cell = cell;
        this.column = column;
        this.value = value;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String message(String source, String sheet, int row, String cell, String column, String value,
            String reason) {
        StringBuilder message = new StringBuilder(source);
        if (sheet != null) {
            message.append(", sheet \"").append(sheet).append('"');
        }
        if (cell != null) {
            message.append(sheet != null ? ", cell " : ", ").append(cell);
        } else if (row > 0) {
            message.append(sheet != null ? ", row " : ", line ").append(row);
        }
        if (column != null) {
            message.append(" (").append(column).append(')');
        }
        if (value != null) {
            message.append(", value \"").append(value).append('"');
        }
        return message.append(": ").append(oneLine(reason)).toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Returns the file, as it was given.
     *
     * @return such as {@code "tapin.xlsx"} or {@code "tapin/anggaran.csv"}
     */
    public String source() {
        return source;
    }

    /**
     * Returns the sheet of a workbook.
     *
     * @return the sheet's name; empty for a CSV file, or an error of the workbook as a whole
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the row of a workbook's sheet, or the line of a CSV file.
     *
     * @return from 1; 0 for an error of the file or the sheet as a whole
     */
    public int row() {
        return row;
    }

    /**
     * Returns the cell: in a workbook its reference, in a CSV file its line and column.
     *
     * @return such as {@code "I5"} or {@code "line 7, column 9"}; empty for an error of a row or a whole table
     */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    /**
     * Returns the header of the cell's column.
     *
     * @return such as {@code "Realisasi"}; empty where the error is not about one column
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns the value found in the cell, as text.
     *
     * @return such as {@code "68.12"}; empty where there is no value to show
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns what is wrong, without the place.
     *
     * @return one line, such as {@code "expected positif or negatif"}
     */
    public String reason() {
        return reason(Locale.ENGLISH);
    }

    /**
     * Returns what is wrong, without the place, in a language. The names of sheets, columns and files in it are
     * the template's own. Where the library refused a value the reason is the library's message, in English.
     *
     * @param language Bahasa Indonesia ({@code id}, or the JDK's legacy {@code in}); any other language is English
     * @return one line, such as {@code "seharusnya positif (makin tinggi makin baik) atau negatif (makin rendah
     *         makin baik)"}
     */
    public String reason(Locale language) {
        return oneLine(reason.in(Objects.requireNonNull(language, "language")));
    }
}
