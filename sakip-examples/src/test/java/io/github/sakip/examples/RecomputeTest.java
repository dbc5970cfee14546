package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        assertThat(run()).isEqualTo(Recompute.ERRORS);
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
                "Temuan audit: 38 (18 error, 4 warning, 16 note)",
                "- ERROR Capaian Anggaran, row 2.07.03, column Anggaran: printed 914.466.926, should be 1.192.030.989");
        assertThat(err()).isEmpty();
    }

    @Test
    void jsonForMachines() throws IOException {
        assertThat(run("--json")).isEqualTo(Recompute.ERRORS);
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
        assertThat(run(file.toString())).isEqualTo(Recompute.OK);
        assertThat(out()).contains("Temuan audit: 0 (0 error, 0 warning, 0 note)",
                "Semua angka yang dicetak sesuai dengan datanya.");
    }

    @Test
    void badInputIsOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: no such file: " + dir.resolve("missing.json") + "\n");
        err.reset();

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"agency\": \"Dinas\", \"year\": 2024, \"performance\": [{\"number\": \"1\","
                + " \"target\": 1e1000000000");
        assertThat(run(broken.toString())).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).startsWith("sakip: " + broken + " is not a report: ")
                .contains("performance[0]").endsWith("\n");
        assertThat(err().strip()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
        err.reset();

        assertThat(run("--frobnicate")).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).isEqualTo("sakip: unknown option --frobnicate; usage: Recompute [--json] [--output FILE] [report.json]\n");
        err.reset();
        assertThat(run("a.json", "b.json")).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).startsWith("sakip: more than one report given (a.json, b.json)");
    }

    @Test
    void outputToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("audit.json");
        assertThat(run("--json", "--output", file.toString())).isEqualTo(Recompute.ERRORS);
        assertThat(out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).get("findings")).hasSize(38);
        assertThat(run("--output")).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).startsWith("sakip: --output needs a file;");
        err.reset();
        assertThat(run("--output", dir.resolve("no/such/dir/out.txt").toString())).isEqualTo(Recompute.BAD_INPUT);
        assertThat(err()).startsWith("sakip: cannot write " + dir.resolve("no/such/dir/out.txt"));
    }

    @Test
    void help() {
        assertThat(run("--help")).isEqualTo(Recompute.OK);
        assertThat(out()).isEqualTo("usage: Recompute [--json] [--output FILE] [report.json]\n");
    }
}
