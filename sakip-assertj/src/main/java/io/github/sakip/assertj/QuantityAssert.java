package io.github.sakip.assertj;

import io.github.sakip.Figure;
import io.github.sakip.Quantity;
import io.github.sakip.format.Languages;
import java.util.Locale;
import java.util.Objects;

/**
 * Assertions on a {@link Quantity}, such as a PMK 214 efficiency or an efficiency index: those of every figure,
 * and its unit. Values are compared numerically; failure messages show the working.
 */
public class QuantityAssert extends AbstractFigureAssert<QuantityAssert, Quantity> {

    /**
     * Creates the assertion, with messages in Bahasa Indonesia; use {@link SakipAssertions#assertThat(Quantity)}.
     *
     * @param actual the quantity under test
     */
    protected QuantityAssert(Quantity actual) {
        this(actual, Languages.INDONESIAN);
    }

    /**
     * Creates the assertion; use {@link SakipAssertions#inLanguage(Locale)}.
     *
     * @param actual the quantity under test
     * @param language the language of the messages
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    protected QuantityAssert(Quantity actual, Locale language) {
        super(actual, QuantityAssert.class, language);
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
            fail(Messages.text(language, "quantity.unit", expected.name(), actual.unit().name(), working()));
        }
        return this;
    }
}
