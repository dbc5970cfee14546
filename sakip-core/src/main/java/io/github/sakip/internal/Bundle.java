package io.github.sakip.internal;

import io.github.sakip.format.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The texts for people of one module in the library's two languages: a resource bundle of two UTF-8
 * {@code .properties} files, {@code <base>_id.properties} (Bahasa Indonesia) and {@code <base>_en.properties}
 * (English), next to the class that loads them.
 * <p>
 * The files are read once, explicitly, as UTF-8 (a malformed byte is an error, not a silent ISO-8859-1 reading),
 * through a function of the module that owns them, so that they load on the class path and on the module path
 * alike. No {@link java.util.ResourceBundle#getBundle(String, Locale)} look-up is made: the JVM's default locale
 * never takes part in choosing a file, and there is no root bundle for a missing key to fall back to silently.
 * <p>
 * A template marks its arguments {@code {0}}, {@code {1}}, …: the substitution is this class's own, not
 * {@link java.text.MessageFormat}'s, so an apostrophe is an apostrophe ({@code "the report's year {0}"}) and no
 * character needs escaping. A brace not followed by digits and a closing brace is kept as it is. An argument is a
 * {@link String} (a name, or a number already formatted as reports print it), an {@link Integer} or {@link Long}
 * (a year, a count), or a {@link Text}, written in the same language.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules. This class is immutable and
 * thread-safe.
 */
public final class Bundle {

    private final String name;
    private final Map<String, String> indonesian;
    private final Map<String, String> english;
    /** The number of arguments of each key, from its Indonesian template. */
    private final Map<String, Integer> arity;

    private Bundle(String name, Map<String, String> indonesian, Map<String, String> english) {
        this.name = name;
        this.indonesian = indonesian;
        this.english = english;
        Map<String, Integer> counts = new HashMap<>();
        indonesian.forEach((key, template) -> counts.put(key, placeholders(template).size()));
        this.arity = Map.copyOf(counts);
    }

    /**
     * Loads the two files of a bundle.
     *
     * @param baseName the base name, such as {@code "Texts"} for {@code Texts_id.properties} and
     *        {@code Texts_en.properties}
     * @param open opens a file by its name, relative to the owner's package, such as
     *        {@code name -> Text.class.getResourceAsStream(name)}; a lambda of the module that holds the files, so
     *        that the module path lets it read them
     * @return the bundle
     * @throws IllegalStateException if a file is missing, unreadable or not UTF-8: a packaging error
     */
    public static Bundle load(String baseName, Function<String, InputStream> open) {
        return new Bundle(baseName, read(baseName + "_id.properties", open), read(baseName + "_en.properties", open));
    }

    private static Map<String, String> read(String file, Function<String, InputStream> open) {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("the texts " + file + " are missing from the library");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            PropertyResourceBundle bundle = new PropertyResourceBundle(reader);
            Map<String, String> texts = new HashMap<>();
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new IllegalStateException("the texts " + file + " cannot be read: " + e.getMessage(),
                    new UncheckedIOException(e));
        }
    }

    /**
     * Returns the keys of one language's file.
     *
     * @param language the language
     * @return the keys, unmodifiable
     * @throws IllegalArgumentException if the language is not supported
     */
    public Set<String> keys(Locale language) {
        return Collections.unmodifiableSet(texts(language).keySet());
    }

    /**
     * Tells whether a key has a text.
     *
     * @param key the key
     * @return true if the Indonesian file has it (the bundle test checks that the English one has the same keys)
     */
    public boolean has(String key) {
        return indonesian.containsKey(key);
    }

    /**
     * Returns how many arguments a key's text takes.
     *
     * @param key the key
     * @return the number of distinct placeholders of its Indonesian text
     * @throws IllegalArgumentException naming the key if the bundle has no text for it
     */
    public int arity(String key) {
        Integer count = arity.get(key);
        if (count == null) {
            throw new IllegalArgumentException("no text '" + key + "' in the texts " + name);
        }
        return count;
    }

    /**
     * Returns the template of a key, as the file has it.
     *
     * @param language the language
     * @param key the key
     * @return the template
     * @throws IllegalArgumentException naming the key if the language's file has no text for it
     */
    public String template(Locale language, String key) {
        String template = texts(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' in the texts " + name + "_"
                    + Languages.check(language).getLanguage());
        }
        return template;
    }

    /**
     * Writes the text of a key in a language.
     *
     * @param language the language
     * @param key the key
     * @param args the arguments: strings, integers, longs or texts
     * @return the text
     * @throws IllegalArgumentException if the language is not supported, the key has no text, or an argument is of
     *         another type
     */
    public String format(Locale language, String key, Object... args) {
        Locale checked = Languages.check(language);
        return substitute(template(checked, key), args, checked);
    }

    private Map<String, String> texts(Locale language) {
        return Languages.check(language) == Languages.INDONESIAN ? indonesian : english;
    }

    /**
     * Returns the argument numbers a template uses.
     *
     * @param template the template
     * @return the numbers of its placeholders, such as {@code [0, 1]} for {@code "{0} / {1}"}
     */
    public static SortedSet<Integer> placeholders(String template) {
        SortedSet<Integer> found = new TreeSet<>();
        int i = 0;
        while (i < template.length()) {
            int end = placeholderEnd(template, i);
            if (end > 0) {
                found.add(Integer.parseInt(template.substring(i + 1, end - 1)));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index after the placeholder that starts at {@code i}, or -1 if none starts there. */
    private static int placeholderEnd(String template, int i) {
        if (template.charAt(i) != '{') {
            return -1;
        }
        int j = i + 1;
        while (j < template.length() && j - i <= 4 && template.charAt(j) >= '0' && template.charAt(j) <= '9') {
            j++;
        }
        return j > i + 1 && j < template.length() && template.charAt(j) == '}' ? j + 1 : -1;
    }

    /**
     * Replaces the placeholders of a template with its arguments.
     *
     * @param template the template
     * @param args the arguments
     * @param language the language of texts among the arguments
     * @return the text
     * @throws IllegalArgumentException if a placeholder has no argument or an argument is of another type
     */
    static String substitute(String template, Object[] args, Locale language) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int end = placeholderEnd(template, i);
            if (end < 0) {
                text.append(template.charAt(i));
                i++;
                continue;
            }
            int index = Integer.parseInt(template.substring(i + 1, end - 1));
            if (index >= args.length) {
                throw new IllegalArgumentException("the text '" + template + "' needs an argument {" + index
                        + "}, but has " + args.length + " arguments");
            }
            text.append(argument(args[index], language));
            i = end;
        }
        return text.toString();
    }

    private static String argument(Object arg, Locale language) {
        if (arg instanceof String || arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        if (arg instanceof Text text) {
            return text.in(language);
        }
        throw new IllegalArgumentException("an argument of a text is a String, Integer, Long or Text, but was "
                + (arg == null ? "null" : arg.getClass().getName()));
    }

    /**
     * Checks the arguments of a text: each a string, an integer, a long or a text.
     *
     * @param args the arguments
     * @return the arguments
     * @throws IllegalArgumentException naming the type of an argument of another type, or a null one
     */
    static Object[] checkedArguments(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof Text)) {
                throw new IllegalArgumentException("an argument of a text is a String, Integer, Long or Text, but"
                        + " was " + (arg == null ? "null" : arg.getClass().getName()));
            }
        }
        return args;
    }
}
