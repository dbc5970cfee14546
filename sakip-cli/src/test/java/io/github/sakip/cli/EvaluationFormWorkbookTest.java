package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Renja evaluation form of Permendagri 86/2017 made by hand in the template's sheets Formulir Evaluasi and Formulir
 * Evaluasi Baris, written with Apache POI, with deliberate errors: the audit finds exactly those. The form: one
 * sasaran, one program, one sub kegiatan with a budget and two indicators, filled at the end of the year.
 * <ul>
 * <li>Pencari kerja dilatih (a flow): 6 K 500, 7 K 150, 8 K 100, quarters 20 + 30 + 25 + 25 = 100 (13 K), 14 K =
 * 150 + 100 = 250, 15 K = 250 / 500 = 50,00 %, 13/8 K = 100 / 100 = 100,00 %.</li>
 * <li>Lulusan bersertifikat (a level): 6 K 80, 7 K 60, 8 K 70, quarters 65, 68, 70, 72: 13 K the latest, 72; 14 K by
 * accumulation the latest level, 72 (not 60 + 72 = 132); 15 K = 72 / 80 = 90,00 %.</li>
 * <li>The sub kegiatan's budget: 6 Rp 1.000.000.000, 7 Rp 0, 8 Rp 200.000.000, four quarters of 50.000.000: 13 Rp
 * 200.000.000, 15 Rp = 200.000.000 / 1.000.000.000 = 20,00 %, Sangat Rendah (x ≤ 50).</li>
 * <li>The program's 8 Rp is the sum of its sub kegiatan's, 200.000.000; the form's average of 15 K over every
 * indicator row is (50,00 + 90,00) / 2 = 70,00 %, Sedang (66 ≤ x ≤ 75).</li>
 * </ul>
 * And a cell that cannot be read: one error naming the sheet, the cell and the value, in either language.
 */
class EvaluationFormWorkbookTest {

    @TempDir
    Path dir;

    private static final Object[] HEADERS = {"Formulir", "Tingkat", "Kode", "Uraian", "Indikator", "Satuan",
        "Polaritas", "Akumulasi", "6 K", "7 K", "8 K", "9 K", "10 K", "11 K", "12 K", "13 K (dicetak)",
        "14 K (dicetak)", "15 K (dicetak)", "13/8 K (dicetak)", "6 Rp", "7 Rp", "8 Rp", "9 Rp", "10 Rp", "11 Rp",
        "12 Rp", "13 Rp (dicetak)", "15 Rp (dicetak)", "Predikat Rp (dicetak)"};

