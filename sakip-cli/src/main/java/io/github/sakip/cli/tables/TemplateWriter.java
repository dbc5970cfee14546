package io.github.sakip.cli.tables;

import io.github.sakip.AkipPredicate;
import io.github.sakip.Category;
import io.github.sakip.cli.tables.Column.Kind;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the template: as a workbook with fastexcel, which streams each sheet as it is written, or as CSV files
 * with Apache Commons CSV; empty, or filled with a report's tables.
 */
final class TemplateWriter {

    /** The header's fill, a light blue. */
    static final String HEADER_FILL = "D9E1F2";

    /** The rows of the empty template that get the lists of values (polarity, category, ...) to choose from. */
    private static final int VALIDATED_ROWS = 1000;

    private TemplateWriter() {
    }

    /**
     * Writes the template as a workbook.
     *
     * @param report the report to fill it with; null for the empty template
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    static void workbook(PerformanceReport report, OutputStream out) throws IOException {
        List<List<List<Object>>> data = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            data.add(report == null ? List.of() : Rows.of(report, sheet));
        }
        Workbook workbook = new Workbook(out, "sakip", null);
        instructions(workbook.newWorksheet(Sheet.INSTRUCTIONS));
        for (Sheet sheet : Sheet.values()) {
            Worksheet ws = workbook.newWorksheet(sheet.title());
            List<Column> columns = sheet.columns();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                ws.value(0, c, column.header());
                ws.comment(0, c, column.description());
                ws.width(c, width(column));
                if (column.kind() == Kind.TEXT || column.kind() == Kind.CODE) {
                    ws.style(c).format("@").set();
                }
                String list = choices(column.kind());
                if (list != null) {
                    ws.range(1, c, VALIDATED_ROWS, c).validateWithListByFormula('"' + list + '"');
                }
            }
            ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
            ws.freezePane(0, 1);
            List<List<Object>> rows = data.get(sheet.ordinal());
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    cell(ws, r + 1, c, columns.get(c), values.get(c));
                }
            }
            ws.finish();
        }
        workbook.setActiveTab(1);
        workbook.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Column column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            ws.value(r, c, text);
            if (column.kind() == Kind.CODE || column.kind() == Kind.TEXT) {
                ws.style(r, c).format("@").set();
            }
        } else if (value instanceof Integer year) {
            ws.value(r, c, year);
        } else {
            BigDecimal number = plain((BigDecimal) value);
            ws.value(r, c, number);
            String decimals = number.scale() > 0 ? "." + "0".repeat(number.scale()) : "";
            if (column.kind() == Kind.AMOUNT) {
                ws.style(r, c).format("#,##0" + decimals).set();
            } else if (column.kind() == Kind.PERCENT || column.kind() == Kind.PRINTED_NUMBER) {
                ws.style(r, c).format("0" + decimals).set();
            }
        }
    }

    /** The number written plainly, never with an exponent, at its scale. */
    static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The column's width in characters, as the sheet shows it. */
    private static int width(Column column) {
        switch (column.kind()) {
            case TEXT:
                return column.header().equals("No") ? 6 : 40;
            case CODE:
                return 20;
            default:
                return Math.max(12, column.header().length() + 2);
        }
    }

    /** The values to choose from in a column of the kind, as a list for the spreadsheet; null for free values. */
    private static String choices(Kind kind) {
        switch (kind) {
            case POLARITY:
                return "positif,negatif";
            case ACCUMULATION:
                return "kumulatif,non-kumulatif";
            case CATEGORY: {
                List<String> labels = new ArrayList<>();
                for (Category category : Category.values()) {
                    labels.add(category.label());
                }
                return String.join(",", labels);
            }
            case MUTU:
                return "A,B,C,D";
            case PREDICATE: {
                List<String> codes = new ArrayList<>();
                for (AkipPredicate predicate : AkipPredicate.values()) {
                    codes.add(predicate.name());
                }
                return String.join(",", codes);
            }
            default:
                return null;
        }
    }

