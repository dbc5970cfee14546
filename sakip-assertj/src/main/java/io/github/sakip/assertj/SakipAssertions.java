package io.github.sakip.assertj;

import io.github.sakip.Achievement;
import io.github.sakip.Quantity;
import io.github.sakip.audit.Audit;

/**
 * The entry point of the sakip assertions: {@code import static io.github.sakip.assertj.SakipAssertions.assertThat;}
 * next to AssertJ's own {@code Assertions.assertThat}.
 * <pre>{@code
 * assertThat(achievement).hasRounded("97.04").isCategorized(Category.SANGAT_TINGGI);
 * assertThat(Audit.of(report)).hasNoErrors();
 * }</pre>
 */
public final class SakipAssertions {

    private SakipAssertions() {
    }

    /**
     * Starts an assertion on an achievement.
     *
     * @param actual the achievement
     * @return the assertion
     */
    public static AchievementAssert assertThat(Achievement actual) {
        return new AchievementAssert(actual);
    }

    /**
     * Starts an assertion on a quantity, such as a PMK 214 efficiency.
     *
     * @param actual the quantity
     * @return the assertion
     */
    public static QuantityAssert assertThat(Quantity actual) {
        return new QuantityAssert(actual);
    }

    /**
     * Starts an assertion on an audit.
     *
     * @param actual the audit
     * @return the assertion
     */
    public static AuditAssert assertThat(Audit actual) {
        return new AuditAssert(actual);
    }
}
