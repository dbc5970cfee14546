package io.github.sakip.jackson3;

import java.io.CharConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What holds for a value of the module read as a whole document, and for the bytes it is read from: the one place
 * where the module's deserializers look beyond the value itself.
 * <ul>
 * <li><b>Nothing after the value.</b> A JSON text is one value (RFC 8259 §2). Jackson 3 refuses what follows the
 * first value itself, since {@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS} is enabled by default; a mapper
 * may disable it (Spring Framework's default mapper does), and then {@code {…} garbage} would be read as
 * {@code {…}}, and of two reports back to back the second silently lost. So where the feature is disabled, a value
 * of this module read at the root of its input (its parser is back in the root context once the value is read)
 * looks at the next token itself: anything but the end of the input is refused, with a
 * {@link MismatchedInputException} at the location of what follows, or with the parser's own exception when what
 * follows is not JSON at all.</li>
 * <li><b>Encoding errors have a location.</b> For bytes in UTF-32, jackson-core reports a broken character with a
 * {@link JacksonIOException} around a {@link CharConversionException}, without a location. One raised while a value
 * of this module is being read becomes a {@link StreamReadException} at the parser's location.</li>
 * </ul>
 * Limits: a root-level sequence of values ({@code ObjectMapper.readValues}, JSON Lines read from one parser) cannot
 * hold values of this module, since each would refuse the next (put the reports in a JSON array, or read each line on
 * its own); reading a root value from a stream waits for the stream's end, as Jackson's own check does. And an
 * encoding error in the first characters of the input is raised while Jackson detects the encoding, before any
 * deserializer runs: it stays Jackson's {@link JacksonIOException} (see {@code docs/json.md}).
 */
final class Documents {

    private Documents() {
    }

    /** Reads one value from the parser, which stands on its first token. */
    @FunctionalInterface
    interface Read<T> {
        T read();
    }

    /**
     * Reads a value, refusing trailing content after a root value and giving an encoding error a location.
     *
     * @param p the parser, standing on the value's first token
     * @param ctxt the context
     * @param type the type read, for messages
     * @param read reads the value
     * @return the value
     * @throws JacksonException if the value cannot be read, or something follows a root value
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Class<?> type, Read<T> read) {
        try {
            T value = read.read();
            if (p.streamReadContext().inRoot() && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
                JsonToken next = p.nextToken();
                if (next != null) {
                    throw MismatchedInputException.from(p, type, "Trailing token (of type " + next + ") after the "
                            + Json.describe(type) + ": a document holds one value, and what follows it would be"
                            + " lost; put several in a JSON array");
                }
            }
            return value;
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof CharConversionException broken) {
                throw new StreamReadException(p, "Invalid character in the input's encoding: " + broken.getMessage(),
                        e);
            }
            throw e;
        }
    }
}
