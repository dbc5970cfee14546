package io.github.sakip.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads one JSON value; the parser stands on the value's first token and is left on its last.
 *
 * @param <T> what is read
 */
@FunctionalInterface
interface Reader<T> {

    /**
     * Reads the value.
     *
     * @param p the parser, on the value's first token
     * @param ctxt the context of the whole read
     * @param nested reads a value of a bound type inside this one
     * @return the value
     * @throws tools.jackson.core.JacksonException if the value is refused
     */
    T read(JsonParser p, DeserializationContext ctxt, Nested nested);

    /** Reads a value that holds no value of a bound type: a string, a number, a year. */
    @FunctionalInterface
    interface Scalar<T> {
        T read(JsonParser p, DeserializationContext ctxt);
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
