package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text the command line writes for people follows {@code --lang}: Bahasa Indonesia by default, English
 * with {@code --lang en}, never the JVM's default locale. The summary lines, the errors of the command line, the
 * help, the recomputed tables, and the working paper (read back with Apache POI) in both languages, on the
 * reference report (13 errors, 4 warnings, 3 notes).
 */
class LanguageTest {

    @TempDir
    static Path dir;

    private static Path report;

    @BeforeAll
    static void copyTheReport() throws IOException {
        report = Run.copyReference(dir);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                          | ID",
        "audit x.json                | ID",
        "--lang en audit x.json      | EN",
        "audit x.json --lang en      | EN",
        "--lang=en --help            | EN",
        "--lang EN --help            | EN",
        "--lang en --lang id --help  | ID",
        "--lang fr --help            | ID",
        "--lang                      | ID",
        "audit -- --lang en          | ID"})
    void theLanguageOfTheHelpIsReadFromTheArgumentsFirst(String line, Texts.Language expected) {
        String[] args = line.isBlank() ? new String[0] : line.trim().split(" +");
        assertThat(Texts.scan(args)).isEqualTo(expected);
    }

    @Test
    void theHelpIsInBahasaIndonesiaByDefault() {
        Run run = Run.of("--help");
        assertThat(run.status()).isEqualTo(Sakip.OK);
        assertThat(run.out()).startsWith("Penggunaan: sakip [-hV] [--lang=id|en] [COMMAND]\n")
                .contains("Mengaudit angka laporan kinerja instansi pemerintah Indonesia (SAKIP, LKjIP)",
                        "\nOpsi:\n", "Tampilkan bantuan ini lalu keluar.", "\nPerintah:\n", "\nStatus keluar:\n",
                        "1   sebuah laporan mencetak angka yang salah (temuan KESALAHAN)")
                .doesNotContain("Usage", "Options", "Show this help");
        assertThat(Run.of("audit", "--help").out()).startsWith("Penggunaan: sakip audit ")
                .contains("Jumlah utas audit (bawaan: satu per inti", "Laporan yang diaudit.",
                        "Tulis ke FILE, bukan ke keluaran standar");
        assertThat(Run.of("template", "--help").out()).contains("Isi templat dengan laporan ini");
        assertThat(Run.of("recompute", "--help").out()).contains("Menghitung ulang satu laporan");
    }

    @Test
    void theHelpIsInEnglishWithLangEnWhereverItStands() {
        String before = Run.of("--lang", "en", "audit", "--help").out();
        assertThat(before).startsWith("Usage: sakip audit ")
                .contains("Audits reports: lists every printed figure", "Audit threads (default: one per core",
                        "The reports.", "Show this help message and exit.", "\nExit status:\n")
                .doesNotContain("Penggunaan", "Opsi");
        assertThat(Run.of("audit", "--help", "--lang", "en").out()).isEqualTo(before);
        assertThat(Run.of("--lang=en", "--help").out()).startsWith("Usage: sakip ").contains("\nCommands:\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "audit --bogus x.json  | sakip: opsi atau argumen tidak dikenal: --bogus (lihat: sakip audit --help)"
                + " | sakip: unknown option or argument: --bogus (see: sakip audit --help)",
        "recompute             | sakip: harus diberikan: FILE (lihat: sakip recompute --help)"
                + " | sakip: missing: FILE (see: sakip recompute --help)",
        "audit --output        | sakip: --output memerlukan nilai: FILE (lihat: sakip audit --help)"
                + " | sakip: --output needs a value: FILE (see: sakip audit --help)",
        "audit --threads 0 x   | sakip: --threads paling sedikit 1, bukan 0 (lihat: sakip audit --help)"
                + " | sakip: --threads must be at least 1, not 0 (see: sakip audit --help)",
        "audit --threads abc x | sakip: nilai tidak sah untuk --threads: \"abc\" (seharusnya N) (lihat: sakip audit"
                + " --help) | sakip: invalid value for --threads: \"abc\" (expected N) (see: sakip audit --help)"})
    void usageErrorsAreInTheLanguage(String line, String indonesian, String english) {
        String[] args = line.trim().split(" +");
        Run id = Run.of(args);
        assertThat(id.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(id.err()).isEqualTo(indonesian + "\n");
        List<String> withLang = new ArrayList<>(List.of("--lang", "en"));
        Collections.addAll(withLang, args);
        Run en = Run.of(withLang.toArray(String[]::new));
        assertThat(en.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(en.err()).isEqualTo(english + "\n");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorInBahasaIndonesia() {
        Run run = Run.of("audit", "--lang", "fr", report.toString());
        assertThat(run.status()).isEqualTo(Sakip.BAD_INPUT);
        assertThat(run.err()).isEqualTo("sakip: nilai tidak sah untuk --lang: \"fr\" (seharusnya id|en)"
                + " (lihat: sakip audit --help)\n");
    }

    @Test
    void theRecomputedTablesAndTheirSummaryAreInTheLanguage() {
        Run id = Run.of("recompute", report.toString());
        assertThat(id.status()).isEqualTo(Sakip.ERRORS);
        assertThat(id.out()).startsWith("LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024, dihitung ulang oleh sakip\n")
                .contains("Kemajuan Renstra (tingkat kemajuan terhadap target akhir Renstra, %)",
                        "tidak dapat dihitung", "\nTemuan audit: 20 (13 kesalahan, 4 peringatan, 3 catatan)\n",
                        "- PERINGATAN Perjanjian Kinerja, baris 1")
                .doesNotContain("n/a", " error,", " warning,", " note)");
        assertThat(id.err()).isEqualTo("sakip: LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 dihitung ulang:"
                + " 13 kesalahan, 4 peringatan, 3 catatan; tabel yang dihitung ulang dan temuannya (teks) ditulis ke"
                + " keluaran standar\n");

        Run en = Run.of("--lang", "en", "recompute", report.toString());
        assertThat(en.status()).isEqualTo(Sakip.ERRORS);
        assertThat(en.out()).startsWith("LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024, recomputed by sakip\n")
                .contains("Renstra progress (progress towards the Renstra's end target, %)", "n/a",
                        "\nAudit findings: 20 (13 errors, 4 warnings, 3 notes)\n",
                        "- WARNING Perjanjian Kinerja, row 1")
                .doesNotContain("dihitung ulang oleh", "tidak dapat dihitung", "Temuan audit", "kesalahan");
        assertThat(en.err()).isEqualTo("sakip: recomputed LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: 13 errors,"
                + " 4 warnings, 3 notes; wrote the recomputed tables and their findings (text) to standard output\n");
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource(delimiter = '|', value = {
        "id | Kertas kerja audit sakip | jumlah baris di bawahnya; | tingkat kemajuan terhadap target akhir Renstra"
                + " | PERINGATAN Capaian: 97,03 → 97,04; CATATAN Target: 70,20 → 70,95"
                + " | 68,12 / 70,20 × 100% = 97,04%; kemungkinan penyebab: dipotong, bukan dibulatkan setengah ke atas"
                + " (97,03703… dipotong menjadi 97,03) | kertas kerja auditor (XLSX) ditulis ke",
        "en | sakip audit working paper | the sum of the lines below; | progress against Renstra end target"
                + " | WARNING Capaian: 97,03 → 97,04; NOTE Target: 70,20 → 70,95"
                + " | 68,12 / 70,20 × 100% = 97,04%; likely cause: truncated instead of rounded half-up"
                + " (97,03703… cut to 97,03) | wrote the auditor's working paper (XLSX) to"})
    void theWorkingPaperIsWrittenInTheLanguage(String language, String title, String sum, String renstra,
            String marks, String working, String said) throws IOException {
        Path paper = dir.resolve("paper-" + language + ".xlsx");
        Run run = Run.of("--lang", language, "recompute", "--format", "xlsx", "--output", paper.toString(),
                report.toString());
        assertThat(run.status()).isEqualTo(Sakip.ERRORS);
        assertThat(run.err()).contains(said);
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(paper))) {
            assertThat(poi.getSheet("Ringkasan").getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            Sheet budget = poi.getSheet("Anggaran");
            assertThat(column(budget, "Perhitungan")).anyMatch(w -> w.startsWith(sum));
            assertThat(column(poi.getSheet("Renstra"), "Perhitungan").get(0)).startsWith(renstra);
            assertThat(column(poi.getSheet("Perjanjian Kinerja"), "Temuan").get(0)).isEqualTo(marks);
            Sheet findings = poi.getSheet("Temuan");
            assertThat(findings.getRow(1).getCell(8).getStringCellValue()).isEqualTo(working);
            // The layout is the same in both languages: the sheets' names and the tables' headers.
            assertThat(headers(findings)).containsExactly("No", "Tingkat", "Pemeriksaan", "Tabel", "Baris", "Kolom",
                    "Dicetak", "Seharusnya", "Perhitungan");
            assertThat(headers(budget)).startsWith("Kode", "Uraian", "Anggaran (dicetak)");
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The text cells of a column below its header, in order (empty cells as ""). */
    private static List<String> column(Sheet sheet, String header) {
        int c = headers(sheet).indexOf(header);
        assertThat(c).as(header).isNotNegative();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                Cell cell = row.getCell(c);
                values.add(cell == null ? "" : cell.getStringCellValue());
            }
        }
        return values;
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"en-US", "fr-FR", "id-ID", "in-ID"})
    void theJvmDefaultLocaleChangesNothing(String tag) {
        Locale before = Locale.getDefault();
        Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            Run id = Run.of("audit", report.toString());
            assertThat(id.err()).isEqualTo("sakip: 1 laporan diaudit: 13 kesalahan, 4 peringatan, 3 catatan;"
                    + " temuan (teks) ditulis ke keluaran standar\n");
            assertThat(id.out()).contains("PERINGATAN Perjanjian Kinerja, baris 1");
            assertThat(Run.of("--help").out()).startsWith("Penggunaan: sakip");
            assertThat(Run.of("recompute", report.toString()).out()).contains("Temuan audit: 20 (13 kesalahan,");

            Run en = Run.of("--lang", "en", "audit", report.toString());
            assertThat(en.err()).isEqualTo("sakip: audited 1 report: 13 errors, 4 warnings, 3 notes;"
                    + " wrote the findings (text) to standard output\n");
            assertThat(Run.of("--lang", "en", "--help").out()).startsWith("Usage: sakip");
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
            Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"io/github/sakip/cli/texts", "io/github/sakip/cli/help",
        "io/github/sakip/cli/tables/reasons"})
    void bothLanguagesHaveTheSameKeysAndNoLoneQuote(String base) throws IOException {
        ResourceBundle id = bundle(base + "_id.properties");
        ResourceBundle en = bundle(base + "_en.properties");
        assertThat(new TreeSet<>(id.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        if (!base.endsWith("help")) {
            // MessageFormat patterns: a lone single quote would swallow the text after it.
            for (ResourceBundle bundle : List.of(id, en)) {
                for (String key : bundle.keySet()) {
                    assertThat(bundle.getString(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    private static ResourceBundle bundle(String name) throws IOException {
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
