package io.github.sakip.examples;

import static io.github.sakip.audit.Check.ABSORPTION;
import static io.github.sakip.audit.Check.BUDGET_AS_CAPAIAN;
import static io.github.sakip.audit.Check.BUDGET_WITHOUT_SASARAN;
import static io.github.sakip.audit.Check.CAPAIAN;
import static io.github.sakip.audit.Check.CASCADE_CODE;
import static io.github.sakip.audit.Check.CROSS_TABLE_CAPAIAN;
import static io.github.sakip.audit.Check.EFFICIENCY;
import static io.github.sakip.audit.Check.PARENT_TOTAL;
import static io.github.sakip.audit.Check.RENSTRA_END_TARGET;
import static io.github.sakip.audit.Check.RENSTRA_PROGRESS;
import static io.github.sakip.audit.Check.RENSTRA_TARGET;
import static io.github.sakip.audit.Check.SASARAN_BUDGET;
import static io.github.sakip.audit.Check.STANDARD;
import static io.github.sakip.audit.Severity.ERROR;
import static io.github.sakip.audit.Severity.NOTE;
import static io.github.sakip.audit.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.report.CascadeBudget;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.github.sakip.report.SasaranBudget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit of the reference report, LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: every finding expected from
 * a reading of its tables by hand, and no other.
 */
class TapinAuditTest {

    private static final String TPAK = "Tingkat Partisipasi Angkatan Kerja (TPAK)";
    private static final String SAKIP = "Nilai SAKIP Perangkat Daerah";
    private static final String IP_ASN = "Indeks Profesionalisme ASN (IP-ASN) Perangkat Daerah";
    private static final String SASARAN_1 = "Meningkatnya Kualitas Ketenagakerjaan Daerah";
    private static final String MUST_BE_A_CAPAIAN = "a capaian from the indicator's target and realisation";

