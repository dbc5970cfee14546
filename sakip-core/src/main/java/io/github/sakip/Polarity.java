package io.github.sakip;

/**
 * The direction in which an indicator improves (polaritas indikator).
 * <p>
 * The polarity decides the formula of the achievement (capaian): see {@link Capaian}.
 */
public enum Polarity {

    /**
     * Higher is better (polaritas positif, "semakin tinggi semakin baik"): the labour force participation rate,
     * an evaluation score, the number of people trained. Capaian is {@code R / T × 100}.
     */
    POSITIVE,

    /**
     * Lower is better (polaritas negatif, "semakin rendah semakin baik"): an unemployment rate, the number of
     * industrial disputes, a duration in months. Capaian is by default {@code (2T − R) / T × 100}, floored at 0
     * (PermenPAN-RB 8/2021); see {@link Capaian.NegativeFormula} for the alternative.
     */
    NEGATIVE
}
