package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Labels;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An evaluation of government performance accountability (evaluasi akuntabilitas kinerja instansi pemerintah,
 * AKIP) under PermenPAN-RB 88/2021: the scores of its four components, their total (nilai AKIP) and its
 * {@linkplain AkipPredicate predicate}.
 * <p>
 * The components and their default weights (bobot) are Perencanaan Kinerja 30, Pengukuran Kinerja 30, Pelaporan
 * Kinerja 15 and Evaluasi Akuntabilitas Kinerja Internal 25 ({@link Component}). Each component is assessed on
 * three sub-components ({@link SubComponent}): keberadaan (existence) 20 %, kualitas (quality) 30 % and
 * pemanfaatan (use) 50 % of its weight. Weights other than the defaults may be given; they must sum to 100.
 * <p>
 * A component's score must be from 0 to its weight; the total is the exact sum of the four scores, and the
 * predicate is {@link AkipPredicate#of(BigDecimal)} of the total. Scores and weights are normalised, so
 * {@code equals} agrees with numeric equality ({@code 24.60} equals {@code 24.6}).
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param weights the weight of each of the four components, summing to 100; an unmodifiable map in component order
 * @param scores the score of each of the four components; an unmodifiable map in component order
 */
public record AkipEvaluation(Map<Component, BigDecimal> weights, Map<Component, BigDecimal> scores)
        implements Serializable {

    /**
     * The components of the evaluation (komponen), with their default weights under PermenPAN-RB 88/2021.
     */
    public enum Component {

        /** Perencanaan Kinerja (performance planning), weight 30. */
        PERENCANAAN_KINERJA("Perencanaan Kinerja", 30),

        /** Pengukuran Kinerja (performance measurement), weight 30. */
        PENGUKURAN_KINERJA("Pengukuran Kinerja", 30),

        /** Pelaporan Kinerja (performance reporting), weight 15. */
        PELAPORAN_KINERJA("Pelaporan Kinerja", 15),

        /** Evaluasi Akuntabilitas Kinerja Internal (internal evaluation of performance accountability), weight 25. */
        EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL("Evaluasi Akuntabilitas Kinerja Internal", 25);

        private final String label;
        private final BigDecimal defaultWeight;

        Component(String label, int defaultWeight) {
            this.label = label;
            this.defaultWeight = BigDecimal.valueOf(defaultWeight);
        }

        /**
         * Returns the component's name in the regulation.
         *
         * @return such as {@code "Perencanaan Kinerja"}
         */
        public String label() {
            return label;
        }

        /**
         * Returns the component's weight (bobot) under PermenPAN-RB 88/2021.
         *
         * @return 30, 30, 15 or 25
         */
        public BigDecimal defaultWeight() {
            return defaultWeight;
        }

        /**
         * Obtains a component from its text: the inverse of {@link #toString()}, so that
         * {@code Component.parse(c.toString()) == c} for every component. Case and surrounding or repeated white
         * space are ignored; the constant's name ({@code "PERENCANAAN_KINERJA"}) is accepted too.
         *
         * @param text the label, such as {@code "Perencanaan Kinerja"}
         * @return the component
         * @throws NullPointerException if {@code text} is null
         * @throws IllegalArgumentException quoting the text if no component has it
         */
        public static Component parse(String text) {
            return Labels.parse(Component.class, text, Component::label,
                    "a component of the AKIP evaluation (PermenPAN-RB 88/2021)");
        }

        /**
         * Returns the component's name, which {@link #parse(String)} reads back.
         *
         * @return the label, such as {@code "Perencanaan Kinerja"}
         */
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The sub-components on which each component is assessed, with their share of the component's weight under
     * PermenPAN-RB 88/2021.
     */
    public enum SubComponent {

        /** Keberadaan (existence of the documents and mechanisms): 20 % of the component's weight. */
        KEBERADAAN("Keberadaan", 20),

        /** Kualitas (their quality): 30 % of the component's weight. */
        KUALITAS("Kualitas", 30),

        /** Pemanfaatan (their use): 50 % of the component's weight. */
        PEMANFAATAN("Pemanfaatan", 50);

        private final String label;
        private final BigDecimal share;

        SubComponent(String label, int share) {
            this.label = label;
            this.share = BigDecimal.valueOf(share);
        }

        /**
         * Returns the sub-component's name in the regulation.
         *
         * @return such as {@code "Kualitas"}
         */
        public String label() {
            return label;
        }

        /**
         * Returns the sub-component's share of its component's weight, in percent.
         *
         * @return 20, 30 or 50
         */
        public BigDecimal share() {
            return share;
        }

        /**
         * Returns the weight of this sub-component within a component of the given weight: weight × share / 100,
         * exactly.
         *
         * @param componentWeight the component's weight, such as 30
         * @return such as 9 for {@link #KUALITAS} of a component of weight 30
         * @throws NullPointerException if {@code componentWeight} is null
         * @throws IllegalArgumentException quoting the weight if it is negative, absurdly large or precise
         */
        public BigDecimal weightIn(BigDecimal componentWeight) {
            BigDecimal weight = Decimals.checkedNonNegative(componentWeight, "componentWeight");
            return Decimals.divide(weight.multiply(share), Decimals.HUNDRED);
        }

        /**
         * Obtains a sub-component from its text: the inverse of {@link #toString()}, so that
         * {@code SubComponent.parse(s.toString()) == s} for every sub-component. Case and surrounding or repeated
         * white space are ignored; the constant's name ({@code "KUALITAS"}) is accepted too.
         *
         * @param text the label, such as {@code "Kualitas"}
         * @return the sub-component
         * @throws NullPointerException if {@code text} is null
         * @throws IllegalArgumentException quoting the text if no sub-component has it
         */
        public static SubComponent parse(String text) {
            return Labels.parse(SubComponent.class, text, SubComponent::label,
                    "a sub-component of the AKIP evaluation (PermenPAN-RB 88/2021)");
        }

        /**
         * Returns the sub-component's name, which {@link #parse(String)} reads back.
         *
         * @return the label, such as {@code "Kualitas"}
         */
        @Override
        public String toString() {
            return label;
        }
    }

    /** The default weights of PermenPAN-RB 88/2021: 30, 30, 15, 25. */
    public static final Map<Component, BigDecimal> DEFAULT_WEIGHTS = defaultWeights();

    /**
     * Creates an evaluation, validating weights and scores.
     *
     * @param weights the weight of each of the four components, summing to 100
     * @param scores the score of each of the four components
     * @throws NullPointerException naming the map, component or value that is null
     * @throws IllegalArgumentException naming the component and quoting the value if a component is missing, a
     *         weight is negative, the weights do not sum to 100, or a score is negative or above its component's
     *         weight
     */
    public AkipEvaluation {
        weights = copy(weights, "weights");
        scores = copy(scores, "scores");
        BigDecimal sum = BigDecimal.ZERO;
        StringJoiner terms = new StringJoiner(" + ");
        for (Map.Entry<Component, BigDecimal> weight : weights.entrySet()) {
            if (weight.getValue().signum() < 0) {
                throw new IllegalArgumentException("weight of " + weight.getKey() + " must not be negative, but was "
                        + weight.getValue().toPlainString());
            }
            sum = sum.add(weight.getValue());
            terms.add(weight.getValue().toPlainString());
        }
        if (sum.compareTo(Decimals.HUNDRED) != 0) {
            throw new IllegalArgumentException("weights must sum to 100, but sum to " + sum.toPlainString() + " ("
                    + terms + ")");
        }
        for (Map.Entry<Component, BigDecimal> score : scores.entrySet()) {
            BigDecimal weight = weights.get(score.getKey());
            if (score.getValue().signum() < 0 || score.getValue().compareTo(weight) > 0) {
                throw new IllegalArgumentException("score of " + score.getKey() + " must be from 0 to its weight "
                        + weight.toPlainString() + ", but was " + score.getValue().toPlainString());
            }
        }
    }

    /**
     * Obtains an evaluation with the default weights (30, 30, 15, 25) from the scores of its components.
     *
     * @param perencanaan the score of Perencanaan Kinerja, from 0 to 30
     * @param pengukuran the score of Pengukuran Kinerja, from 0 to 30
     * @param pelaporan the score of Pelaporan Kinerja, from 0 to 15
     * @param evaluasi the score of Evaluasi Akuntabilitas Kinerja Internal, from 0 to 25
     * @return the evaluation
     * @throws NullPointerException naming the component whose score is null
     * @throws IllegalArgumentException naming the component and quoting the score if it is negative or above the
     *         component's weight
     */
    public static AkipEvaluation of(BigDecimal perencanaan, BigDecimal pengukuran, BigDecimal pelaporan,
            BigDecimal evaluasi) {
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        scores.put(Component.PERENCANAAN_KINERJA, Decimals.notNull(perencanaan, "perencanaan"));
        scores.put(Component.PENGUKURAN_KINERJA, Decimals.notNull(pengukuran, "pengukuran"));
        scores.put(Component.PELAPORAN_KINERJA, Decimals.notNull(pelaporan, "pelaporan"));
        scores.put(Component.EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL, Decimals.notNull(evaluasi, "evaluasi"));
        return new AkipEvaluation(DEFAULT_WEIGHTS, scores);
    }

    /**
     * Obtains an evaluation with the default weights (30, 30, 15, 25).
     *
     * @param scores the score of each of the four components
     * @return the evaluation
     * @throws NullPointerException naming the map, component or score that is null
     * @throws IllegalArgumentException naming the component if one is missing, or quoting a score that is
     *         negative or above its component's weight
     */
    public static AkipEvaluation of(Map<Component, BigDecimal> scores) {
        return new AkipEvaluation(DEFAULT_WEIGHTS, scores);
    }

    /**
     * Returns a copy with other weights, such as an agency's own, with the scores unchanged.
     *
     * @param newWeights the weight of each of the four components, summing to 100
     * @return a copy with the weights changed
     * @throws NullPointerException naming the map, component or weight that is null
     * @throws IllegalArgumentException if a component is missing, a weight is negative, the weights do not sum to
     *         100, or a score exceeds its new weight
     */
    public AkipEvaluation withWeights(Map<Component, BigDecimal> newWeights) {
        return new AkipEvaluation(newWeights, scores);
    }

    /**
     * Returns the score of a component.
     *
     * @param component the component
     * @return its score, normalised
     * @throws NullPointerException if {@code component} is null
     */
    public BigDecimal score(Component component) {
        return scores.get(Decimals.notNull(component, "component"));
    }

    /**
     * Returns the weight of a component.
     *
     * @param component the component
     * @return its weight, normalised
     * @throws NullPointerException if {@code component} is null
     */
    public BigDecimal weight(Component component) {
        return weights.get(Decimals.notNull(component, "component"));
    }

    /**
     * Returns the total score (nilai AKIP): the exact sum of the component scores, unrounded.
     *
     * @return the total, such as {@code 73.2}
     */
    public BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal score : scores.values()) {
            total = total.add(score);
        }
        return Decimals.normalize(total);
    }

    /**
     * Returns the predicate of the total, placed as {@link AkipPredicate#of(BigDecimal)} does (two decimals,
     * half-up).
     *
     * @return the predicate, such as {@link AkipPredicate#BB} for 73,20
     */
    public AkipPredicate predicate() {
        return AkipPredicate.of(total());
    }

    /**
     * Explains the total in the evaluation's own terms.
     *
     * @return such as {@code "23,10 + 21,30 + 10,80 + 18 = 73,20 (BB, Sangat Baik)"}
     */
    public String explain() {
        return explain(Languages.INDONESIAN);
    }

    /**
     * Explains the total in the evaluation's own terms, in a language. The working has no words but the
     * predicate's own, which PermenPAN-RB 88/2021 names in Bahasa Indonesia: it reads the same in both languages.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return such as {@code "23,10 + 21,30 + 10,80 + 18 = 73,20 (BB, Sangat Baik)"}
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String explain(Locale language) {
        Languages.check(language);
        StringJoiner terms = new StringJoiner(" + ");
        for (BigDecimal score : scores.values()) {
            terms.add(formatOperand(score));
        }
        AkipPredicate predicate = predicate();
        return terms + " = " + formatOperand(total()) + " (" + predicate.name() + ", " + predicate.label() + ")";
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "AkipEvaluation[73.2 BB (Sangat Baik): Perencanaan Kinerja 23.1/30, ...]"}
     */
    @Override
    public String toString() {
        StringJoiner parts = new StringJoiner(", ", "AkipEvaluation[" + total().toPlainString() + " " + predicate()
                + ": ", "]");
        for (Component component : Component.values()) {
            parts.add(component.label() + " " + scores.get(component).toPlainString() + "/"
                    + weights.get(component).toPlainString());
        }
        return parts.toString();
    }

    private static Map<Component, BigDecimal> defaultWeights() {
        Map<Component, BigDecimal> weights = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            weights.put(component, component.defaultWeight());
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Map<Component, BigDecimal> copy(Map<Component, BigDecimal> values, String name) {
        Decimals.notNull(values, name);
        Map<Component, BigDecimal> copy = new EnumMap<>(Component.class);
        for (Map.Entry<Component, BigDecimal> entry : values.entrySet()) {
            Component component = Decimals.notNull(entry.getKey(), name + " key");
            copy.put(component, Decimals.checked(Decimals.notNull(entry.getValue(), name + " of " + component),
                    name + " of " + component));
        }
        for (Component component : Component.values()) {
            if (!copy.containsKey(component)) {
                throw new IllegalArgumentException(name + " must have a value for every component, but " + component
                        + " is missing");
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