    /** The workbook; {@code programLevel}, the program row's Tingkat, as typed. */
    private Path workbook(String programLevel) throws IOException {
        Path file = dir.resolve("renja.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.sheet(wb, "Laporan", List.of(new Object[] {"Instansi", "Tahun"},
                    new Object[] {"Dinas Contoh Kabupaten Uji", 2024}));
            Workbooks.sheet(wb, "Formulir Evaluasi", List.of(new Object[] {"Formulir", "Jenis",
                "15 K Rata-rata (dicetak)", "8 Rp Jumlah (dicetak)", "Predikat K (dicetak)", "Faktor Pendorong"},
                    // 70,00 printed 75,00: an ERROR; the total 200.000.000 and Sedang are right
                    new Object[] {"Renja 2024", "Renja", "75,00", "200.000.000", "Sedang",
                        "Pelatihan selesai tepat waktu"}));
            List<Object[]> rows = new ArrayList<>();
            rows.add(HEADERS);
            rows.add(new Object[] {"renja  2024", "sasaran", null, "Meningkatnya kualitas tenaga kerja"});
            // 8 Rp of the program printed 250.000.000, the sum of its sub kegiatan is 200.000.000: an ERROR
            rows.add(new Object[] {"Renja 2024", programLevel, "2.07.03", "Program Pelatihan Kerja", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "250.000.000"});
            // 13 Rp and 15 Rp right; Predikat Rp Rendah where 20,00 % is Sangat Rendah: an ERROR
            rows.add(new Object[] {"Renja 2024", "sub kegiatan", "2.07.03.2.01.01", "Pelatihan Berbasis Kompetensi",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "1.000.000.000", 0, "200.000.000", 50_000_000, 50_000_000, 50_000_000, 50_000_000, "200.000.000",
                "20,00", "Rendah"});
            // 13 K printed 110, the quarters add up to 100: an ERROR; 15 K and 13/8 K right
            rows.add(new Object[] {"Renja 2024", "indikator", null, null, "Pencari kerja dilatih", "Orang",
                "positif", "kumulatif", 500, 150, 100, 20, 30, 25, 25, 110, null, "50,00", "100,00"});
            // 14 K printed 132 (60 + 72, a level summed), should be 72: an ERROR; 15 K right
            rows.add(new Object[] {"Renja 2024", "indikator", null, null, "Lulusan bersertifikat", "Persen",
                "positif", "non-kumulatif", 80, 60, 70, 65, 68, 70, 72, null, 132, "90,00"});
            Workbooks.sheet(wb, "Formulir Evaluasi Baris", rows);
            wb.write(out);
        }
        return file;
    }

    @Test
    void findsExactlyTheDeliberateErrorsOfTheForm() throws IOException {
        List<String> found = Workbooks.findings(dir, false, workbook("program").toString());
        assertThat(found).containsExactlyInAnyOrder(
                "ERROR | FORM_BUDGET | 2.07.03 Program Pelatihan Kerja | 8 Rp | 250.000.000 | 200.000.000",
                "ERROR | FORM_PREDICATE | 2.07.03.2.01.01 Pelatihan Berbasis Kompetensi | Predikat Rp | Rendah"
                        + " | Sangat Rendah",
                "ERROR | FORM_REALIZATION | 2.07.03.2.01.01 Pencari kerja dilatih | 13 K | 110 | 100",
                "ERROR | FORM_REALIZATION | 2.07.03.2.01.01 Lulusan bersertifikat | 14 K | 132 | 72",
                "ERROR | FORM_ROLL_UP | Rata-rata capaian kinerja | 15 K | 75,00 | 70,00");
    }

    @Test
    void theTemplateFilledWithTheHandMadeFormIsAuditedAsTheWorkbookItself() throws IOException {
        Path made = workbook("program");
        List<String> expected = Workbooks.findings(dir, true, made.toString());
        assertThat(roundTrip(made)).allSatisfy(copy -> assertThat(copy).isEqualTo(expected));
    }

    @Test
    void theTemplateFilledFromTheReferenceFormIsAuditedAsTheJsonReport() throws IOException {
        Path json = dir.resolve("tapin-renja-2024-errors.json");
        try (InputStream in = EvaluationFormWorkbookTest.class.getResourceAsStream("tapin-renja-2024-errors.json")) {
            Files.copy(in, json);
        }
        List<String> expected = Workbooks.findings(dir, true, json.toString());
        // the 13 deliberate errors of docs/permendagri86-forms.md
        assertThat(expected).hasSize(13);
        assertThat(roundTrip(json)).allSatisfy(copy -> assertThat(copy).isEqualTo(expected));
    }

    /** The findings of the template filled from a report, as a workbook and as CSV files. */
    private List<List<String>> roundTrip(Path report) throws IOException {
        Path xlsx = dir.resolve("kembali.xlsx");
        Path csv = dir.resolve("kembali-csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "template", "--from", report.toString(), xlsx.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Sakip.OK);
        assertThat(Workbooks.run(err, "template", "--from", report.toString(), csv.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Sakip.OK);
        assertThat(csv.resolve("formulir-evaluasi.csv")).exists();
        assertThat(csv.resolve("formulir-evaluasi-baris.csv")).exists();
        return List.of(Workbooks.findings(dir, true, xlsx.toString()), Workbooks.findings(dir, true, csv.toString()));
    }

    @Test
    void aLevelThatIsNotOneIsOneErrorNamingTheSheetTheCellAndTheValueInIndonesian() throws IOException {
        Path file = workbook("bidang");
        Path json = dir.resolve("never.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "audit", "-f", "json", "-o", json.toString(), file.toString()))
                .isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", lembar \"Formulir Evaluasi Baris\", sel B3 (Tingkat), nilai \"bidang\": seharusnya sasaran,"
                + " program, kegiatan, sub kegiatan atau indikator\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void aLevelThatIsNotOneIsOneErrorNamingTheSheetTheCellAndTheValueInEnglish() throws IOException {
        Path file = workbook("bidang");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "--lang", "en", "audit", file.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", sheet \"Formulir Evaluasi Baris\", cell B3 (Tingkat), value \"bidang\": expected sasaran,"
                + " program, kegiatan, sub kegiatan or indikator\n");
    }

    @Test
    void aLevelThatIsNotOneInACsvTableIsOneErrorNamingTheFileTheLineAndTheColumn() throws IOException {
        Path csv = dir.resolve("renja-csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "template", "--from", workbook("program").toString(), csv.toString()))
                .isEqualTo(Sakip.OK);
        Path rows = csv.resolve("formulir-evaluasi-baris.csv");
        Files.writeString(rows, Files.readString(rows).replace("1,sub kegiatan,", "1,sub-kegiatan,"));
        ByteArrayOutputStream id = new ByteArrayOutputStream();
        assertThat(Workbooks.run(id, "audit", csv.toString())).isEqualTo(Sakip.BAD_INPUT);
        // line 1 is the comment, 2 the header, 3 the sasaran, 4 the program, 5 the sub kegiatan
        assertThat(id.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + rows + ", baris 5, kolom 2 (Tingkat),"
                + " nilai \"sub-kegiatan\": seharusnya sasaran, program, kegiatan, sub kegiatan atau indikator\n");
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        assertThat(Workbooks.run(en, "--lang", "en", "audit", csv.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(en.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + rows + ", line 5, column 2 (Tingkat),"
                + " value \"sub-kegiatan\": expected sasaran, program, kegiatan, sub kegiatan or indikator\n");
    }

    @Test
    void anIndicatorBeforeAnyEntryIsOneErrorNamingItsCell() throws IOException {
        Path file = dir.resolve("tanpa-entri.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.sheet(wb, "Laporan", List.of(new Object[] {"Instansi", "Tahun"},
                    new Object[] {"Dinas Contoh Kabupaten Uji", 2024}));
            Workbooks.sheet(wb, "Formulir Evaluasi", List.of(new Object[] {"Formulir", "Jenis"},
                    new Object[] {"1", "RKPD"}));
            Workbooks.sheet(wb, "Formulir Evaluasi Baris", List.of(HEADERS, new Object[] {1, "indikator", null, null,
                "Pencari kerja dilatih", "Orang", "positif", "kumulatif", 500, 150, 100}));
            wb.write(out);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "--lang", "en", "audit", file.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sakip: " + file
                + ", sheet \"Formulir Evaluasi Baris\", cell B2 (Tingkat), value \"indikator\": an indicator before"
                + " any entry of its form: put it under its sasaran, program, kegiatan or sub kegiatan\n");
    }

    @Test
    void theWorkingPaperHasTheFormPrintedBesideComputedReadBackWithPoi() throws IOException {
        Path paper = dir.resolve("kertas-kerja.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Workbooks.run(err, "recompute", "-f", "xlsx", "-o", paper.toString(),
                workbook("program").toString())).isEqualTo(Sakip.ERRORS);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(paper))) {
            org.apache.poi.ss.usermodel.Sheet forms = poi.getSheet("Formulir Evaluasi");
            assertThat(forms).isNotNull();
            List<String> headers = new ArrayList<>();
            forms.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= forms.getLastRowNum(); r++) {
                rows.add(forms.getRow(r).getCell(1).getStringCellValue());
            }
            // sasaran, program, sub kegiatan, its two indicators, the bottom rows
            assertThat(rows).containsExactly("Meningkatnya kualitas tenaga kerja", "2.07.03 Program Pelatihan Kerja",
                    "2.07.03.2.01.01 Pelatihan Berbasis Kompetensi", "2.07.03.2.01.01 Pencari kerja dilatih",
                    "2.07.03.2.01.01 Lulusan bersertifikat",
                    "Rata-rata capaian kinerja / Jumlah / Predikat kinerja");
            org.apache.poi.ss.usermodel.Row trained = forms.getRow(4);
            assertThat(trained.getCell(headers.indexOf("13 K (dicetak)")).getNumericCellValue()).isEqualTo(110);
            assertThat(trained.getCell(headers.indexOf("13 K (dihitung)")).getNumericCellValue()).isEqualTo(100);
            assertThat(trained.getCell(headers.indexOf("14 K (dihitung)")).getNumericCellValue()).isEqualTo(250);
            assertThat(trained.getCell(headers.indexOf("15 K (dihitung)")).getNumericCellValue()).isEqualTo(50);
            assertThat(fill(trained, headers.indexOf("13 K (dicetak)"))).isEqualTo("FFC7CE");
            assertThat(fill(trained, headers.indexOf("15 K (dicetak)"))).isNull();
            assertThat(trained.getCell(headers.indexOf("Temuan")).getStringCellValue())
                    .isEqualTo("KESALAHAN 13 K: 110 → 100");
            org.apache.poi.ss.usermodel.Row bottom = forms.getRow(6);
            assertThat(bottom.getCell(headers.indexOf("15 K (dihitung)")).getNumericCellValue()).isEqualTo(70);
            assertThat(bottom.getCell(headers.indexOf("8 Rp (dihitung)")).getNumericCellValue())
                    .isEqualTo(200_000_000);
            assertThat(bottom.getCell(headers.indexOf("Predikat K (dihitung)")).getStringCellValue())
                    .isEqualTo("Sedang");
            assertThat(bottom.getCell(headers.indexOf("Temuan")).getStringCellValue())
                    .isEqualTo("KESALAHAN 15 K: 75,00 → 70,00");
        }
    }

    /** The fill colour of a cell, as RRGGBB; null when it has none. */
    private static String fill(org.apache.poi.ss.usermodel.Row row, int column) {
        org.apache.poi.xssf.usermodel.XSSFColor colour = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) row
                .getCell(column).getCellStyle()).getFillForegroundColorColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }
}
