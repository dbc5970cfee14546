package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads one JSON value; the parser stands on the value's first token and is left on its last.
 *
 * @param <T> what is read
 */
@FunctionalInterface
interface Reader<T> extends Serializable {

    /**
     * Reads the value.
     *
     * @param p the parser, on the value's first token
     * @param ctxt the context of the whole read
     * @param nested reads a value of a bound type inside this one
     * @return the value
     * @throws IOException a Jackson exception if the value is refused
     */
    T read(JsonParser p, DeserializationContext ctxt, Nested nested) throws IOException;

    /** Reads a value that holds no value of a bound type: a string, a number, a year. */
    @FunctionalInterface
    interface Scalar<T> extends Serializable {
        T read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    /** The reader of a scalar. */
    static <T> Reader<T> scalar(Scalar<T> scalar) {
        return (p, ctxt, nested) -> scalar.read(p, ctxt);
    }

    /** The reader of a value of a bound type, read by the deserializer the mapper has for it. */
    static <T> Reader<T> nested(Class<T> type) {
        return (p, ctxt, nested) -> nested.read(type, p, ctxt);
    }
}