    private static void instructions(Worksheet ws) {
        List<String> lines = List.of(
                "Templat laporan kinerja untuk sakip",
                "",
                "Isi satu lembar per tabel laporan, angka persis seperti tercetak. Baris pertama tiap lembar adalah"
                        + " judul kolom; jangan diubah. Lembar yang tidak dipakai boleh dibiarkan kosong atau dihapus;"
                        + " lembar Laporan wajib, satu baris.",
                "Angka boleh diketik sebagai angka atau sebagai teks Indonesia: 5.578.741.408,- atau Rp 5.578.741.408"
                        + " untuk rupiah, 97,04 atau 97,04 % untuk persen. Titik memisahkan ribuan, koma desimal.",
                "Angka yang dicetak dibaca dengan desimal yang tampak: ketik 97,60 sebagai teks atau beri format"
                        + " dua desimal agar nol di belakangnya tidak hilang.",
                "Kode anggaran diketik sebagai teks (kolom sudah berformat Teks), agar 2.10 tidak menjadi 2,1.",
                "Realisasi yang tidak ada nilainya: tulis alasannya (indikator baru), jangan 0.",
                "Survei kepuasan masyarakat (IKM): satu baris per survei di lembar IKM; unsurnya di lembar IKM Unsur,"
                        + " satu baris per unsur dalam urutan unsur, dengan Unit Layanan yang sama.",
                "Formulir evaluasi Renja/RKPD (Permendagri 86/2017): satu baris per formulir di lembar Formulir Evaluasi;"
                        + " barisnya di lembar Formulir Evaluasi Baris, tiap sasaran, program, kegiatan dan sub kegiatan"
                        + " diikuti baris indikatornya, kolom bernomor seperti di formulir (6 K, 8 Rp, ...).",
                "Periksa dengan: java -jar sakip.jar audit berkas.xlsx",
                "");
        int r = 0;
        for (String line : lines) {
            ws.value(r++, 0, line);
        }
        ws.value(r, 0, "Lembar");
        ws.value(r, 1, "Kolom");
        ws.value(r, 2, "Wajib");
        ws.value(r, 3, "Isi");
        ws.range(r, 0, r, 3).style().bold().fillColor(HEADER_FILL).set();
        r++;
        for (Sheet sheet : Sheet.values()) {
            ws.value(r, 0, sheet.title());
            ws.value(r, 3, sheet.description());
            ws.range(r, 0, r, 3).style().bold().set();
            r++;
            for (Column column : sheet.columns()) {
                ws.value(r, 1, column.header());
                ws.value(r, 2, column.required() ? "wajib" : "boleh kosong");
                ws.value(r, 3, column.description());
                r++;
            }
        }
        ws.width(0, 22);
        ws.width(1, 40);
        ws.width(2, 14);
        ws.width(3, 90);
        ws.range(0, 0, 0, 0).style().bold().fontSize(14).set();
    }

    /**
     * Writes the template as CSV files, one per sheet, in a directory.
     *
     * @param report the report to fill them with; null for empty tables with their headers
     * @param directory the directory, which is created if need be
     * @throws IOException if writing fails
     */
    static void csv(PerformanceReport report, Path directory) throws IOException {
        List<List<List<Object>>> data = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            data.add(report == null ? List.of() : Rows.of(report, sheet));
        }
        Files.createDirectories(directory);
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setRecordSeparator("\n").get();
        for (Sheet sheet : Sheet.values()) {
            List<List<Object>> rows = data.get(sheet.ordinal());
            try (Writer writer = Files.newBufferedWriter(directory.resolve(sheet.fileName()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printComment(sheet.description() + " Kolom: docs/spreadsheets.md.");
                List<String> headers = new ArrayList<>();
                for (Column column : sheet.columns()) {
                    headers.add(column.header());
                }
                printer.printRecord(headers);
                for (List<Object> row : rows) {
                    List<String> fields = new ArrayList<>();
                    for (Object value : row) {
                        fields.add(value == null ? "" : value instanceof BigDecimal number
                                ? plain(number).toPlainString() : value.toString());
                    }
                    printer.printRecord(fields);
                }
            }
        }
    }
}
