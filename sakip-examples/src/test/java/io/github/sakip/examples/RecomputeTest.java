package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.cli.Sakip;
import io.github.sakip.json.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example program as a user runs it: its output, its JSON, and its exit status. */
class RecomputeTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Recompute.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceReportRecomputedWithItsFindings() {
        assertThat(run()).isEqualTo(Sakip.ERRORS);
        assertThat(out()).contains(
                "LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024, dihitung ulang oleh sakip",
                "Perjanjian Kinerja: capaian (%) dan kategori (Permendagri 86/2017)",
                " 1  Tingkat Partisipasi Angkatan Kerja (TPAK)         Persen         70,20      68,12    97,03    97,04"
                        + "  Sangat Tinggi",
                "Kemajuan Renstra", "71,11 (2026)", "95,80",
                "2.07.03         PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA     1.192.030.989"
                        + "   1.052.804.054  88,32",
                "Jumlah                                                    16.377.888.751  13.743.121.859  83,91",
                "Efisiensi anggaran (PMK 214/PMK.02/2017, %)",
                "2023  73,20  BB (Sangat Baik)",
                "Temuan audit: 38 (18 kesalahan, 4 peringatan, 16 catatan)",
                "- KESALAHAN Capaian Anggaran, baris 2.07.03, kolom Anggaran: tercetak 914.466.926, seharusnya"
                        + " 1.192.030.989");
        assertThat(err()).isEqualTo("sakip: LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 dihitung ulang: 18 kesalahan,"
                + " 4 peringatan, 16 catatan; tabel yang dihitung ulang dan temuannya (teks) ditulis ke keluaran"
                + " standar\n");
    }

    @Test
    void jsonForMachines() throws IOException {
        assertThat(run("--format", "json")).isEqualTo(Sakip.ERRORS);
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("agency").asText()).isEqualTo("Dinas Tenaga Kerja Kabupaten Tapin");
        assertThat(json.get("performance")).hasSize(36);
        assertThat(json.get("performance").get(0).get("capaian").get("explain").asText())
                .isEqualTo("68,12 / 70,20 × 100% = 97,04%");
        assertThat(json.get("findings")).hasSize(38);
        assertThat(json.get("findings").get(1).get("expected").asText()).isEqualTo("121,32");
        assertThat(out()).doesNotContain("E+");
    }

    @Test
    void aReportWithNothingWrongExitsZero(@TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
        PerformanceReport right = TapinReport.load().withBudget(io.github.sakip.report.BudgetTable.EMPTY)
                .withEfficiency(java.util.List.of()).withRenstra(java.util.List.of())
                .withStandards(java.util.List.of()).withPerformance(TapinReport.load().performance().subList(1, 19));
        Path file = dir.resolve("right.json");
        mapper.writeValue(file.toFile(), right);
        assertThat(run(file.toString())).isEqualTo(Sakip.OK);
        assertThat(out()).contains("Temuan audit: 0 (0 kesalahan, 0 peringatan, 0 catatan)",
                "Semua angka yang dicetak sesuai dengan datanya.");
    }

    @Test
    void badInputIsOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: tidak ada berkas atau direktori: " + dir.resolve("missing.json") + "\n");
        err.reset();

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"agency\": \"Dinas\", \"year\": 2024, \"performance\": [{\"number\": \"1\","
                + " \"target\": 1e1000000000");
        assertThat(run("--lang", "en", broken.toString())).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).startsWith("sakip: " + broken + " is not a report: ")
                .contains("performance[0]").endsWith("\n");
        assertThat(err().strip()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
        err.reset();

        assertThat(run("--frobnicate")).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: opsi atau argumen tidak dikenal: --frobnicate (lihat: sakip recompute"
                + " --help)\n");
        err.reset();
        assertThat(run("a.json", "b.json")).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: opsi atau argumen tidak dikenal: b.json (lihat: sakip recompute --help)\n");
    }

    @Test
    void outputToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("audit.json");
        assertThat(run("--format", "json", "--output", file.toString())).isEqualTo(Sakip.ERRORS);
        assertThat(out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).get("findings")).hasSize(38);
        err.reset();
        assertThat(run("--output")).isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: --output memerlukan nilai: FILE (lihat: sakip recompute --help)\n");
        err.reset();
        assertThat(run("--lang", "en", "--output", dir.resolve("no/such/dir/out.txt").toString()))
                .isEqualTo(Sakip.BAD_INPUT);
        assertThat(err()).startsWith("sakip: cannot write " + dir.resolve("no/such/dir/out.txt"));
    }

    @Test
    void help() {
        assertThat(run("--help")).isEqualTo(Sakip.OK);
        assertThat(out()).startsWith("Penggunaan: sakip recompute ");
    }
}
