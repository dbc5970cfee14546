package io.github.sakip;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;

/**
 * Compares an indicator's realisation (realisasi) with a standard: a national or provincial figure, or a minimum
 * service standard, as an LKjIP does in its comparison with national standards (Tabel 3.5 of the reference
 * report).
 * <p>
 * The figure is {@code realisasi / standard × 100} for a positive indicator, and by default
 * {@code (2S − R) / S × 100} floored at 0 for a negative one: the formulas of {@link Capaian} with the standard in
 * place of the target, under the same policy and the same not-computable conditions (a standard of zero or below,
 * no realisation). The working says that the figure is against a standard. A figure above 100 % means the
 * indicator does better than the standard.
 * <p>
 * This class is thread-safe.
 */
public final class StandardComparison {

    private StandardComparison() {
    }

    /**
     * Compares a realisation with a standard with the default policy. The reference comes first, then the
     * realisation, as in {@link Capaian#of(Polarity, BigDecimal, BigDecimal)}.
     *
     * @param polarity whether higher or lower is better
     * @param standard the standard, such as the national figure
     * @param realization the realisation
     * @return the comparison in percent, as an achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting a value that is absurdly large or precise
     */
    public static Achievement of(Polarity polarity, BigDecimal standard, BigDecimal realization) {
        Decimals.notNull(polarity, "polarity");
        Decimals.notNull(standard, "standard");
        Decimals.notNull(realization, "realization");
        Achievement achievement = Capaian.of(polarity, Target.of(Decimals.checked(standard, "standard")),
                Realization.of(Decimals.checked(realization, "realization")));
        return against(achievement, Text.of("standard.unnamed"));
    }

    /**
     * Compares a realisation with a named standard with the default policy.
     *
     * @param polarity whether higher or lower is better
     * @param standard the standard
     * @param realization the realisation
     * @param standardName what the standard is, such as {@code "national standard"} or {@code "TPAK Provinsi
     *        Kalimantan Selatan"}; the working names it
     * @return the comparison in percent, as an achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code standardName} is blank, or quoting a value that is absurdly large
     *         or precise
     */
    public static Achievement of(Polarity polarity, BigDecimal standard, BigDecimal realization,
            String standardName) {
        Decimals.notNull(polarity, "polarity");
        Decimals.notNull(standard, "standard");
        Decimals.notNull(realization, "realization");
        return of(Capaian.Policy.DEFAULT, polarity, Target.of(Decimals.checked(standard, "standard")),
                Realization.of(Decimals.checked(realization, "realization")), standardName);
    }

    /**
     * Compares a realisation with a standard under a policy.
     *
     * @param policy the choices for negative indicators and zero standards
     * @param polarity whether higher or lower is better
     * @param standard the standard, a value or a range
     * @param realization the realisation, measured or absent
     * @param standardName what the standard is; the working names it
     * @return the comparison in percent, as an achievement, possibly not computable
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code standardName} is blank
     */
    public static Achievement of(Capaian.Policy policy, Polarity polarity, Target standard, Realization realization,
            String standardName) {
        Decimals.notNull(policy, "policy");
        Text name = Text.literal(Decimals.notBlank(standardName, "standardName"));
        return against(policy.of(polarity, standard, realization), name);
    }

    private static Achievement against(Achievement achievement, Text name) {
        if (achievement.isComputable()) {
            return Achievement.of(achievement.percent(), () -> Text.of("standard.against", name,
                    achievement.explanation()));
        }
        return Achievement.notComputable(Text.of("standard.against", name, Achievement.reasonOf(achievement)));
    }
}
