package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sakip.json.SakipModule;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.report.PerformanceReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The reference report as JSON, {@code tapin-disnaker-2024.json}: read with a plain mapper and the module, it is
 * the report {@link TapinReport#load()} builds, and written again it is the same file, byte for byte.
 * <p>
 * The file is Jackson's default pretty printing (two spaces, {@code "name" : value}) with {@code \n} line ends
 * and a final newline. To write it again after a change of the report or the format, run this test with
 * {@code -Dsakip.regenerate=true}, and copy it to {@code sakip-json-testdata} (both JSON bindings are tested against
 * that copy, which a test here keeps identical).
 */
class TapinJsonTest {

    private static final Path FILE = Paths.get("src", "main", "resources", "tapin-disnaker-2024.json");

    private static ObjectWriter writer(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter));
    }

    private static String write(ObjectMapper mapper, PerformanceReport report) throws Exception {
        return writer(mapper).writeValueAsString(report) + "\n";
    }

    @Test
    void readsTheReferenceReportAndWritesItBackUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
        if (Boolean.getBoolean("sakip.regenerate")) {
            Files.writeString(FILE, write(mapper, TapinReport.load()), StandardCharsets.UTF_8);
        }
        String file = Files.readString(FILE, StandardCharsets.UTF_8);

        PerformanceReport report = mapper.readValue(new File(FILE.toString()), PerformanceReport.class);

        assertThat(report).isEqualTo(TapinReport.load());
        assertThat(write(mapper, report)).isEqualTo(file);
        assertThat(file).endsWith("}\n").doesNotContain("\r").doesNotContain("E+").doesNotContain("E-");
    }

    @Test
    void isTheCopyBothJsonBindingsAreTestedAgainst() throws Exception {
        assertThat(Files.readAllBytes(FILE)).isEqualTo(Golden.referenceBytes());
    }

    @Test
    void isTheSameWithTheModuleFoundByFindAndRegisterModules() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        String file = Files.readString(FILE, StandardCharsets.UTF_8);
        PerformanceReport report = mapper.readValue(file, PerformanceReport.class);
        assertThat(report).isEqualTo(TapinReport.load());
        assertThat(write(mapper, report)).isEqualTo(file);
    }

    @Test
    void keepsEveryPrintedFigureAtItsPrintedScale() throws Exception {
        String file = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(file).contains("\"capaian\" : 97.60", "\"total\" : 72.00", "\"total\" : 73.20",
                "\"totalRealisasi\" : 13743121859", "\"category\" : \"Sangat Tinggi\"", "\"predicate\" : \"BB\"");
        PerformanceReport report = new ObjectMapper().registerModule(new SakipModule())
                .readValue(file, PerformanceReport.class);
        assertThat(report.performance().get(1).printedCapaian()).hasValueSatisfying(
                capaian -> assertThat(capaian.toPlainString()).isEqualTo("97.60"));
    }
}
