package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.util.Locale;

/**
 * The figure of a goal (sasaran) computed from the achievements of its indicators, with how many it used and how
 * many it left out as not computable. See {@link Capaian#mean(java.util.Collection)}.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param achievement the mean achievement; not computable when no indicator is
 * @param computed the number of indicators the mean was taken over
 * @param leftOut the number of indicators left out because their achievement is not computable
 */
public record MeanAchievement(Achievement achievement, int computed, int leftOut) implements Serializable {

    /**
     * Creates the figure, validating it.
     *
     * @param achievement the mean achievement
     * @param computed the number of indicators used
     * @param leftOut the number of indicators left out as not computable
     * @throws NullPointerException if {@code achievement} is null
     * @throws IllegalArgumentException quoting the counts if one is negative, or if they contradict the
     *         achievement's computability
     */
    public MeanAchievement {
        Decimals.notNull(achievement, "achievement");
        if (computed < 0 || leftOut < 0) {
            throw new IllegalArgumentException("counts must not be negative, but were computed=" + computed
                    + ", leftOut=" + leftOut);
        }
        if (achievement.isComputable() != (computed > 0)) {
            throw new IllegalArgumentException("computed must be positive exactly when the achievement is"
                    + " computable, but was " + computed + " for " + achievement);
        }
    }

    /**
     * Describes the figure in Bahasa Indonesia.
     *
     * @return such as {@code "105,46% dari 3 indikator, 1 yang tidak dapat dihitung tidak diikutkan"}
     */
    public String describe() {
        return describe(Languages.INDONESIAN);
    }

    /**
     * Describes the figure in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return such as {@code "105,46% over 3 indicators, 1 not computable left out"} or {@code "75,00% over 1
     *         indicator"} in English
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String describe(Locale language) {
        Locale checked = Languages.check(language);
        Text figure = achievement.isComputable()
                ? Text.of(computed == 1 ? "mean.overOne" : "mean.over", formatPercent(achievement.percent()), computed)
                : Achievement.explanationOf(achievement);
        return (leftOut > 0 ? Text.of("mean.leftOut", figure, leftOut) : figure).in(checked);
    }

    /**
     * Returns the description, as {@link #describe()} does.
     *
     * @return the description in Bahasa Indonesia
     */
    @Override
    public String toString() {
        return describe();
    }
}
