package io.github.sakip.cli.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables of a report as CSV files, one file per table, named after the template's sheets
 * ({@code perjanjian-kinerja.csv}), with Apache Commons CSV: RFC 4180 (fields separated by commas, quoted with
 * {@code "} where they hold one, {@code ""} for a quote inside), UTF-8 with or without a byte order mark, lines
 * starting with {@code #} are comments, the first other line is the header, blank lines are skipped.
 */
final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    /** The largest CSV table read: far more than a report's table holds. */
    private static final long MAX_BYTES = 64L << 20;

    private CsvTables() {
    }

    /**
     * Reads CSV tables.
     *
     * @param files the files, each named after a sheet of the template
     * @return the tables by sheet
     * @throws TableFormatException if a file is not a table of the template, or two files are the same table
     * @throws IOException if a file cannot be read
     */
    static Map<Sheet, Table> read(List<Path> files) throws IOException {
        Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
        Map<Sheet, Path> from = new HashMap<>();
        for (Path file : files) {
            String source = file.toString();
            Optional<Sheet> sheet = Sheet.ofFile(file.getFileName().toString());
            if (sheet.isEmpty()) {
                throw new TableFormatException(source, null, 0, null, null, null,
                        Reason.of("notTemplateTable", fileNames()));
            }
            if (from.containsKey(sheet.get())) {
                throw new TableFormatException(source, null, 0, null, null, null,
                        Reason.of("sameTable", from.get(sheet.get())));
            }
            from.put(sheet.get(), file);
            tables.put(sheet.get(), read(file, source, sheet.get()));
        }
        return tables;
    }

    static String fileNames() {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            names.add(sheet.fileName());
        }
        return String.join(", ", names);
    }

    private static Table read(Path file, String source, Sheet sheet) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new TableFormatException(source, null, 0, null, null, null, Reason.of("tooLarge",
                    Long.toString(MAX_BYTES >> 20)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TableFormatException(source, null, 0, null, null, null, Reason.of("notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Lines lines = new Lines(text);
        Map<Integer, Column> columns = null;
        int headerLine = 0;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                int line = lines.of(record.getCharacterPosition());
                if (columns == null) {
                    headerLine = line;
                    columns = header(source, sheet, record, line);
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    throw new TableFormatException(source, null, line, null, null, null, Reason.of("fieldCount",
                            Integer.toString(columns.size()), Integer.toString(record.size())));
                }
                Map<Column, Table.Cell> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i).strip();
                    if (!value.isEmpty()) {
                        cells.put(columns.get(i), new Table.Cell("line " + line + ", column " + (i + 1), value, null,
                                null));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row(line, cells));
                }
            }
        } catch (UncheckedIOException e) {
            throw new TableFormatException(source, null, 0, null, null, null, Reason.of("notCsv",
                    e.getCause().getMessage()));
        }
        return new Table(source, sheet, true, headerLine,
                columns == null ? Map.of() : XlsxTables.positions(columns), rows);
    }

    private static Map<Integer, Column> header(String source, Sheet sheet, CSVRecord record, int line)
            throws TableFormatException {
        Map<Integer, Column> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String text = record.get(i);
            Optional<Column> column = sheet.columnNamed(text);
            if (column.isEmpty()) {
                boolean semicolons = record.size() == 1 && text.contains(";");
                throw new TableFormatException(source, null, line, "line " + line + ", column " + (i + 1), null,
                        text, Reason.of(semicolons ? "notCsvColumnSemicolons"
                        : "notCsvColumn", sheet.fileName(), XlsxTables.headers(sheet)));
            }
            if (columns.containsValue(column.get())) {
                throw new TableFormatException(source, null, line, "line " + line + ", column " + (i + 1), null,
                        text, Reason.of("columnTwice", column.get().header()));
            }
            columns.put(i, column.get());
        }
        for (Column column : sheet.columns()) {
            if (column.required() && !columns.containsValue(column)) {
                throw new TableFormatException(source, null, line, null, null, null,
                        Reason.of("missingCsvColumn", column.header()));
            }
        }
        return columns;
    }

    /** The line of a character of a text, from 1. */
    private static final class Lines {

        private final int[] starts;

        Lines(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(long position) {
            int index = java.util.Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
