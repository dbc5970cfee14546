package io.github.sakip.assertj;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.format.Languages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on an {@link Achievement}: those of every figure, and its category. Figures are compared numerically
 * ({@code "97.04"} matches {@code 97.040}); failure messages show the working.
 */
public class AchievementAssert extends AbstractFigureAssert<AchievementAssert, Achievement> {

    /**
     * Creates the assertion, with messages in Bahasa Indonesia; use {@link SakipAssertions#assertThat(Achievement)}.
     *
     * @param actual the achievement under test
     */
    protected AchievementAssert(Achievement actual) {
        this(actual, Languages.INDONESIAN);
    }

    /**
     * Creates the assertion; use {@link SakipAssertions#inLanguage(Locale)}.
     *
     * @param actual the achievement under test
     * @param language the language of the messages
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    protected AchievementAssert(Achievement actual, Locale language) {
        super(actual, AchievementAssert.class, language);
    }

    /**
     * Verifies the percentage at full precision, compared numerically: the same as {@link #hasValue(String)}.
     *
     * @param expected the expected percentage
     * @return this assertion
     */
    public AchievementAssert hasPercent(String expected) {
        return hasValue(expected);
    }

    /**
     * Verifies the Permendagri 86/2017 category under its default policy.
     *
     * @param expected the expected category
     * @return this assertion
     */
    public AchievementAssert isCategorized(Category expected) {
        isComputable();
        return checkCategory(expected, actual.category(), "Permendagri 86/2017");
    }

    /**
     * Verifies the category under another scale.
     *
     * @param expected the expected category
     * @param scale the scale
     * @return this assertion
     */
    public AchievementAssert isCategorized(Category expected, CategoryScale scale) {
        isComputable();
        return checkCategory(expected, actual.category(Objects.requireNonNull(scale, "scale must not be null")),
                scale.toString());
    }

    private AchievementAssert checkCategory(Category expected, Optional<Category> category, String scale) {
        Objects.requireNonNull(expected, "expected must not be null");
        if (category.orElseThrow() != expected) {
            fail(Messages.text(language, "achievement.category", working(), scale, expected.label(),
                    category.orElseThrow().label()));
        }
        return this;
    }
}
