package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands in process, through {@link Sakip#execute}, on the reference report (LKjIP Dinas Tenaga Kerja
 * Kabupaten Tapin 2024) as it was before it got its cascade (#13), which the spreadsheet template has no sheet for
 * yet: 13 errors, 4 warnings, 3 notes. Exit statuses, what is said on standard error, the JSON output, the template
 * read back, and the working paper read back with Apache POI, a reader independent of fastexcel, which wrote it.
 */
class SakipTest {

    @TempDir
    static Path dir;

    private static Path report;

    @BeforeAll
    static void copyTheReport() throws IOException {
        report = Run.copyReference(dir);
    }

    @Test
    void auditsAReportAsTextAndSaysWhatItWroteWhere() {
        Run run = Run.of("audit", report.toString());
        assertThat(run.status()).isEqualTo(Sakip.ERRORS);
        assertThat(run.out()).startsWith("LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 (" + report
                + "): 13 kesalahan, 4 peringatan, 3 catatan\n")
                .contains("PERINGATAN Perjanjian Kinerja, baris 1 Tingkat Partisipasi Angkatan Kerja (TPAK), kolom"
                        + " Capaian: tercetak 97,03, seharusnya 97,04");
        assertThat(run.out().lines().filter(l -> l.matches("(KESALAHAN|PERINGATAN|CATATAN) .*"))).hasSize(20);
        assertThat(run.err()).isEqualTo("sakip: 1 laporan diaudit: 13 kesalahan, 4 peringatan, 3 catatan;"
                + " temuan (teks) ditulis ke keluaran standar\n");
    }

    @Test
    void speaksEnglishOnRequest() {
        Run run = Run.of("--lang", "en", "audit", report.toString());
        assertThat(run.err()).isEqualTo("sakip: audited 1 report: 13 errors, 4 warnings, 3 notes;"
                + " wrote the findings (text) to standard output\n");
        assertThat(run.out()).contains("WARNING Perjanjian Kinerja, row 1 Tingkat Partisipasi Angkatan Kerja (TPAK),"
                + " column Capaian: printed 97,03, should be 97,04 (68,12 / 70,20 × 100% = 97,04%; likely cause:"
                + " truncated instead of rounded half-up (97,03703… cut to 97,03))");
    }

    @Test
    void writesJsonToAFile() throws IOException {
        Path json = dir.resolve("findings.json");
        Run run = Run.of("audit", "--format", "json", "--output", json.toString(), report.toString());
        assertThat(run.status()).isEqualTo(Sakip.ERRORS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("temuan (JSON) ditulis ke " + json + "\n");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode first = root.get("reports").get(0);
        assertThat(first.get("errors").asInt()).isEqualTo(13);
        assertThat(first.get("warnings").asInt()).isEqualTo(4);
        assertThat(first.get("notes").asInt()).isEqualTo(3);
        assertThat(first.get("findings")).hasSize(20);
        JsonNode finding = first.get("findings").get(0);
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("check").asText()).isEqualTo("CAPAIAN");
        assertThat(finding.get("location").get("column").asText()).isEqualTo("Capaian");
        assertThat(finding.get("printed").asText()).isEqualTo("97,03");
        assertThat(finding.get("expected").asText()).isEqualTo("97,04");
    }

    @Test
    void theTemplateFilledWithAReportIsAuditedAsTheReportItself() throws IOException {
        Path workbook = dir.resolve("tapin.xlsx");
        Run written = Run.of("template", "--from", report.toString(), workbook.toString());
        assertThat(written.status()).isEqualTo(Sakip.OK);
        assertThat(written.err()).startsWith("sakip: ").contains(workbook.toString());
        Path csv = dir.resolve("tapin-csv");
        Run csvWritten = Run.of("template", "--from", report.toString(), csv.toString());
        assertThat(csvWritten.status()).as(csvWritten.err()).isEqualTo(Sakip.OK);

        List<String> fromJson = findings(Run.of("audit", report.toString()));
        assertThat(findings(Run.of("audit", workbook.toString()))).isEqualTo(fromJson);
        assertThat(findings(Run.of("audit", csv.toString()))).isEqualTo(fromJson);
    }

    private static List<String> findings(Run run) {
        assertThat(run.status()).as(run.err()).isEqualTo(Sakip.ERRORS);
        return run.out().lines().filter(l -> l.matches("(ERROR|WARNING|NOTE) .*")).toList();
    }

    @Test
    void theEmptyTemplateHasASheetPerTableAndAuditsToNothing() throws IOException {
        Path workbook = dir.resolve("empty.xlsx");
        assertThat(Run.of("template", workbook.toString()).status()).isEqualTo(Sakip.OK);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(poi.getNumberOfSheets()).isGreaterThan(1);
            assertThat(poi.getSheet("Perjanjian Kinerja")).isNotNull();
        }
    }

    @Test
    void theWorkingPaperReadsBackWithAnIndependentReader() throws IOException {
        Path paper = dir.resolve("paper.xlsx");
        Run run = Run.of("audit", "--format", "xlsx", "--output", paper.toString(), report.toString());
        assertThat(run.status()).isEqualTo(Sakip.ERRORS);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(paper))) {
            assertThat(poi.getSheetName(0)).isEqualTo("Ringkasan");
            Sheet findings = poi.getSheet("Temuan");
            assertThat(findings).isNotNull();
            List<String> header = new ArrayList<>();
            findings.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("No", "Tingkat", "Pemeriksaan", "Tabel", "Baris", "Kolom", "Dicetak",
                    "Seharusnya", "Perhitungan");
            List<String> severities = new ArrayList<>();
            for (Row row : findings) {
                if (row.getRowNum() > 0 && row.getCell(1) != null) {
                    severities.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(1).getCellStyle().getFillPattern())
                            .isEqualTo(FillPatternType.SOLID_FOREGROUND);
                }
            }
            Row first = findings.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("97,03");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("97,04");
            assertThat(first.getCell(8).getStringCellValue())
                    .isEqualTo("68,12 / 70,20 × 100% = 97,04%; kemungkinan penyebab: dipotong, bukan dibulatkan"
                            + " setengah ke atas (97,03703… dipotong menjadi 97,03)");
            assertThat(severities).hasSize(20);
            assertThat(severities.stream().filter("ERROR"::equals)).hasSize(13);
            assertThat(severities.stream().filter("WARNING"::equals)).hasSize(4);
            assertThat(severities.stream().filter("NOTE"::equals)).hasSize(3);
            assertThat(poi.getSheet("Perjanjian Kinerja")).isNotNull();
        }
    }

    @Test
    void aMissingFileIsBadInputAndNothingIsWritten() {
        Path json = dir.resolve("never.json");
        Run run = Run.of("audit", "--format", "json", "--output", json.toString(), dir.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(run.err()).isEqualTo("sakip: tidak ada berkas atau direktori: " + dir.resolve("nope.json") + "\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void aWorkbookNeedsAnOutputFile() {
        Run run = Run.of("--lang", "en", "audit", "--format", "xlsx", report.toString());
        assertThat(run.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(run.err()).isEqualTo("sakip: a workbook cannot go to standard output: give --output FILE.xlsx\n");
    }

    @Test
    void withoutACommandItIsAUsageError() {
        Run run = Run.of("--lang", "en");
        assertThat(run.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(run.err()).isEqualTo("sakip: a command is missing: audit, recompute, or template"
                + " (see: sakip --help)\n");
    }
}
