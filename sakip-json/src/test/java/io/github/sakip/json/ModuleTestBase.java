package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * What the JSON tests share: a plain mapper with nothing but the module, JSON written with single quotes for
 * readability, and the path of an exception as a JSON path such as {@code performance[0].target}.
 */
abstract class ModuleTestBase {

    /** The time any input, however hostile, may take to be refused. */
    static final Duration BOUND = Duration.ofSeconds(1);

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new SakipModule());
    }

    static ObjectMapper lenientMapper() {
        return new ObjectMapper().registerModule(new SakipModule().withUnknownPropertiesIgnored());
    }

    /** Turns single quotes into double quotes, so that JSON reads well inside Java strings. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /**
     * The path of a mapping exception as a JSON path: field names joined by dots, indices in brackets, such as
     * {@code performance[0].target}; empty for the root.
     */
    static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Reads a document that must be refused, within the time bound, and returns the exception. */
    static JsonProcessingException refused(ObjectMapper mapper, String document, Class<?> type) {
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> mapper.readValue(document,
                type)));
        assertThat(thrown).as("reading %s", type.getSimpleName()).isInstanceOf(JsonProcessingException.class);
        return (JsonProcessingException) thrown;
    }
}
