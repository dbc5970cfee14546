package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.json.testdata.Golden;
import io.github.sakip.json.testdata.Reports;
import io.github.sakip.report.PerformanceReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two bindings write the same bytes: the Jackson 3 mapper reads the reference report and writes it back
 * byte-identical to the file (which sakip-json wrote, and which sakip-examples checks against it), and for generated
 * reports of every part both write the same text and each reads what the other wrote.
 */
class SameBytesTest extends ModuleTestBase {

    private static final JsonMapper JACKSON3 = mapper();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new io.github.sakip.json.SakipModule());

    @Test
    void readsTheReferenceReportAndWritesItBackByteIdentical() throws Exception {
        byte[] file = Golden.referenceBytes();
        PerformanceReport report = JACKSON3.readValue(file, PerformanceReport.class);
        assertThat(report).isEqualTo(JACKSON2.readValue(file, PerformanceReport.class));

        byte[] pretty = (prettyWriter(JACKSON3).writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(pretty).isEqualTo(file);
        // Compact, too, and as bytes: what Jackson 2 with sakip-json writes for the same report.
        assertThat(JACKSON3.writeValueAsBytes(report)).isEqualTo(JACKSON2.writeValueAsBytes(report));
        // Jackson 3's default pretty printer (no configuration at all) writes the file too, on a \n platform.
        if ("\n".equals(System.lineSeparator())) {
            assertThat(JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")
                    .isEqualTo(Golden.reference());
        }
    }

    @Test
    void theReferenceReportFoundByServiceLoadingIsTheSame() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        PerformanceReport report = found.readValue(Golden.reference(), PerformanceReport.class);
        assertThat(prettyWriter(found).writeValueAsString(report) + "\n").isEqualTo(Golden.reference());
    }

    @Test
    void bothBindingsWriteTheSameBytesForGeneratedReportsAndReadEachOther() {
        qt().withFixedSeed(16).withExamples(300).forAll(Reports.REPORTS).checkAssert(report -> {
            try {
                String jackson2 = JACKSON2.writeValueAsString(report);
                String jackson3 = JACKSON3.writeValueAsString(report);
                assertThat(jackson3).isEqualTo(jackson2);
                assertThat(JACKSON3.readValue(jackson2, PerformanceReport.class)).isEqualTo(report);
                assertThat(JACKSON2.readValue(jackson3, PerformanceReport.class)).isEqualTo(report);
                assertThat(prettyWriter(JACKSON3).writeValueAsString(report)).isEqualTo(JACKSON2.writer(
                        new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                                new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
                        .writeValueAsString(report));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
        });
    }
}
