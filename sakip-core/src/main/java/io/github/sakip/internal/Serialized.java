package io.github.sakip.internal;

import java.io.InvalidObjectException;
import java.util.function.Supplier;

/**
 * Reading back the serialization proxies of the value types: each proxy rebuilds its value with the public
 * factories, so a stream is validated as new values are, and a refusal becomes the exception a stream reader
 * expects.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Serialized {

    private Serialized() {
    }

    /**
     * Builds a value read from a stream with the factory that validates it.
     *
     * @param type the value's type, for the message
     * @param factory builds the value from the stream's parts
     * @return the value
     * @throws InvalidObjectException with the factory's message, and its exception as the cause, if the factory
     *         refuses the parts
     */
    public static Object resolve(Class<?> type, Supplier<?> factory) throws InvalidObjectException {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException | ClassCastException e) {
            InvalidObjectException refused = new InvalidObjectException("invalid " + type.getSimpleName()
                    + " in the stream: " + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * Refuses a stream that holds a value type's own fields instead of its serialization proxy: such a stream was
     * made by hand, to bypass validation.
     *
     * @param type the value's type
     * @return the exception to throw
     */
    public static InvalidObjectException proxyRequired(Class<?> type) {
        return new InvalidObjectException("a " + type.getSimpleName() + " is read through its serialization proxy");
    }
}
