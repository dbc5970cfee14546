package io.github.sakip;

import io.github.sakip.CategoryScale.Band;
import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * The categories of achievement of Permendagri 86/2017 (Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017),
 * from its evaluation tables ("Rata-rata % capaian"): Sangat Tinggi 91 ≤ 100, Tinggi 76 ≤ 90, Sedang 66 ≤ 75,
 * Rendah 51 ≤ 65, Sangat Rendah ≤ 50.
 * <p>
 * The regulation leaves three things open; the defaults and the alternatives are:
 * <ul>
 * <li>Which figure is categorised: the achievement as the report prints it, rounded to two decimals half-up.</li>
 * <li>The printed bands leave gaps (90–91, 75–76, 65–66, 50–51). By default ({@link GapPolicy#LOWER_BAND}) the
 * printed lower bounds are inclusive and a value in a gap falls to the lower band: 90,50 is Tinggi and 91,00 is
 * Sangat Tinggi. The alternative ({@link GapPolicy#WHOLE_PERCENT}) rounds the figure to a whole percent first,
 * half-up, so 90,50 becomes 91 and is Sangat Tinggi.</li>
 * <li>Above 100 % is Sangat Tinggi under both policies (the reference report does so for 121,74 %).</li>
 * </ul>
 * This class is thread-safe.
 */
public final class Permendagri86 {

    /**
     * How a value in the gaps between the printed bands is placed.
     */
    public enum GapPolicy {

        /**
         * The default: categorise the two-decimal figure; the printed lower bounds are inclusive and a gap falls to
         * the lower band (90,50 is Tinggi).
         */
        LOWER_BAND,

        /**
         * Round to a whole percent first, half-up, then categorise; the printed bands then leave no gap
         * (90,50 becomes 91, Sangat Tinggi; 90,49 becomes 90, Tinggi).
         */
        WHOLE_PERCENT
    }

    /** The default scale: two decimals, gaps to the lower band (…, Tinggi 76,00–90,99, Sangat Tinggi 91,00–). */
    public static final CategoryScale SCALE = CategoryScale.of(2, List.of(
            Band.atMost(Category.SANGAT_RENDAH, new BigDecimal("50.99")),
            Band.between(Category.RENDAH, new BigDecimal("51"), new BigDecimal("65.99")),
            Band.between(Category.SEDANG, new BigDecimal("66"), new BigDecimal("75.99")),
            Band.between(Category.TINGGI, new BigDecimal("76"), new BigDecimal("90.99")),
            Band.atLeast(Category.SANGAT_TINGGI, new BigDecimal("91"))));

    /** The scale of whole percents: the printed bands exactly (…, Tinggi 76–90, Sangat Tinggi 91–). */
    public static final CategoryScale SCALE_WHOLE_PERCENT = CategoryScale.of(0, List.of(
            Band.atMost(Category.SANGAT_RENDAH, new BigDecimal("50")),
            Band.between(Category.RENDAH, new BigDecimal("51"), new BigDecimal("65")),
            Band.between(Category.SEDANG, new BigDecimal("66"), new BigDecimal("75")),
            Band.between(Category.TINGGI, new BigDecimal("76"), new BigDecimal("90")),
            Band.atLeast(Category.SANGAT_TINGGI, new BigDecimal("91"))));

    private Permendagri86() {
    }

    /**
     * Places an achievement in its category with the default policy, {@link GapPolicy#LOWER_BAND}: the value is
     * rounded to two decimals half-up, and a value between the printed bands falls to the lower one.
     *
     * @param percent the achievement in percent, at any precision
     * @return the category, such as {@link Category#TINGGI} for 90,50
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Category categorize(BigDecimal percent) {
        return SCALE.categorize(percent);
    }

    /**
     * Places an achievement in its category with the given policy.
     *
     * @param percent the achievement in percent, at any precision
     * @param policy how to place a value between the printed bands
     * @return the category
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Category categorize(BigDecimal percent, GapPolicy policy) {
        return scale(policy).categorize(percent);
    }

    /**
     * Returns the scale of a policy.
     *
     * @param policy the policy
     * @return {@link #SCALE} or {@link #SCALE_WHOLE_PERCENT}
     * @throws NullPointerException if {@code policy} is null
     */
    public static CategoryScale scale(GapPolicy policy) {
        Decimals.notNull(policy, "policy");
        return policy == GapPolicy.LOWER_BAND ? SCALE : SCALE_WHOLE_PERCENT;
    }
}
