package io.github.sakip.assertj;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Achievement}. Figures are compared numerically ({@code "97.04"} matches
 * {@code 97.040}); failure messages show the working.
 */
public class AchievementAssert extends AbstractAssert<AchievementAssert, Achievement> {

    /**
     * Creates the assertion; use {@link SakipAssertions#assertThat(Achievement)}.
     *
     * @param actual the achievement under test
     */
    protected AchievementAssert(Achievement actual) {
        super(actual, AchievementAssert.class);
    }

    /**
     * Verifies that the achievement is computable.
     *
     * @return this assertion
     */
    public AchievementAssert isComputable() {
        isNotNull();
        if (!actual.isComputable()) {
            failWithMessage("Expected a computable achievement but it was %s", actual.explain());
        }
        return this;
    }

    /**
     * Verifies that the achievement is not computable, for the given reason.
     *
     * @param reasonPart text the reason must contain, such as {@code "target is 0"}
     * @return this assertion
     */
    public AchievementAssert isNotComputableBecause(String reasonPart) {
        isNotNull();
        Objects.requireNonNull(reasonPart, "reasonPart must not be null");
        if (actual.isComputable()) {
            failWithMessage("Expected a not-computable achievement but it was %s", actual.explain());
        }
        String reason = actual.reason().orElseThrow();
        if (!reason.contains(reasonPart)) {
            failWithMessage("Expected the reason to contain <%s> but it was <%s>", reasonPart, reason);
        }
        return this;
    }

    /**
     * Verifies the figure as reports print it: two decimals, half-up.
     *
     * @param expected the expected figure, such as {@code "97.04"}
     * @return this assertion
     */
    public AchievementAssert hasRounded(String expected) {
        isComputable();
        BigDecimal wanted = new BigDecimal(Objects.requireNonNull(expected, "expected must not be null"));
        if (actual.rounded().compareTo(wanted) != 0) {
            failWithMessage("Expected the capaian to be %s but it was %s (%s)", wanted.toPlainString(),
                    actual.rounded().toPlainString(), actual.explain());
        }
        return this;
    }

    /**
     * Verifies the figure at full precision, compared numerically.
     *
     * @param expected the expected percentage
     * @return this assertion
     */
    public AchievementAssert hasPercent(String expected) {
        isComputable();
        BigDecimal wanted = new BigDecimal(Objects.requireNonNull(expected, "expected must not be null"));
        if (actual.percent().compareTo(wanted) != 0) {
            failWithMessage("Expected the exact capaian to be %s but it was %s (%s)", wanted.toPlainString(),
                    actual.percent().toPlainString(), actual.explain());
        }
        return this;
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
            failWithMessage("Expected %s under %s to be %s but it was %s", actual.explain(), scale,
                    expected.label(), category.orElseThrow().label());
        }
        return this;
    }

    /**
     * Verifies the working exactly.
     *
     * @param expected the expected working, such as {@code "68,12 / 70,20 × 100% = 97,04%"}
     * @return this assertion
     */
    public AchievementAssert explainsAs(String expected) {
        isNotNull();
        if (!actual.explain().equals(expected)) {
            failWithMessage("Expected the working <%s> but it was <%s>", expected, actual.explain());
        }
        return this;
    }
}
