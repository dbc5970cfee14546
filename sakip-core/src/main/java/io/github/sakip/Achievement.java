package io.github.sakip;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Text;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An achievement (capaian) in percent, with the working that produced it; or the statement that it is not
 * computable, and why. It is the {@link Figure} of every achievement: a capaian kinerja, an absorption (capaian
 * anggaran), a Renstra progress, a comparison with a standard, the mean of a sasaran.
 * <p>
 * A computable achievement keeps full precision ({@link #percent()}, 34 significant digits where a division does
 * not terminate). Rounding is a presentation step: {@link #rounded()} gives the two decimals, half-up, that
 * reports print, and {@link #rounded(int, RoundingMode)} any other. The category ({@link #category()}) is taken
 * from that two-decimal figure, as Permendagri 86/2017 tables are filled in.
 * <p>
 * A not-computable achievement (target 0, no realisation yet, a negative target) is a legitimate result, not an
 * error: {@link #isComputable()} is false, {@link #reason()} says why, {@link #category()} is empty, and
 * {@link #percent()} throws. It is never a silent 0, 100 or NaN.
 * <p>
 * Equality: two achievements are equal when both are computable with numerically equal percentages
 * ({@code 100} equals {@code 100.00}), or both are not computable for the same reason. The working is an
 * explanation, not part of the value, and is not compared.
 * <p>
 * This class is immutable, thread-safe and serializable. It is serialised as its percentage, reason and working
 * (built if it was not yet), and a deserialised achievement is validated by the same factories as a new one.
 *
 * @serial exclude
 */
public final class Achievement implements Figure {

    private static final long serialVersionUID = 1L;

    static {
        FigureTexts.register(new Factories());
    }

    private final BigDecimal percent;
    /** Why the achievement is not computable; null for one that is. */
    private final Text reason;
    /** The working of a computable achievement; null for one that is not computable. */
    private final Working working;

    private Achievement(BigDecimal percent, Text reason, Working working) {
        this.percent = percent;
        this.reason = reason;
        this.working = working;
    }

    /**
     * Obtains a computable achievement.
     *
     * @param percent the achievement in percent, at full precision; normalised
     * @param working the calculation that produced it, in the report's terms, such as
     *        {@code "68,12 / 70,20 × 100% = 97,04%"}; the same in every language
     * @return the achievement
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code working} is blank or {@code percent} absurdly large or precise
     */
    public static Achievement of(BigDecimal percent, String working) {
        BigDecimal checked = Decimals.checked(percent, "percent");
        return new Achievement(checked, null, new Working(Text.literal(Decimals.notBlank(working, "working"))));
    }

    /**
     * Obtains a computable achievement whose working is built only when {@link #explain()} first asks for it, and
     * then kept. The library's own calculations use this, so that computing in bulk does not format numbers no
     * one reads; the working must be a pure function of values the supplier captured.
     *
     * <p>
     * A result of more than {@value Decimals#MAX_INTEGER_DIGITS} digits before the decimal point (a realisation of
     * 10^29 against a target of 10^-100) is not a figure of a report: the achievement is then not computable, and
     * its reason quotes the result. Inputs within the limits can give such results, so they are data conditions,
     * not errors.
     *
     * @param percent the achievement in percent, at full precision, already normalised (a quotient of
     *        {@link Decimals#divide(BigDecimal, BigDecimal)}, or a constant such as 0 or 100)
     * @param working builds the calculation that produced it, in the report's terms
     * @return the achievement, or a not-computable one if {@code percent} is too large to be a figure
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code percent} has more than {@value Decimals#MAX_SCALE} decimals
     */
    static Achievement of(BigDecimal percent, Supplier<Text> working) {
        Decimals.notNull(percent, "percent");
        Decimals.notNull(working, "working");
        if (!Decimals.fits(percent)) {
            return notComputable(tooLarge(percent, "%"));
        }
        return new Achievement(Decimals.checkedNormal(percent, "percent"), null, new Working(working));
    }

    /**
     * Obtains an achievement stated as a percentage, such as a figure printed in a report, with no working
     * beyond the statement itself.
     *
     * @param percent the achievement in percent
     * @return the achievement
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code percent} is absurdly large or precise
     */
    public static Achievement ofPercent(BigDecimal percent) {
        BigDecimal checked = Decimals.checked(percent, "percent");
        return new Achievement(checked, null, new Working(Text.of("achievement.given",
                IndonesianNumbers.format(checked))));
    }

    /**
     * Obtains an achievement that cannot be computed.
     *
     * @param reason why, such as {@code "target 0: pembagian dengan nol"}; the same in every language
     * @return the not-computable achievement
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Achievement notComputable(String reason) {
        return new Achievement(null, Text.literal(Decimals.notBlank(reason, "reason")), null);
    }

    /**
     * Obtains an achievement that cannot be computed, for a reason of the library's own texts.
     *
     * @param reason why
     * @return the not-computable achievement
     * @throws NullPointerException if {@code reason} is null
     */
    static Achievement notComputable(Text reason) {
        return new Achievement(null, Decimals.notNull(reason, "reason"), null);
    }

    /** The reason of a result too large to be a figure, quoting it. */
    static Text tooLarge(BigDecimal result, String unit) {
        return Text.of("figure.tooLarge", Decimals.abbreviate(result.stripTrailingZeros()) + unit,
                Decimals.MAX_INTEGER_DIGITS);
    }

    @Override
    public boolean isComputable() {
        return percent != null;
    }

    /**
     * Returns the achievement in percent at full precision.
     *
     * @return the percentage, such as {@code 97.03703703703703703703703703703704}
     * @throws IllegalStateException with the reason if this achievement is not computable
     */
    public BigDecimal percent() {
        if (percent == null) {
            throw new IllegalStateException("achievement is not computable: " + reason.in(Languages.ENGLISH));
        }
        return percent;
    }

    /**
     * Returns the achievement in percent at full precision: the same as {@link #percent()}.
     *
     * @return the percentage
     * @throws IllegalStateException with the reason if this achievement is not computable
     */
    @Override
    public BigDecimal value() {
        return percent();
    }

    /**
     * Returns the unit of an achievement.
     *
     * @return {@link Figure.Unit#PERCENT}, always
     */
    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    /**
     * Returns the category under Permendagri 86/2017 with its default policy
     * ({@link Permendagri86#categorize(BigDecimal)}).
     *
     * @return the category, or empty if this achievement is not computable
     */
    public Optional<Category> category() {
        // percent is checked on the way in: the scale need not check it again.
        return percent == null ? Optional.empty() : Optional.of(Permendagri86.SCALE.categorizeChecked(percent));
    }

    /**
     * Returns the category under another scale.
     *
     * @param scale the scale
     * @return the category, or empty if this achievement is not computable
     * @throws NullPointerException if {@code scale} is null
     */
    public Optional<Category> category(CategoryScale scale) {
        Decimals.notNull(scale, "scale");
        return percent == null ? Optional.empty() : Optional.of(scale.categorizeChecked(percent));
    }

    @Override
    public Optional<String> reason(Locale language) {
        Locale checked = Languages.check(language);
        return reason == null ? Optional.empty() : Optional.of(reason.in(checked));
    }

    /**
     * Explains the figure in the report's own terms, in a language, with numbers as the report prints them.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return the working, such as {@code "68,12 / 70,20 × 100% = 97,04%"}, or for a figure that is not
     *         computable {@code "tidak dapat dihitung: target 0: pembagian dengan nol"} (in English
     *         {@code "not computable: target is 0: division by zero"})
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    @Override
    public String explain(Locale language) {
        return explanation().in(Languages.check(language));
    }

    /** The working, or for an achievement that is not computable the statement and the reason. */
    Text explanation() {
        return percent != null ? working.get() : Text.of("figure.notComputable", reason);
    }

    /**
     * Returns a copy capped at a ceiling, for policies that count no indicator above 100 %.
     *
     * @param ceiling the ceiling in percent, such as {@code 100}
     * @return this achievement if it is not computable or not above the ceiling, otherwise a copy at the ceiling
     *         whose working says so
     * @throws NullPointerException if {@code ceiling} is null
     */
    public Achievement cappedAt(BigDecimal ceiling) {
        BigDecimal checked = Decimals.checked(ceiling, "ceiling");
        if (percent == null || percent.compareTo(checked) <= 0) {
            return this;
        }
        return new Achievement(checked, null, new Working(() -> Text.of("achievement.capped", working.get(),
                IndonesianNumbers.format(checked))));
    }

    /**
     * Compares by computability, numeric value and reason; the working is not compared.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Achievement that
                && Objects.equals(percent, that.percent)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent, reason);
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "Achievement[97.04% Sangat Tinggi, exact 97.03703703703703703703703703703704]"} or
     *         {@code "Achievement[not computable: target 0: pembagian dengan nol]"}: for programmers, in English,
     *         quoting the reason in Bahasa Indonesia
     */
    @Override
    public String toString() {
        if (percent == null) {
            return "Achievement[not computable: " + reason + "]";
        }
        return "Achievement[" + rounded().toPlainString() + "% " + Permendagri86.categorize(percent).label()
                + ", exact " + percent.toPlainString() + "]";
    }

    private Object writeReplace() {
        return new Ser(percent, reason, percent == null ? null : working.get());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(Achievement.class);
    }

    /** The serialized form: the percentage and working of a computable achievement, or the reason of one not. */
    private record Ser(BigDecimal percent, Text reason, Text working) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(Achievement.class, () -> {
                if (percent == null) {
                    return notComputable(reason);
                }
                if (reason != null) {
                    throw new IllegalArgumentException("a computable achievement has no reason, but had '" + reason
                            + "'");
                }
                Text checked = Decimals.notNull(working, "working");
                return new Achievement(Decimals.checked(percent, "percent"), null, new Working(checked));
            });
        }
    }

    /** The factories the library's other packages make figures with, through {@link FigureTexts}. */
    private static final class Factories implements FigureTexts.Access {

        @Override
        public Achievement achievement(BigDecimal percent, Supplier<Text> working) {
            return Achievement.of(percent, working);
        }

        @Override
        public Achievement notComputable(Text reason) {
            return Achievement.notComputable(reason);
        }

        @Override
        public Quantity quantity(BigDecimal value, Figure.Unit unit, Supplier<Text> working) {
            return Quantity.of(value, unit, working);
        }

        @Override
        public Quantity notComputable(Figure.Unit unit, Text reason) {
            return Quantity.notComputable(unit, reason);
        }

        @Override
        public Text explanation(Figure figure) {
            return Achievement.explanationOf(figure);
        }

        @Override
        public Text reason(Figure figure) {
            return Achievement.reasonOf(figure);
        }

        @Override
        public Realization.Absent absent(Text reason) {
            return new Realization.Absent(reason);
        }

        @Override
        public Text reason(Realization.Absent absent) {
            return absent.reasonText();
        }
    }

    /** The explanation of any figure as a text: its working, or the statement that it is not computable and why. */
    static Text explanationOf(Figure figure) {
        return figure instanceof Achievement a ? a.explanation() : ((Quantity) figure).explanation();
    }

    /**
     * The reason of a figure that is not computable, as a text.
     *
     * @throws IllegalStateException if the figure is computable
     */
    static Text reasonOf(Figure figure) {
        Text reason = figure instanceof Achievement a ? a.reason : ((Quantity) figure).reasonText();
        if (reason == null) {
            throw new IllegalStateException("a computable figure has no reason: " + figure);
        }
        return reason;
    }
}
