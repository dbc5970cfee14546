package io.github.sakip.format;

import io.github.sakip.internal.Decimals;
import java.util.List;
import java.util.Locale;

/**
 * The languages of the texts the library writes for people: Bahasa Indonesia, the default, and English.
 * <p>
 * A text for people is a finding of an audit, the working of a figure ({@code explain()}), the reason a figure is
 * not computable ({@code reason()}), or an assertion message of sakip-assertj. Each method that writes one has an
 * overload taking a {@link Locale}; the form without it writes Bahasa Indonesia. The language is always chosen by
 * the caller: the library never reads the JVM's default locale ({@link Locale#getDefault()}), so a working does not
 * change with the machine it is computed on (a server's default is often {@code en_US}).
 * <p>
 * Only the language of a locale counts: {@code id} (also the JDK's legacy code {@code in}) is Bahasa Indonesia, and
 * {@code en} with any country ({@code en}, {@code en_US}, {@code en_GB}) is English. Any other language is refused.
 * <p>
 * Numbers are written as the reports print them in both languages, with a decimal comma and thousands dots
 * ({@code 68,12 / 70,20 × 100% = 97,04%}): a finding quotes the report, and its reader must find the figure on the
 * page. Exception messages for programmers ({@link NullPointerException}, {@link IllegalArgumentException},
 * {@link IllegalStateException}) are in English, as the JDK's are, whatever the language.
 * <p>
 * This class is thread-safe.
 */
public final class Languages {

    /** Bahasa Indonesia, {@code id}: the language of every text for people unless another is asked for. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** English, {@code en}. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private Languages() {
    }

    /**
     * Returns the languages the library writes, the default first.
     *
     * @return {@link #INDONESIAN} and {@link #ENGLISH}
     */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /**
     * Returns the language of a locale that the library writes in.
     *
     * @param language the locale; only its language counts, such as {@code id}, {@code in}, {@code en} or
     *        {@code en_US}
     * @return {@link #INDONESIAN} or {@link #ENGLISH}
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException quoting the locale and naming the supported languages if its language is
     *         neither Indonesian nor English
     */
    public static Locale check(Locale language) {
        Decimals.notNull(language, "language");
        switch (language.getLanguage()) {
            case "id":
            case "in":
                return INDONESIAN;
            case "en":
                return ENGLISH;
            default:
                throw new IllegalArgumentException("language '" + language.toLanguageTag()
                        + "' is not supported; supported are id (Bahasa Indonesia) and en (English)");
        }
    }
}
