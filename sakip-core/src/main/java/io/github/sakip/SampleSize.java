package io.github.sakip;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The number of respondents a community satisfaction survey (survei kepuasan masyarakat, SKM) needs for the size of
 * the population it samples (besaran sampel): the table of Krejcie and Morgan that PermenPAN-RB 14/2017 (lampiran,
 * "Penentuan besaran sampel") tells service units to use.
 * <p>
 * The table is Krejcie &amp; Morgan (1970), "Determining Sample Size for Research Activities", <i>Educational and
 * Psychological Measurement</i> 30, 607–610, computed from
 * <pre>
 *     s = X² N P (1 − P) / (d² (N − 1) + X² P (1 − P))
 * </pre>
 * with N the population, X² = 3,841 (chi-square for one degree of freedom at 95 % confidence), P = 0,5 and
 * d = 0,05, which is {@code s = 3841 N / (10 N + 3831)}. This class computes the formula in exact integer
 * arithmetic and rounds half-up to a whole respondent. That reproduces every one of the table's rows (10 → 10,
 * 100 → 80, 1.000 → 278, 10.000 → 370, 1.000.000 → 384; all of them are checked in this library's tests), where
 * other readings do not: rounding up instead (15 → 14,47 → 15, the table prints 14) misses 45 of its rows, and the
 * more precise X² = 3,8415 misses 40.000 → 380 (it gives 380,505, so 381). The rows checked are those of the 1970
 * table; the regulation's own reprint of it could not be consulted row by row.
 * <p>
 * The choice left open: a population between two rows of the table. This class gives the formula's value for that
 * population (105 → 83), the number the table's rows are samples of, rather than the next row's (110 → 86), which
 * would ask for more respondents than the method needs.
 * <p>
 * Two values are equal when their populations are. This class is immutable and thread-safe.
 */
public final class SampleSize {

    private static final BigInteger NUMERATOR_FACTOR = BigInteger.valueOf(3841);
    private static final BigInteger TEN = BigInteger.TEN;
    private static final BigInteger DENOMINATOR_OFFSET = BigInteger.valueOf(3831);
    private static final BigInteger TWO = BigInteger.TWO;

    private final long population;
    private final int required;

    private SampleSize(long population, int required) {
        this.population = population;
        this.required = required;
    }

