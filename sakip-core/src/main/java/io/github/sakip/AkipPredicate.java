package io.github.sakip;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Labels;
import java.math.BigDecimal;

/**
 * The predicate (predikat) of an evaluation of government performance accountability (evaluasi AKIP), from its
 * score under PermenPAN-RB 88/2021 (Peraturan Menteri PANRB Nomor 88 Tahun 2021): AA &gt; 90–100, A &gt; 80–90,
 * BB &gt; 70–80, B &gt; 60–70, CC &gt; 50–60, C &gt; 30–50, D 0–30.
 * <p>
 * Every lower bound is exclusive except D's: 90 is A and 90,01 is AA; 30 is D and 30,01 is C; 0 is D and 100 is AA.
 * <p>
 * The regulation does not say at which precision a score is placed. {@link #of(BigDecimal)}, the default, places
 * the score as evaluation reports (LHE) print it: rounded to two decimals, half-up, so that the predicate always
 * agrees with the printed score (90,001 prints as 90,00 and is A; 90,005 prints as 90,01 and is AA). This is the
 * same choice as for the categories of {@link Permendagri86}. {@link #ofExact(BigDecimal)} places the score at
 * full precision instead (90,001 is AA). Both refuse a score below 0 or above 100 at full precision, before any
 * rounding: such a score is not a score of this evaluation.
 */
public enum AkipPredicate {

    /** AA, Sangat Memuaskan: above 90 up to 100. */
    AA("Sangat Memuaskan", new BigDecimal("90")),

    /** A, Memuaskan: above 80 up to 90. */
    A("Memuaskan", new BigDecimal("80")),

    /** BB, Sangat Baik: above 70 up to 80. */
    BB("Sangat Baik", new BigDecimal("70")),

    /** B, Baik: above 60 up to 70. */
    B("Baik", new BigDecimal("60")),

    /** CC, Cukup: above 50 up to 60. */
    CC("Cukup", new BigDecimal("50")),

    /** C, Kurang: above 30 up to 50. */
    C("Kurang", new BigDecimal("30")),

    /** D, Sangat Kurang: 0 up to 30. */
    D("Sangat Kurang", null);

    private final String label;
    private final BigDecimal exclusiveLowerBound;

    AkipPredicate(String label, BigDecimal exclusiveLowerBound) {
        this.label = label;
        this.exclusiveLowerBound = exclusiveLowerBound;
    }

    /**
     * Places a score with the default precision: rounded to two decimals, half-up, as the evaluation prints it.
     * The contract's example: {@code AkipPredicate.of(new BigDecimal("73.20"))} is {@link #BB}.
     *
     * @param score the total score (nilai AKIP), from 0 to 100
     * @return the predicate
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException quoting the score if it is below 0 or above 100, or absurdly large or precise
     */
    public static AkipPredicate of(BigDecimal score) {
        return place(Decimals.twoDecimals(checkedScore(score)));
    }

    /**
     * Places a score at full precision, without rounding: 90,001 is {@link #AA}.
     *
     * @param score the total score (nilai AKIP), from 0 to 100
     * @return the predicate
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException quoting the score if it is below 0 or above 100, or absurdly large or precise
     */
    public static AkipPredicate ofExact(BigDecimal score) {
        return place(checkedScore(score));
    }

    private static BigDecimal checkedScore(BigDecimal score) {
        BigDecimal checked = Decimals.checked(score, "score");
        if (checked.signum() < 0 || checked.compareTo(Decimals.HUNDRED) > 0) {
            throw new IllegalArgumentException("score must be from 0 to 100, but was " + checked.toPlainString());
        }
        return checked;
    }

    private static AkipPredicate place(BigDecimal score) {
        for (AkipPredicate predicate : values()) {
            if (predicate.exclusiveLowerBound == null || score.compareTo(predicate.exclusiveLowerBound) > 0) {
                return predicate;
            }
        }
        throw new AssertionError("unreachable: D has no lower bound");
    }

    /**
     * Obtains a predicate from its text: the inverse of {@link #toString()}, so that
     * {@code AkipPredicate.parse(p.toString()) == p} for every predicate. The code alone ({@code "BB"}, as
     * evaluation reports print it) and the label alone ({@code "Sangat Baik"}) are accepted too; case and
     * surrounding or repeated white space are ignored.
     *
     * @param text such as {@code "BB"}, {@code "BB (Sangat Baik)"} or {@code "sangat baik"}
     * @return the predicate
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if no predicate has it
     */
    public static AkipPredicate parse(String text) {
        return Labels.parse(AkipPredicate.class, text, AkipPredicate::label,
                "a predicate of PermenPAN-RB 88/2021");
    }

    /**
     * Returns the predicate's name in the regulation.
     *
     * @return such as {@code "Sangat Baik"} for {@link #BB}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the lowest score of this predicate's band, which is itself outside the band (except for D).
     *
     * @return the exclusive lower bound, such as {@code 70} for {@link #BB}; {@code 0}, inclusive, for {@link #D}
     */
    public BigDecimal lowerBound() {
        return exclusiveLowerBound == null ? BigDecimal.ZERO : exclusiveLowerBound;
    }

    /**
     * Returns the highest score of this predicate's band, inclusive.
     *
     * @return such as {@code 80} for {@link #BB}, {@code 100} for {@link #AA}
     */
    public BigDecimal upperBound() {
        return ordinal() == 0 ? Decimals.HUNDRED : values()[ordinal() - 1].exclusiveLowerBound;
    }

    /**
     * Returns the predicate with its label, which {@link #parse(String)} reads back.
     *
     * @return such as {@code "BB (Sangat Baik)"}
     */
    @Override
    public String toString() {
        return name() + " (" + label + ")";
    }
}
