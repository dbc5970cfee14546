package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.json.testdata.Reports;
import io.github.sakip.report.PerformanceReport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the binding over generated reports (the generator of sakip-json-testdata): writing then reading is the
 * identity, and so is reading then writing the canonical JSON.
 */
class ReportPropertiesTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static final Gen<PerformanceReport> REPORTS = Reports.REPORTS;

    private static final Function<PerformanceReport, String> WRITE = report -> {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    };

    @Test
    void writingThenReadingIsTheIdentity() {
        qt().withExamples(300).forAll(REPORTS.describedAs(WRITE::apply)).checkAssert(report -> {
            String json = WRITE.apply(report);
            PerformanceReport read;
            try {
                read = MAPPER.readValue(json, PerformanceReport.class);
            } catch (Exception e) {
                throw new AssertionError(json, e);
            }
            assertThat(read).isEqualTo(report);
            assertThat(WRITE.apply(read)).isEqualTo(json);
        });
    }

    @Test
    void prettyPrintedDocumentsReadBackEqual() {
        qt().withExamples(50).forAll(REPORTS.describedAs(WRITE::apply)).checkAssert(report -> {
            try {
                String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
                assertThat(MAPPER.readValue(pretty, PerformanceReport.class)).isEqualTo(report);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
