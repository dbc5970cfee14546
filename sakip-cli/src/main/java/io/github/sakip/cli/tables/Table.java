package io.github.sakip.cli.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One table as read from a sheet of a workbook or from a CSV file, before anything is made of its values: the
 * cells of each row under the columns its header named, and where each came from.
 *
 * @param source the file
 * @param sheet the sheet of the template the table is
 * @param csv whether the table is a CSV file (numbers as in JSON) rather than a workbook's sheet
 * @param headerRow the row (line) of the header
 * @param positions where each column of the header stands: its index from 0
 * @param rows the rows that are not blank, in order
 */
record Table(String source, Sheet sheet, boolean csv, int headerRow, Map<Column, Integer> positions,
        List<Row> rows) {

    /** The place of a cell of a column on a row, such as {@code "I5"}, or {@code "line 7, column 9"}. */
    String ref(Column column, int row) {
        Integer index = positions.get(column);
        if (csv) {
            return "line " + row + ", column " + (index == null ? column.header() : Integer.toString(index + 1));
        }
        return index == null ? null : letters(index) + row;
    }

    /** The letters of a column of a sheet, from index 0: A, B, ..., Z, AA, ... */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * A row of a table.
     *
     * @param number the row of the sheet, or the line of the CSV file, from 1
     * @param cells the cells by column; a column the table does not have, or a blank cell, is absent
     */
    record Row(int number, Map<Column, Cell> cells) {
    }

    /**
     * A cell as read: text, or a number stored as a number (workbooks only), or something that is neither.
     *
     * @param ref the cell's place, such as {@code "I5"}, or for a CSV file {@code "line 7, column 9"}
     * @param text the text, stripped; null for a number or a cell that is neither
     * @param number the number stored in a workbook's numeric cell, as it shows (at most 15 significant digits,
     *        a percentage format's value in percent, the format's decimals kept); null otherwise
     * @param problem why the cell is neither text nor number (an error value, TRUE or FALSE); null otherwise
     */
    record Cell(String ref, String text, BigDecimal number, String problem) {

        /** What the cell shows, for a message. */
        String shown() {
            if (text != null) {
                return text;
            }
            return number != null ? number.toPlainString() : problem;
        }
    }
}
