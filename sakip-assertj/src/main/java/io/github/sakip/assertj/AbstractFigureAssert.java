package io.github.sakip.assertj;

import io.github.sakip.Figure;
import java.math.BigDecimal;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions every {@link Figure} shares: computable or not and why, its value as printed and at full precision,
 * its working. Values are compared numerically ({@code "97.04"} matches {@code 97.040}); failure messages show the
 * working, and name the figure by its kind ("achievement" or "figure"); name it more precisely with AssertJ's
 * {@code as("absorption of 2.07.01")}.
 *
 * @param <S> the assertion's own type
 * @param <A> the figure's type
 */
public abstract class AbstractFigureAssert<S extends AbstractFigureAssert<S, A>, A extends Figure>
        extends AbstractAssert<S, A> {

    private final String kind;

    /**
     * Creates the assertion.
     *
     * @param actual the figure under test
     * @param selfType the assertion's own class
     * @param kind what the figure is called in messages, such as {@code "achievement"}
     */
    protected AbstractFigureAssert(A actual, Class<?> selfType, String kind) {
        super(actual, selfType);
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
    }

    /**
     * Verifies that the figure is computable.
     *
     * @return this assertion
     */
    public S isComputable() {
        isNotNull();
        if (!actual.isComputable()) {
            failWithMessage("Expected a computable %s but it was %s", kind, actual.explain());
        }
        return myself;
    }

    /**
     * Verifies that the figure is not computable, for the given reason.
     *
     * @param reasonPart text the reason must contain, such as {@code "target is 0"}
     * @return this assertion
     */
    public S isNotComputableBecause(String reasonPart) {
        isNotNull();
        Objects.requireNonNull(reasonPart, "reasonPart must not be null");
        if (actual.isComputable()) {
            failWithMessage("Expected a not-computable %s but it was %s", kind, actual.explain());
        }
        String reason = actual.reason().orElseThrow();
        if (!reason.contains(reasonPart)) {
            failWithMessage("Expected the reason to contain <%s> but it was <%s>", reasonPart, reason);
        }
        return myself;
    }

    /**
     * Verifies the figure as reports print it: two decimals, half-up.
     *
     * @param expected the expected figure, such as {@code "97.04"}
     * @return this assertion
     */
    public S hasRounded(String expected) {
        isComputable();
        return compare("the " + kind, actual.rounded(), expected);
    }

    /**
     * Verifies the figure at full precision, compared numerically.
     *
     * @param expected the expected value
     * @return this assertion
     */
    public S hasValue(String expected) {
        isComputable();
        return compare("the exact " + kind, actual.value(), expected);
    }

    private S compare(String what, BigDecimal value, String expected) {
        BigDecimal wanted = new BigDecimal(Objects.requireNonNull(expected, "expected must not be null"));
        if (value.compareTo(wanted) != 0) {
            failWithMessage("Expected %s to be %s but it was %s (%s)", what, shown(wanted), shown(value),
                    actual.explain());
        }
        return myself;
    }

    /**
     * Verifies the working exactly.
     *
     * @param expected the expected working, such as {@code "68,12 / 70,20 × 100% = 97,04%"}
     * @return this assertion
     */
    public S explainsAs(String expected) {
        isNotNull();
        if (!actual.explain().equals(expected)) {
            failWithMessage("Expected the working <%s> but it was <%s>", expected, actual.explain());
        }
        return myself;
    }

    private String shown(BigDecimal value) {
        return value.toPlainString() + (actual.unit() == Figure.Unit.PERCENT ? "%" : "");
    }
}
