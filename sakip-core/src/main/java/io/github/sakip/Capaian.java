package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Computes the achievement (capaian kinerja) of an indicator: its realisation (realisasi, R) against its target
 * (T), in percent.
 * <ul>
 * <li>Positive polarity, higher is better: {@code R / T × 100}.</li>
 * <li>Negative polarity, lower is better, by default {@code (2T − R) / T × 100}, floored at 0: the form
 * "(1 + (1 − R/T)) × 100%" of PermenPAN-RB 8/2021 (the SKP regulation; Permendagri 86/2017 does not give a
 * formula for negative indicators). The alternative {@code T / R × 100}, used by some agencies, is
 * {@link NegativeFormula#INVERSE}.</li>
 * <li>A target range (PermenPAN-RB 8/2021): a realisation inside the range is 100 %; above the range it is
 * compared with the upper bound, below it with the lower bound, with the formula of the polarity. So a range of
 * 80–90 with R = 70 gives 87,50 %; a range of 7–8 months, negative, with R = 6,5 gives 107,14 % and with R = 9
 * gives 87,50 %.</li>
 * </ul>
 * Conditions that are part of real data give a {@linkplain Achievement#isComputable() not-computable}
 * achievement with its reason, never an exception and never a silent 0, 100 or NaN: a target (or the bound of a
 * range that is compared against) of zero or below; an absent realisation; and, with {@code T / R}, a
 * realisation of zero or below. A realisation of 0 is a real value: with positive polarity it gives 0 %. A
 * negative realisation (a fall in a growth rate) is a value too: with positive polarity the capaian is negative.
 * <p>
 * Every division is carried out to 34 significant digits ({@link java.math.MathContext#DECIMAL128}), multiplying
 * by 100 first so that the only rounding is the last one. Results are not rounded: see
 * {@link Achievement#rounded()}.
 * <p>
 * The static methods use {@link Policy#DEFAULT}; a {@link Policy} chooses the alternatives. This class is
 * thread-safe.
 */
public final class Capaian {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Capaian() {
    }

    /**
     * The formula for indicators of negative polarity (lower is better).
     */
    public enum NegativeFormula {

        /**
         * {@code (2T − R) / T × 100}, floored at 0: "(1 + (1 − R/T)) × 100%" of PermenPAN-RB 8/2021. Symmetric
         * with the positive formula (10 % below target gives 110 %). The default.
         */
        DIFFERENCE,

        /**
         * {@code T / R × 100}: the inverse ratio that some agencies print. Not computable for a realisation of
         * zero or below.
         */
        INVERSE
    }

    /**
     * What a target of zero means for a negative indicator, such as "0 kasus" of an indicator where fewer is
     * better.
     */
    public enum ZeroTarget {

        /** A target of zero is not computable, whatever the realisation. The default. */
        NOT_COMPUTABLE,

        /**
         * For negative indicators only, a target of zero met by a realisation of zero is 100 %; any other
         * realisation against a target of zero remains not computable.
         */
        MET_BY_ZERO
    }

    /**
     * The choices the regulations leave open, with their defaults.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param negativeFormula the formula for negative indicators
     * @param zeroTarget what a target of zero means for negative indicators
     */
    public record Policy(NegativeFormula negativeFormula, ZeroTarget zeroTarget) implements Serializable {

        /**
         * The defaults: {@link NegativeFormula#DIFFERENCE} and {@link ZeroTarget#NOT_COMPUTABLE}.
         */
        public static final Policy DEFAULT = new Policy(NegativeFormula.DIFFERENCE, ZeroTarget.NOT_COMPUTABLE);

        /**
         * Creates a policy.
         *
         * @param negativeFormula the formula for negative indicators
         * @param zeroTarget what a target of zero means for negative indicators
         * @throws NullPointerException naming the component that is null
         */
        public Policy {
            Decimals.notNull(negativeFormula, "negativeFormula");
            Decimals.notNull(zeroTarget, "zeroTarget");
        }

        /**
         * Returns a copy with another formula for negative indicators.
         *
         * @param formula the formula
         * @return a copy with the formula changed
         * @throws NullPointerException if {@code formula} is null
         */
        public Policy withNegativeFormula(NegativeFormula formula) {
            return new Policy(formula, zeroTarget);
        }

        /**
         * Returns a copy with another meaning of a zero target.
         *
         * @param rule the rule
         * @return a copy with the rule changed
         * @throws NullPointerException if {@code rule} is null
         */
        public Policy withZeroTarget(ZeroTarget rule) {
            return new Policy(negativeFormula, rule);
        }

        /**
         * Computes an achievement under this policy.
         *
         * @param polarity whether higher or lower is better
         * @param target the target, a value or a range
         * @param realization the realisation, measured or absent
         * @return the achievement, possibly not computable
         * @throws NullPointerException naming the argument that is null
         */
        public Achievement of(Polarity polarity, Target target, Realization realization) {
            Decimals.notNull(polarity, "polarity");
            Decimals.notNull(target, "target");
            Decimals.notNull(realization, "realization");
            if (realization instanceof Realization.Absent absent) {
                return Achievement.notComputable(Text.of("capaian.noRealization", absent.reasonText()));
            }
            BigDecimal r = ((Realization.Measured) realization).value();
            if (!target.isRange()) {
                return single(polarity, target.lower(), r);
            }
            if (r.compareTo(target.lower()) >= 0 && r.compareTo(target.upper()) <= 0) {
                return Achievement.of(Decimals.HUNDRED,
                        () -> Text.of("capaian.withinRange", formatOperand(r), target.format()));
            }
            if (r.compareTo(target.upper()) > 0) {
                Achievement above = single(polarity, target.upper(), r);
                return above.isComputable()
                        ? Achievement.of(above.percent(), () -> Text.of("capaian.aboveRange", target.format(),
                                above.explanation()))
                        : Achievement.notComputable(Text.of("capaian.aboveRange", target.format(),
                                Achievement.reasonOf(above)));
            }
            Achievement below = single(polarity, target.lower(), r);
            return below.isComputable()
                    ? Achievement.of(below.percent(), () -> Text.of("capaian.belowRange", target.format(),
                            below.explanation()))
                    : Achievement.notComputable(Text.of("capaian.belowRange", target.format(),
                            Achievement.reasonOf(below)));
        }

        /**
         * Computes an achievement under this policy from plain numbers.
         *
         * @param polarity whether higher or lower is better
         * @param target the target value (T)
         * @param realization the realisation (realisasi, R)
         * @return the achievement, possibly not computable
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException quoting a value that is absurdly large or precise
         */
        public Achievement of(Polarity polarity, BigDecimal target, BigDecimal realization) {
            Decimals.notNull(target, "target");
            Decimals.notNull(realization, "realization");
            BigDecimal t = Decimals.checked(target, "target");
            BigDecimal r = Decimals.checked(realization, "realization");
            Decimals.notNull(polarity, "polarity");
            // What of(polarity, Target.of(t), Realization.of(r)) computes for a single target, without checking
            // the checked values again in Target and Realization: this is the path bulk computations take.
            return single(polarity, t, r);
        }

        /**
         * Computes the achievement of an indicator under this policy.
         *
         * @param indicator the indicator, whose polarity is used
         * @param target the target
         * @param realization the realisation
         * @return the achievement, possibly not computable
         * @throws NullPointerException naming the argument that is null
         */
        public Achievement of(Indicator indicator, Target target, Realization realization) {
            Decimals.notNull(indicator, "indicator");
            return of(indicator.polarity(), target, realization);
        }

        /**
         * The capaian against one bound. The working is built only when asked for ({@link Achievement#explain()}):
         * formatting its numbers costs more than the arithmetic. The reason of a not-computable result is made at
         * once.
         */
        private Achievement single(Polarity polarity, BigDecimal t, BigDecimal r) {
            if (t.signum() < 0) {
                return Achievement.notComputable(Text.of("capaian.negativeTarget", t.toPlainString()));
            }
            if (t.signum() == 0) {
                if (polarity == Polarity.NEGATIVE && zeroTarget == ZeroTarget.MET_BY_ZERO && r.signum() == 0) {
                    return Achievement.of(Decimals.HUNDRED, () -> Text.of("capaian.zeroTargetMet"));
                }
                return Achievement.notComputable(Text.of("capaian.zeroTarget"));
            }
            if (polarity == Polarity.POSITIVE) {
                BigDecimal percent = Decimals.divide(r.multiply(Decimals.HUNDRED), t);
                return Achievement.of(percent, () -> Text.literal(formatOperand(r) + " / " + formatOperand(t)
                        + " × 100% = " + formatPercent(percent)));
            }
            if (negativeFormula == NegativeFormula.INVERSE) {
                if (r.signum() <= 0) {
                    return Achievement.notComputable(Text.of("capaian.inverseNeedsPositive", r.toPlainString()));
                }
                BigDecimal percent = Decimals.divide(t.multiply(Decimals.HUNDRED), r);
                return Achievement.of(percent, () -> Text.literal(formatOperand(t) + " / " + formatOperand(r)
                        + " × 100% = " + formatPercent(percent)));
            }
            BigDecimal percent = Decimals.divide(TWO.multiply(t).subtract(r).multiply(Decimals.HUNDRED), t);
            Supplier<Text> working = () -> Text.literal("(2 × " + formatOperand(t) + " − " + formatOperand(r)
                    + ") / " + formatOperand(t) + " × 100% = " + formatPercent(percent));
            if (percent.signum() < 0) {
                return Achievement.of(BigDecimal.ZERO, () -> Text.of("capaian.floored", working.get()));
            }
            return Achievement.of(percent, working);
        }
    }

    /**
     * Computes an achievement from plain numbers with the default policy. The contract's example:
     * {@code Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"))} is 97,04 %.
     *
     * @param polarity whether higher or lower is better
     * @param target the target value (T)
     * @param realization the realisation (realisasi, R)
     * @return the achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting a value that is absurdly large or precise
     */
    public static Achievement of(Polarity polarity, BigDecimal target, BigDecimal realization) {
        return Policy.DEFAULT.of(polarity, target, realization);
    }

    /**
     * Computes an achievement with the default policy.
     *
     * @param polarity whether higher or lower is better
     * @param target the target, a value or a range
     * @param realization the realisation, measured or absent
     * @return the achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     */
    public static Achievement of(Polarity polarity, Target target, Realization realization) {
        return Policy.DEFAULT.of(polarity, target, realization);
    }

    /**
     * Computes the achievement of an indicator with the default policy.
     *
     * @param indicator the indicator, whose polarity is used
     * @param target the target
     * @param realization the realisation
     * @return the achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     */
    public static Achievement of(Indicator indicator, Target target, Realization realization) {
        return Policy.DEFAULT.of(indicator, target, realization);
    }

    /**
     * Computes the figure of a goal (sasaran) from the achievements of its indicators: the arithmetic mean of
     * those that are computable, at full precision. Indicators that are not computable are left out and counted.
     *
     * @param achievements the achievements of the sasaran's indicators
     * @return the mean, with how many indicators it used and left out
     * @throws NullPointerException if the collection or one of its elements is null
     */
    public static MeanAchievement mean(Collection<Achievement> achievements) {
        return mean(achievements, false);
    }

    /**
     * Computes the figure of a goal (sasaran) as {@link #mean(Collection)} does, after capping each achievement
     * at 100 %: the policy of agencies that do not let one indicator's excess make up for another's shortfall.
     *
     * @param achievements the achievements of the sasaran's indicators
     * @return the mean of the capped achievements, with how many indicators it used and left out
     * @throws NullPointerException if the collection or one of its elements is null
     */
    public static MeanAchievement meanCappedAt100(Collection<Achievement> achievements) {
        return mean(achievements, true);
    }

    private static MeanAchievement mean(Collection<Achievement> achievements, boolean cap) {
        Decimals.notNull(achievements, "achievements");
        List<Achievement> used = new ArrayList<>();
        int leftOut = 0;
        for (Achievement achievement : achievements) {
            Decimals.notNull(achievement, "achievements element");
            if (achievement.isComputable()) {
                used.add(cap ? achievement.cappedAt(Decimals.HUNDRED) : achievement);
            } else {
                leftOut++;
            }
        }
        if (used.isEmpty()) {
            return new MeanAchievement(Achievement.notComputable(leftOut == 0 ? Text.of("capaian.mean.noIndicators")
                    : Text.of("capaian.mean.noneComputable", leftOut)), 0, leftOut);
        }
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (Achievement achievement : used) {
            sum = sum.add(achievement.percent());
            terms.append(terms.length() == 0 ? "" : " + ").append(formatPercent(achievement.percent()));
        }
        BigDecimal mean = Decimals.divide(sum, BigDecimal.valueOf(used.size()));
        Text working = Text.literal("(" + terms + ") / " + used.size() + " = " + formatPercent(mean));
        if (cap) {
            working = Text.of("capaian.mean.capped", working);
        }
        if (leftOut > 0) {
            working = Text.of("capaian.mean.leftOut", working, leftOut);
        }
        Text built = working;
        return new MeanAchievement(Achievement.of(mean, () -> built), used.size(), leftOut);
    }
}
