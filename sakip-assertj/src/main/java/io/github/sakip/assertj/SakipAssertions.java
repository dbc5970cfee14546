package io.github.sakip.assertj;

import io.github.sakip.Achievement;
import io.github.sakip.Quantity;
import io.github.sakip.audit.Audit;
import io.github.sakip.format.Languages;
import java.util.Locale;

/**
 * The entry point of the sakip assertions: {@code import static io.github.sakip.assertj.SakipAssertions.assertThat;}
 * next to AssertJ's own {@code Assertions.assertThat}.
 * <pre>{@code
 * assertThat(achievement).hasRounded("97.04").isCategorized(Category.SANGAT_TINGGI);
 * assertThat(Audit.of(report)).hasNoErrors();
 * }</pre>
 * Failure messages, and the workings and reasons the assertions compare, are in Bahasa Indonesia; for English, start
 * from {@link #inLanguage(Locale)}:
 * <pre>{@code
 * SakipAssertions.InLanguage english = SakipAssertions.inLanguage(Locale.ENGLISH);
 * english.assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE))
 *         .isNotComputableBecause("target is 0");
 * }</pre>
 * The language is always chosen here, never taken from the JVM's default locale.
 */
public final class SakipAssertions {

    private static final InLanguage INDONESIAN = new InLanguage(Languages.INDONESIAN);

    private SakipAssertions() {
    }

    /**
     * Starts an assertion on an achievement, with messages in Bahasa Indonesia.
     *
     * @param actual the achievement
     * @return the assertion
     */
    public static AchievementAssert assertThat(Achievement actual) {
        return INDONESIAN.assertThat(actual);
    }

    /**
     * Starts an assertion on a quantity, such as a PMK 214 efficiency, with messages in Bahasa Indonesia.
     *
     * @param actual the quantity
     * @return the assertion
     */
    public static QuantityAssert assertThat(Quantity actual) {
        return INDONESIAN.assertThat(actual);
    }

    /**
     * Starts an assertion on an audit, with messages in Bahasa Indonesia.
     *
     * @param actual the audit
     * @return the assertion
     */
    public static AuditAssert assertThat(Audit actual) {
        return INDONESIAN.assertThat(actual);
    }

    /**
     * Returns the assertions in a language.
     *
     * @param language {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}; only the language of the locale
     *        counts ({@link Locale#ENGLISH}, {@code Locale.US})
     * @return the assertions in that language
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException naming the supported languages if the language is neither Indonesian nor
     *         English
     */
    public static InLanguage inLanguage(Locale language) {
        return new InLanguage(Languages.check(language));
    }

    /**
     * The assertions in one language: their messages, and the workings and reasons they compare.
     * <p>
     * This class is immutable and thread-safe.
     */
    public static final class InLanguage {

        private final Locale language;

        private InLanguage(Locale language) {
            this.language = language;
        }

        /**
         * Returns the language of the assertions.
         *
         * @return {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         */
        public Locale language() {
            return language;
        }

        /**
         * Starts an assertion on an achievement.
         *
         * @param actual the achievement
         * @return the assertion
         */
        public AchievementAssert assertThat(Achievement actual) {
            return new AchievementAssert(actual, language);
        }

        /**
         * Starts an assertion on a quantity, such as a PMK 214 efficiency.
         *
         * @param actual the quantity
         * @return the assertion
         */
        public QuantityAssert assertThat(Quantity actual) {
            return new QuantityAssert(actual, language);
        }

        /**
         * Starts an assertion on an audit.
         *
         * @param actual the audit
         * @return the assertion
         */
        public AuditAssert assertThat(Audit actual) {
            return new AuditAssert(actual, language);
        }
    }
}
