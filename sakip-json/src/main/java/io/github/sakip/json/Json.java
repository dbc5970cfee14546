package io.github.sakip.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * What the readers share: reading a value on a path, building a core value, and the messages of refusals.
 */
final class Json {

    private Json() {
    }

    /**
     * Reads a value with a reader, putting {@code where} (a field of an object, an element of an array) on the
     * path of any exception, as Jackson's own deserializers do.
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Nested nested,
            JsonMappingException.Reference where) throws IOException {
        try {
            return reader.read(p, ctxt, nested);
        } catch (JacksonException | RuntimeException e) {
            throw onPath(p, ctxt, e, where);
        }
    }

    /**
     * Reads the value of a field of an object as {@link #read(JsonParser, DeserializationContext, Reader, Nested,
     * JsonMappingException.Reference)} does, making the field's reference only for an exception: most values are
     * read without one.
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Nested nested, Class<?> type,
            String field) throws IOException {
        try {
            return reader.read(p, ctxt, nested);
        } catch (JacksonException | RuntimeException e) {
            throw onPath(p, ctxt, e, new JsonMappingException.Reference(type, field));
        }
    }

    /** An exception of a value read at {@code where}, with {@code where} on its path. */
    private static IOException onPath(JsonParser p, DeserializationContext ctxt, Exception e,
            JsonMappingException.Reference where) throws IOException {
        if (e instanceof JsonMappingException mapping) {
            mapping.prependPath(where);
            return mapping;
        }
        if (e instanceof JacksonException jackson) {
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                return jackson;
            }
            return JsonMappingException.wrapWithPath(jackson, where);
        }
        return JsonMappingException.wrapWithPath(JsonMappingException.from(p, e.toString(), e), where);
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
