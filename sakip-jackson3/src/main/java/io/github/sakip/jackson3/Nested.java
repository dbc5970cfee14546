package io.github.sakip.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a value of a bound type inside another: with the deserializer the mapper has for the type (the module's,
 * or one a user registered), as Jackson's own container deserializers do.
 */
@FunctionalInterface
interface Nested {

    /**
     * Reads a value of a type; the parser stands on its first token.
     *
     * @param <T> the type
     * @param type the type
     * @param p the parser
     * @param ctxt the context of the whole read
     * @return the value
     * @throws tools.jackson.core.JacksonException if the value is refused
     */
    <T> T read(Class<T> type, JsonParser p, DeserializationContext ctxt);

    /** Reads each value with {@code ctxt.readValue}, which finds the type's deserializer on every call. */
    Nested ONE_OFF = new Nested() {
        @Override
        public <T> T read(Class<T> type, JsonParser p, DeserializationContext ctxt) {
            return ctxt.readValue(p, type);
        }
    };
}
