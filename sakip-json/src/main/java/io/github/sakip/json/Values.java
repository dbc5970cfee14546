package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Optional;

/**
 * The values read for the fields of one JSON object, by field: {@code required(NAME)} is a {@code String} when
 * {@code NAME} is a {@code Field<String>}.
 */
final class Values {

    private final JsonParser parser;
    private final DeserializationContext ctxt;
    private final Class<?> type;
    /** The fields of the object's kind, in order, and the value read for each (null where there was none). */
    private final Field<?>[] fields;
    private final Object[] values;

    Values(JsonParser parser, DeserializationContext ctxt, Class<?> type, Field<?>[] fields, Object[] values) {
        this.parser = parser;
        this.ctxt = ctxt;
        this.type = type;
        this.fields = fields;
        this.values = values;
    }

    @SuppressWarnings("unchecked") // each value was put by its own field's reader, so it is a T
    private <T> T get(Field<T> field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return (T) values[i];
            }
        }
        return null;
    }

    /** Returns the value of a required field, or refuses the object naming the field that is missing. */
    <T> T required(Field<T> field) throws MismatchedInputException {
        T value = get(field);
        if (value == null) {
            MismatchedInputException e = MismatchedInputException.from(parser, type, "Missing required field \""
                    + field.name() + "\" of " + Json.describe(type));
            e.prependPath(type, field.name());
            throw e;
        }
        return value;
    }

    /** Returns the value of an optional field. */
    <T> Optional<T> optional(Field<T> field) {
        return Optional.ofNullable(get(field));
    }

    /** Returns the value of an optional field, or a default. */
    <T> T optional(Field<T> field, T otherwise) {
        T value = get(field);
        return value == null ? otherwise : value;
    }

    /** Returns the value of a field of a nested object of figures, if both are there. */
    <T> Optional<T> optional(Field<Values> object, Field<T> field) {
        return optional(object).flatMap(inner -> inner.optional(field));
    }

    /** Tells whether a field was present. */
    boolean has(Field<?> field) {
        return get(field) != null;
    }

    /**
     * Builds the object from its fields, turning an exception of the core's validation into a
     * {@link ValueInstantiationException} that keeps the core's message.
     */
    <T> T build(Deser.Build<T> build) throws IOException {
        try {
            return build.build(this);
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException e) {
            throw Json.refused(parser, ctxt, type, e);
        }
    }

    /** Refuses the object as not of the expected shape. */
    MismatchedInputException mismatch(String expected) {
        return Json.wrongToken(parser, type, expected);
    }

    /** Refuses the object with a message of why. */
    ValueInstantiationException refuse(String message) {
        return ValueInstantiationException.from(parser, "Cannot build " + Json.describe(type) + ": " + message,
                ctxt.constructType(type));
    }
}
