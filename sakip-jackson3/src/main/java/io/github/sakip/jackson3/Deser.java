package io.github.sakip.jackson3;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * The deserializer of one type the module binds: reads it with its reader, lists its fields to Jackson, and
 * refuses a JSON null.
 * <p>
 * A value of a bound type inside this one is read by the deserializer the mapper has for that type, found through
 * the context as Jackson's own container deserializers find theirs: once per mapper, when Jackson contextualises
 * this deserializer, rather than on every value ({@code ctxt.readValue} introspects the type each time). The
 * registered instance, shared by every mapper the module is registered with, finds nothing itself: Jackson gives
 * each mapper its own contextual copy.
 *
 * @param <T> the type read
 */
final class Deser<T> extends StdDeserializer<T> implements Nested {

    /** Reads a value of the type; the parser stands on its first token. */
    @FunctionalInterface
    interface Body<T> {
        T read(JsonParser p, DeserializationContext ctxt, Deser<T> deser);
    }

    /**
     * Builds a value of the type from the values of its fields. An exception of the core's validation becomes a
     * {@link tools.jackson.databind.exc.ValueInstantiationException} that keeps the core's message.
     */
    @FunctionalInterface
    interface Build<T> {
        T build(Values values);
    }

    /** The body of a type written as an object of its fields. */
    static <T> Body<T> object(Build<T> build) {
        return (p, ctxt, deser) -> {
            Values values = deser.values(p, ctxt);
            return values.build(build);
        };
    }

    /** The fields of the type's JSON object, or null for a type written as a string. */
    private final Fields fields;
    private final Body<T> body;
    private final boolean ignoreUnknown;
    /** The deserializers of the types inside, found once for the mapper of this copy; null in the registered one. */
    private final Map<Class<?>, ValueDeserializer<Object>> inside;

    Deser(Class<T> type, Fields fields, Body<T> body, boolean ignoreUnknown) {
        this(type, fields, body, ignoreUnknown, null);
    }

    private Deser(Class<T> type, Fields fields, Body<T> body, boolean ignoreUnknown,
            Map<Class<?>, ValueDeserializer<Object>> inside) {
        super(type);
        this.fields = fields;
        this.body = body;
        this.ignoreUnknown = ignoreUnknown;
        this.inside = inside;
    }

    @SuppressWarnings("unchecked") // the copy reads the type of this one
    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return inside != null || fields == null ? this
                : new Deser<>((Class<T>) handledType(), fields, body, ignoreUnknown, new ConcurrentHashMap<>());
    }

    @Override
    public <V> V read(Class<V> type, JsonParser p, DeserializationContext ctxt) {
        if (inside == null) {
            return ctxt.readValue(p, type);
        }
        ValueDeserializer<Object> deserializer = inside.get(type);
        if (deserializer == null) {
            deserializer = ctxt.findContextualValueDeserializer(ctxt.constructType(type), null);
            inside.put(type, deserializer);
        }
        return type.cast(deserializer.deserialize(p, ctxt));
    }

    /** Reads the object of the type's fields; the parser stands on its START_OBJECT. */
    Values values(JsonParser p, DeserializationContext ctxt) {
        return fields.read(p, ctxt, this, ignoreUnknown, this);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return Documents.read(p, ctxt, handledType(), () -> body.read(p, ctxt, this));
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return fields == null ? null : fields.names();
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
        return ctxt.reportInputMismatch(this, "A " + Json.describe(handledType()) + " must not be null");
    }
}
