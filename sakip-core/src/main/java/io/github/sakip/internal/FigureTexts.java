package io.github.sakip.internal;

import io.github.sakip.Achievement;
import io.github.sakip.Figure;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The library's own way to make figures and absences whose texts are {@link Text}s of its bundles, from every
 * package of the core: the public factories take a text that is the same in every language
 * ({@link Achievement#notComputable(String)}), while the library's own texts are written in the language asked for
 * when they are read.
 * <p>
 * The figures' package gives its factories to this class when {@link Achievement} is first used
 * ({@link #register(Access)}), as the JDK's own packages share their internals; any method here makes sure that has
 * happened.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules. This class is thread-safe.
 */
public final class FigureTexts {

    /**
     * The factories of the figures' package.
     */
    public interface Access {

        /**
         * Obtains a computable achievement whose working is built when first asked for.
         *
         * @param percent the achievement in percent, normalised
         * @param working builds the working
         * @return the achievement, or a not-computable one if {@code percent} is too large to be a figure
         */
        Achievement achievement(BigDecimal percent, Supplier<Text> working);

        /**
         * Obtains an achievement that cannot be computed.
         *
         * @param reason why
         * @return the achievement
         */
        Achievement notComputable(Text reason);

        /**
         * Obtains a computable quantity whose working is built when first asked for.
         *
         * @param value the value, normalised
         * @param unit the unit
         * @param working builds the working
         * @return the quantity, or a not-computable one if {@code value} is too large to be a figure
         */
        Quantity quantity(BigDecimal value, Figure.Unit unit, Supplier<Text> working);

        /**
         * Obtains a quantity that cannot be computed.
         *
         * @param unit the unit it would have
         * @param reason why
         * @return the quantity
         */
        Quantity notComputable(Figure.Unit unit, Text reason);

        /**
         * Returns the explanation of a figure as a text.
         *
         * @param figure the figure
         * @return its working, or for one not computable "not computable: " and its reason
         */
        Text explanation(Figure figure);

        /**
         * Returns the reason a figure is not computable as a text.
         *
         * @param figure the figure, not computable
         * @return its reason
         */
        Text reason(Figure figure);

        /**
         * Obtains an absent realisation.
         *
         * @param reason why there is no value
         * @return the absence
         */
        Realization.Absent absent(Text reason);

        /**
         * Returns the reason of an absent realisation as a text.
         *
         * @param absent the absence
         * @return its reason
         */
        Text reason(Realization.Absent absent);
    }

    private static volatile Access access;

    private FigureTexts() {
    }

    /**
     * Receives the factories of the figures' package; called once, when {@link Achievement} is initialised.
     *
     * @param factories the factories
     * @throws IllegalStateException if factories were given already
     */
    public static synchronized void register(Access factories) {
        if (access != null) {
            throw new IllegalStateException("the figures' factories are given once");
        }
        access = Decimals.notNull(factories, "factories");
    }

    /**
     * Returns the factories of the figures' package, initialising it if it was not yet.
     *
     * @return the factories
     */
    public static Access access() {
        Access found = access;
        if (found == null) {
            try {
                Class.forName(Achievement.class.getName(), true, Achievement.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the class of achievements is missing", e);
            }
            found = access;
        }
        return found;
    }
}
