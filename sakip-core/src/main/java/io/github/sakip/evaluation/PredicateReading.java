package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.CategoryScale.Band;
import io.github.sakip.Permendagri86;
import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the bands of the predikat kinerja are read: the five categories Sangat Tinggi, Tinggi, Sedang, Rendah and
 * Sangat Rendah that the evaluation forms of Permendagri 86/2017 put under the average achievement, for the K
 * (performance) and the Rp (budget) half alike.
 * <p>
 * The regulation's table ("Kriteria penilaian", with the forms of its annex) prints the bands as
 * {@code 91 ≤ x ≤ 100} Sangat Tinggi, {@code 76 ≤ x ≤ 90} Tinggi, {@code 66 ≤ x ≤ 75} Sedang,
 * {@code 51 ≤ x ≤ 65} Rendah and {@code x ≤ 50} Sangat Rendah. Read at two decimals, the printed bands leave gaps
 * (90,01–90,99 and so on), and the applications that fill the forms close them in two different ways; each reading
 * is a constant here:
 * <ul>
 * <li>{@link #PRINTED_LOWER_BAND}, the default: the printed lower bounds are inclusive and a value in a gap falls to
 * the lower band (90,50 is Tinggi, 91,00 Sangat Tinggi). The same scale as {@link Permendagri86#SCALE}, so a figure
 * gets one category everywhere in the library. An e-RPJMD dashboard found in public code reads the table the same
 * way ({@code >= 91}, {@code >= 76 && < 91}, …).</li>
 * <li>{@link #PRINTED_WHOLE_PERCENT}: the figure is first rounded to a whole percent, half-up, then the printed bands
 * have no gap (90,50 becomes 91, Sangat Tinggi); {@link Permendagri86#SCALE_WHOLE_PERCENT}.</li>
 * <li>{@link #GREATER_THAN}: the reading {@code > 90}, {@code > 75}, {@code > 65}, {@code > 50} that e-Monev
 * applications use: every value above a printed upper bound belongs to the next band up (90,01 is Sangat Tinggi,
 * 90,00 Tinggi, 50,50 Rendah). It disagrees with the printed table for 90,01–90,99, 75,01–75,99, 65,01–65,99
 * and 50,01–50,99.</li>
 * </ul>
 * As for every category of the library, the figure placed is the achievement rounded to two decimals, half-up, as
 * the form prints it (a figure of 90,004 is 90,00 under every reading; an application that compares the unrounded
 * figure with {@code > 90} would call it Sangat Tinggi). Above 100 % is Sangat Tinggi under every reading.
 * <p>
 * The default is {@link #PRINTED_LOWER_BAND} because it keeps the printed lower bounds exactly as printed
 * ({@code 91 ≤ x}: nothing below 91 is Sangat Tinggi) and agrees with the categories of the library's other
 * tables; the applications' reading is offered by name, so that a form they printed can be checked against the
 * reading it was made with.
 */
public enum PredicateReading {

    /** The printed table, lower bounds inclusive, a gap falling to the lower band. The default. */
    PRINTED_LOWER_BAND(Permendagri86.SCALE),

    /** The printed table after rounding the figure to a whole percent, half-up. */
    PRINTED_WHOLE_PERCENT(Permendagri86.SCALE_WHOLE_PERCENT),

    /**
     * The applications' {@code > 90, > 75, > 65, > 50}, at two decimals: Sangat Rendah up to 50,00, Rendah 50,01 to
     * 65,00, Sedang 65,01 to 75,00, Tinggi 75,01 to 90,00, Sangat Tinggi from 90,01.
     */
    GREATER_THAN(CategoryScale.of(2, List.of(
            Band.atMost(Category.SANGAT_RENDAH, new BigDecimal("50.00")),
            Band.between(Category.RENDAH, new BigDecimal("50.01"), new BigDecimal("65.00")),
            Band.between(Category.SEDANG, new BigDecimal("65.01"), new BigDecimal("75.00")),
            Band.between(Category.TINGGI, new BigDecimal("75.01"), new BigDecimal("90.00")),
            Band.atLeast(Category.SANGAT_TINGGI, new BigDecimal("90.01")))));

    private final CategoryScale scale;

    PredicateReading(CategoryScale scale) {
        this.scale = scale;
    }

    /**
     * Returns the scale of this reading.
     *
     * @return the scale, at two decimals or (for {@link #PRINTED_WHOLE_PERCENT}) at whole percents
     */
    public CategoryScale scale() {
        return scale;
    }

    /**
     * Places a percentage in its predikat under this reading.
     *
     * @param percent the achievement in percent, at any precision
     * @return the category
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public Category categorize(BigDecimal percent) {
        return scale.categorize(percent);
    }

    /**
     * Places an achievement in its predikat under this reading.
     *
     * @param achievement the achievement
     * @return the category, or empty if the achievement is not computable
     * @throws NullPointerException if {@code achievement} is null
     */
    public Optional<Category> categorize(Achievement achievement) {
        Decimals.notNull(achievement, "achievement");
        return achievement.valueIfComputable().map(scale::categorize);
    }
}