    /**
     * Computes the number of respondents a population needs.
     *
     * @param population the number of people the unit served in the period surveyed (populasi, N), at least 1
     * @return the sample size, such as 278 for a population of 1.000
     * @throws IllegalArgumentException quoting the population if it is below 1
     */
    public static SampleSize of(long population) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1, but was " + population);
        }
        BigInteger n = BigInteger.valueOf(population);
        BigInteger numerator = NUMERATOR_FACTOR.multiply(n);
        BigInteger denominator = TEN.multiply(n).add(DENOMINATOR_OFFSET);
        // Half-up: floor((2 × numerator + denominator) / (2 × denominator)). At most 385, so it fits an int.
        int rounded = numerator.multiply(TWO).add(denominator).divide(denominator.multiply(TWO)).intValueExact();
        return new SampleSize(population, rounded);
    }

    /**
     * Returns the population.
     *
     * @return the population (N)
     */
    public long population() {
        return population;
    }

    /**
     * Returns the number of respondents the population needs.
     *
     * @return the sample size (s), from 1 to 384
     */
    public int required() {
        return required;
    }

    /**
     * Returns the formula's value before it is rounded to a whole respondent.
     *
     * @return {@code 3841 N / (10 N + 3831)} to 34 significant digits, such as {@code 277.7094...} for 1.000
     */
    public BigDecimal exact() {
        return Decimals.divide(new BigDecimal(NUMERATOR_FACTOR.multiply(BigInteger.valueOf(population))),
                new BigDecimal(TEN.multiply(BigInteger.valueOf(population)).add(DENOMINATOR_OFFSET)));
    }

    /**
     * Tells whether a survey with this many respondents is large enough.
     *
     * @param respondents the number of respondents the survey has
     * @return true if it is at least the required number
     * @throws IllegalArgumentException quoting {@code respondents} if it is negative
     */
    public boolean isMetBy(int respondents) {
        return assess(respondents).isSufficient();
    }

    /**
     * Assesses a survey against this sample size: a survey that is too small is a result that says so, not an
     * error.
     *
     * @param respondents the number of respondents the survey has
     * @return the assessment
     * @throws IllegalArgumentException quoting {@code respondents} if it is negative
     */
    public Assessment assess(int respondents) {
        return new Assessment(this, respondents);
    }

    /**
     * Explains the figure with Indonesian numbers, in Bahasa Indonesia.
     *
     * @return such as {@code "s = 3,841 × 1.000 × 0,5 × 0,5 / (0,05² × 999 + 3,841 × 0,5 × 0,5) = 277,71 → 278
     *         responden (Krejcie–Morgan)"}
     */
    public String explain() {
        return explain(Languages.INDONESIAN);
    }

    /**
     * Explains the figure as {@link #explain()} does, in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return such as {@code "s = 3,841 × 1.000 × 0,5 × 0,5 / (0,05² × 999 + 3,841 × 0,5 × 0,5) = 277,71 → 278
     *         respondents (Krejcie–Morgan)"} in English
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String explain(Locale language) {
        return Text.of("sampleSize.working", "s = 3,841 × " + IndonesianNumbers.format(BigDecimal.valueOf(population))
                + " × 0,5 × 0,5 / (0,05² × " + IndonesianNumbers.format(BigDecimal.valueOf(population - 1))
                + " + 3,841 × 0,5 × 0,5) = " + IndonesianNumbers.format(exact(), 2, RoundingMode.HALF_UP),
                required).in(language);
    }

    /**
     * Compares by population.
     *
     * @param other the other object
     * @return true if the other is a sample size for the same population
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SampleSize that && population == that.population;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(population);
    }

    /**
     * Returns a short description: a value description for programmers, as every value type's {@code toString()}
     * is (English words and plain numbers, as a record's own). For people, use {@link #explain(Locale)}.
     *
     * @return such as {@code "SampleSize[population 1000: 278 respondents]"}
     */
    @Override
    public String toString() {
        return "SampleSize[population " + population + ": " + required + " respondents]";
    }

    /**
     * A survey's number of respondents set against the number its population needs.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param sampleSize the sample size the population needs
     * @param respondents the number of respondents the survey has
     */
    public record Assessment(SampleSize sampleSize, int respondents) {

        /**
         * Creates an assessment.
         *
         * @param sampleSize the sample size the population needs
         * @param respondents the number of respondents the survey has, not negative
         * @throws NullPointerException if {@code sampleSize} is null
         * @throws IllegalArgumentException quoting {@code respondents} if it is negative
         */
        public Assessment {
            Decimals.notNull(sampleSize, "sampleSize");
            if (respondents < 0) {
                throw new IllegalArgumentException("respondents must not be negative, but was " + respondents);
            }
        }

        /**
         * Tells whether the survey has at least the required number of respondents.
         *
         * @return true if large enough
         */
        public boolean isSufficient() {
            return respondents >= sampleSize.required();
        }

        /**
         * Returns how many respondents the survey lacks.
         *
         * @return the required number less the respondents, or 0 if the survey is large enough
         */
        public int shortfall() {
            return Math.max(0, sampleSize.required() - respondents);
        }

        /**
         * Explains the assessment with Indonesian numbers, in Bahasa Indonesia.
         *
         * @return such as {@code "29 responden untuk populasi 1.000: diperlukan 278 (Krejcie–Morgan), kurang 249"}
         *         or {@code "..., cukup"}
         */
        public String explain() {
            return explain(Languages.INDONESIAN);
        }

        /**
         * Explains the assessment as {@link #explain()} does, in a language.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "29 respondents for a population of 1.000: 278 required (Krejcie–Morgan), 249
         *         short"} or {@code "..., enough"} in English
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public String explain(Locale language) {
            String respondentsShown = IndonesianNumbers.format(BigDecimal.valueOf(respondents));
            String population = IndonesianNumbers.format(BigDecimal.valueOf(sampleSize.population()));
            return (isSufficient() ? Text.of("sampleSize.enough", respondentsShown, population, sampleSize.required())
                    : Text.of("sampleSize.short", respondentsShown, population, sampleSize.required(), shortfall()))
                    .in(language);
        }
    }
}
