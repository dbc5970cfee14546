package io.github.sakip.evaluation;

import io.github.sakip.Realization;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A figure of an evaluation form that is derived from other cells and is not a percentage, such as column 13
 * (the year's realisation, from the quarters) or column 14 (the realisation of the plan to date), with the working
 * that produced it; or the statement that it has no value, and why.
 * <p>
 * A derived figure without a value is not zero: a quarter that is not reported yet, or a column left empty, gives
 * a figure that is {@linkplain #isPresent() absent}, with its {@linkplain #reason() reason}. Its
 * {@link #realization()} is then a {@link Realization.Absent}, so it can be passed on to
 * {@link io.github.sakip.Capaian} and give a not-computable achievement.
 * <p>
 * Equality compares the value (numerically: values are normalised) or, for an absent figure, the reason; the
 * working is an explanation, not part of the value. The working is built when {@link #explain()} first asks for
 * it. This class is immutable and thread-safe.
 */
public final class DerivedValue {

    private final Realization realization;
    /** Builds the working on first use; null for an absent figure. */
    private final Supplier<Text> workingSource;
    private volatile Text working;

    private DerivedValue(Realization realization, Supplier<Text> workingSource) {
        this.realization = realization;
        this.workingSource = workingSource;
    }

    static DerivedValue of(BigDecimal value, Supplier<Text> working) {
        return new DerivedValue(Realization.of(value), Decimals.notNull(working, "working"));
    }

    static DerivedValue absent(Text reason) {
        return new DerivedValue(FigureTexts.access().absent(reason), null);
    }

    /**
     * Returns the figure as a realisation, to compute with: measured when it has a value, absent with the reason
     * otherwise.
     *
     * @return the realisation
     */
    public Realization realization() {
        return realization;
    }

    /**
     * Tells whether the figure has a value.
     *
     * @return true if it has one
     */
    public boolean isPresent() {
        return realization.isPresent();
    }

    /**
     * Returns the value.
     *
     * @return the value, normalised
     * @throws IllegalStateException with the reason if the figure has no value
     */
    public BigDecimal value() {
        if (realization instanceof Realization.Absent absent) {
            throw new IllegalStateException("figure has no value: " + absent.reason(Languages.ENGLISH));
        }
        return ((Realization.Measured) realization).value();
    }

    /**
     * Returns the value, if any.
     *
     * @return the value, or empty if the figure has none
     */
    public Optional<BigDecimal> valueIfPresent() {
        return realization.valueIfPresent();
    }

    /**
     * Returns why the figure has no value, in Bahasa Indonesia.
     *
     * @return the reason, or empty if the figure has a value
     */
    public Optional<String> reason() {
        return reason(Languages.INDONESIAN);
    }

    /**
     * Returns why the figure has no value, in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return the reason, or empty if the figure has a value
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is not supported
     */
    public Optional<String> reason(Locale language) {
        Locale checked = Languages.check(language);
        return realization instanceof Realization.Absent absent ? Optional.of(absent.reason(checked))
                : Optional.empty();
    }

    /**
     * Explains the figure in Bahasa Indonesia: the working that produced the value, in the form's terms with
     * Indonesian numbers ({@code "jumlah triwulan I, II: 10 + 12 = 22"}), or the reason it has none.
     *
     * @return the working or the reason
     */
    public String explain() {
        return explain(Languages.INDONESIAN);
    }

    /**
     * Explains the figure in a language: the working that produced the value, with Indonesian numbers in both
     * languages ({@code "sum of triwulan I, II: 10 + 12 = 22"} in English), or the reason it has none.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return the working or the reason
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is not supported
     */
    public String explain(Locale language) {
        Locale checked = Languages.check(language);
        if (workingSource == null) {
            return ((Realization.Absent) realization).reason(checked);
        }
        return explainText().in(checked);
    }

    /**
     * Returns the working or the reason as a text, to be quoted in another text.
     *
     * @return the text
     */
    Text explanation() {
        return workingSource == null ? FigureTexts.access().reason((Realization.Absent) realization)
                : explainText();
    }

    private Text explainText() {
        Text built = working;
        if (built == null) {
            built = workingSource.get();
            working = built;
        }
        return built;
    }

    /**
     * Compares the value, or the reason of an absent figure; not the working.
     *
     * @param other the object to compare with
     * @return true if both have numerically equal values, or both have no value for the same reason
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DerivedValue that && realization.equals(that.realization);
    }

    @Override
    public int hashCode() {
        return realization.hashCode();
    }

    /**
     * Returns a short description for programmers, as every value type's {@code toString()} is (English words and
     * plain numbers), quoting the reason in Bahasa Indonesia as {@link io.github.sakip.Achievement#toString()}
     * does. For people, use {@link #explain(Locale)}.
     *
     * @return such as {@code "DerivedValue[150]"} or {@code "DerivedValue[absent: tidak ada triwulan yang
     *         dilaporkan]"}
     */
    @Override
    public String toString() {
        return realization instanceof Realization.Absent absent ? "DerivedValue[absent: "
                + absent.reason(Languages.INDONESIAN) + "]" : "DerivedValue[" + value().toPlainString() + "]";
    }
}
