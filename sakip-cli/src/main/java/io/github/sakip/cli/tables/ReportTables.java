package io.github.sakip.cli.tables;

import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A report as spreadsheet tables: read from a workbook (XLSX) filled in the template or from CSV files, one per
 * table; and the template itself, empty or filled with a report.
 * <p>
 * The template has one sheet per table of a report, with Indonesian headers in its first row: {@code Laporan}
 * (the agency and the year, one row), {@code Perjanjian Kinerja}, {@code Anggaran}, {@code Renstra},
 * {@code Renstra Tahunan}, {@code Efisiensi}, {@code Standar}, {@code Evaluasi AKIP}, {@code IKM},
 * {@code IKM Unsur}, {@code Anggaran KL}, {@code Nilai Kinerja Anggaran}, {@code Formulir Evaluasi} and
 * {@code Formulir Evaluasi Baris} (the evaluation forms of Permendagri 86/2017), and a sheet
 * {@code Petunjuk} of instructions, which is not read. Every sheet and column is described in
 * {@code docs/spreadsheets.md}. As CSV, each table is a file named after its sheet in lower case, words joined by
 * {@code -} ({@code perjanjian-kinerja.csv}), lines starting with {@code #} are comments, and the first other line
 * is the header.
 * <p>
 * In a workbook a number may be a number, or text as Indonesian reports print it, read with the strict parsing of
 * {@link io.github.sakip.format.IndonesianNumbers}: {@code 5.578.741.408,-}, {@code Rp 5.578.741.408},
 * {@code 97,04 %}. In a CSV file numbers are written as JSON writes them ({@code 5578741408}, {@code 97.04}), as
 * machine-made files do. Printed figures keep the decimals they were printed with.
 * <p>
 * Reading stops at the first cell that cannot be read and throws one {@link TableFormatException} that names the
 * file, the sheet, the cell and the value. This class is thread-safe.
 */
public final class ReportTables {

    private ReportTables() {
    }

    /**
     * Reads a report from a workbook filled in the template.
     *
     * @param workbook the file
     * @return the report
     * @throws NullPointerException if {@code workbook} is null
     * @throws TableFormatException naming the sheet, the cell and the value, if the workbook is not the template
     *         or a cell cannot be read
     * @throws IOException if the file cannot be read
     */
    public static PerformanceReport readWorkbook(Path workbook) throws IOException {
        Objects.requireNonNull(workbook, "workbook");
        try (InputStream in = Files.newInputStream(workbook)) {
            return readWorkbook(in, workbook.toString());
        }
    }

    /**
     * Reads a report from a workbook filled in the template.
     *
     * @param workbook the workbook's bytes; read to their end and closed
     * @param name the workbook's name, for errors, such as its file name
     * @return the report
     * @throws NullPointerException naming the argument that is null
     * @throws TableFormatException naming the sheet, the cell and the value, if the workbook is not the template
     *         or a cell cannot be read
     * @throws IOException if reading fails
     */
    public static PerformanceReport readWorkbook(InputStream workbook, String name) throws IOException {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(name, "name");
        return Assembler.report(XlsxTables.read(workbook, name), name);
    }

    /**
     * Reads a report from its tables as CSV files: every file whose name ends in {@code .csv} in a directory.
     *
     * @param directory the directory
     * @return the report
     * @throws NullPointerException if {@code directory} is null
     * @throws TableFormatException naming the file, the line, the column and the value, if a file is not a table
     *         of the template or a field cannot be read
     * @throws IOException if the directory or a file cannot be read
     */
    public static PerformanceReport readCsv(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        return Assembler.report(CsvTables.read(csvFiles(directory)), directory.toString());
    }

    /**
     * Reads a report from its tables as CSV files.
     *
     * @param files the files, each named after its table, such as {@code laporan.csv}; one of them the
     *        {@code laporan.csv} that names the agency and the year
     * @return the report
     * @throws NullPointerException if {@code files} or one of them is null
     * @throws TableFormatException naming the file, the line, the column and the value, if a file is not a table
     *         of the template or a field cannot be read
     * @throws IOException if a file cannot be read
     */
    public static PerformanceReport readCsv(List<Path> files) throws IOException {
        List<Path> copy = List.copyOf(files);
        Path parent = copy.isEmpty() ? null : copy.get(0).getParent();
        String source = parent == null ? "." : parent.toString();
        return Assembler.report(CsvTables.read(copy), source);
    }

    /**
     * Lists the CSV files of a directory, in the order of their names.
     *
     * @param directory the directory
     * @return the files whose names end in {@code .csv}, case aside
     * @throws NullPointerException if {@code directory} is null
     * @throws IOException if the directory cannot be listed
     */
    public static List<Path> csvFiles(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "not a directory");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }

    /**
     * Writes the template as a workbook: empty, or filled with a report's tables, which
     * {@link #readWorkbook(Path)} reads back as the same report.
     *
     * @param report the report; null for the empty template
     * @param out where to write; not closed
     * @throws NullPointerException if {@code out} is null
     * @throws IllegalArgumentException if the report has what the template cannot hold (AKIP weights other than
     *         PermenPAN-RB 88/2021's); nothing is written then
     * @throws IOException if writing fails
     */
    public static void writeWorkbook(PerformanceReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        TemplateWriter.workbook(report, out);
    }

    /**
     * Writes the template as CSV files, one per table, in a directory: empty (the headers only), or filled with a
     * report's tables, which {@link #readCsv(Path)} reads back as the same report.
     *
     * @param report the report; null for the empty tables
     * @param directory the directory, created if need be; files of the same names are replaced
     * @throws NullPointerException if {@code directory} is null
     * @throws IllegalArgumentException if the report has what the template cannot hold (AKIP weights other than
     *         PermenPAN-RB 88/2021's); nothing is written then
     * @throws IOException if writing fails
     */
    public static void writeCsv(PerformanceReport report, Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        TemplateWriter.csv(report, directory);
    }
}
