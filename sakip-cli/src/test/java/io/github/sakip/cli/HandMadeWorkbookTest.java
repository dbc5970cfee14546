package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook made by hand in the template, written here with Apache POI (not with the template writer), with
 * deliberate errors: the audit finds exactly those, no more. Numbers are typed both as numbers and as Indonesian
 * text, as people fill them in. And a workbook with a cell that cannot be read gets one error naming the sheet,
 * the cell and the value, and nothing is written.
 */
class HandMadeWorkbookTest {

    @TempDir
    Path dir;

    private static final Object[] PK_HEADER = {"No", "Sasaran", "Indikator", "Satuan", "Polaritas", "Akumulasi",
        "Target", "Realisasi", "Capaian (dicetak)", "Kategori (dicetak)"};

    /** Writes the workbook; {@code target1} is the first indicator's target cell, as typed. */
    private Path workbook(Object target1) throws IOException {
        Path file = dir.resolve("laporan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "Laporan", new Object[] {"Instansi", "Tahun"},
                    new Object[] {"Dinas Contoh Kabupaten Uji", 2024});
            sheet(wb, "Perjanjian Kinerja", PK_HEADER,
                    // right target and realisation, capaian truncated (97,037 printed 97,03): a WARNING
                    new Object[] {"1", "Meningkatnya partisipasi kerja", "TPAK", "Persen", "positif", "non-kumulatif",
                        target1, "68,12", "97,03", "Sangat Tinggi"},
                    // 50 / 100 = 50,00 %, Sangat Rendah; printed Tinggi: an ERROR of the category only
                    new Object[] {"2", "Meningkatnya partisipasi kerja", "Pelatihan", "Persen", "positif",
                        "non-kumulatif", 100, 50, "50,00", "Tinggi"},
                    // negative polarity, (2 × 25 − 20) / 25 = 120 %: right, no finding
                    new Object[] {"3", "Menurunnya pengangguran", "Pengangguran terbuka", "Persen", "negatif",
                        "non-kumulatif", 25, 20, 120, "Sangat Tinggi"});
            sheet(wb, "Anggaran", new Object[] {"Kode", "Uraian", "Anggaran", "Realisasi", "Persentase (dicetak)"},
                    // 4.000.000.000 / 5.578.741.408 = 71,70 %; printed 72,00: an ERROR
                    new Object[] {"2.07.01", "Program Penunjang", "5.578.741.408,-", 4_000_000_000L, "72,00"});
            wb.write(out);
        }
        return file;
    }

    private static void sheet(XSSFWorkbook wb, String name, Object[]... rows) {
        Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return Sakip.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true), args);
    }

    @Test
    void findsExactlyTheDeliberateErrors() throws IOException {
        Path json = dir.resolve("temuan.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(err, "--lang", "en", "audit", "-f", "json", "-o", json.toString(),
                workbook("70,20").toString());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Sakip.ERRORS);
        JsonNode report = new ObjectMapper().readTree(json.toFile()).get("reports").get(0);
        assertThat(report.get("agency").asText()).isEqualTo("Dinas Contoh Kabupaten Uji");
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            JsonNode at = f.get("location");
            found.add(String.join(" | ", f.get("severity").asText(), f.get("check").asText(),
                    at.get("table").asText(), at.get("row").asText(), at.get("column").asText(),
                    f.get("printed").asText(), f.get("expected").asText()));
        }
        assertThat(found).containsExactlyInAnyOrder(
                "WARNING | CAPAIAN | Perjanjian Kinerja | 1 TPAK | Capaian | 97,03 | 97,04",
                "ERROR | CATEGORY | Perjanjian Kinerja | 2 Pelatihan | Kategori | Tinggi | Sangat Rendah",
                "ERROR | ABSORPTION | Capaian Anggaran | 2.07.01 Program Penunjang | Persentase | 72,00 | 71,70");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: audited 1 report: 2 errors, 1 warning,"
                + " 0 notes; wrote the findings (JSON) to " + json + "\n");
    }

    @Test
    void aCellThatIsNotANumberIsOneErrorNamingTheSheetTheCellAndTheValue() throws IOException {
        Path json = dir.resolve("temuan.json");
        Path file = workbook("tujuh puluh");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(err, "--lang", "en", "audit", "-f", "json", "-o", json.toString(), file.toString());
        assertThat(status).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sakip: " + file
                + ", sheet \"Perjanjian Kinerja\", cell G2 (Target), value \"tujuh puluh\": ").endsWith("\n")
                .hasLineCount(1);
        assertThat(json).doesNotExist();
    }

    @Test
    void theErrorOfACellIsInBahasaIndonesiaByDefault() throws IOException {
        Path json = dir.resolve("temuan.json");
        Path file = workbook("70,20");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet("Perjanjian Kinerja").getRow(1).getCell(4).setCellValue("naik");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(err, "audit", "-f", "json", "-o", json.toString(), file.toString());
        assertThat(status).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", lembar \"Perjanjian Kinerja\", sel E2 (Polaritas), nilai \"naik\": seharusnya positif (makin"
                + " tinggi makin baik) atau negatif (makin rendah makin baik)\n");
        assertThat(json).doesNotExist();

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        assertThat(run(english, "audit", "--lang", "en", file.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(english.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", sheet \"Perjanjian Kinerja\", cell E2 (Polaritas), value \"naik\": expected positif (higher is"
                + " better) or negatif (lower is better)\n");
    }
}
