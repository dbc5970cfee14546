package io.github.sakip.jackson3;

import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What the readers share: reading a value on a path, building a core value, and the messages of refusals.
 */
final class Json {

    private Json() {
    }

    /**
     * Reads a value with a reader, putting {@code where} (a field of an object, an element of an array) on the
     * path of any exception, as Jackson's own deserializers do. Every Jackson 3 exception has a path of its own, so
     * a parser's exception keeps its type and gets the path (Jackson 2 wraps it in a {@code JsonMappingException}).
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Nested nested,
            JacksonException.Reference where) {
        try {
            return reader.read(p, ctxt, nested);
        } catch (JacksonException e) {
            e.prependPath(where);
            throw e;
        } catch (RuntimeException e) {
            throw DatabindException.from(p, e.toString(), e).prependPath(where);
        }
    }

    /**
     * Builds a core value, turning an exception of the core's validation into a {@link ValueInstantiationException}
     * that keeps the core's message and has it as its cause.
     */
    static <T> T build(JsonParser p, DeserializationContext ctxt, Class<?> type, Supplier<T> constructor)
            throws ValueInstantiationException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException e) {
            throw refused(p, ctxt, type, e);
        }
    }

    /** The exception of a value the core refused, with the core's message and its exception as the cause. */
    static ValueInstantiationException refused(JsonParser p, DeserializationContext ctxt, Class<?> type,
            RuntimeException e) {
        return ValueInstantiationException.from(p, "Cannot build " + describe(type) + ": " + e.getMessage(),
                ctxt.constructType(type), e);
    }

    /** Refuses a value of the wrong JSON type, naming what was expected and what was found. */
    static MismatchedInputException wrongToken(JsonParser p, Class<?> type, String expected) {
        JsonToken t = p.currentToken();
        return MismatchedInputException.from(p, type, "Expected " + expected + " for " + describe(type)
                + ", but found " + (t == null ? "the end of the input" : tokenName(t)));
    }

    private static String tokenName(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.toString();
        }
    }

    /** The name of a type in messages: the simple name, with the enclosing type for nested ones. */
    static String describe(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName() + "." + type.getSimpleName();
    }

    /** Cuts a text from the input short for a message. */
    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
    }
}
