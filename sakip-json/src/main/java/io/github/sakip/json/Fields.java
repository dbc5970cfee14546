package io.github.sakip.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fields of one JSON object, read token by token with the reader of each known field. Refuses duplicate keys,
 * nulls and (unless told to ignore them) unknown fields, and puts the field's name on the path of every exception
 * that comes out of a field's reader.
 */
final class Fields {

    /** Reads one JSON value; the parser stands on the value's first token. */
    @FunctionalInterface
    interface Reader<T> extends java.io.Serializable {
        T read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    private static final Reader<JsonToken> NEXT = (p, ctxt) -> p.nextToken();

    private static final Reader<JsonParser> SKIP = (p, ctxt) -> p.skipChildren();

    private final JsonParser parser;
    private final DeserializationContext ctxt;
    private final Class<?> type;
    private final Map<String, Object> values;

    private Fields(JsonParser parser, DeserializationContext ctxt, Class<?> type, Map<String, Object> values) {
        this.parser = parser;
        this.ctxt = ctxt;
        this.type = type;
        this.values = values;
    }

    /**
     * Reads an object; the parser stands on its START_OBJECT and is left on its END_OBJECT.
     */
    static Fields read(JsonParser p, DeserializationContext ctxt, Class<?> type, boolean ignoreUnknown,
            Map<String, Reader<?>> spec) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongToken(p, ctxt, type, "an object with the fields " + spec.keySet());
        }
        Map<String, Object> values = new HashMap<>();
        // The names of unknown fields that were skipped; known ones are the keys of values. Made when needed.
        Set<String> skipped = null;
        boolean ignore = ignoreUnknown || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String name = nextFieldName(p, ctxt, type); name != null; name = nextFieldName(p, ctxt, type)) {
            // The parser checks a number's length and the nesting depth as it reads: on the field's path, too.
            JsonToken token = readValue(p, ctxt, NEXT, type, name);
            Reader<?> reader = spec.get(name);
            if (reader != null ? values.containsKey(name) : skipped != null && skipped.contains(name)) {
                MismatchedInputException e = MismatchedInputException.from(p, type, "Duplicate field \"" + name
                        + "\" in " + describe(type) + ": a field may appear only once");
                e.prependPath(type, name);
                throw e;
            }
            if (reader == null) {
                if (ignore) {
                    if (skipped == null) {
                        skipped = new HashSet<>();
                    }
                    skipped.add(name);
                    readValue(p, ctxt, SKIP, type, name);
                    continue;
                }
                // The exception names the field and puts it on the path itself.
                throw UnrecognizedPropertyException.from(p, type, name, new ArrayList<>(spec.keySet()));
            }
            if (token == JsonToken.VALUE_NULL) {
                MismatchedInputException e = MismatchedInputException.from(p, type, "Field \"" + name + "\" of "
                        + describe(type) + " must not be null; leave the field out if it has no value");
                e.prependPath(type, name);
                throw e;
            }
            values.put(name, readValue(p, ctxt, reader, type, name));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw wrongToken(p, ctxt, type, "the end of the object");
        }
        return new Fields(p, ctxt, type, values);
    }

    /**
     * Moves to the next field's name. The parser reads the field's value with its name, so a value that breaks
     * the parser's {@link com.fasterxml.jackson.core.StreamReadConstraints} (a number of too many digits) is
     * refused here: it is put on the path of the field being read.
     */
    private static String nextFieldName(JsonParser p, DeserializationContext ctxt, Class<?> type)
            throws IOException {
        try {
            return p.nextFieldName();
        } catch (StreamConstraintsException e) {
            String name = p.getParsingContext().getCurrentName();
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS) || name == null) {
                throw e;
            }
            throw JsonMappingException.wrapWithPath(e, type, name);
        }
    }

    /**
     * Reads a value with a reader, putting {@code (type, name)} on the path of any exception.
     */
    static <T> T readValue(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Object from, String name)
            throws IOException {
        try {
            return reader.read(p, ctxt);
        } catch (JsonMappingException e) {
            e.prependPath(from, name);
            throw e;
        } catch (JacksonException e) {
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                throw e;
            }
            throw JsonMappingException.wrapWithPath(e, from, name);
        } catch (RuntimeException e) {
            throw JsonMappingException.wrapWithPath(JsonMappingException.from(p, e.toString(), e), from, name);
        }
    }

    /**
     * Reads a value with a reader, putting {@code (from, index)} on the path of any exception.
     */
    static <T> T readElement(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Object from, int index)
            throws IOException {
        try {
            return reader.read(p, ctxt);
        } catch (JsonMappingException e) {
            e.prependPath(from, index);
            throw e;
        } catch (JacksonException e) {
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                throw e;
            }
            throw JsonMappingException.wrapWithPath(e, from, index);
        } catch (RuntimeException e) {
            throw JsonMappingException.wrapWithPath(JsonMappingException.from(p, e.toString(), e), from, index);
        }
    }

    /** Reads a JSON array into an immutable list; nulls are refused. */
    static <T> Reader<List<T>> list(Reader<T> element) {
        return (p, ctxt) -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw wrongToken(p, ctxt, List.class, "an array");
            }
            List<T> out = new ArrayList<>();
            for (JsonToken t = readElement(p, ctxt, NEXT, List.class, 0); t != JsonToken.END_ARRAY;
                    t = readElement(p, ctxt, NEXT, List.class, out.size())) {
                int index = out.size();
                if (t == JsonToken.VALUE_NULL) {
                    MismatchedInputException e = MismatchedInputException.from(p, List.class,
                            "Element " + index + " must not be null");
                    e.prependPath(List.class, index);
                    throw e;
                }
                out.add(readElement(p, ctxt, element, List.class, index));
            }
            return List.copyOf(out);
        };
    }

    /**
     * Reads a JSON object whose keys are data (years, component labels) into an insertion-ordered map; duplicate
     * keys and nulls are refused.
     */
    static <K, V> Reader<Map<K, V>> map(String what, KeyReader<K> key, Reader<V> value) {
        return (p, ctxt) -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw wrongToken(p, ctxt, Map.class, "an object of " + what);
            }
            Map<K, V> out = new LinkedHashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = readValue(p, ctxt, NEXT, Map.class, name);
                K k;
                try {
                    k = key.read(name);
                } catch (RuntimeException e) {
                    MismatchedInputException x = MismatchedInputException.from(p, Map.class, "Key \"" + abbreviate(name)
                            + "\" is not " + what + ": " + e.getMessage());
                    x.initCause(e);
                    x.prependPath(Map.class, name);
                    throw x;
                }
                if (out.containsKey(k)) {
                    MismatchedInputException e = MismatchedInputException.from(p, Map.class, "Duplicate key \""
                            + name + "\": a key may appear only once");
                    e.prependPath(Map.class, name);
                    throw e;
                }
                if (t == JsonToken.VALUE_NULL) {
                    MismatchedInputException e = MismatchedInputException.from(p, Map.class,
                            "Value of \"" + name + "\" must not be null");
                    e.prependPath(Map.class, name);
                    throw e;
                }
                out.put(k, readValue(p, ctxt, value, Map.class, name));
            }
            return out;
        };
    }

    /** Parses a key of a JSON object, throwing a runtime exception with a message if it is not one. */
    @FunctionalInterface
    interface KeyReader<K> {
        K read(String key);
    }

    /** Returns the value of a required field, or refuses the object naming the field that is missing. */
    @SuppressWarnings("unchecked")
    <T> T required(String name) throws MismatchedInputException {
        Object value = values.get(name);
        if (value == null) {
            MismatchedInputException e = MismatchedInputException.from(parser, type, "Missing required field \""
                    + name + "\" of " + describe(type));
            e.prependPath(type, name);
            throw e;
        }
        return (T) value;
    }

    /** Returns the value of an optional field. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> optional(String name) {
        return Optional.ofNullable((T) values.get(name));
    }

    /** Returns the value of an optional field, or a default. */
    @SuppressWarnings("unchecked")
    <T> T optional(String name, T otherwise) {
        Object value = values.get(name);
        return value == null ? otherwise : (T) value;
    }

    /** Tells whether a field was present. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Builds the object from its fields, turning an exception of the core's validation into a
     * {@link ValueInstantiationException} that keeps the core's message.
     */
    <T> T build(Supplier<T> constructor) throws ValueInstantiationException {
        return build(parser, ctxt, type, constructor);
    }

    /** Refuses the object with a message of why. */
    ValueInstantiationException refuse(String message) {
        return ValueInstantiationException.from(parser, "Cannot build " + describe(type) + ": " + message,
                ctxt.constructType(type));
    }

    static <T> T build(JsonParser p, DeserializationContext ctxt, Class<?> type, Supplier<T> constructor)
            throws ValueInstantiationException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException | ArithmeticException e) {
            throw ValueInstantiationException.from(p, "Cannot build " + describe(type) + ": " + e.getMessage(),
                    ctxt.constructType(type), e);
        }
    }

    /** Refuses a value of the wrong JSON type, naming what was expected and what was found. */
    static MismatchedInputException wrongToken(JsonParser p, DeserializationContext ctxt, Class<?> type,
            String expected) {
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
