package io.github.sakip.cli.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Reads the sheets of a workbook (XLSX) filled in the template, with fastexcel-reader, which streams the sheets'
 * XML and never builds a model of the whole workbook.
 * <p>
 * A number stored as a number is read as the cell shows it, never through {@code double}: from the decimal digits
 * the file holds, rounded to the 15 significant digits a spreadsheet keeps and shows (files hold doubles, written
 * with up to 17 digits, such as {@code 97.030000000000001}); a cell formatted as a percentage ({@code 0.00%})
 * holds a fraction and is read in percent; and a format with fixed decimals ({@code 0.00}) keeps them, so that
 * {@code 97,60} shown with two decimals is read as printed with two decimals. A formula is read as the value its
 * cell shows, saved with the workbook.
 */
final class XlsxTables {

    /** The zip file's first bytes, which every XLSX file starts with. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    /** The first bytes of an OLE2 file: an Excel 97-2003 workbook (.xls). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The digits a spreadsheet keeps of a number. */
    private static final MathContext SPREADSHEET = new MathContext(15, RoundingMode.HALF_EVEN);

    /** A number as a workbook stores it: JSON's form, with an optional exponent. */
    private static final Pattern STORED_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");

    /** The built-in number formats whose text a workbook may leave out. */
    private static final Map<Integer, String> BUILT_IN = Map.of(1, "0", 2, "0.00", 3, "#,##0", 4, "#,##0.00", 9,
            "0%", 10, "0.00%");

    private XlsxTables() {
    }

