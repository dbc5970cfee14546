package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.Capaian;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.audit.Audit;
import io.github.sakip.json.SakipModule;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit of a real K/L report, LAKIP Puslatbang KMP LAN 2021, pinned: its two printed tables are right, so the
 * audit finds nothing; the figures it recomputes are the ones worked out by hand here.
 */
class PuslatbangAuditTest {

    private static final Path FILE = Paths.get("src", "main", "resources", "puslatbang-kmp-lan-2021.json");

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theRealReportHasNoFinding() {
        assertThat(Audit.of(PuslatbangReport.load()).findings()).isEmpty();
    }

    @Test
    void itsFiguresAreTheHandWorkedOnes() {
        // 87,93 / 89 × 100 = 98,797752… → 98,80, as Tabel 3.67 prints (its text says 98,90).
        assertThat(Capaian.of(Polarity.POSITIVE, d("89"), d("87.93")).percent())
                .isBetween(d("98.7977"), d("98.7978"));
        // 9,7% × 95,53 + 18,2% × 99,61 + 43,5% × 99,72 + 28,6% × 59,98
        // = 9,26641 + 18,12902 + 43,3782 + 17,15428 = 87,92791 → 87,93.
        assertThat(Pmk214.implementationAspect(d("95.53"), d("99.61"), d("99.72"), d("59.98")))
                .isEqualByComparingTo("87.92791");
        BudgetPerformanceRow row = PuslatbangReport.load().budgetPerformance().get(0);
        assertThat(List.of(row.absorption(), row.consistency(), row.outputAchievement(),
                row.printedEfficiencyScore().orElseThrow(), row.printedValue().orElseThrow()))
                .containsExactly(d("95.53"), d("99.61"), d("99.72"), d("59.98"), d("87.93"));
    }

    @Test
    void aValueOneHundredthOffWouldBeFound() {
        // 87,94 is 0,01209 from 87,92791: more than a unit of its last digit, so an error, not a rounding slip.
        PerformanceReport report = PuslatbangReport.load();
        BudgetPerformanceRow row = report.budgetPerformance().get(0).withPrintedValue(d("87.94"));
        assertThat(Audit.of(report.withBudgetPerformance(List.of(row))).findings()).singleElement()
                .hasToString("KESALAHAN Nilai Kinerja Anggaran, baris 2021, kolom Nilai Kinerja Anggaran: tercetak"
                        + " 87,94, seharusnya 87,93 (9,7% × 95,53 + 18,2% × 99,61 + 43,5% × 99,72 + 28,6% × 59,98 ="
                        + " 87,93; tidak ada kesalahan umum yang menghasilkan angka ini)");
        assertThat(Audit.of(report.withBudgetPerformance(List.of(row)), Audit.Options.DEFAULT.withLanguage(
                java.util.Locale.ENGLISH)).findings()).singleElement()
                .hasToString("ERROR Nilai Kinerja Anggaran, row 2021, column Nilai Kinerja Anggaran: printed 87,94,"
                        + " should be 87,93 (9,7% × 95,53 + 18,2% × 99,61 + 43,5% × 99,72 + 28,6% × 59,98 = 87,93;"
                        + " no known mistake reproduces it)");
    }

    @Test
    void theJsonIsTheReportAndWritesBackUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
        String written = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(PuslatbangReport.load()) + "\n";
        if (Boolean.getBoolean("sakip.regenerate")) {
            Files.writeString(FILE, written, StandardCharsets.UTF_8);
        }
        String file = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(mapper.readValue(file, PerformanceReport.class)).isEqualTo(PuslatbangReport.load());
        assertThat(written).isEqualTo(file);
    }

    @Test
    void theJsonIsTheCopyBothJsonBindingsAreTestedAgainst() throws Exception {
        // After -Dsakip.regenerate=true, copy the file to sakip-json-testdata too.
        assertThat(Files.readAllBytes(FILE)).isEqualTo(Golden.documentBytes(Golden.CENTRAL_NAME));
    }
}
