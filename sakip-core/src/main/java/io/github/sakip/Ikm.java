package io.github.sakip;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The community satisfaction index (IKM, indeks kepuasan masyarakat) of a public service unit, from the answers to
 * its satisfaction survey (survei kepuasan masyarakat, SKM) under PermenPAN-RB 14/2017 (Peraturan Menteri PANRB
 * Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik).
 * <p>
 * Each respondent answers every element of service (unsur pelayanan) on a scale of 1 (tidak sesuai) to 4 (sangat
 * sesuai). The lampiran of the regulation computes:
 * <ul>
 * <li>the mean of each element (NRR, nilai rata-rata): its total (jumlah nilai per unsur) divided by the number
 * of answers to it ("total unsur yang terisi");</li>
 * <li>the weighted mean (NRR tertimbang): NRR × weight, the weight being "jumlah bobot / jumlah unsur" = 1/n, the
 * same for every element;</li>
 * <li>the index: the sum of the weighted means, 1 to 4 ({@link #index()}), converted with the base value 25
 * ("nilai dasar") to the IKM, 25 to 100 ({@link #value()}): {@code IKM = Σ NRR × 1/n × 25}.</li>
 * </ul>
 * Then {@link #mutu()} grades it ({@link Mutu}: A Sangat Baik from 88,31, B Baik from 76,61, C Kurang Baik from
 * 65,00, D Tidak Baik), and each element is graded by its NRR ({@link Unsur#mutu()}).
 * <p>
 * The contract's example:
 * <pre>{@code
 * Ikm ikm = Ikm.ofTotals(29, List.of(d("105"), d("101"), d("100"), d("116"), d("102"), d("105"), d("106"),
 *         d("105"), d("115")));
 * ikm.value();     // 91.47509578544061302681992337164751 (full precision)
 * ikm.rounded();   // 91.48
 * ikm.mutu();      // A (Sangat Baik)
 * Ikm.ofTotals(29, totals, Ikm.Weight.PRINTED).rounded();   // 91.38, with the weight 0,111
 * }</pre>
 * What the regulation leaves open, and what this class does:
 * <ul>
 * <li><b>The weight.</b> The regulation defines it as 1/n; worksheets print 0,111 for nine elements. By default
 * ({@link Weight#EXACT}) the weight is exactly 1/n, so a survey of all 4s gives 100,00.
 * {@link Weight#PRINTED} computes with the weight as printed (all 4s give 99,90), and
 * {@link Weight#PRINTED_TWO_DECIMALS} with 0,11 (99,00), as some reports do.</li>
 * <li><b>The elements.</b> The nine of PermenPAN-RB 14/2017 by default ({@link #UNSUR_PERMENPAN_RB_14_2017}); the
 * fourteen of the older KepMenPAN 25/2004 ({@link #UNSUR_KEPMENPAN_25_2004}, with the same weight rule, 1/14,
 * printed 0,071, and the same conversion, × 25, but another table of grades: {@link Policy#KEPMENPAN_25_2004}); or
 * a unit's own ({@link Policy#withUnsur(List)}), which the regulation allows.</li>
 * <li><b>Missing answers.</b> The formula divides each element's total by "total unsur yang terisi", the answers
 * given to that element, and the worksheets of practice say "jumlah nilai per unsur dibagi jumlah kuesioner yang
 * terisi". So a respondent who left an element blank is left out of that element's mean only and still counts for
 * the others; a questionnaire with no answer at all is not a respondent. An element nobody answered has no mean:
 * the index is then not computable (a result that says why, never a silent 0), rather than an index over fewer
 * elements than the survey asked.</li>
 * <li><b>Rounding.</b> None in the computation. Reports round the NRRs or the weighted means before adding them up;
 * this class keeps every figure exact (34 significant digits where a division does not terminate: every mean is
 * summed as an exact fraction and divided once), and rounds only for presentation ({@link #rounded()}).</li>
 * </ul>
 * Answers outside 1 to 4 are refused, naming the respondent and the element. The sample the survey needs for its
 * population is {@link #sampleFor(long)}.
 * <p>
 * Equality: two indices are equal when they have the same policy, respondents, and totals and answers per element.
 * This class is immutable and thread-safe.
 */
public final class Ikm {

    /**
     * The nine elements of service of PermenPAN-RB 14/2017 (lampiran, "ruang lingkup"), in its order: Persyaratan;
     * Sistem, Mekanisme, dan Prosedur; Waktu Penyelesaian; Biaya/Tarif; Produk Spesifikasi Jenis Pelayanan;
     * Kompetensi Pelaksana; Perilaku Pelaksana; Penanganan Pengaduan, Saran dan Masukan; Sarana dan Prasarana.
     */
    public static final List<String> UNSUR_PERMENPAN_RB_14_2017 = List.of(
            "Persyaratan",
            "Sistem, Mekanisme, dan Prosedur",
            "Waktu Penyelesaian",
            "Biaya/Tarif",
            "Produk Spesifikasi Jenis Pelayanan",
            "Kompetensi Pelaksana",
            "Perilaku Pelaksana",
            "Penanganan Pengaduan, Saran dan Masukan",
            "Sarana dan Prasarana");

    /**
     * The fourteen elements of service of KepMenPAN 25/2004 (Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004), in
     * its order, from Prosedur pelayanan to Keamanan pelayanan.
     */
    public static final List<String> UNSUR_KEPMENPAN_25_2004 = List.of(
            "Prosedur pelayanan",
            "Persyaratan pelayanan",
            "Kejelasan petugas pelayanan",
            "Kedisiplinan petugas pelayanan",
            "Tanggung jawab petugas pelayanan",
            "Kemampuan petugas pelayanan",
            "Kecepatan pelayanan",
            "Keadilan mendapatkan pelayanan",
            "Kesopanan dan keramahan petugas",
            "Kewajaran biaya pelayanan",
            "Kepastian biaya pelayanan",
            "Kepastian jadwal pelayanan",
            "Kenyamanan lingkungan",
            "Keamanan pelayanan");

    /** The largest number of elements a survey may have. */
    public static final int MAX_UNSUR = 100;

    /** The base value (nilai dasar) that converts the index (1 to 4) to the IKM (25 to 100). */
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    private static final int LOWEST_ANSWER = 1;
    private static final int HIGHEST_ANSWER = 4;

    /**
     * The weight of each element's mean (bobot nilai rata-rata tertimbang).
     */
    public enum Weight {

        /**
         * The default: exactly 1/n for n elements, as the regulation defines it ("jumlah bobot / jumlah unsur"). A
         * survey of all 4s gives 100,00 and one of all 1s 25,00.
         */
        EXACT(0),

        /**
         * 1/n rounded half-up to three decimals, as SKM worksheets and regional statistics print it ("NRR per unsur
         * × 0,111"): 0,111 for nine elements (all 4s give 99,90, all 1s 24,98), 0,071 for the fourteen of
         * KepMenPAN 25/2004 (which prints that figure), 0,333 for three, 0,5 for two. The weights then do not add up
         * to 1 (9 × 0,111 = 0,999; 7 × 0,143 = 1,001), so the index can fall a little outside 25 to 100. The
         * lampiran of PermenPAN-RB 14/2017 itself could not be consulted for its printed figure; 0,111 is the one of
         * the SKM worksheets and of regional statistics (data.penajamkab.go.id: "dikalikan 0.111").
         */
        PRINTED(3),

        /**
         * 1/n rounded half-up to two decimals: 0,11 for nine elements (all 4s give 99,00), 0,33 for three. Not the
         * regulation's, but seen in published reports and tools; named so that such a figure can be recognised.
         */
        PRINTED_TWO_DECIMALS(2);

        /** The decimals of the rounded weights; unused for {@link #EXACT}. */
        private final int decimals;

        Weight(int decimals) {
            this.decimals = decimals;
        }

        /**
         * Returns the weight of each element for a number of elements.
         *
         * @param unsurCount the number of elements, from 1 to {@value Ikm#MAX_UNSUR}
         * @return the weight: for {@link #EXACT} 1/n to 34 significant digits (0.1111…), otherwise the rounded
         *         figure (0.111)
         * @throws IllegalArgumentException quoting {@code unsurCount} if it is out of range
         */
        public BigDecimal of(int unsurCount) {
            checkUnsurCount(unsurCount);
            if (this == EXACT) {
                return Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(unsurCount));
            }
            return BigDecimal.ONE.divide(BigDecimal.valueOf(unsurCount), decimals, RoundingMode.HALF_UP);
        }

        /** The weight as the working shows it: "1/9" or "0,111". */
        String shown(int unsurCount) {
            return this == EXACT ? "1/" + unsurCount : IndonesianNumbers.format(of(unsurCount));
        }
    }

    /**
     * The choices the regulation leaves open, with their defaults: the elements of the survey, the weight, the table
     * of grades and its gap policy.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param unsur the names of the elements of service, in the order of the answers and totals
     * @param weight the weight of each element's mean
     * @param scale the table that grades the index and the elements
     * @param gapPolicy how an index between the table's printed intervals is graded
     */
    public record Policy(List<String> unsur, Weight weight, Mutu.Scale scale, Mutu.GapPolicy gapPolicy) {

        /**
         * The defaults: the nine elements of PermenPAN-RB 14/2017, {@link Weight#EXACT}, its table of grades, and
         * {@link Mutu.GapPolicy#TWO_DECIMALS}.
         */
        public static final Policy DEFAULT = new Policy(UNSUR_PERMENPAN_RB_14_2017, Weight.EXACT,
                Mutu.Scale.PERMENPAN_RB_14_2017, Mutu.GapPolicy.TWO_DECIMALS);

        /**
         * A survey under KepMenPAN 25/2004: its fourteen elements and its table of grades, with {@link Weight#EXACT}
         * (its printed 0,071 is {@link Weight#PRINTED}) and {@link Mutu.GapPolicy#TWO_DECIMALS}.
         */
        public static final Policy KEPMENPAN_25_2004 = new Policy(UNSUR_KEPMENPAN_25_2004, Weight.EXACT,
                Mutu.Scale.KEPMENPAN_25_2004, Mutu.GapPolicy.TWO_DECIMALS);

        /**
         * Creates a policy, copying and checking the names of the elements.
         *
         * @param unsur the names of the elements, from 1 to {@value Ikm#MAX_UNSUR}, not blank, distinct
         * @param weight the weight
         * @param scale the table of grades
         * @param gapPolicy the gap policy
         * @throws NullPointerException naming the component, or the element of {@code unsur}, that is null
         * @throws IllegalArgumentException quoting the value if there are no elements or too many, or a name is
         *         blank or given twice
         */
        public Policy {
            Decimals.notNull(unsur, "unsur");
            Decimals.notNull(weight, "weight");
            Decimals.notNull(scale, "scale");
            Decimals.notNull(gapPolicy, "gapPolicy");
            checkUnsurCount(unsur.size());
            List<String> names = new ArrayList<>(unsur.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < unsur.size(); i++) {
                String name = Decimals.notBlank(unsur.get(i), "unsur " + (i + 1));
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("unsur names must be distinct, but '" + name
                            + "' is given twice");
                }
                names.add(name);
            }
            unsur = List.copyOf(names);
        }

        /**
         * Returns a copy with other elements of service, such as a unit's own.
         *
         * @param names the names of the elements
         * @return a copy with the elements changed
         * @throws NullPointerException if {@code names} or one of them is null
         * @throws IllegalArgumentException as the constructor does
         */
        public Policy withUnsur(List<String> names) {
            return new Policy(names, weight, scale, gapPolicy);
        }

        /**
         * Returns a copy with another weight.
         *
         * @param newWeight the weight
         * @return a copy with the weight changed
         * @throws NullPointerException if {@code newWeight} is null
         */
        public Policy withWeight(Weight newWeight) {
            return new Policy(unsur, newWeight, scale, gapPolicy);
        }

        /**
         * Returns a copy with another table of grades.
         *
         * @param newScale the table
         * @return a copy with the table changed
         * @throws NullPointerException if {@code newScale} is null
         */
        public Policy withScale(Mutu.Scale newScale) {
            return new Policy(unsur, weight, newScale, gapPolicy);
        }

        /**
         * Returns a copy with another gap policy.
         *
         * @param newGapPolicy the gap policy
         * @return a copy with the gap policy changed
         * @throws NullPointerException if {@code newGapPolicy} is null
         */
        public Policy withGapPolicy(Mutu.GapPolicy newGapPolicy) {
            return new Policy(unsur, weight, scale, newGapPolicy);
        }

        /**
         * Computes the index from the total of each element, every respondent having answered every element.
         *
         * @param respondents the number of respondents, not negative; with none, the index is not computable
         * @param totalsPerUnsur the sum of the answers to each element (jumlah nilai per unsur), in the order of
         *        {@link #unsur()}: whole numbers from {@code respondents} to {@code 4 × respondents}
         * @return the index
         * @throws NullPointerException if {@code totalsPerUnsur} or one of its elements is null
         * @throws IllegalArgumentException quoting the value if {@code respondents} is negative, the number of
         *         totals is not the number of elements, or a total is not a whole number that answers from 1 to 4
         *         can add up to
         */
        public Ikm ofTotals(int respondents, List<BigDecimal> totalsPerUnsur) {
            if (respondents < 0) {
                throw new IllegalArgumentException("respondents must not be negative, but was " + respondents);
            }
            Decimals.notNull(totalsPerUnsur, "totalsPerUnsur");
            checkCount(totalsPerUnsur.size(), "totalsPerUnsur has " + totalsPerUnsur.size() + " totals");
            long[] totals = new long[unsur.size()];
            int[] answers = new int[unsur.size()];
            BigDecimal lowest = BigDecimal.valueOf(respondents);
            BigDecimal highest = BigDecimal.valueOf(HIGHEST_ANSWER * (long) respondents);
            for (int i = 0; i < totals.length; i++) {
                String name = "total of " + describe(i);
                BigDecimal total = Decimals.checked(totalsPerUnsur.get(i), name);
                if (total.scale() > 0) {
                    throw new IllegalArgumentException(name + " must be a whole number (a sum of answers 1 to 4),"
                            + " but was " + total.toPlainString());
                }
                if (total.compareTo(lowest) < 0 || total.compareTo(highest) > 0) {
                    throw new IllegalArgumentException(name + " must be from " + lowest + " to " + highest + " ("
                            + respondents + " respondents answering 1 to 4), but was " + total.toPlainString());
                }
                totals[i] = total.longValueExact();
                answers[i] = respondents;
            }
            return new Ikm(this, respondents, totals, answers);
        }

        /**
         * Computes the index from the answers of each respondent. A null answer is a blank: it is left out of that
         * element's mean, and the respondent still counts for the other elements; a respondent with no answer at
         * all is not counted.
         *
         * @param answers one list per respondent, each with one answer (1 to 4, or null for a blank) per element, in
         *        the order of {@link #unsur()}
         * @return the index; not computable if no respondent answered, or an element has no answer at all
         * @throws NullPointerException if {@code answers} or a respondent's list is null
         * @throws IllegalArgumentException naming the respondent (counted from 1) and the element, and quoting the
         *         value, if a respondent's list does not have one answer per element or an answer is not from 1 to 4
         */
        public Ikm ofAnswers(List<? extends List<Integer>> answers) {
            Decimals.notNull(answers, "answers");
            long[] totals = new long[unsur.size()];
            int[] counts = new int[unsur.size()];
            int respondents = 0;
            for (int r = 0; r < answers.size(); r++) {
                List<Integer> row = Decimals.notNull(answers.get(r), "answers of respondent " + (r + 1));
                checkCount(row.size(), "respondent " + (r + 1) + " has " + row.size() + " answers");
                boolean answered = false;
                for (int i = 0; i < totals.length; i++) {
                    Integer answer = row.get(i);
                    if (answer == null) {
                        continue;
                    }
                    if (answer < LOWEST_ANSWER || answer > HIGHEST_ANSWER) {
                        throw new IllegalArgumentException("answer of respondent " + (r + 1) + " to "
                                + describe(i) + " must be from 1 to 4, but was " + answer);
                    }
                    totals[i] += answer;
                    counts[i]++;
                    answered = true;
                }
                if (answered) {
                    respondents++;
                }
            }
            return new Ikm(this, respondents, totals, counts);
        }

        private void checkCount(int count, String what) {
            if (count != unsur.size()) {
                throw new IllegalArgumentException(what + ", but the survey has " + unsur.size() + " unsur ("
                        + unsur.get(0) + " to " + unsur.get(unsur.size() - 1) + "); for other unsur use"
                        + " Ikm.Policy.withUnsur");
            }
        }

        private String describe(int index) {
            return "unsur " + (index + 1) + " (" + unsur.get(index) + ")";
        }
    }

    private final Policy policy;
    private final int respondents;
    private final long[] totals;
    private final int[] answers;
    private final List<Unsur> unsur;
    /** The sum of the means, exact or to 34 significant digits; null if not computable. */
    private final BigDecimal nrrSum;
    private final BigDecimal index;
    private final BigDecimal value;
    private final Text reason;

    private Ikm(Policy policy, int respondents, long[] totals, int[] answers) {
        this.policy = policy;
        this.respondents = respondents;
        this.totals = totals;
        this.answers = answers;
        int n = totals.length;
        BigDecimal weight = policy.weight() == Weight.EXACT ? null : policy.weight().of(n);
        List<Unsur> list = new ArrayList<>(n);
        Text why = respondents == 0 ? Text.of("ikm.noRespondents") : null;
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            list.add(new Unsur(i + 1, policy.unsur().get(i), totals[i], answers[i], n, weight, policy));
            if (answers[i] == 0) {
                why = why != null ? why : Text.of("ikm.noAnswers", i + 1, policy.unsur().get(i));
            } else {
                BigInteger count = BigInteger.valueOf(answers[i]);
                common = common.divide(common.gcd(count)).multiply(count);
            }
        }
        this.unsur = List.copyOf(list);
        this.reason = why;
        if (why != null) {
            this.nrrSum = null;
            this.index = null;
            this.value = null;
            return;
        }
        // Σ total_i / answers_i as one fraction over the least common multiple of the answers, divided once.
        BigInteger numerator = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            numerator = numerator.add(BigInteger.valueOf(totals[i]).multiply(common.divide(
                    BigInteger.valueOf(answers[i]))));
        }
        BigDecimal sum = new BigDecimal(numerator);
        BigDecimal denominator = new BigDecimal(common);
        this.nrrSum = Decimals.divide(sum, denominator);
        if (weight == null) {
            BigDecimal all = denominator.multiply(BigDecimal.valueOf(n));
            this.index = Decimals.divide(sum, all);
            this.value = Decimals.divide(sum.multiply(CONVERSION), all);
        } else {
            this.index = Decimals.divide(sum.multiply(weight), denominator);
            this.value = Decimals.divide(sum.multiply(weight).multiply(CONVERSION), denominator);
        }
    }

    private static void checkUnsurCount(int count) {
        if (count < 1 || count > MAX_UNSUR) {
            throw new IllegalArgumentException("a survey has from 1 to " + MAX_UNSUR + " unsur, but this one has "
                    + count);
        }
    }

    /**
     * Computes the index from the total of each element with the default policy: the nine elements of
     * PermenPAN-RB 14/2017 and the exact weight 1/9.
     *
     * @param respondents the number of respondents, not negative; with none, the index is not computable
     * @param totalsPerUnsur the sum of the answers to each of the nine elements, whole numbers from
     *        {@code respondents} to {@code 4 × respondents}
     * @return the index
     * @throws NullPointerException if {@code totalsPerUnsur} or one of its elements is null
     * @throws IllegalArgumentException quoting the value if {@code respondents} is negative, there are not nine
     *         totals, or a total is not a whole number that answers from 1 to 4 can add up to
     */
    public static Ikm ofTotals(int respondents, List<BigDecimal> totalsPerUnsur) {
        return Policy.DEFAULT.ofTotals(respondents, totalsPerUnsur);
    }

    /**
     * Computes the index from the total of each of the nine elements of PermenPAN-RB 14/2017 with another weight,
     * such as {@link Weight#PRINTED}, the printed 0,111.
     *
     * @param respondents the number of respondents, not negative
     * @param totalsPerUnsur the sum of the answers to each of the nine elements
     * @param weight the weight
     * @return the index
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as {@link #ofTotals(int, List)} does
     */
    public static Ikm ofTotals(int respondents, List<BigDecimal> totalsPerUnsur, Weight weight) {
        return Policy.DEFAULT.withWeight(weight).ofTotals(respondents, totalsPerUnsur);
    }

    /**
     * Computes the index from the answers of each respondent to the nine elements of PermenPAN-RB 14/2017, with the
     * exact weight. A null answer is a blank (see {@link Policy#ofAnswers(List)}).
     *
     * @param answers one list of nine answers (1 to 4, or null) per respondent
     * @return the index
     * @throws NullPointerException if {@code answers} or a respondent's list is null
     * @throws IllegalArgumentException naming the respondent and the element, and quoting the value, if a list does
     *         not have nine answers or an answer is not from 1 to 4
     */
    public static Ikm ofAnswers(List<? extends List<Integer>> answers) {
        return Policy.DEFAULT.ofAnswers(answers);
    }

    /**
     * Computes the index from the answers to the nine elements of PermenPAN-RB 14/2017 with another weight.
     *
     * @param answers one list of nine answers (1 to 4, or null) per respondent
     * @param weight the weight
     * @return the index
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as {@link #ofAnswers(List)} does
     */
    public static Ikm ofAnswers(List<? extends List<Integer>> answers, Weight weight) {
        return Policy.DEFAULT.withWeight(weight).ofAnswers(answers);
    }

    /**
     * Returns the policy the index was computed with.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the number of respondents: those who answered at least one element.
     *
     * @return the number of respondents
     */
    public int respondents() {
        return respondents;
    }

    /**
     * Returns the elements with their totals, means and grades, in the survey's order.
     *
     * @return the elements
     */
    public List<Unsur> unsur() {
        return unsur;
    }

    /**
     * Tells whether the index has a value: not when there are no respondents, or an element has no answer.
     *
     * @return true if computable
     */
    public boolean isComputable() {
        return value != null;
    }

    /**
     * Returns why the index is not computable.
     *
     * @return the reason in Bahasa Indonesia, such as {@code "tidak ada jawaban untuk unsur 4 (Biaya/Tarif)"}, or
     *         empty if it is computable
     */
    public Optional<String> reason() {
        return reason(Languages.INDONESIAN);
    }

    /**
     * Returns why the index is not computable, in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return the reason, such as {@code "no answers to unsur 4 (Biaya/Tarif)"} in English, or empty if it is
     *         computable
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public Optional<String> reason(Locale language) {
        Languages.check(language);
        return Optional.ofNullable(reason).map(r -> r.in(language));
    }

    /**
     * Returns the IKM at full precision: {@code Σ NRR × weight × 25}.
     *
     * @return the IKM, 25 to 100 with the exact weight; exact where the division terminates, otherwise to 34
     *         significant digits (91.47509578544061302681992337164751)
     * @throws IllegalStateException with the reason if the index is not computable
     */
    public BigDecimal value() {
        return computed(value);
    }

    /**
     * Returns the IKM as reports print it: two decimals, rounded half-up.
     *
     * @return the IKM with scale 2, such as {@code 91.48}; {@code 100.00} for a survey of all 4s with the exact
     *         weight
     * @throws IllegalStateException with the reason if the index is not computable
     */
    public BigDecimal rounded() {
        return rounded(2, RoundingMode.HALF_UP);
    }

    /**
     * Returns the IKM rounded as asked.
     *
     * @param decimals the number of decimals, from 0 to 100
     * @param mode the rounding mode
     * @return the IKM with scale {@code decimals}
     * @throws NullPointerException if {@code mode} is null
     * @throws IllegalArgumentException quoting {@code decimals} if it is out of range
     * @throws IllegalStateException with the reason if the index is not computable
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public BigDecimal rounded(int decimals, RoundingMode mode) {
        Decimals.notNull(mode, "mode");
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be from 0 to 100, but was " + decimals);
        }
        return value().setScale(decimals, mode);
    }

    /**
     * Returns the index before its conversion (nilai indeks): the sum of the weighted means, {@code Σ NRR × weight},
     * which is {@link #value()} divided by 25.
     *
     * @return the index, 1 to 4 with the exact weight, at full precision
     * @throws IllegalStateException with the reason if the index is not computable
     */
    public BigDecimal index() {
        return computed(index);
    }

    /**
     * Returns the quality of service the IKM stands for, by the policy's table and gap policy (by default
     * PermenPAN-RB 14/2017, the IKM rounded to two decimals).
     *
     * @return the grade
     * @throws IllegalStateException with the reason if the index is not computable
     */
    public Mutu mutu() {
        return policy.scale().grade(value(), policy.gapPolicy());
    }

    /**
     * Sets the survey's respondents against the number its population needs (Krejcie–Morgan, as PermenPAN-RB
     * 14/2017 prescribes). A survey that is too small is said to be so by the result, not refused.
     *
     * @param population the number of people the unit served in the period surveyed, at least 1
     * @return the assessment, such as "29 respondents for a population of 1.000: 278 required (Krejcie–Morgan), 249
     *         short"
     * @throws IllegalArgumentException quoting the population if it is below 1
     */
    public SampleSize.Assessment sampleFor(long population) {
        return SampleSize.of(population).assess(respondents);
    }

    private BigDecimal computed(BigDecimal figure) {
        if (figure == null) {
            throw new IllegalStateException("IKM is not computable: " + reason.in(Languages.ENGLISH));
        }
        return figure;
    }

    /**
     * Explains the figure as a report prints its working, in Bahasa Indonesia, with Indonesian decimal commas: the
     * mean of each element (four decimals, the precision of the regulation's NRR table) with its grade, then the
     * index.
     *
     * @return such as
     *         <pre>
     * IKM dari 29 responden atas 9 unsur, bobot 1/9, mutu menurut PermenPAN-RB 14/2017:
     * U1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)
     * ...
     * IKM = Σ NRR × 1/9 × 25 = 32,9310 × 1/9 × 25 = 91,48, A (Sangat Baik)</pre>
     *         or {@code "tidak dapat dihitung: tidak ada responden"}
     */
    public String explain() {
        return explain(Languages.INDONESIAN);
    }

    /**
     * Explains the figure as {@link #explain()} does, in a language.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return in English such as {@code "IKM of 29 respondents on 9 unsur, weight 1/9, mutu by PermenPAN-RB
     *         14/2017:\nU1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)\n..."} or
     *         {@code "not computable: no respondents"}
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String explain(Locale language) {
        Languages.check(language);
        if (value == null) {
            return Text.of("figure.notComputable", reason).in(language);
        }
        int n = unsur.size();
        String weight = policy.weight().shown(n);
        StringBuilder text = new StringBuilder(Text.of(policy.gapPolicy() == Mutu.GapPolicy.LOWER_BAND
                ? "ikm.explain.lowerBand" : "ikm.explain", IndonesianNumbers.format(BigDecimal.valueOf(respondents)),
                n, weight, policy.scale().regulation()).in(language));
        for (Unsur element : unsur) {
            text.append('\n').append(element.explain(language));
        }
        return text.append("\nIKM = Σ NRR × ").append(weight).append(" × 25 = ")
                .append(IndonesianNumbers.format(nrrSum, 4, RoundingMode.HALF_UP)).append(" × ").append(weight)
                .append(" × 25 = ").append(IndonesianNumbers.format(value, 2, RoundingMode.HALF_UP)).append(", ")
                .append(mutu()).toString();
    }

    /**
     * Compares by policy, respondents, and the totals and answers of each element.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ikm that
                && respondents == that.respondents
                && policy.equals(that.policy)
                && Arrays.equals(totals, that.totals)
                && Arrays.equals(answers, that.answers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, respondents, Arrays.hashCode(totals), Arrays.hashCode(answers));
    }

    /**
     * Returns a short description for jshell and logs: a value description for programmers, as every value type's
     * {@code toString()} is (English words and plain numbers, as a record's own), quoting a reason of the library in
     * Bahasa Indonesia as {@link Achievement#toString()} does. For people, use {@link #explain(Locale)} and
     * {@link #reason(Locale)}.
     *
     * @return such as {@code "Ikm[91.48 A (Sangat Baik), 29 respondents, 9 unsur, weight EXACT, exact
     *         91.47509578544061302681992337164751]"} or {@code "Ikm[not computable: tidak ada responden]"}
     */
    @Override
    public String toString() {
        if (value == null) {
            return "Ikm[not computable: " + reason.in(Languages.INDONESIAN) + "]";
        }
        return "Ikm[" + rounded().toPlainString() + " " + mutu() + ", " + respondents + " respondents, "
                + unsur.size() + " unsur, weight " + policy.weight() + ", exact " + value.toPlainString() + "]";
    }

    /**
     * One element of service (unsur pelayanan) of a survey: its total, its mean (NRR) and its grade.
     * <p>
     * Equality: two elements are equal when they have the same number, name, total and answers, and the same
     * weighted mean and grade (that is, they were computed under an equal weight and table). This class is immutable
     * and thread-safe.
     */
    public static final class Unsur {

        private final int number;
        private final String name;
        private final long total;
        private final int answers;
        private final BigDecimal nrr;
        private final BigDecimal converted;
        private final BigDecimal weightedNrr;
        private final Mutu mutu;

        private Unsur(int number, String name, long total, int answers, int unsurCount, BigDecimal weight,
                Policy policy) {
            this.number = number;
            this.name = name;
            this.total = total;
            this.answers = answers;
            if (answers == 0) {
                this.nrr = null;
                this.converted = null;
                this.weightedNrr = null;
                this.mutu = null;
                return;
            }
            BigDecimal sum = BigDecimal.valueOf(total);
            BigDecimal count = BigDecimal.valueOf(answers);
            this.nrr = Decimals.divide(sum, count);
            this.converted = Decimals.divide(sum.multiply(CONVERSION), count);
            this.weightedNrr = weight == null ? Decimals.divide(sum, count.multiply(BigDecimal.valueOf(unsurCount)))
                    : Decimals.divide(sum.multiply(weight), count);
            this.mutu = policy.scale().grade(converted, policy.gapPolicy());
        }

        /**
         * Returns the element's number in the survey, as reports label it (U1, U2, ...).
         *
         * @return the number, counted from 1
         */
        public int number() {
            return number;
        }

        /**
         * Returns the element's name.
         *
         * @return such as {@code "Persyaratan"}
         */
        public String name() {
            return name;
        }

        /**
         * Returns the sum of the answers to the element (jumlah nilai per unsur).
         *
         * @return the total, a whole number
         */
        public BigDecimal total() {
            return BigDecimal.valueOf(total);
        }

        /**
         * Returns the number of answers to the element (unsur yang terisi).
         *
         * @return the number of answers; 0 if nobody answered it
         */
        public int answers() {
            return answers;
        }

        /**
         * Tells whether the element has a mean: not if nobody answered it.
         *
         * @return true if it has answers
         */
        public boolean isComputable() {
            return nrr != null;
        }

        /**
         * Returns the mean (NRR, nilai rata-rata): the total divided by the number of answers.
         *
         * @return the mean, 1 to 4, at full precision
         * @throws IllegalStateException if nobody answered the element
         */
        public BigDecimal nrr() {
            return computed(nrr);
        }

        /**
         * Returns the mean converted to the IKM scale (nilai interval konversi of the element): {@code NRR × 25}.
         *
         * @return the converted mean, 25 to 100, at full precision
         * @throws IllegalStateException if nobody answered the element
         */
        public BigDecimal converted() {
            return computed(converted);
        }

        /**
         * Returns the weighted mean (NRR tertimbang): {@code NRR × weight}.
         *
         * @return the weighted mean at full precision
         * @throws IllegalStateException if nobody answered the element
         */
        public BigDecimal weightedNrr() {
            return computed(weightedNrr);
        }

        /**
         * Returns the quality of service the element's mean stands for, graded as {@code NRR × 25} by the policy's
         * table and gap policy.
         *
         * @return the grade
         * @throws IllegalStateException if nobody answered the element
         */
        public Mutu mutu() {
            return computed(mutu);
        }

        private <T> T computed(T figure) {
            if (figure == null) {
                throw new IllegalStateException("unsur " + number + " (" + name + ") has no answers");
            }
            return figure;
        }

        /**
         * Explains the element's mean with Indonesian numbers, in Bahasa Indonesia.
         *
         * @return such as {@code "U1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)"} or
         *         {@code "U4 Biaya/Tarif: tidak ada jawaban"}
         */
        public String explain() {
            return explain(Languages.INDONESIAN);
        }

        /**
         * Explains the element's mean as {@link #explain()} does, in a language.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return such as {@code "U1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)"} or, in English,
         *         {@code "U4 Biaya/Tarif: no answers"}
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public String explain(Locale language) {
            Languages.check(language);
            String label = "U" + number + " " + name + ": ";
            if (nrr == null) {
                return label + Text.of("ikm.unsur.noAnswers").in(language);
            }
            return label + "NRR = " + IndonesianNumbers.format(BigDecimal.valueOf(total)) + " / "
                    + IndonesianNumbers.format(BigDecimal.valueOf(answers)) + " = "
                    + IndonesianNumbers.format(nrr, 4, RoundingMode.HALF_UP) + ", " + mutu;
        }

        /**
         * Compares by number, name, total, answers, weighted mean and grade.
         *
         * @param other the other object
         * @return true if equal
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Unsur that
                    && number == that.number
                    && total == that.total
                    && answers == that.answers
                    && name.equals(that.name)
                    && Objects.equals(weightedNrr, that.weightedNrr)
                    && mutu == that.mutu;
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, name, total, answers, weightedNrr, mutu);
        }

        /**
         * Returns a short description.
         *
         * @return such as {@code "Unsur[U1 Persyaratan: 105 / 29, NRR 3.6207 A (Sangat Baik)]"} or
         *         {@code "Unsur[U4 Biaya/Tarif: no answers]"}
         */
        @Override
        public String toString() {
            String head = "Unsur[U" + number + " " + name + ": ";
            if (nrr == null) {
                return head + "no answers]";
            }
            return head + total + " / " + answers + ", NRR " + nrr.setScale(4, RoundingMode.HALF_UP).toPlainString()
                    + " " + mutu + "]";
        }
    }
}
