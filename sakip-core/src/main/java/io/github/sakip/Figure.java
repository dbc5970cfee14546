package io.github.sakip;

import io.github.sakip.format.Languages;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure the library computes that may be not computable: its value with the working that produced it, or the
 * statement that it cannot be computed, and why. This is the one form of every result that real data can leave
 * without a value (a target of 0, a pagu of 0, a realisation not measured yet, a year with no value): never an
 * exception, an empty {@link Optional} without a reason, or a silent 0, 100 or NaN.
 * <ul>
 * <li>{@link Achievement}: an achievement in percent, which has a category: a capaian, an absorption (capaian
 * anggaran), a Renstra progress, a comparison with a standard.</li>
 * <li>{@link Quantity}: any other figure, in percent or as a plain number: the efficiency of PMK 214, the unspent
 * share of a budget, the efficiency index, a change from one year to the next. It has no category.</li>
 * </ul>
 * A computable figure keeps full precision ({@link #value()}); rounding is a presentation step
 * ({@link #rounded()}: two decimals, half-up, as reports print). A figure that is not computable says why
 * ({@link #reason()}), explains itself as {@code "tidak dapat dihitung: …"} ({@code "not computable: …"} in
 * English), and throws {@link IllegalStateException}
 * from {@link #value()} and {@link #rounded()}.
 * <p>
 * Where a method returns the bare {@code BigDecimal} of a figure for convenience, such as
 * {@link BudgetLine#absorption()}, it throws {@link IllegalStateException} when the figure is not computable, and
 * the method that returns the figure itself has the same name with the suffix {@code Figure}
 * ({@link BudgetLine#absorptionFigure()}).
 * <p>
 * Workings and reasons are texts for people: in Bahasa Indonesia by default, in English when asked for
 * ({@link #explain(Locale)}, {@link #reason(Locale)}), never in the JVM's default locale; see {@link Languages}.
 * Equality and serialization do not depend on the language: a working or a reason is kept as the library's text,
 * and written in a language when it is read.
 * <p>
 * Implementations are immutable, thread-safe and serializable.
 */
public sealed interface Figure extends Serializable permits Achievement, Quantity {

    /**
     * The unit of a figure.
     */
    enum Unit {

        /** A percentage: {@code 97.04} is 97,04 %. */
        PERCENT,

        /**
         * A plain number: a ratio, such as an efficiency index of {@code 1.03}, or a difference in the unit of the
         * figures it is taken from, such as a change of {@code -2.02} points of a rate.
         */
        NUMBER
    }

    /**
     * Tells whether this figure has a value.
     *
     * @return true if computable
     */
    boolean isComputable();

    /**
     * Returns the value at full precision.
     *
     * @return the value, such as {@code 97.03703703703703703703703703703704}
     * @throws IllegalStateException with the reason if this figure is not computable
     */
    BigDecimal value();

    /**
     * Returns the value at full precision, if computable.
     *
     * @return the value, or empty if not computable
     */
    default Optional<BigDecimal> valueIfComputable() {
        return isComputable() ? Optional.of(value()) : Optional.empty();
    }

    /**
     * Returns the unit of the value.
     *
     * @return {@link Unit#PERCENT} or {@link Unit#NUMBER}
     */
    Unit unit();

    /**
     * Returns the value as reports print it: two decimals, rounded half-up.
     *
     * @return the value with scale 2, such as {@code 97.04}
     * @throws IllegalStateException with the reason if this figure is not computable
     */
    default BigDecimal rounded() {
        return rounded(2, RoundingMode.HALF_UP);
    }

    /**
     * Returns the value rounded as asked.
     *
     * @param decimals the number of decimals, from 0 to 100
     * @param mode the rounding mode
     * @return the value with scale {@code decimals}
     * @throws NullPointerException if {@code mode} is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range
     * @throws IllegalStateException with the reason if this figure is not computable
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    default BigDecimal rounded(int decimals, RoundingMode mode) {
        Working.checkRounding(decimals, mode);
        return value().setScale(decimals, mode);
    }

    /**
     * Returns why this figure is not computable, in Bahasa Indonesia.
     *
     * @return the reason, such as {@code "target 0: pembagian dengan nol"}; empty if it is computable
     */
    default Optional<String> reason() {
        return reason(Languages.INDONESIAN);
    }

    /**
     * Returns why this figure is not computable, in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH} (only the language of
     *        the locale counts)
     * @return the reason, such as {@code "target is 0: division by zero"} in English; empty if it is computable
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    Optional<String> reason(Locale language);

    /**
     * Explains the figure in the report's own terms, in Bahasa Indonesia, with numbers as the report prints them.
     *
     * @return the working, such as {@code "68,12 / 70,20 × 100% = 97,04%"}, or for a figure that is not
     *         computable {@code "tidak dapat dihitung: "} and the reason
     */
    default String explain() {
        return explain(Languages.INDONESIAN);
    }

    /**
     * Explains the figure in the report's own terms, in a language. Numbers are written as the report prints them
     * in either language (decimal comma, thousands dots), so that the figure can be found on the page.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH} (only the language of
     *        the locale counts)
     * @return the working, or for a figure that is not computable {@code "tidak dapat dihitung: "} (in English
     *         {@code "not computable: "}) and the reason
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    String explain(Locale language);
}
