package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document is one value: what follows it is refused with Jackson's exceptions. */
class DocumentsTest extends ModuleTestBase {

    private static final String REPORT = HostileInputTest.VALID;

    @Test
    void garbageAfterTheReportIsRefusedWithItsLocation() {
        JsonProcessingException e = refused(mapper(), REPORT + " garbage", PerformanceReport.class);
        assertThat(e).isInstanceOf(JsonParseException.class).hasMessageContaining("Unrecognized token 'garbage'");
        assertThat(e.getLocation().getColumnNr()).isGreaterThan(REPORT.length());
    }

    @Test
    void aSecondReportAfterTheFirstIsRefusedNotLost() {
        JsonProcessingException e = refused(mapper(), REPORT + "\n" + REPORT, PerformanceReport.class);
        assertThat(e).isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("Trailing token (of type"
                + " START_OBJECT) after the PerformanceReport: a document holds one value, and what follows it would"
                + " be lost; put several in a JSON array");
        assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    }

    @Test
    void aValueOfTheModuleAtTheRootIsAlsoTheWholeDocument() {
        assertThat(refused(mapper(), "70.2 71", Target.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token (of type VALUE_NUMBER_INT)");
        assertThat(refused(mapper(), "{'from':1,'to':2}]".replace('\'', '"'), Target.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Unexpected close marker");
    }

    @Test
    void whiteSpaceAfterTheReportIsNothing() throws Exception {
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        assertThat(mapper().readValue(REPORT + " \n\t\r\n", PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readValue((REPORT + "\n").getBytes(StandardCharsets.UTF_8), PerformanceReport.class))
                .isEqualTo(report);
        assertThat(mapper().readValue(new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.UTF_8)),
                PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readValue(new StringReader(REPORT), PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().convertValue(report, PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().treeToValue(mapper().readTree(REPORT), PerformanceReport.class).agency())
                .isEqualTo(report.agency());
    }

    @Test
    void trailingContentIsRefusedFromBytesStreamsAndReadersToo() {
        byte[] two = (REPORT + REPORT).getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowable(() -> mapper().readValue(two, PerformanceReport.class)))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(catchThrowable(() -> mapper().readValue(new ByteArrayInputStream(two), PerformanceReport.class)))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(catchThrowable(() -> mapper().readerFor(PerformanceReport.class)
                .readValue(new StringReader(REPORT + "x")))).isInstanceOf(JsonParseException.class);
    }

    @Test
    void whereTheMapperChecksTrailingTokensItselfItsCheckIsTheOne() {
        ObjectMapper strict = mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        assertThat(refused(strict, REPORT + REPORT, PerformanceReport.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("FAIL_ON_TRAILING_TOKENS");
    }

    @Test
    void reportsInsideAnArrayOrReadOneByOneFromAParserAreNotTheRoot() throws Exception {
        String array = "[" + REPORT + "," + REPORT + "]";
        List<PerformanceReport> both = mapper().readValue(array, new TypeReference<List<PerformanceReport>>() { });
        assertThat(both).hasSize(2);
        // As the national run streams a large array: one report at a time from one parser.
        ObjectMapper mapper = mapper();
        List<PerformanceReport> streamed = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(array)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                streamed.add(mapper.readValue(p, PerformanceReport.class));
            }
        }
        assertThat(streamed).isEqualTo(both);
    }
}
