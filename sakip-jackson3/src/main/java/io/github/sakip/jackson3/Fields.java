package io.github.sakip.jackson3;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.util.LinkedNode;

/**
 * The fields of one kind of JSON object, and how an object of them is read token by token: duplicate keys and
 * nulls are refused, an unknown field goes to a user's {@code DeserializationProblemHandler} and is refused if
 * none takes it (unless the module skips unknown fields itself), and every exception that comes out of a field's reader gets the field's
 * name on its path.
 */
final class Fields {

    private static final Reader<JsonToken> NEXT = (p, ctxt, nested) -> p.nextToken();

    private final Class<?> type;
    private final Map<String, Field<?>> byName;
    /** The deserializer that lists these fields to Jackson when a nested object has an unknown one. */
    private final Names names;

    private Fields(Class<?> type, Map<String, Field<?>> byName) {
        this.type = type;
        this.byName = byName;
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
    Values read(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> owner, boolean ignoreUnknown,
            Nested nested) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Json.wrongToken(p, type, "an object with the fields " + byName.keySet());
        }
        Map<Field<?>, Object> values = new HashMap<>();
        // The names of unknown fields met so far; known ones are the keys of values. Made when needed.
        Set<String> unknown = null;
        for (String name = nextName(p); name != null; name = nextName(p)) {
            // The parser checks a number's length and the nesting depth as it reads: on the field's path, too.
            JsonToken token = read(p, ctxt, NEXT, nested, name);
            Field<?> field = byName.get(name);
            if (field != null ? values.containsKey(field) : unknown != null && unknown.contains(name)) {
                throw refused(p, name, "Duplicate field \"" + name + "\" in " + Json.describe(type)
                        + ": a field may appear only once");
            }
            if (field == null) {
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
            Fields object = field.object();
            values.put(field, object != null
                    ? read(p, ctxt, (q, c, n) -> object.read(q, c, object.names, ignoreUnknown, n), nested, name)
                    : read(p, ctxt, field.reader(), nested, name));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw Json.wrongToken(p, type, "the end of the object");
        }
        return new Values(p, ctxt, type, values);
    }

    /**
     * Skips an unknown field that a user's problem handler takes, or refuses it. Unlike Jackson's own
     * {@code DeserializationContext.handleUnknownProperty}, this refuses the field whatever the mapper's
     * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: its Jackson 3 default is off, which would silently
     * drop a misspelt field of a report (Jackson 2's default is on, and sakip-json honours the feature). Only the
     * module's own setting ({@code withUnknownPropertiesIgnored()}) skips unknown fields without asking.
     */
    private void skipUnknown(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> owner,
            boolean ignoreUnknown, String name) {
        if (ignoreUnknown) {
            read(p, ctxt, (q, c, n) -> q.skipChildren(), Nested.ONE_OFF, name);
            return;
        }
        try {
            for (LinkedNode<DeserializationProblemHandler> handler = ctxt.getConfig().getProblemHandlers();
                    handler != null; handler = handler.next()) {
                if (handler.value().handleUnknownProperty(ctxt, p, owner, type, name)) {
                    return;
                }
            }
        } catch (JacksonException e) {
            // A handler's refusal, or a value it skipped that breaks the parser's limits: on the field's path.
            e.prependPath(type, name);
            throw e;
        }
        // It names the field and the known ones, and has the field on its path.
        throw UnrecognizedPropertyException.from(p, type, name, owner.getKnownPropertyNames());
    }

    private MismatchedInputException refused(JsonParser p, String name, String message) {
        MismatchedInputException e = MismatchedInputException.from(p, type, message);
        e.prependPath(type, name);
        return e;
    }

    /**
     * Moves to the next field's name. The parser reads the field's value with its name, so a value that breaks
     * the parser's {@link tools.jackson.core.StreamReadConstraints} (a number of too many digits) is
     * refused here: it is put on the path of the field being read (Jackson 3's own exception, which has a path
     * of its own, where Jackson 2 needs a {@code JsonMappingException} around it).
     */
    private String nextName(JsonParser p) {
        try {
            return p.nextName();
        } catch (StreamConstraintsException e) {
            String name = p.streamReadContext().currentName();
            if (name != null) {
                e.prependPath(type, name);
            }
            throw e;
        }
    }

    private <T> T read(JsonParser p, DeserializationContext ctxt, Reader<T> reader, Nested nested, String name) {
        return Json.read(p, ctxt, reader, nested, new JacksonException.Reference(type, name));
    }

    /** Lists the fields of an object that is not a type of its own to Jackson, for its unknown-field message. */
    private static final class Names extends ValueDeserializer<Object> {

        private final Fields fields;

        Names(Fields fields) {
            this.fields = fields;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
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
