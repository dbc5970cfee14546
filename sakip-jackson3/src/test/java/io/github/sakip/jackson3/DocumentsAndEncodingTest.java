package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sakip.json.testdata.Hostile;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document is one value, read from any source; and what Jackson 3 does with the encoding of bytes, pinned: it
 * detects UTF-8, UTF-16 and UTF-32 and reports every encoding error as a Jackson exception of its own, so the module
 * leaves the mapper's (immutable) factory as it is, unlike sakip-json's under Jackson 2.
 */
class DocumentsAndEncodingTest extends ModuleTestBase {

    private static final String REPORT = Hostile.VALID;
    /** The bytes of issue #18: a UTF-32 byte order mark, then half a character. */
    private static final byte[] ISSUE = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7B, 0x7D};

    @Test
    void whiteSpaceAfterTheReportIsNothingFromAnySource() {
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        assertThat(mapper().readValue(REPORT + " \n\t\r\n", PerformanceReport.class)).isEqualTo(report);
        byte[] utf8 = (REPORT + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(mapper().readValue(utf8, PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readValue(new ByteArrayInputStream(utf8), PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readValue(new StringReader(REPORT), PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().convertValue(report, PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().treeToValue(mapper().readTree(REPORT), PerformanceReport.class).agency())
                .isEqualTo(report.agency());
    }

    @Test
    void reportsInsideAnArrayOrReadOneByOneFromAParserAreNotTheRoot() {
        String array = "[" + REPORT + "," + REPORT + "]";
        List<PerformanceReport> both = mapper().readValue(array, new TypeReference<List<PerformanceReport>>() { });
        assertThat(both).hasSize(2);
        JsonMapper mapper = mapper();
        // Jackson 3 checks for trailing tokens after a value read from a parser too, where Jackson 2 does not: one
        // report at a time from a stream needs a reader without that check. The module's own check is for a root
        // value only, so it does not step in.
        ObjectReader one = mapper.readerFor(PerformanceReport.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        List<PerformanceReport> streamed = new ArrayList<>();
        try (JsonParser p = mapper.createParser(array)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                streamed.add(one.readValue(p));
            }
        }
        assertThat(streamed).isEqualTo(both);
        try (JsonParser p = mapper.createParser(array)) {
            p.nextToken();
            p.nextToken();
            assertThat(catchThrowable(() -> mapper.readValue(p, PerformanceReport.class)))
                    .isInstanceOf(MismatchedInputException.class).hasMessageContaining("FAIL_ON_TRAILING_TOKENS");
        }
    }

    @Test
    void theIssuesBytesAreAJacksonExceptionWithoutALocation() {
        // Jackson 3 wraps the CharConversionException of its encoding detection in its unchecked JacksonIOException;
        // it is met before any deserializer runs, so it has no location. Pinned: sakip-json refuses the same bytes
        // with a JsonParseException at line 1, column 1.
        for (JsonMapper mapper : List.of(mapper(), JsonMapper.builder().findAndAddModules().build())) {
            Throwable thrown = catchThrowable(() -> mapper.readValue(ISSUE, PerformanceReport.class));
            assertThat(thrown).isExactlyInstanceOf(JacksonIOException.class)
                    .hasMessageStartingWith("Unexpected EOF in the middle of a 4-byte UTF-32 char: got 2, needed 4")
                    .hasCauseExactlyInstanceOf(CharConversionException.class);
            assertThat(((JacksonIOException) thrown).getLocation()).isEqualTo(TokenStreamLocation.NA);
            assertThat(catchThrowable(() -> mapper.readValue(new ByteArrayInputStream(ISSUE),
                    PerformanceReport.class))).isExactlyInstanceOf(JacksonIOException.class);
        }
    }

    @Test
    void utf8WithAByteOrderMarkUtf16AndUtf32AreRead() {
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"))) {
            assertThat(mapper().readValue(REPORT.getBytes(charset), PerformanceReport.class)).as(charset.name())
                    .isEqualTo(report);
            assertThat(mapper().readValue(("\uFEFF" + REPORT).getBytes(charset), PerformanceReport.class))
                    .as(charset.name() + " with its byte order mark").isEqualTo(report);
        }
    }

    @Test
    void aBrokenUtf32CharacterInsideTheReportIsAStreamReadExceptionWithItsLocation() {
        // Jackson decodes as many characters at a time as the parser's recycled buffer holds: 4000 at first, up to
        // 32.768 once a string of that size was read on the same thread (createParser(String) copies a string into
        // that buffer). The broken one must come after the first load, whichever tests ran before.
        String large = "{" + " ".repeat(100_000) + REPORT.substring(1);
        byte[] broken = ("\uFEFF" + large).getBytes(Charset.forName("UTF-32BE"));
        assertThat(mapper().readValue(broken, PerformanceReport.class).agency()).isEqualTo("Dinas Tenaga Kerja");
        broken[4 * (1 + large.indexOf("Kualitas"))] = 0x7F;   // code point 0x7F00004B, beyond Unicode
        Throwable thrown = catchThrowable(() -> mapper().readValue(broken, PerformanceReport.class));
        assertThat(thrown).isInstanceOf(StreamReadException.class)
                .hasMessageStartingWith("Invalid character in the input's encoding: Invalid UTF-32 character");
        assertThat(((StreamReadException) thrown).getLocation().getCharOffset()).isPositive();
        assertThat(thrown.getCause()).isInstanceOf(JacksonIOException.class)
                .hasCauseInstanceOf(CharConversionException.class);
    }
}
