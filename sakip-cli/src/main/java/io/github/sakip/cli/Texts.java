package io.github.sakip.cli;

import io.github.sakip.format.IndonesianNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The command line's own texts for people (summaries, progress, errors), in the language chosen with
 * {@code --lang}: Bahasa Indonesia by default, English on request, never the JVM's default locale. They live in
 * {@code texts_id.properties} and {@code texts_en.properties} (UTF-8), which have the same keys.
 */
final class Texts {

    /** The languages of the texts. */
    enum Language {
        /** Bahasa Indonesia, the default. */
        ID("id"),
        /** English. */
        EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static final Texts INDONESIAN = new Texts(Language.ID);
    private static final Texts ENGLISH = new Texts(Language.EN);

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = load(language);
    }

    static Texts of(Language language) {
        return language == Language.EN ? ENGLISH : INDONESIAN;
    }

    static ResourceBundle load(Language language) {
        String name = "texts_" + language.code() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from sakip-cli: a broken build");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    Language language() {
        return language;
    }

    /** The text of a key with its arguments; numbers grouped as Indonesian reports group them (21.920). */
    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), IndonesianNumbers.LOCALE).format(arguments);
    }

    /** The counts of findings of each severity, such as {@code "13 kesalahan, 4 peringatan, 3 catatan"}. */
    String counts(Counts counts) {
        return get("counts", counts.errors(), counts.warnings(), counts.notes());
    }

    /** The locale of the language, for what formats by locale. */
    Locale locale() {
        return Locale.forLanguageTag(language.code());
    }
}