    /**
     * Reads the tables of a workbook.
     *
     * @param input the workbook's bytes; closed
     * @param source the file's name, for errors
     * @return the tables by sheet; a sheet the workbook does not have is absent
     * @throws TableFormatException if the workbook is not one, or a sheet or a header is not the template's
     * @throws IOException if reading fails
     */
    static Map<Sheet, Table> read(InputStream input, String source) throws IOException {
        try (InputStream in = new BufferedInputStream(input)) {
            in.mark(8);
            byte[] start = in.readNBytes(4);
            in.reset();
            if (Arrays.equals(start, OLE2)) {
                throw new TableFormatException(source, null, 0, null, null, null,
                        Reason.of("xls"));
            }
            if (!Arrays.equals(start, ZIP)) {
                throw new TableFormatException(source, null, 0, null, null, null,
                        Reason.of("notZip"));
            }
            try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
                Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
                List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
                for (org.dhatim.fastexcel.reader.Sheet sheet : sheets) {
                    Optional<Sheet> known = Sheet.titled(sheet.getName());
                    if (known.isEmpty()) {
                        if (Column.key(sheet.getName()).equals(Column.key(Sheet.INSTRUCTIONS))) {
                            continue;
                        }
                        throw new TableFormatException(source, sheet.getName(), 0, null, null, null,
                                Reason.of("notTemplateSheet", titles(),
                                        Sheet.INSTRUCTIONS));
                    }
                    if (tables.containsKey(known.get())) {
                        throw new TableFormatException(source, sheet.getName(), 0, null, null, null,
                                Reason.of("sheetTwice", known.get().title()));
                    }
                    List<org.dhatim.fastexcel.reader.Row> rows;
                    try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                        rows = stream.toList();
                    }
                    tables.put(known.get(), table(source, known.get(), sheet.getName(), rows, workbook));
                }
                return tables;
            }
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new TableFormatException(source, null, 0, null, null, null,
                    Reason.of("notWorkbook", message(e)));
        }
    }

    private static String message(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static String titles() {
        List<String> titles = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            titles.add(sheet.title());
        }
        return String.join(", ", titles);
    }

    private static Table table(String source, Sheet sheet, String name, List<org.dhatim.fastexcel.reader.Row> rows,
            ReadableWorkbook workbook) throws TableFormatException {
        Map<Integer, Column> columns = null;
        int headerRow = 0;
        List<Table.Row> read = new ArrayList<>();
        for (org.dhatim.fastexcel.reader.Row row : rows) {
            Map<Integer, Table.Cell> cells = new LinkedHashMap<>();
            for (org.dhatim.fastexcel.reader.Cell cell : row) {
                if (cell != null) {
                    Table.Cell read1 = cell(source, name, row.getRowNum(), cell, workbook);
                    if (read1 != null) {
                        cells.put(cell.getColumnIndex(), read1);
                    }
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (columns == null) {
                headerRow = row.getRowNum();
                columns = header(source, sheet, name, cells, headerRow);
                continue;
            }
            Map<Column, Table.Cell> byColumn = new HashMap<>();
            for (Map.Entry<Integer, Table.Cell> entry : cells.entrySet()) {
                Column column = columns.get(entry.getKey());
                if (column == null) {
                    throw new TableFormatException(source, name, row.getRowNum(), entry.getValue().ref(), null,
                            entry.getValue().shown(), Reason.of("noHeader"));
                }
                byColumn.put(column, entry.getValue());
            }
            read.add(new Table.Row(row.getRowNum(), byColumn));
        }
        if (columns == null) {
            return new Table(source, sheet, false, 0, Map.of(), List.of());
        }
        return new Table(source, sheet, false, headerRow, positions(columns), read);
    }

    /** Reads the header: every cell must name a column of the sheet, once; every required column must be there. */
    private static Map<Integer, Column> header(String source, Sheet sheet, String name, Map<Integer, Table.Cell> cells,
            int row) throws TableFormatException {
        Map<Integer, Column> columns = new HashMap<>();
        for (Map.Entry<Integer, Table.Cell> entry : cells.entrySet()) {
            Table.Cell cell = entry.getValue();
            Optional<Column> column = cell.text() == null ? Optional.empty() : sheet.columnNamed(cell.text());
            if (column.isEmpty()) {
                throw new TableFormatException(source, name, row, cell.ref(), null, cell.shown(),
                        Reason.of("notSheetColumn", sheet.title(),
                                headers(sheet)));
            }
            if (columns.containsValue(column.get())) {
                throw new TableFormatException(source, name, row, cell.ref(), null, cell.shown(),
                        Reason.of("columnTwice", column.get().header()));
            }
            columns.put(entry.getKey(), column.get());
        }
        for (Column column : sheet.columns()) {
            if (column.required() && !columns.containsValue(column)) {
                throw new TableFormatException(source, name, row, null, null, null,
                        Reason.of("missingSheetColumn", column.header()));
            }
        }
        return columns;
    }

    static Map<Column, Integer> positions(Map<Integer, Column> columns) {
        Map<Column, Integer> positions = new HashMap<>();
        columns.forEach((index, column) -> positions.put(column, index));
        return positions;
    }

    static String headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Column column : sheet.columns()) {
            headers.add(column.header());
        }
        return String.join(", ", headers);
    }

    /** Reads a cell: null when it is blank. */
    private static Table.Cell cell(String source, String sheet, int row, org.dhatim.fastexcel.reader.Cell cell,
            ReadableWorkbook workbook) throws TableFormatException {
        String ref = cell.getAddress().toString();
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case EMPTY:
                return null;
            case STRING: {
                String text = cell.getText() == null ? "" : cell.getText().strip();
                return text.isEmpty() ? null : new Table.Cell(ref, text, null, null);
            }
            case NUMBER:
                return new Table.Cell(ref, null, number(source, sheet, row, cell, raw, format(cell, workbook)), null);
            case FORMULA:
                if (raw == null || raw.isBlank()) {
                    return new Table.Cell(ref, null, null, "=" + cell.getFormula()
                            + " (a formula without a saved value: open the workbook in a spreadsheet program and"
                            + " save it)");
                }
                if (STORED_NUMBER.matcher(raw).matches()) {
                    return new Table.Cell(ref, null, number(source, sheet, row, cell, raw, format(cell, workbook)), null);
                }
                return raw.strip().isEmpty() ? null : new Table.Cell(ref, raw.strip(), null, null);
            case BOOLEAN:
                return new Table.Cell(ref, null, null, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE"
                        : "FALSE");
            default:
                return new Table.Cell(ref, null, null, raw == null ? "an error value" : raw);
        }
    }

    private static String format(org.dhatim.fastexcel.reader.Cell cell, ReadableWorkbook workbook) {
        String format = cell.getDataFormatString();
        if (format == null && cell.getDataFormatId() != null) {
            format = BUILT_IN.get(cell.getDataFormatId());
        }
        return format;
    }

    private static BigDecimal number(String source, String sheet, int row, org.dhatim.fastexcel.reader.Cell cell,
            String raw, String format) throws TableFormatException {
        if (raw == null || raw.length() > 40 || !STORED_NUMBER.matcher(raw).matches()) {
            throw new TableFormatException(source, sheet, row,
                    cell.getAddress().toString(), null, raw, Reason.of("notStoredNumber"));
        }
        return shown(new BigDecimal(raw), format);
    }

    /**
     * The number a cell shows: the stored value rounded to a spreadsheet's 15 significant digits, in percent for a
     * percentage format, and with at least the decimals a fixed format shows.
     */
    static BigDecimal shown(BigDecimal stored, String format) {
        BigDecimal value = stored.precision() > 15 ? stored.round(SPREADSHEET) : stored;
        String numeric = format == null ? "" : numericSection(format);
        if (numeric.contains("%")) {
            value = value.movePointRight(2);
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        int point = numeric.indexOf('.');
        if (point >= 0) {
            int zeros = 0;
            for (int i = point + 1; i < numeric.length() && (numeric.charAt(i) == '0' || numeric.charAt(i) == '#');
                    i++) {
                zeros += numeric.charAt(i) == '0' ? 1 : 0;
            }
            if (zeros > value.scale()) {
                value = value.setScale(zeros);
            }
        }
        return value;
    }

    /** The first section of a number format, without its quoted text, escaped characters and bracketed parts. */
    private static String numericSection(String format) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
