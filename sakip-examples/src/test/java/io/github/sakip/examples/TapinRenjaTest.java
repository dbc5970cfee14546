package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Severity;
import io.github.sakip.cli.Sakip;
import io.github.sakip.json.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Renja evaluation form of the reference agency ({@link TapinRenja}): the bundled filled form is the one the
 * library computes from the CSV data, byte for byte, and has no finding; the held-back copy with deliberate errors
 * ({@code tapin-renja-2024-errors.json}, listed in docs/permendagri86-forms.md) gets exactly its thirteen findings,
 * each at its cell with its severity, through the audit and through the example program. To write the filled form
 * again after a change of the data or the format, run this test with {@code -Dsakip.regenerate=true}.
 */
class TapinRenjaTest {

    private static final Path FILLED = Paths.get("src", "main", "resources", "tapin-renja-2024.json");
    private static final Path WITH_ERRORS = Paths.get("src", "main", "resources", "tapin-renja-2024-errors.json");
    private static final String FORM = "Evaluasi terhadap Hasil Renja Perangkat Daerah";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());

    private String write(PerformanceReport report) throws Exception {
        return mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(report) + "\n";
    }

    private PerformanceReport read(Path file) throws Exception {
        return mapper.readValue(Files.readString(file, StandardCharsets.UTF_8), PerformanceReport.class);
    }

    @Test
    void theBundledFormIsTheOneTheLibraryComputesFromTheData() throws Exception {
        if (Boolean.getBoolean("sakip.regenerate")) {
            Files.writeString(FILLED, write(TapinRenja.report()), StandardCharsets.UTF_8);
        }
        assertThat(read(FILLED)).isEqualTo(TapinRenja.report());
        assertThat(write(TapinRenja.report())).isEqualTo(Files.readString(FILLED, StandardCharsets.UTF_8));
        assertThat(TapinRenja.filled().source()).hasValue(TapinRenja.SOURCE);
        assertThat(TapinRenja.form().entries()).hasSize(2);
    }

    @Test
    void theFormFilledByTheLibraryHasNoFinding() throws Exception {
        assertThat(Audit.of(read(FILLED)).findings()).isEmpty();
    }

    @Test
    void theCopyWithDeliberateErrorsGetsExactlyThoseFindings() throws Exception {
        List<Finding> findings = Audit.of(read(WITH_ERRORS), Audit.Options.DEFAULT.withLanguage(
                java.util.Locale.ENGLISH)).findings();

        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().table(),
                f -> f.location().row(), f -> f.location().column(), Finding::printed, Finding::expected)
                .containsExactly(
                        // a program's pagu copied from another table (Tabel 3.7), not the sum of its kegiatan
                        tuple(Severity.ERROR, Check.FORM_BUDGET, FORM,
                                "2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "8 Rp",
                                "914.466.926", "1.192.030.989"),
                        tuple(Severity.ERROR, Check.FORM_BUDGET, FORM,
                                "2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "13 Rp",
                                "758.774.600", "1.052.804.054"),
                        // an achievement capped at 100
                        tuple(Severity.ERROR, Check.FORM_ACHIEVEMENT, FORM, "2.07.03.2.01.01 Jumlah Pencari Kerja"
                                + " yang Mengikuti Pelatihan Berbasis Kompetensi", "15 K", "100,00", "88,24"),
                        // truncated instead of rounded: a warning, not an error
                        tuple(Severity.WARNING, Check.FORM_ACHIEVEMENT, FORM, "2.07.04.2.01.05 Jumlah Tenaga Kerja"
                                + " yang Diberdayakan Melalui program Perluasan Kesempatan Kerja", "15 K", "85,10",
                                "85,11"),
                        // a lower-is-better indicator computed as higher-is-better, and its predicate
                        tuple(Severity.ERROR, Check.FORM_ACHIEVEMENT, FORM, "2.07.05 Persentase Penurunan Angka"
                                + " Perselisihan Hubungan Industrial antara Pekerja dengan Perusahaan", "15 K",
                                "132,50", "67,50"),
                        tuple(Severity.ERROR, Check.FORM_PREDICATE, FORM, "2.07.05 Persentase Penurunan Angka"
                                + " Perselisihan Hubungan Industrial antara Pekerja dengan Perusahaan", "Predikat K",
                                "Sangat Tinggi", "Sedang"),
                        tuple(Severity.ERROR, Check.FORM_BUDGET, FORM,
                                "2.07.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "13 Rp",
                                "8.192.268.093", "8.190.291.768"),
                        // a target of 0 printed as 0 % instead of left not computable
                        tuple(Severity.ERROR, Check.FORM_ACHIEVEMENT, FORM,
                                "2.07.01 Persentase efisiensi penggunaan anggaran", "15 K", "0,00", "not computable"),
                        // a level (people paid) summed over the quarters
                        tuple(Severity.ERROR, Check.FORM_REALIZATION, FORM,
                                "2.07.01.2.02.01 Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "13 K", "120",
                                "31"),
                        tuple(Severity.ERROR, Check.FORM_REALIZATION, FORM,
                                "2.07.01.2.02.01 Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "14 K", "120",
                                "31"),
                        tuple(Severity.ERROR, Check.FORM_ACHIEVEMENT, FORM,
                                "2.07.01.2.02.01 Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "15 K", "342,86",
                                "88,57"),
                        // 90,50 % read as "> 90" instead of the printed band 91-100
                        tuple(Severity.ERROR, Check.FORM_PREDICATE, FORM, "2.07.01.2.06 Indeks Kepuasan Pegawai"
                                + " terhadap pelayanan sekretariat Disnaker", "Predikat K", "Sangat Tinggi", "Tinggi"),
                        tuple(Severity.ERROR, Check.FORM_ROLL_UP, FORM, "Rata-rata capaian kinerja", "15 K",
                                "80,40", "85,04"));
        assertThat(findings.get(0).working()).isEqualTo("sum of column 8 Rp of the entries below 2.07.03:"
                + " 1.182.109.989 + 9.921.000 = 1.192.030.989; difference -277.564.063; no known mistake reproduces"
                + " it");
        assertThat(findings.get(1).working()).isEqualTo("sum of column 13 Rp of the entries below 2.07.03:"
                + " 1.042.886.054 + 9.918.000 = 1.052.804.054; difference -294.029.454; no known mistake reproduces"
                + " it");
        assertThat(findings.get(7).working()).isEqualTo("not computable: target is 0: division by zero");
        assertThat(findings.get(8).working()).isEqualTo("latest reported, triwulan IV: 31;"
                + " no known mistake reproduces it");
        assertThat(findings.get(11).working()).isEqualTo("3,62 / 4 × 100% = 90,50% is Tinggi under the bands of"
                + " Permendagri 86/2017 as printed (a gap falls to the lower band)");
    }

    @Test
    void theExampleProgramFindsExactlyTheDeliberateErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Recompute.run(new String[] {WITH_ERRORS.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Sakip.ERRORS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("- KESALAHAN " + FORM + ", baris 2.07.01.2.02.01"
                        + " Jumlah Orang yang Menerima Gaji dan Tunjangan ASN, kolom 13 K: tercetak 120, seharusnya 31",
                "- PERINGATAN " + FORM + ", baris 2.07.04.2.01.05");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sakip: ")
                .contains(": 12 kesalahan, 1 peringatan, 0 catatan; ").endsWith("\n").hasLineCount(1);
    }

    @Test
    void theFilledFormPassesTheExampleProgram() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Recompute.run(new String[] {FILLED.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(),
                        true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Sakip.OK);
    }
}
