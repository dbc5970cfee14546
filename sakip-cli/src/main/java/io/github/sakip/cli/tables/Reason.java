package io.github.sakip.cli.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * What is wrong with a workbook or a CSV table, as a key of {@code reasons_id.properties} and
 * {@code reasons_en.properties} (UTF-8, the same keys) with its arguments, said in the language asked for, never
 * in the JVM's default locale. The arguments are text (numbers are passed as text, so that no locale groups them).
 * A reason that is the library's own refusal of a value ({@link #refused}) is the library's message, in English.
 *
 * @param key the key in the bundles
 * @param arguments the arguments of the pattern, as text
 */
record Reason(String key, List<String> arguments) implements Serializable {

    private static final ResourceBundle INDONESIAN = load("id");
    private static final ResourceBundle ENGLISH = load("en");

    Reason {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("no reason \"" + key + "\" in reasons_en.properties");
        }
    }

    /** A reason of the bundles. */
    static Reason of(String key, Object... arguments) {
        return new Reason(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The library's own refusal of a value: its message, which is in English. */
    static Reason refused(Exception e) {
        return of("refused", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** The reason in a language: Indonesian for {@code id} (or {@code in}), English for any other. */
    String in(Locale language) {
        String code = language.getLanguage();
        ResourceBundle bundle = code.equals("id") || code.equals("in") ? INDONESIAN : ENGLISH;
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments.toArray());
    }

    private static ResourceBundle load(String language) {
        String name = "reasons_" + language + ".properties";
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from sakip-cli: a broken build");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
