package io.github.sakip.assertj;

import io.github.sakip.Achievement;
import io.github.sakip.Figure;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions every {@link Figure} shares: computable or not and why, its value as printed and at full precision,
 * its working. Values are compared numerically ({@code "97.04"} matches {@code 97.040}); failure messages show the
 * working, and name the figure by its kind ("capaian" or "angka", in English "achievement" or "figure"); name it more
 * precisely with AssertJ's {@code as("penyerapan 2.07.01")}.
 * <p>
 * Messages, workings and reasons are in the assertion's language: Bahasa Indonesia, or the one given to
 * {@link SakipAssertions#inLanguage(Locale)}. A reason and a working are compared in that language.
 *
 * @param <S> the assertion's own type
 * @param <A> the figure's type
 */
public abstract class AbstractFigureAssert<S extends AbstractFigureAssert<S, A>, A extends Figure>
        extends AbstractAssert<S, A> {

    /** The language of the messages, and of the workings and reasons compared. */
    protected final Locale language;

    /**
     * Creates the assertion.
     *
     * @param actual the figure under test
     * @param selfType the assertion's own class
     * @param language the language of the messages; only its language counts
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    protected AbstractFigureAssert(A actual, Class<?> selfType, Locale language) {
        super(actual, selfType);
        this.language = Languages.check(language);
    }

    /** What the figure is called in messages: "capaian" or "angka" ("achievement" or "figure"). */
    private String kind() {
        return actual instanceof Achievement ? Messages.text(language, "kind.achievement")
                : Messages.text(language, "kind.figure");
    }

    /**
     * Returns the working of the figure, in the assertion's language.
     *
     * @return the working, or that the figure is not computable and why
     */
    protected String working() {
        return actual.explain(language);
    }

    /**
     * Fails with a message written already: no {@code %} in it is read as a format.
     *
     * @param message the message
     */
    protected void fail(String message) {
        failWithMessage("%s", message);
    }

    /**
     * Verifies that the figure is computable.
     *
     * @return this assertion
     */
    public S isComputable() {
        isNotNull();
        if (!actual.isComputable()) {
            fail(Messages.text(language, "figure.computable", kind(), working()));
        }
        return myself;
    }

    /**
     * Verifies that the figure is not computable, for the given reason.
     *
     * @param reasonPart text the reason, in the assertion's language, must contain, such as {@code "target 0"}
     * @return this assertion
     */
    public S isNotComputableBecause(String reasonPart) {
        isNotNull();
        Objects.requireNonNull(reasonPart, "reasonPart must not be null");
        if (actual.isComputable()) {
            fail(Messages.text(language, "figure.notComputable", kind(), working()));
        }
        String reason = actual.reason(language).orElseThrow();
        if (!reason.contains(reasonPart)) {
            fail(Messages.text(language, "figure.reason", reasonPart, reason));
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
        return compare(actual instanceof Achievement ? Messages.text(language, "what.achievement")
                : Messages.text(language, "what.figure"), actual.rounded(), expected);
    }

    /**
     * Verifies the figure at full precision, compared numerically.
     *
     * @param expected the expected value
     * @return this assertion
     */
    public S hasValue(String expected) {
        isComputable();
        return compare(actual instanceof Achievement ? Messages.text(language, "what.exactAchievement")
                : Messages.text(language, "what.exactFigure"), actual.value(), expected);
    }

    private S compare(String what, BigDecimal value, String expected) {
        BigDecimal wanted = new BigDecimal(Objects.requireNonNull(expected, "expected must not be null"));
        if (value.compareTo(wanted) != 0) {
            fail(Messages.text(language, "figure.value", what, shown(wanted), shown(value), working()));
        }
        return myself;
    }

    /**
     * Verifies the working exactly, in the assertion's language.
     *
     * @param expected the expected working, such as {@code "68,12 / 70,20 × 100% = 97,04%"}
     * @return this assertion
     */
    public S explainsAs(String expected) {
        isNotNull();
        if (!working().equals(expected)) {
            fail(Messages.text(language, "figure.working", expected, working()));
        }
        return myself;
    }

    private String shown(BigDecimal value) {
        return value.toPlainString() + (actual.unit() == Figure.Unit.PERCENT ? "%" : "");
    }
}
