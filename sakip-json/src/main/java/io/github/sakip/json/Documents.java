package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * What holds for a value of the module read as a whole document, and for the bytes it is read from: the one place
 * where the module's deserializers look beyond the value itself.
 * <ul>
 * <li><b>Nothing after the value.</b> A JSON text is one value (RFC 8259 §2). Jackson reads the first value of an
 * input and, unless the mapper enables {@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}, ignores what follows:
 * {@code {…} garbage} is read as {@code {…}}, and of two reports back to back the second is silently lost. A module
 * cannot enable that feature on a user's mapper, so a value of this module read at the root of its input (its
 * parser is back in the root context once the value is read) looks at the next token itself: anything but the end
 * of the input is refused, with a {@link MismatchedInputException} at the location of what follows, or with the
 * parser's own exception when what follows is not JSON at all. Where the mapper enables the feature, Jackson checks
 * instead.</li>
 * <li><b>Encoding errors are Jackson's.</b> For bytes in UTF-32, jackson-core reports a broken character with a
 * {@link CharConversionException}, which is not a Jackson exception and has no location. One raised while a value
 * of this module is being read becomes a {@link JsonParseException} at the parser's location.</li>
 * </ul>
 * Limits: a root-level sequence of values ({@code ObjectMapper.readValues}, JSON Lines read from one parser) cannot
 * hold values of this module, since each would refuse the next (put the reports in a JSON array, or read each line on
 * its own); reading a root value from a stream waits for the stream's end, as Jackson's own check does. And an
 * encoding error in the first characters of the input is raised while Jackson detects the encoding, before any
 * deserializer runs: only the mapper can prevent that, by reading bytes as UTF-8 (RFC 8259 §8.1) with
 * {@code JsonFactory.Feature.CHARSET_DETECTION} disabled (see {@code docs/json.md}).
 */
final class Documents {

    private Documents() {
    }

    /** Reads one value from the parser, which stands on its first token. */
    @FunctionalInterface
    interface Read<T> {
        T read() throws IOException;
    }

    /**
     * Reads a value, refusing trailing content after a root value and turning an encoding error into a Jackson
     * exception.
     *
     * @param p the parser, standing on the value's first token
     * @param ctxt the context
     * @param type the type read, for messages
     * @param read reads the value
     * @return the value
     * @throws IOException a Jackson exception if the value cannot be read, or something follows a root value
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Class<?> type, Read<T> read) throws IOException {
        try {
            T value = read.read();
            if (p.getParsingContext().inRoot() && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
                JsonToken next = p.nextToken();
                if (next != null) {
                    throw MismatchedInputException.from(p, type, "Trailing token (of type " + next + ") after the "
                            + Json.describe(type) + ": a document holds one value, and what follows it would be"
                            + " lost; put several in a JSON array");
                }
            }
            return value;
        } catch (CharConversionException e) {
            throw new JsonParseException(p, "Invalid character in the input's encoding: " + e.getMessage(), e);
        }
    }
}
