package io.github.sakip.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one kind of JSON object, and how an object of them is read token by token: duplicate keys and
 * nulls are refused, an unknown field goes to Jackson's {@link DeserializationContext#handleUnknownProperty} (so
 * that a user's {@code DeserializationProblemHandler} and {@code FAIL_ON_UNKNOWN_PROPERTIES} are honoured) unless
 * the module skips unknown fields itself, and every exception that comes out of a field's reader gets the field's
 * name on its path.
 */
final class Fields implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Reader<JsonToken> NEXT = (p, ctxt, nested) -> p.nextToken();

    private final Class<?> type;
    private final Map<String, Field<?>> byName;
    /** The fields in order: a read object's values are in an array in the same order. */
    private final Field<?>[] ordered;
    /** The deserializer that lists these fields to Jackson when a nested object has an unknown one. */
    private final Names names;

    private Fields(Class<?> type, Map<String, Field<?>> byName) {
        this.type = type;
        this.byName = byName;
        this.ordered = byName.values().toArray(new Field<?>[0]);
        this.names = new Names(this);
    }

    /**
     * The fields of an object read as {@code type}.
     */
    static Fields of(Class<?> type, Field<?>... fields) {
        Map<String, Field<?>> byName = new LinkedHashMap<>();
        for (Field<?> field : fields) {
            byName.put(field.name(), field);
        }
        return new Fields(type, Collections.unmodifiableMap(byName));
    }

    /**
     * The position of a field among these, by its name; -1 for an unknown name. A scan of a few fields, names
     * compared first by identity (Jackson interns the names it reads, as the fields' names are), is faster than a
     * map lookup for the dozen fields an object has.
     */
    private int indexOf(String name) {
        Field<?>[] fields = ordered;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name() == name) {
                return i;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The names of the fields, in order, for Jackson's messages. */
    Collection<Object> names() {
        return new ArrayList<>(byName.keySet());
    }

    /**
     * Reads an object of these fields; the parser stands on its START_OBJECT and is left on its END_OBJECT.
     *
     * @param owner the deserializer reading the object, given to Jackson's handling of an unknown field
     * @param ignoreUnknown whether the module skips unknown fields without asking Jackson
     * @param nested reads the values of bound types in the object
     */
    Values read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> owner, boolean ignoreUnknown,
            Nested nested) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Json.wrongToken(p, type, "an object with the fields " + byName.keySet());
        }
        Object[] values = new Object[ordered.length];
        // The names of unknown fields met so far; known ones are those with a value. Made when needed.
        Set<String> unknown = null;
        for (String name = nextFieldName(p, ctxt); name != null; name = nextFieldName(p, ctxt)) {
            // The parser checks a number's length and the nesting depth as it reads: on the field's path, too.
            JsonToken token = read(p, ctxt, NEXT, nested, name);
            int index = indexOf(name);
            if (index >= 0 ? values[index] != null : unknown != null && unknown.contains(name)) {
                throw refused(p, name, "Duplicate field \"" + name + "\" in " + Json.describe(type)
                        + ": a field may appear only once");
            }
            if (index < 0) {
                if (unknown == null) {
                    unknown = new HashSet<>();
                }
                unknown.add(name);
                skipUnknown(p, ctxt, owner, ignoreUnknown, name);
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                throw refused(p, name, "Field \"" + name + "\" of " + Json.describe(type)
                        + " must not be null; leave the field out if it has no value");
            }
            Field<?> field = ordered[index];
            Fields object = field.object();
            values[index] = object != null
                    ? read(p, ctxt, (q, c, n) -> object.read(q, c, object.names, ignoreUnknown, n), nested, name)
                    : read(p, ctxt, field.reader(), nested, name);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw Json.wrongToken(p, type, "the end of the object");
        }
        return new Values(p, ctxt, type, ordered, values);
    }

    private void skipUnknown(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> owner,
            boolean ignoreUnknown, String name) throws IOException {
        if (ignoreUnknown) {
            read(p, ctxt, (q, c, n) -> q.skipChildren(), Nested.ONE_OFF, name);
            return;
        }
        try {
            // Calls the user's problem handlers, skips the value if the mapper does not fail on unknown
            // properties, or throws UnrecognizedPropertyException with the known fields.
            ctxt.handleUnknownProperty(p, owner, type, name);
        } catch (UnrecognizedPropertyException e) {
            throw e; // it names the field and has it on its path already
        } catch (JsonMappingException e) {
            e.prependPath(type, name);
            throw e;
        } catch (JacksonException e) {
            // A value skipped for the mapper breaks the parser's limits: on the field's path, as any value.
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                throw e;
            }
            throw JsonMappingException.wrapWithPath(e, type, name);
        }
    }

    private MismatchedInputException refused(JsonParser p, String name, String message) {
        MismatchedInputException e = MismatchedInputException.from(p, type, message);
        e.prependPath(type, name);
        return e;
    }

    /**
     * Moves to the next field's name. The parser reads the field's value with its name, so a value that breaks
     * the parser's {@link com.fasterxml.jackson.core.StreamReadConstraints} (a number of too many digits) is
     * refused here: it is put on the path of the field being read.
     */
    private String nextFieldName(JsonParser p, DeserializationContext ctxt) throws IOException {
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

    private <T> T read(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Nested nested, String name)
            throws IOException {
        return Json.read(p, ctxt, reader, nested, type, name);
    }

    /** Lists the fields of an object that is not a type of its own to Jackson, for its unknown-field message. */
    private static final class Names extends JsonDeserializer<Object> implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Fields fields;

        Names(Fields fields) {
            this.fields = fields;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fields.read(p, ctxt, this, false, Nested.ONE_OFF);
        }

        @Override
        public Collection<Object> getKnownPropertyNames() {
            return fields.names();
        }

        @Override
        public Class<?> handledType() {
            return fields.type;
        }
    }
}
