package io.github.sakip.assertj;

import io.github.sakip.Figure;
import io.github.sakip.Quantity;
import java.util.Objects;

/**
 * Assertions on a {@link Quantity}, such as a PMK 214 efficiency or an efficiency index: those of every figure,
 * and its unit. Values are compared numerically; failure messages show the working.
 */
public class QuantityAssert extends AbstractFigureAssert<QuantityAssert, Quantity> {

    /**
     * Creates the assertion; use {@link SakipAssertions#assertThat(Quantity)}.
     *
     * @param actual the quantity under test
     */
    protected QuantityAssert(Quantity actual) {
        super(actual, QuantityAssert.class, "figure");
    }

    /**
     * Verifies the unit of the figure.
     *
     * @param expected the expected unit
     * @return this assertion
     */
    public QuantityAssert hasUnit(Figure.Unit expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected must not be null");
        if (actual.unit() != expected) {
            failWithMessage("Expected a figure in %s but it was in %s (%s)", expected, actual.unit(),
                    actual.explain());
        }
        return this;
    }
}
