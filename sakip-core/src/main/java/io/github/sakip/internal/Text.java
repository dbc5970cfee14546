package io.github.sakip.internal;

import io.github.sakip.format.Languages;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for people that the library keeps, such as the working of a figure or the reason it is not computable:
 * the key of a text of the core's bundle ({@code Texts_id.properties}, {@code Texts_en.properties}) with its
 * arguments, written in a language only when asked ({@link #in(Locale)}). Or a literal, a text given by a user or
 * read from a document, which is the same in every language.
 * <p>
 * Numbers are arguments already formatted as reports print them ({@code "68,12"}), in both languages.
 * <p>
 * Equality: two texts are equal when they read the same in Bahasa Indonesia, the library's own language. So two
 * figures not computable for the same reason are equal whatever language they are shown in, and a reason read back
 * from a JSON document, where it is a literal, equals the reason it was written from.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules. This class is immutable,
 * thread-safe and serializable; it is serialised as its key and arguments (or its literal), and a deserialised
 * text is validated as a new one is.
 *
 * @serial exclude
 */
public final class Text implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The core's texts. */
    static final Bundle TEXTS = Bundle.load("Texts", name -> Text.class.getResourceAsStream(name));

    private static final Object[] NO_ARGUMENTS = {};

    /** The key, or null for a literal. */
    private final String key;
    /** The literal, or null for a key. */
    private final String literal;
    private final Object[] args;

    private Text(String key, String literal, Object[] args) {
        this.key = key;
        this.literal = literal;
        this.args = args;
    }

    /**
     * Obtains the text of a key of the core's bundle.
     *
     * @param key the key, such as {@code "capaian.targetZero"}; always a string literal at the call, so that the
     *        bundle test finds every key the code uses
     * @param args its arguments: strings (names, numbers formatted as reports print them), integers, longs, texts
     * @return the text
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException naming the key if the bundle has no text for it or it takes another number of
     *         arguments, or naming the type of an argument of another type
     */
    public static Text of(String key, Object... args) {
        Decimals.notNull(key, "key");
        Object[] copy = Bundle.checkedArguments(args.clone());
        int arity = TEXTS.arity(key);
        if (arity != copy.length) {
            throw new IllegalArgumentException("the text '" + key + "' takes " + arity + " arguments, but was given "
                    + copy.length);
        }
        return new Text(key, null, copy.length == 0 ? NO_ARGUMENTS : copy);
    }

    /**
     * Obtains a text that is the same in every language: one a user gave, one read from a document, or a formula
     * without words ({@code "68,12 / 70,20 × 100% = 97,04%"}).
     *
     * @param text the text
     * @return the literal
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public static Text literal(String text) {
        return new Text(null, Decimals.notBlank(text, "text"), NO_ARGUMENTS);
    }

    /**
     * Writes the text in a language.
     *
     * @param language the language
     * @return the text
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is not supported
     */
    public String in(Locale language) {
        Locale checked = Languages.check(language);
        return literal != null ? literal : Bundle.substitute(TEXTS.template(checked, key), args, checked);
    }

    /**
     * Compares the texts in Bahasa Indonesia.
     *
     * @param other the other object
     * @return true if both read the same in Bahasa Indonesia
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Text that && in(Languages.INDONESIAN).equals(
                that.in(Languages.INDONESIAN));
    }

    @Override
    public int hashCode() {
        return in(Languages.INDONESIAN).hashCode();
    }

    /**
     * Returns the text in Bahasa Indonesia.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return in(Languages.INDONESIAN);
    }

    private Object writeReplace() {
        return new Ser(key, literal, args.clone());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(Text.class);
    }

    /** The serialized form: the key and arguments, or the literal. */
    private record Ser(String key, String literal, Object[] args) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(Text.class, () -> {
                if (key == null) {
                    return Text.literal(literal);
                }
                if (literal != null) {
                    throw new IllegalArgumentException("a text has a key or a literal, but had both: '" + key
                            + "', '" + literal + "'");
                }
                return Text.of(key, Decimals.notNull(args, "args"));
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ser that && Objects.equals(key, that.key)
                    && Objects.equals(literal, that.literal) && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, literal) * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return "Text.Ser[" + key + ", " + literal + ", " + Arrays.toString(args) + "]";
        }
    }
}
