package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes are read as UTF-8 (RFC 8259 §8.1) by a mapper the module is registered with: bytes that start as UTF-16 or
 * UTF-32 text does are refused with a {@link JsonParseException} at line 1, column 1, never with the
 * {@code java.io.CharConversionException} Jackson's own UTF-32 reader throws; a UTF-8 byte order mark is still
 * skipped; and {@link SakipModule#withEncodingDetection()} leaves the mapper as Jackson made it.
 */
class EncodingTest extends ModuleTestBase {

    private static final String REPORT = HostileInputTest.VALID;
    /** The issue's bytes: a UTF-32 byte order mark, then half a character. */
    private static final byte[] ISSUE = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7B, 0x7D};

    private static ObjectMapper detecting() {
        return new ObjectMapper().registerModule(new SakipModule().withEncodingDetection());
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of("the issue's bytes", ISSUE, "00 00 FE FF"),
                Arguments.of("UTF-16BE", bytes(REPORT, StandardCharsets.UTF_16BE), "00 7B 00 22"),
                Arguments.of("UTF-16LE", bytes(REPORT, StandardCharsets.UTF_16LE), "7B 00 22 00"),
                Arguments.of("UTF-16 with its byte order mark", bytes(REPORT, StandardCharsets.UTF_16), "FE FF 00 7B"),
                Arguments.of("UTF-16LE with its byte order mark", bytes("\uFEFF" + REPORT, StandardCharsets.UTF_16LE),
                        "FF FE 7B 00"),
                Arguments.of("UTF-32BE", bytes(REPORT, Charset.forName("UTF-32BE")), "00 00 00 7B"),
                Arguments.of("UTF-32LE with its byte order mark", bytes("\uFEFF" + REPORT, Charset.forName("UTF-32LE")),
                        "FF FE 00 00"),
                Arguments.of("UCS-4 of an odd order", new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 0x7B},
                        "00 00 FF FE"),
                Arguments.of("a zero byte third", new byte[] {0x7B, 0x20, 0, 0x7D}, "7B 20 00 7D"),
                Arguments.of("two bytes, the second zero", new byte[] {0x31, 0}, "31 00"),
                Arguments.of("a UTF-16 mark alone", new byte[] {(byte) 0xFE, (byte) 0xFF}, "FE FF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void bytesThatAreNotUtf8AreRefusedAtTheStartWithAJacksonException(String name, byte[] input, String start) {
        for (ObjectMapper mapper : List.of(mapper(), new ObjectMapper().findAndRegisterModules(),
                JsonMapper.builder().addModule(new SakipModule()).build())) {
            for (Throwable thrown : List.of(catchThrowable(() -> mapper.readValue(input, PerformanceReport.class)),
                    catchThrowable(() -> mapper.readValue(new ByteArrayInputStream(input), PerformanceReport.class)),
                    catchThrowable(() -> mapper.readTree(input)))) {
                assertThat(thrown).isInstanceOf(JsonParseException.class)
                        .hasMessageStartingWith("Not UTF-8: the input starts with the bytes " + start + ", as UTF-16 or"
                                + " UTF-32 text does (a byte order mark FE FF or FF FE, or a zero byte among the first"
                                + " four). JSON exchanged between systems is UTF-8 (RFC 8259 §8.1): save it as UTF-8,"
                                + " read it through a Reader of its charset, or register"
                                + " SakipModule.withEncodingDetection()");
                JsonParseException e = (JsonParseException) thrown;
                assertThat(e.getLocation().getLineNr()).isEqualTo(1);
                assertThat(e.getLocation().getColumnNr()).isEqualTo(1);
            }
        }
    }

    @Test
    void withoutTheModuleTheIssuesBytesEscapeAsANonJacksonException() {
        // What the module prevents, pinned so that a Jackson that stops doing it is noticed.
        assertThat(catchThrowable(() -> new ObjectMapper().readTree(ISSUE)))
                .isExactlyInstanceOf(CharConversionException.class)
                .hasMessageStartingWith("Unexpected EOF in the middle of a 4-byte UTF-32 char");
        assertThat(catchThrowable(() -> detecting().readValue(ISSUE, PerformanceReport.class)))
                .isExactlyInstanceOf(CharConversionException.class);
    }

    @Test
    void utf8WithAndWithoutAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        byte[] utf8 = bytes(REPORT, StandardCharsets.UTF_8);
        byte[] marked = bytes("\uFEFF" + REPORT, StandardCharsets.UTF_8);
        for (byte[] input : List.of(utf8, marked)) {
            assertThat(mapper().readValue(input, PerformanceReport.class)).isEqualTo(report);
            assertThat(mapper().readValue(new ByteArrayInputStream(input), PerformanceReport.class)).isEqualTo(report);
            Path file = Files.write(dir.resolve("report-" + input.length + ".json"), input);
            assertThat(mapper().readValue(file.toFile(), PerformanceReport.class)).isEqualTo(report);
        }
        // A slice of an array, and documents shorter than the four bytes Jackson looks at.
        byte[] padded = bytes("xx" + REPORT + "yy", StandardCharsets.UTF_8);
        assertThat(mapper().readValue(padded, 2, utf8.length, PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readTree(bytes("1", StandardCharsets.UTF_8)).intValue()).isEqualTo(1);
        assertThat(mapper().readTree(bytes("12", StandardCharsets.UTF_8)).intValue()).isEqualTo(12);
        assertThat(mapper().readTree(new byte[0]).isMissingNode()).isTrue();
        assertThat(mapper().readTree(bytes("\uFEFF7", StandardCharsets.UTF_8)).intValue()).isEqualTo(7);
    }

    @Test
    void textIsReadAsBefore() throws Exception {
        // Text has no encoding to detect: a String or a Reader of any charset is read as it is.
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        byte[] utf16 = bytes(REPORT, StandardCharsets.UTF_16LE);
        Reader reader = new java.io.InputStreamReader(new ByteArrayInputStream(utf16), StandardCharsets.UTF_16LE);
        assertThat(mapper().readValue(reader, PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper().readValue(mapper().getFactory().createParser(REPORT.toCharArray()),
                PerformanceReport.class)).isEqualTo(report);
        java.io.DataInput data = new java.io.DataInputStream(new ByteArrayInputStream(
                bytes(REPORT, StandardCharsets.UTF_8)));
        assertThat(mapper().readerFor(PerformanceReport.class).<PerformanceReport>readValue(data)).isEqualTo(report);
    }

    @Test
    void theOptOutReadsUtf16AndUtf32AsJacksonDetectsThem() throws Exception {
        PerformanceReport report = mapper().readValue(REPORT, PerformanceReport.class);
        for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"))) {
            assertThat(detecting().readValue(bytes(REPORT, charset), PerformanceReport.class)).as(charset.name())
                    .isEqualTo(report);
        }
        SakipModule both = new SakipModule().withEncodingDetection().withUnknownPropertiesIgnored();
        assertThat(both.isEncodingDetectionKept()).isTrue();
        assertThat(both.isUnknownPropertiesIgnored()).isTrue();
        assertThat(new SakipModule().withUnknownPropertiesIgnored().withEncodingDetection().isUnknownPropertiesIgnored())
                .isTrue();
        assertThat(new SakipModule().isEncodingDetectionKept()).isFalse();
        assertThat(new SakipModule().withUnknownPropertiesIgnored().isEncodingDetectionKept()).isFalse();
        assertThat(new ObjectMapper().registerModule(both).readValue(bytes(REPORT, StandardCharsets.UTF_16),
                PerformanceReport.class)).isEqualTo(report);
    }

    /** The report in UTF-32 (big-endian, with its byte order mark), as Jackson detects it from the first bytes. */
    private static byte[] utf32(String text) {
        return ("\uFEFF" + text).getBytes(Charset.forName("UTF-32BE"));
    }

    @Test
    void underTheOptOutABrokenUtf32CharacterInsideTheReportIsStillAJacksonExceptionWithItsLocation() throws Exception {
        // Jackson decodes as many characters at a time as the parser's recycled buffer holds: 4000 at first, up to
        // 32.768 once a string of that size was read on the same thread (createParser(String) copies a string into
        // that buffer). The broken one must come after the first load, whichever tests ran before.
        String large = "{" + " ".repeat(100_000) + REPORT.substring(1);
        assertThat(detecting().readValue(utf32(large), PerformanceReport.class).agency())
                .isEqualTo("Dinas Tenaga Kerja");
        byte[] broken = utf32(large);
        int at = 4 * (1 + large.indexOf("Kualitas"));
        broken[at] = 0x7F;   // code point 0x7F00004B, beyond Unicode
        Throwable thrown = catchThrowable(() -> detecting().readValue(broken, PerformanceReport.class));
        assertThat(thrown).isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Invalid character in the input's encoding: Invalid UTF-32 character");
        assertThat(((JsonParseException) thrown).getLocation().getCharOffset()).isPositive();
        // Under the default the same bytes never reach Jackson's UTF-32 reader.
        assertThat(catchThrowable(() -> mapper().readValue(broken, PerformanceReport.class)))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Not UTF-8");
    }

    @Test
    void itChangesEveryTypeTheMapperReadsAndEveryMapperOnTheSameFactory() throws IOException {
        JsonFactory shared = new JsonFactory();
        ObjectMapper withModule = JsonMapper.builder(shared).addModule(new SakipModule()).build();
        ObjectMapper other = new ObjectMapper(shared);
        byte[] utf16 = bytes("{\"a\":[1,2]}", StandardCharsets.UTF_16);
        for (ObjectMapper mapper : List.of(withModule, other)) {
            assertThat(catchThrowable(() -> mapper.readValue(utf16, JsonNode.class)))
                    .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Not UTF-8");
            assertThat(catchThrowable(() -> mapper.readValue(utf16, java.util.Map.class)))
                    .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Not UTF-8");
        }
        // A mapper on a factory of its own is not touched, and a copy keeps what its original had.
        assertThat(new ObjectMapper().readTree(bytes("[1]", StandardCharsets.UTF_16)).size()).isEqualTo(1);
        assertThat(catchThrowable(() -> withModule.copy().readTree(utf16))).isInstanceOf(JsonParseException.class);
    }

    /** Counts the streams it is given and lets them through, as an application's own decorator might. */
    static final class Counting extends InputDecorator {

        private static final long serialVersionUID = 1L;

        final List<String> seen = new ArrayList<>();

        @Override
        public InputStream decorate(IOContext ctxt, InputStream in) {
            seen.add("stream");
            return new FilterInputStream(in) { };
        }

        @Override
        public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) {
            seen.add("bytes");
            return null;
        }

        @Override
        public Reader decorate(IOContext ctxt, Reader r) {
            seen.add("reader");
            return r;
        }
    }

    @Test
    void aDecoratorTheFactoryHadIsKeptAndAppliedFirst() throws Exception {
        Counting counting = new Counting();
        JsonFactory factory = JsonFactory.builder().inputDecorator(counting).build();
        ObjectMapper mapper = JsonMapper.builder(factory).addModule(new SakipModule()).build();
        // Registering again, on another mapper of the same factory, does not put a second decorator around it.
        JsonMapper.builder(factory).addModule(new SakipModule()).build();
        PerformanceReport report = mapper.readValue(REPORT, PerformanceReport.class);
        assertThat(mapper.readValue(bytes(REPORT, StandardCharsets.UTF_8), PerformanceReport.class)).isEqualTo(report);
        assertThat(mapper.readValue(new ByteArrayInputStream(bytes(REPORT, StandardCharsets.UTF_8)),
                PerformanceReport.class)).isEqualTo(report);
        assertThat(catchThrowable(() -> mapper.readValue(new ByteArrayInputStream(ISSUE), PerformanceReport.class)))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Not UTF-8");
        assertThat(counting.seen).containsExactly("reader", "bytes", "stream", "stream");
    }

    @Test
    void aFactoryOfAnotherFormatIsLeftAlone() {
        class Yaml extends JsonFactory {
            private static final long serialVersionUID = 1L;

            @Override
            public String getFormatName() {
                return "YAML";
            }
        }
        JsonFactory yaml = new Yaml();
        new ObjectMapper(yaml).registerModule(new SakipModule());
        assertThat(yaml.getInputDecorator()).isNull();
        JsonFactory json = new JsonFactory();
        new ObjectMapper(json).registerModule(new SakipModule().withEncodingDetection());
        assertThat(json.getInputDecorator()).isNull();
        new ObjectMapper(json).registerModule(new SakipModule());
        assertThat(json.getInputDecorator()).isNotNull();
    }

    @Test
    void theReferenceReportReadsAsBytesFromAFile(@TempDir Path dir) throws Exception {
        File file = Files.write(dir.resolve(Golden.REFERENCE_NAME), Golden.referenceBytes()).toFile();
        assertThat(mapper().readValue(file, PerformanceReport.class).agency())
                .isEqualTo("Dinas Tenaga Kerja Kabupaten Tapin");
    }

    /** A stream that gives one byte at a time, as a slow network does. */
    @Test
    void aStreamThatGivesFewBytesAtATimeIsReadWhole() throws IOException {
        byte[] utf8 = bytes(REPORT, StandardCharsets.UTF_8);
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(utf8)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertThat(mapper().readValue(trickle, PerformanceReport.class))
                .isEqualTo(mapper().readValue(REPORT, PerformanceReport.class));
    }
}
