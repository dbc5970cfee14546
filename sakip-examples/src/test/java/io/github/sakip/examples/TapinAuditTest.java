package io.github.sakip.examples;

import static io.github.sakip.audit.Check.ABSORPTION;
import static io.github.sakip.audit.Check.CAPAIAN;
import static io.github.sakip.audit.Check.EFFICIENCY;
import static io.github.sakip.audit.Check.PARENT_TOTAL;
import static io.github.sakip.audit.Check.RENSTRA_END_TARGET;
import static io.github.sakip.audit.Check.RENSTRA_PROGRESS;
import static io.github.sakip.audit.Check.RENSTRA_TARGET;
import static io.github.sakip.audit.Check.STANDARD;
import static io.github.sakip.audit.Severity.ERROR;
import static io.github.sakip.audit.Severity.NOTE;
import static io.github.sakip.audit.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.report.PerformanceReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit of the reference report, LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: every finding expected from
 * a reading of its tables by hand, and no other.
 */
class TapinAuditTest {

    private static final String TPAK = "Tingkat Partisipasi Angkatan Kerja (TPAK)";
    private static final String SAKIP = "Nilai SAKIP Perangkat Daerah";
    private static final String IP_ASN = "Indeks Profesionalisme ASN (IP-ASN) Perangkat Daerah";

    @Test
    void everyFindingOfTheReferenceReportAndNoOther() {
        PerformanceReport report = TapinReport.load();
        List<Finding> findings = Audit.of(report).findings();
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
                        tuple(WARNING, STANDARD, TPAK, "Persentase Capaian", "96,5", "96,4"));
    }

    /**
     * The likely cause each wrong figure's working names: every one of the 13 errors and 4 warnings has either its
     * cause or the plain statement that no known mistake reproduces it.
     */
    @Test
    void everyWrongFigureNamesItsLikelyCause() {
        List<Finding> findings = Audit.of(TapinReport.load()).findings();
        String truncated = "likely cause: truncated instead of rounded half-up (97,03703… cut to 97,03)";
        String ratio = "likely cause: the ratio taken from 100 instead of from 1: 100 − ΣRAK / Σ(PAK × CK) = 100 − ";
        String none = "no known mistake reproduces it";
        assertThat(findings).extracting(f -> f.working().substring(f.working().lastIndexOf("; ") + 2)).containsExactly(
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
    void theFindingsReadAsOneLineEach() {
        List<Finding> findings = Audit.of(TapinReport.load()).findings();
        assertThat(findings.get(1)).hasToString("ERROR Perjanjian Kinerja, row 20 Persentase Pencari Kerja Lokal"
                + " yang mendapatkan Pelatihan, column Capaian: printed 121,72, should be 121,32 (80,07 / 66 × 100%"
                + " = 121,32%; no known mistake reproduces it)");
        assertThat(findings.get(8).working()).endsWith("likely cause: the ratio taken from 100 instead of from 1: 100"
                + " − ΣRAK / Σ(PAK × CK) = 100 − 0,9714 = 99,0285…");
        assertThat(findings).allSatisfy(f -> assertThat(f.toString()).doesNotContain("\n"));
    }

    @Test
    void theAkipFiguresAndTheIkuCategoriesAreRight() {
        Audit audit = Audit.of(TapinReport.load());
        assertThat(audit.findings()).noneMatch(f -> f.location().table().equals("Evaluasi AKIP"));
        assertThat(audit.findings()).noneMatch(f -> f.location().column().equals("Kategori"));
        assertThat(audit).hasToString(
                "Audit[LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: 13 errors, 4 warnings, 3 notes]");
    }
}
