package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * A community satisfaction survey (IKM) made by hand in the template's sheets IKM and IKM Unsur, written with
 * Apache POI, with deliberate errors: the audit finds exactly those. The survey: 20 respondents, the nine elements
 * of PermenPAN-RB 14/2017 with totals 70, 72, 68, 66, 74, 70, 71, 69, 70 (630 in all): means 3,50, 3,60, 3,40,
 * 3,30, 3,70, 3,50, 3,55, 3,45, 3,50; index 630 / 180 = 3,50; IKM 3,50 × 25 = 87,50, grade B (76,61 to 88,30).
 * And its cells that cannot be read: one error naming the sheet, the cell and the value, nothing written.
 */
class IkmWorkbookTest {

    @TempDir
    Path dir;

    private static final List<String> UNSUR = List.of("Persyaratan", "Sistem, Mekanisme, dan Prosedur",
            "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
            "Perilaku Pelaksana", "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana");
    private static final int[] TOTALS = {70, 72, 68, 66, 74, 70, 71, 69, 70};
    private static final String[] NRR = {"3,50", "3,66", "3,40", "3,30", "3,70", "3,50", "3,55", "3,45", "3,50"};

    /** The workbook; {@code respondents} and {@code nrr9}, the ninth element's printed mean, as typed (or empty). */
    private Path workbook(Object respondents, Object nrr9) throws IOException {
        Path file = dir.resolve("ikm.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.sheet(wb, "Laporan", List.of(new Object[] {"Instansi", "Tahun"},
                    new Object[] {"Dinas Contoh Kabupaten Uji", 2024}));
            Workbooks.sheet(wb, "IKM", List.of(new Object[] {"Unit Layanan", "Jumlah Responden", "Bobot",
                "Nilai Indeks (dicetak)", "IKM (dicetak)", "Mutu (dicetak)"},
                    // 87,50 printed 88,50: an ERROR; graded A instead of B: an ERROR; the index 3,50 is right
                    new Object[] {"Layanan Perizinan", respondents, "1/n", "3,50", "88,50", "A"}));
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {"Unit Layanan", "Unsur", "Jumlah Nilai", "NRR (dicetak)"});
            for (int i = 0; i < UNSUR.size(); i++) {
                // the second element's mean 72 / 20 = 3,60 printed 3,66: an ERROR
                rows.add(new Object[] {"layanan  perizinan", UNSUR.get(i), TOTALS[i], i == 8 ? nrr9 : NRR[i]});
            }
            Workbooks.sheet(wb, "IKM Unsur", rows);
            wb.write(out);
        }
        return file;
    }

    @Test
    void findsExactlyTheDeliberateErrorsOfTheSurvey() throws IOException {
        List<String> found = Workbooks.findings(dir, false, workbook(20, "3,50").toString());
        assertThat(found).containsExactlyInAnyOrder(
                "ERROR | IKM_UNSUR | Layanan Perizinan: U2 Sistem, Mekanisme, dan Prosedur | NRR | 3,66 | 3,60",
                "ERROR | IKM | Layanan Perizinan | IKM | 88,50 | 87,50",
                "ERROR | IKM_MUTU | Layanan Perizinan | Mutu Pelayanan | A | B");
    }

    @Test
    void theTemplateFilledWithTheSurveyIsAuditedAsTheWorkbookItself() throws IOException {
        Path made = workbook(20, "3,50");
        List<String> expected = Workbooks.findings(dir, false, made.toString());
        Path xlsx = dir.resolve("kembali.xlsx");
        Path csv = dir.resolve("kembali-csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "template", "--from", made.toString(), xlsx.toString())).isEqualTo(Sakip.OK);
        assertThat(Workbooks.run(err, "template", "--from", made.toString(), csv.toString())).isEqualTo(Sakip.OK);
        assertThat(csv.resolve("ikm.csv")).exists();
        assertThat(csv.resolve("ikm-unsur.csv")).exists();
        assertThat(Workbooks.findings(dir, false, xlsx.toString())).isEqualTo(expected);
        assertThat(Workbooks.findings(dir, false, csv.toString())).isEqualTo(expected);
    }

    @Test
    void aCountThatIsNotANumberIsOneErrorNamingTheSheetTheCellAndTheValue() throws IOException {
        Path file = workbook("dua puluh", "3,50");
        Path json = dir.resolve("never.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "audit", "-f", "json", "-o", json.toString(), file.toString()))
                .isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sakip: " + file
                + ", lembar \"IKM\", sel B2 (Jumlah Responden), nilai \"dua puluh\": ").hasLineCount(1);
        assertThat(json).doesNotExist();
    }

    @Test
    void aPrintedColumnOfTheElementsIsFilledOnEveryRowOrOnNone() throws IOException {
        Path file = workbook(20, null);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "--lang", "en", "audit", file.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", sheet \"IKM Unsur\", cell D10 (NRR (dicetak)): the column NRR (dicetak) is filled on some rows"
                + " of the survey layanan  perizinan and not on this one: fill it on every row of the survey or on"
                + " none\n");
    }

    @Test
    void theWorkingPaperHasTheSurveyPrintedBesideComputedReadBackWithPoi() throws IOException {
        Path made = workbook(20, "3,50");
        Path paper = dir.resolve("kertas-kerja.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "recompute", "-f", "xlsx", "-o", paper.toString(), made.toString()))
                .isEqualTo(Sakip.ERRORS);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(paper))) {
            Sheet ikm = poi.getSheet("IKM");
            assertThat(ikm).isNotNull();
            List<String> headers = new ArrayList<>();
            ikm.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(ikm.getLastRowNum()).isEqualTo(10);
            Row survey = ikm.getRow(1);
            assertThat(survey.getCell(headers.indexOf("IKM (dicetak)")).getNumericCellValue()).isEqualTo(88.5);
            assertThat(survey.getCell(headers.indexOf("IKM (dihitung)")).getNumericCellValue()).isEqualTo(87.5);
            assertThat(survey.getCell(headers.indexOf("Nilai Indeks (dihitung)")).getNumericCellValue())
                    .isEqualTo(3.5);
            assertThat(survey.getCell(headers.indexOf("Mutu (dihitung)")).getStringCellValue()).isEqualTo("B");
            assertThat(fill(survey, headers.indexOf("IKM (dicetak)"))).isEqualTo("FFC7CE");
            assertThat(fill(survey, headers.indexOf("Mutu (dicetak)"))).isEqualTo("FFC7CE");
            assertThat(fill(survey, headers.indexOf("Nilai Indeks (dicetak)"))).isNull();
            assertThat(survey.getCell(headers.indexOf("Temuan")).getStringCellValue())
                    .isEqualTo("KESALAHAN IKM: 88,50 → 87,50; KESALAHAN Mutu Pelayanan: A → B");
            assertThat(survey.getCell(headers.indexOf("Perhitungan")).getStringCellValue())
                    .startsWith("IKM dari 20 responden atas 9 unsur, bobot 1/9, mutu menurut PermenPAN-RB 14/2017:\n")
                    .endsWith("\nIKM = Σ NRR × 1/9 × 25 = 31,5000 × 1/9 × 25 = 87,50, B (Baik)");
            Row second = ikm.getRow(3);
            assertThat(second.getCell(headers.indexOf("Unsur")).getStringCellValue())
                    .isEqualTo("U2 Sistem, Mekanisme, dan Prosedur");
            assertThat(second.getCell(headers.indexOf("NRR (dicetak)")).getNumericCellValue()).isEqualTo(3.66);
            assertThat(second.getCell(headers.indexOf("NRR (dihitung)")).getNumericCellValue()).isEqualTo(3.6);
            assertThat(fill(second, headers.indexOf("NRR (dicetak)"))).isEqualTo("FFC7CE");
            assertThat(second.getCell(headers.indexOf("Temuan")).getStringCellValue())
                    .isEqualTo("KESALAHAN NRR: 3,66 → 3,60");
            assertThat(second.getCell(headers.indexOf("Perhitungan")).getStringCellValue())
                    .isEqualTo("U2 Sistem, Mekanisme, dan Prosedur: NRR = 72 / 20 = 3,6000, A (Sangat Baik)");
            assertThat(fill(ikm.getRow(2), headers.indexOf("NRR (dicetak)"))).isNull();
        }
        Path english = dir.resolve("working-paper.xlsx");
        assertThat(Workbooks.run(err, "--lang", "en", "recompute", "-f", "xlsx", "-o", english.toString(),
                made.toString()))
                .isEqualTo(Sakip.ERRORS);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(english))) {
            Row survey = poi.getSheet("IKM").getRow(1);
            assertThat(survey.getCell(17).getStringCellValue())
                    .isEqualTo("ERROR IKM: 88,50 → 87,50; ERROR Mutu Pelayanan: A → B");
            assertThat(survey.getCell(16).getStringCellValue())
                    .startsWith("IKM of 20 respondents on 9 unsur, weight 1/9, mutu by PermenPAN-RB 14/2017:\n");
        }
    }

    /** The fill colour of a cell, as RRGGBB; null when it has none. */
    private static String fill(Row row, int column) {
        org.apache.poi.xssf.usermodel.XSSFColor colour = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) row
                .getCell(column).getCellStyle()).getFillForegroundColorColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }
}
