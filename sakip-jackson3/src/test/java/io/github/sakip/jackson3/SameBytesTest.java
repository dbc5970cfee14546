package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.json.testdata.Golden;
import io.github.sakip.json.testdata.Reports;
import io.github.sakip.report.PerformanceReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two bindings write the same bytes: each mapper reads the real reports (the reference report of a regional
 * government, a K/L's report and the published IKM surveys) and writes them back byte-identical to the files
 * (which sakip-json wrote, and which sakip-examples checks against them), and for generated reports of every part
 * both write the same text and each reads what the other wrote.
 */
class SameBytesTest extends ModuleTestBase {

    private static final JsonMapper JACKSON3 = mapper();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new io.github.sakip.json.SakipModule());
    /** Jackson 2's default pretty printing with {@code \n} line ends, as sakip-examples writes the real reports. */
    private static final com.fasterxml.jackson.databind.ObjectWriter JACKSON2_PRETTY = JACKSON2.writer(
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                    new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));

    static List<String> documents() {
        return Golden.DOCUMENTS;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsARealReportAndWritesItBackByteIdentical(String name) throws Exception {
        byte[] file = Golden.documentBytes(name);
        PerformanceReport report = JACKSON3.readValue(file, PerformanceReport.class);
        assertThat(report).isEqualTo(JACKSON2.readValue(file, PerformanceReport.class));

        byte[] pretty = (prettyWriter(JACKSON3).writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(pretty).isEqualTo(file);
        assertThat((JACKSON2_PRETTY.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8))
                .isEqualTo(file);
        // Compact, too, and as bytes: what Jackson 2 with sakip-json writes for the same report.
        assertThat(JACKSON3.writeValueAsBytes(report)).isEqualTo(JACKSON2.writeValueAsBytes(report));
        // Jackson 3's default pretty printer (no configuration at all) writes the file too, on a \n platform.
        if ("\n".equals(System.lineSeparator())) {
            assertThat(JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")
                    .isEqualTo(new String(file, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aRealReportFoundByServiceLoadingIsTheSame(String name) {
        String file = new String(Golden.documentBytes(name), StandardCharsets.UTF_8);
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        PerformanceReport report = found.readValue(file, PerformanceReport.class);
        assertThat(prettyWriter(found).writeValueAsString(report) + "\n").isEqualTo(file);
    }

    @Test
    void bothBindingsWriteTheSameBytesForGeneratedReportsAndReadEachOther() {
        AtomicInteger central = new AtomicInteger();
        AtomicInteger ikm = new AtomicInteger();
        AtomicInteger forms = new AtomicInteger();
        qt().withFixedSeed(16).withExamples(300).forAll(Reports.REPORTS).checkAssert(report -> {
            if (!report.centralBudget().lines().isEmpty() && !report.budgetPerformance().isEmpty()) {
                central.incrementAndGet();
            }
            if (report.ikm().stream().anyMatch(table -> table.answers().isPresent())
                    && report.ikm().stream().anyMatch(table -> table.printedIkm().isPresent())) {
                ikm.incrementAndGet();
            }
            if (report.evaluationForms().stream().anyMatch(form -> !form.entries().isEmpty())) {
                forms.incrementAndGet();
            }
            try {
                String jackson2 = JACKSON2.writeValueAsString(report);
                String jackson3 = JACKSON3.writeValueAsString(report);
                assertThat(jackson3).isEqualTo(jackson2);
                assertThat(JACKSON3.readValue(jackson2, PerformanceReport.class)).isEqualTo(report);
                assertThat(JACKSON2.readValue(jackson3, PerformanceReport.class)).isEqualTo(report);
                assertThat(prettyWriter(JACKSON3).writeValueAsString(report))
                        .isEqualTo(JACKSON2_PRETTY.writeValueAsString(report));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(central).as("generated reports with K/L budget lines and a Nilai Kinerja Anggaran").hasPositiveValue();
        assertThat(ikm).as("generated reports with an IKM survey given as answers and a printed IKM")
                .hasPositiveValue();
        assertThat(forms).as("generated reports with a filled evaluation form").hasPositiveValue();
    }
}
