package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sakip.json.testdata.Golden;
import java.time.Duration;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Jackson 3 tests share: a plain mapper with nothing but the module, JSON written with single quotes for
 * readability, the path of an exception as a JSON path such as {@code performance[0].target}, and the pretty
 * printer the reference report is written with.
 */
abstract class ModuleTestBase {

    /** The time any input, however hostile, may take to be refused. */
    static final Duration BOUND = Duration.ofSeconds(1);

    static JsonMapper mapper() {
        return JsonMapper.builder().addModule(new SakipModule()).build();
    }

    static JsonMapper lenientMapper() {
        return JsonMapper.builder().addModule(new SakipModule().withUnknownPropertiesIgnored()).build();
    }

    /** Turns single quotes into double quotes, so that JSON reads well inside Java strings. */
    static String json(String singleQuoted) {
        return Golden.json(singleQuoted);
    }

    /**
     * The path of an exception as a JSON path: field names joined by dots, indices in brackets, such as
     * {@code performance[0].target}; empty for the root.
     */
    static String pathOf(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Reads a document that must be refused, within the time bound, and returns the exception. */
    static JacksonException refused(ObjectMapper mapper, String document, Class<?> type) {
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> mapper.readValue(document,
                type)));
        assertThat(thrown).as("reading %s", type.getSimpleName()).isInstanceOf(JacksonException.class);
        return (JacksonException) thrown;
    }

    /**
     * Jackson's default pretty printing with {@code \n} line ends, as the reference report is written (with a final
     * newline after it), on every platform.
     */
    static ObjectWriter prettyWriter(ObjectMapper mapper) {
        return mapper.writer().with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }
}
