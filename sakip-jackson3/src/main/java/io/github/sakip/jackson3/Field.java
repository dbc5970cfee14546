package io.github.sakip.jackson3;

/**
 * One field of a JSON object: its name and how its value is read. The type parameter is the type of the value, so
 * that {@link Values#required(Field)} returns it without a cast.
 *
 * @param <T> the type of the field's value
 * @param name the field's name in the document
 * @param reader reads the field's value; null for a nested object of figures, which {@code object} gives
 * @param object the fields of a nested object that is not a type of its own (the {@code "printed"} figures of a
 *        row), read with the same leniency as the object around it; null for any other field
 */
record Field<T>(String name, Reader<T> reader, Fields object) {

    /** A field read by a reader of its own: a list, a map. */
    static <T> Field<T> of(String name, Reader<T> reader) {
        return new Field<>(name, reader, null);
    }

    /** A field of a scalar: a string, a number, a year. */
    static <T> Field<T> of(String name, Reader.Scalar<T> scalar) {
        return new Field<>(name, Reader.scalar(scalar), null);
    }

    /**
     * A field whose value is a type the mapper knows, read by the mapper's deserializer for the type: the module's
     * own, or whichever a user registered.
     */
    static <T> Field<T> nested(String name, Class<T> type) {
        return new Field<>(name, Reader.nested(type), null);
    }

    /** A field whose value is an object of these fields, such as the {@code "printed"} figures of a row. */
    static Field<Values> object(String name, Fields fields) {
        return new Field<>(name, null, fields);
    }
}