    @Test
    void everyFindingOfTheReferenceReportAndNoOther() {
        PerformanceReport report = TapinReport.load();
        List<Finding> findings = Audit.of(report, Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH)).findings();
        assertThat(findings)
                .extracting(Finding::severity, Finding::check, f -> f.location().row(), f -> f.location().column(),
                        Finding::printed, Finding::expected)
                .containsExactly(
                        // Tabel 3.2: 68,12 / 70,20 = 97,037…, cut to 97,03 instead of rounded to 97,04.
                        tuple(WARNING, CAPAIAN, "1 " + TPAK, "Capaian", "97,03", "97,04"),
                        // 80,07 / 66 = 121,318…; the printed 121,72 follows from no figure of the row.
                        tuple(ERROR, CAPAIAN, "20 Persentase Pencari Kerja Lokal yang mendapatkan Pelatihan",
                                "Capaian", "121,72", "121,32"),
                        // 80,02 / 80 = 100,025: the decimal point moved (0,025 printed as 0,25).
                        tuple(ERROR, CAPAIAN, "29 Persentase Pencari Kerja yang Bersertifikat", "Capaian", "100,25",
                                "100,03"),
                        // Tabel 3.9: 2.440.276.254 / 3.992.854.514 = 61,116…, truncated.
                        tuple(WARNING, ABSORPTION,
                                "2.07.01.2.09.09 Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                                "Persentase", "61,11", "61,12"),
                        // Program totals that are not the sum of their kegiatan.
                        tuple(ERROR, PARENT_TOTAL, "2.07.01", "Realisasi", "8.192.268.093", "8.190.291.768"),
                        tuple(ERROR, PARENT_TOTAL, "2.07.03", "Anggaran", "914.466.926", "1.192.030.989"),
                        tuple(ERROR, PARENT_TOTAL, "2.07.03", "Realisasi", "758.774.600", "1.052.804.054"),
                        // Tabel 3.7: the same truncated capaian, and an "efisiensi" that is 100 − ΣRAK/Σ(PAK×CK)
                        // instead of PMK 214's (Σ(PAK×CK) − ΣRAK) / Σ(PAK×CK).
                        tuple(WARNING, CAPAIAN, "Meningkatnya Kualitas Ketenagakerjaan Daerah", "Capaian Kinerja",
                                "97,03", "97,04"),
                        tuple(ERROR, EFFICIENCY, "Meningkatnya Kualitas Ketenagakerjaan Daerah", "Efisiensi",
                                "99,03", "2,86"),
                        tuple(ERROR, EFFICIENCY, "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "Efisiensi",
                                "99,01", "1,30"),
                        tuple(ERROR, EFFICIENCY, "Meningkatnya Profesionalisme ASN Perangkat Daerah", "Efisiensi",
                                "99,22", "21,76"),
                        // Tabel 3.4 divides by the 2024 target and calls it the end target; the end target of the
                        // Renstra 2022–2026 is 2026's. TPAK's 96 happens to be 95,80 rounded to a whole percent.
                        tuple(ERROR, RENSTRA_END_TARGET, TPAK, "Target Akhir Renstra", "70,95", "71,11"),
                        tuple(NOTE, RENSTRA_PROGRESS, TPAK, "Tingkat Kemajuan", "96", "95,80"),
                        tuple(NOTE, RENSTRA_TARGET, "1 " + TPAK, "Target", "70,20", "70,95"),
                        tuple(ERROR, RENSTRA_END_TARGET, SAKIP, "Target Akhir Renstra", "71,61", "72,50"),
                        tuple(ERROR, RENSTRA_PROGRESS, SAKIP, "Tingkat Kemajuan", "102,22", "100,97"),
                        tuple(NOTE, RENSTRA_TARGET, "2 " + SAKIP, "Target", "75", "71,61"),
                        tuple(ERROR, RENSTRA_END_TARGET, IP_ASN, "Target Akhir Renstra", "65", "76"),
                        tuple(ERROR, RENSTRA_PROGRESS, IP_ASN, "Tingkat Kemajuan", "121,74", "104,12"),
                        // Tabel 3.5 prints its one figure with one decimal: 68,12 / 70,63 = 96,446… is 96,4 there,
                        // and 96,5 is that figure rounded to 96,45 and again to 96,5.
                        tuple(WARNING, STANDARD, TPAK, "Persentase Capaian", "96,5", "96,4"),
                        // Tabel 3.7's budget of sasaran 1 is the printed totals of 2.07.03 + 2.07.04 + 2.07.05; their
                        // lines give 1.192.030.989 + 3.208.494.952 + 1.455.779.530 = 5.856.305.471 and
                        // 1.052.804.054 + 3.111.324.837 + 1.388.701.200 = 5.552.830.091. Sasaran 2 (2.07.01.2.01.06)
                        // and 3 (2.07.01.2.05) are right.
                        tuple(ERROR, SASARAN_BUDGET, SASARAN_1, "Anggaran", "5.578.741.408", "5.856.305.471"),
                        tuple(ERROR, SASARAN_BUDGET, SASARAN_1, "Realisasi Anggaran", "5.258.800.637",
                                "5.552.830.091"),
                        // Tabel 3.8 puts Administrasi Keuangan under sasaran 2 and Administrasi Umum under sasaran
                        // 3, but Tabel 3.7's budgets of those sasaran hold neither.
                        tuple(NOTE, CASCADE_CODE, "2.07.01.2.02 Persentase surat pertanggung jawaban yang seuai dengan"
                                + " standar penatausahaan Keuangan", "Kode", "2.07.01.2.02",
                                "a code whose lines serve the sasaran (2.07.01.2.01.06)"),
                        tuple(NOTE, CASCADE_CODE, "2.07.01.2.06 Persentase Pelayanan Administrasi Umum Perangkat"
                                + " Daerah", "Kode", "2.07.01.2.06", "a code whose lines serve the sasaran"
                                + " (2.07.01.2.05)"),
                        // 16.377.888.751 − 5.856.305.471 − 11.782.200 − 83.427.730 = 10.426.373.350: the rest of
                        // the program 2.07.01 serves no sasaran.
                        tuple(NOTE, BUDGET_WITHOUT_SASARAN, "budget serving no sasaran", "Anggaran",
                                "10.426.373.350", "0"),
                        // Tabel 3.8 against Tabel 3.2 for the same indicator: 80,02 / 80 = 100,025 (Tabel 3.2 prints
                        // 100,25), 80,07 / 66 = 121,318 (prints 121,72), 73,83 / 72 = 102,541 (prints 102,54).
                        tuple(ERROR, CROSS_TABLE_CAPAIAN, "2.07.03 Persentase Pencari Kerja yang bersertifikat",
                                "Capaian", "94,10", "100,03"),
                        tuple(ERROR, CROSS_TABLE_CAPAIAN, "2.07.03.2.01 Persentase pencari kerja lokal yang"
                                + " mendapatkan pelatihan", "Capaian", "88,22", "121,32"),
                        // The other kegiatan print their line's absorption: 9.918.000 / 9.921.000 = 99,97…
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.03.2.02 Persentase Lembaga Pelatihan Kerja Swasta yang"
                                + " terakreditasi", "Capaian", "99,97", MUST_BE_A_CAPAIAN),
                        tuple(ERROR, CROSS_TABLE_CAPAIAN, "2.07.04 Persentase Pencari Kerja yang ditempatkan",
                                "Capaian", "96,04", "102,54"),
                        // 1.959.989.067 / 1.978.216.337 = 99,079…
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.04.2.01 Persentase Pemberi kerja yang mendapatkan"
                                + " Sosialisasi Pelayanan Antar Kerja", "Capaian", "99,08", MUST_BE_A_CAPAIAN),
                        // 1.046.967.970 / 1.121.168.465 = 93,38…, printed to one decimal.
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.04.2.03 Persentase Pencari Kerja yang mendapatkan"
                                + " informasi lowongan kerja pada portal bursa kerja", "Capaian", "93,4",
                                MUST_BE_A_CAPAIAN),
                        // 104.367.800 / 109.110.150 = 95,653…
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.04.2.04 Persentase Calon Pekerja Migran yang"
                                + " mendapatkan Sosialisasi", "Capaian", "95,65", MUST_BE_A_CAPAIAN),
                        // 31.911.200 / 53.973.280 = 59,124…
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.05.2.01 Persentase Pengesahan Peraturan Perusahaan dan"
                                + " Pendaftaran Perjanjian Kerja bersama untuk perusahaan yang hanya beroperasi dalam"
                                + " 1 (satu) Daerah Kabupaten/Kota", "Capaian", "59,12", MUST_BE_A_CAPAIAN),
                        // 1.356.790.000 / 1.401.806.250 = 96,788…, printed to one decimal.
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.05.2.02 Persentase Pencegahan Perselisihan Hubungan"
                                + " Industrial, Mogok Kerja dan Penutupan Perusahaan di Daerah Kabupaten/Kota",
                                "Capaian", "96,8", MUST_BE_A_CAPAIAN),
                        // To whole percents: 25.012.100 / 25.592.200 = 97,73…; 3.146.118.197 / 3.203.962.696 =
                        // 98,19…; 79.461.532 / 83.427.730 = 95,24…; 1.842.630.867 / 1.946.138.124 = 94,68….
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.01.2.01 Persentase tindak lanjut perencanaan kinerja atas"
                                + " rekomendasi dari mitra kerja bappelitbang", "Capaian", "98", MUST_BE_A_CAPAIAN),
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.01.2.02 Persentase surat pertanggung jawaban yang seuai"
                                + " dengan standar penatausahaan Keuangan", "Capaian", "98", MUST_BE_A_CAPAIAN),
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.01.2.05 Persentase ASN perangkat Daerah yang"
                                + " mendapatkan pelayanan administrasi kepegawaian dengan baik", "Capaian", "95",
                                MUST_BE_A_CAPAIAN),
                        tuple(NOTE, BUDGET_AS_CAPAIAN, "2.07.01.2.06 Persentase Pelayanan Administrasi Umum Perangkat"
                                + " Daerah", "Capaian", "95", MUST_BE_A_CAPAIAN));
        // TPAK, Nilai SAKIP and IP-ASN print the same capaian in Tabel 3.2, 3.3, 3.7 and 3.8 (97,03 also where it
        // is wrong): no pair disagrees. Program 2.07.01 prints 96,5 under both its sasaran.
        assertThat(findings).filteredOn(f -> f.check() == CROSS_TABLE_CAPAIAN)
                .noneMatch(f -> f.location().row().equals(TPAK) || f.location().row().startsWith("2.07.01 "));
    }

    /**
     * The likely cause each wrong figure's working names, in the tables of the report's first 20 findings: every one
     * of their 13 errors and 4 warnings has either its cause or the plain statement that no known mistake reproduces
     * it.
     */
    @Test
    void everyWrongFigureNamesItsLikelyCause() {
        List<Finding> findings = Audit.of(TapinReport.load(), Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH))
                .findings();
        String truncated = "likely cause: truncated instead of rounded half-up (97,03703… cut to 97,03)";
        String ratio = "likely cause: the ratio taken from 100 instead of from 1: 100 − ΣRAK / Σ(PAK × CK) = 100 − ";
        String none = "no known mistake reproduces it";
        assertThat(findings.subList(0, 20)).extracting(f -> f.working().substring(f.working().lastIndexOf("; ") + 2)).containsExactly(
                truncated,
                // Row 20: 121,72 is no slip of 121,318…; nothing in the row gives it.
                none,
                "likely cause: a zero dropped from the decimals: 100,025 written as 100,25",
                "likely cause: truncated instead of rounded half-up (61,11608… cut to 61,11)",
                // The program totals differ from their kegiatan by amounts no line below them has, and every
                // kegiatan adds up: no known mistake.
                none, none, none,
                truncated,
                ratio + "0,9714 = 99,0285…",
                ratio + "0,9870 = 99,0130…",
                ratio + "0,7824 = 99,2176…",
                "likely cause: the target of 2024 (70,95) taken as the end target instead of the target of 2026"
                        + " (71,11)",
                "printed rounded to 0 decimals where the rest of its column prints 2",
                "the Perjanjian Kinerja sets 70,20",
                "likely cause: the target of 2024 (71,61) taken as the end target instead of the target of 2026"
                        + " (72,50)",
                "likely cause: the target of 2024 (71,61) taken as the end target instead of the target of 2026"
                        + " (72,50): 73,20 / 71,61 × 100% = 102,22%",
                "the Perjanjian Kinerja sets 75",
                "likely cause: the target of 2024 (65) taken as the end target instead of the target of 2026 (76)",
                "likely cause: the target of 2024 (65) taken as the end target instead of the target of 2026 (76):"
                        + " 79,13 / 65 × 100% = 121,74%",
                "likely cause: rounded twice, first to 2 decimals (96,45) and then to 1 (96,5)");
    }

    @Test
    void aFindingAboutTwoTablesNamesBoth() {
        List<Finding> findings = Audit.of(TapinReport.load(), Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH))
                .findings();
        Finding budget = findings.get(20);
        assertThat(budget.location()).isEqualTo(new Location("Efisiensi Anggaran", SASARAN_1, "Anggaran"));
        assertThat(budget.related()).containsExactly(new Location("Capaian Anggaran", "2.07.03, 2.07.04, 2.07.05",
                "Anggaran"));
        assertThat(budget.working()).isEqualTo("the lowest lines of 2.07.03, 2.07.04, 2.07.05 in the budget table"
                + " add up to 5.856.305.471; difference -277.564.063; likely cause: the sum of the printed totals of the"
                + " codes that serve the sasaran (914.466.926 + 3.208.494.952 + 1.455.779.530 = 5.578.741.408), which"
                + " include the wrong total of 2.07.03 (914.466.926 instead of 1.192.030.989)");
        Finding training = findings.get(26);
        assertThat(training.related()).containsExactly(
                new Location("Perjanjian Kinerja", "20 Persentase Pencari Kerja Lokal yang mendapatkan Pelatihan",
                        "Capaian"),
                new Location("Capaian Anggaran", "2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
                        "Persentase"));
        assertThat(training).hasToString("ERROR Pohon Kinerja, row 2.07.03.2.01 Persentase pencari kerja lokal yang"
                + " mendapatkan pelatihan, column Capaian [and Perjanjian Kinerja, row 20 Persentase Pencari Kerja"
                + " Lokal yang mendapatkan Pelatihan, column Capaian; Capaian Anggaran, row 2.07.03.2.01 Pelaksanaan"
                + " Pelatihan berdasarkan Unit Kompetensi, column Persentase]: printed 88,22, should be 121,32"
                + " (Perjanjian Kinerja, row 20 Persentase Pencari Kerja Lokal yang mendapatkan Pelatihan, column"
                + " Capaian prints 121,72 for the same indicator; its data give 80,07 / 66 × 100% = 121,32%; no"
                + " known mistake reproduces it; 88,22 is the absorption of 2.07.03.2.01 in the"
                + " budget table (1.042.886.054 / 1.182.109.989 × 100% = 88,22%), a budget figure, not the"
                + " indicator's capaian)");
        assertThat(findings.get(24).working()).isEqualTo("2.07.01.2.01.02, 2.07.01.2.01.03, 2.07.01.2.02,"
                + " 2.07.01.2.06, 2.07.01.2.07, 2.07.01.2.08, 2.07.01.2.09 serve no sasaran of the cascade: pagu"
                + " 10.426.373.350 of 16.377.888.751 (63,66%), realisasi 8.099.480.536 of 13.743.121.859 (58,93%)");
        assertThat(findings.get(30).working()).isEqualTo("93,4 is the absorption of 2.07.04.2.03 in the budget"
                + " table (1.046.967.970 / 1.121.168.465 × 100% = 93,38%), rounded to 1 decimal, a budget figure, not"
                + " the indicator's capaian");
        assertThat(findings.subList(0, 20)).allSatisfy(f -> assertThat(f.related()).isEmpty());
        assertThat(findings.subList(20, findings.size())).allSatisfy(f -> assertThat(f.related()).isNotEmpty());
    }

    @Test
    void theBudgetOfEverySasaranFromTheLowestLines() {
        CascadeBudget budget = CascadeBudget.of(TapinReport.load());
        assertThat(budget.sasaran()).extracting(SasaranBudget::pagu, SasaranBudget::realisasi).containsExactly(
                tuple(new BigDecimal("5856305471"), new BigDecimal("5552830091")),
                tuple(new BigDecimal("11782200"), new BigDecimal("11349700")),
                tuple(new BigDecimal("83427730"), new BigDecimal("79461532")));
        assertThat(budget.sasaran().get(0).absorptionFigure().rounded()).isEqualByComparingTo("94.82");
        // PMK 214 from the lines with the exact capaian 97,037…: (5.856.305.471 × 0,97037… − 5.552.830.091) /
        // (5.856.305.471 × 0,97037…) = 2,29 %, where the printed totals give 2,86 %.
        PerformanceReport report = TapinReport.load();
        assertThat(budget.sasaran().get(0).efficiencyFigure(io.github.sakip.Capaian.of(
                report.performance().get(0).indicator(), report.performance().get(0).target(),
                report.performance().get(0).realization()), io.github.sakip.Pmk214.OutputCap.NONE).rounded())
                .isEqualByComparingTo("2.29");
        assertThat(budget.discrepancies()).isEmpty();
        assertThat(budget.withoutBudget()).isEmpty();
        assertThat(budget.unassignedPagu()).isEqualByComparingTo("10426373350");
        assertThat(budget.unassignedRealisasi()).isEqualByComparingTo("8099480536");
    }

    @Test
    void theFindingsReadAsOneLineEach() {
        List<Finding> findings = Audit.of(TapinReport.load()).findings();
        assertThat(findings.get(1)).hasToString("KESALAHAN Perjanjian Kinerja, baris 20 Persentase Pencari Kerja"
                + " Lokal yang mendapatkan Pelatihan, kolom Capaian: tercetak 121,72, seharusnya 121,32 (80,07 / 66 ×"
                + " 100% = 121,32%; tidak ada kesalahan umum yang menghasilkan angka ini)");
        assertThat(findings.get(8).working()).endsWith("kemungkinan penyebab: rasio dikurangkan dari 100, bukan dari 1: 100"
                + " − ΣRAK / Σ(PAK × CK) = 100 − 0,9714 = 99,0285…");
        assertThat(findings).allSatisfy(f -> assertThat(f.toString()).doesNotContain("\n"));
        List<Finding> english = Audit.of(TapinReport.load(), Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH))
                .findings();
        assertThat(english.get(1)).hasToString("ERROR Perjanjian Kinerja, row 20 Persentase Pencari Kerja Lokal"
                + " yang mendapatkan Pelatihan, column Capaian: printed 121,72, should be 121,32 (80,07 / 66 × 100%"
                + " = 121,32%; no known mistake reproduces it)");
        assertThat(english.get(8).working()).endsWith("likely cause: the ratio taken from 100 instead of from 1: 100"
                + " − ΣRAK / Σ(PAK × CK) = 100 − 0,9714 = 99,0285…");
    }

    /**
     * The thirty-eight findings as an auditor reads them, in both languages, pinned line for line in
     * {@code findings/tapin-2024-id.txt} and {@code findings/tapin-2024-en.txt}: the same places and figures, only the
     * words differ.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "en"})
    void everyFindingOfTheReferenceReportReadsAsPinnedInBothLanguages(String language) throws IOException {
        List<String> expected;
        try (InputStream in = TapinAuditTest.class.getResourceAsStream("/findings/tapin-2024-" + language + ".txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Audit audit = Audit.of(TapinReport.load(), Audit.Options.DEFAULT.withLanguage(Locale.forLanguageTag(
                language)));
        assertThat(audit.findings()).extracting(Finding::toString).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(38);
    }

    @Test
    void theAkipFiguresAndTheIkuCategoriesAreRight() {
        Audit audit = Audit.of(TapinReport.load());
        assertThat(audit.findings()).noneMatch(f -> f.location().table().equals("Evaluasi AKIP"));
        assertThat(audit.findings()).noneMatch(f -> f.location().column().equals("Kategori"));
        assertThat(audit).hasToString(
                "Audit[LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: 18 kesalahan, 4 peringatan, 16 catatan]");
    }
}
