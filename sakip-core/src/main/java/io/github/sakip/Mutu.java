package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;

/**
 * The quality of service (mutu pelayanan) that a community satisfaction index ({@link Ikm}, indeks kepuasan
 * masyarakat) stands for, with the performance of the service unit (kinerja unit pelayanan) it names: A Sangat Baik,
 * B Baik, C Kurang Baik, D Tidak Baik.
 * <p>
 * The table of PermenPAN-RB 14/2017 (Peraturan Menteri PANRB Nomor 14 Tahun 2017, lampiran: "Nilai Persepsi,
 * Interval IKM, Interval Konversi IKM, Mutu Pelayanan dan Kinerja Unit Pelayanan") places the converted index
 * ("nilai interval konversi", 25 to 100) and the mean of an element of service ("nilai interval", NRR, 1 to 4), as
 * SKM reports reprint it:
 * <table>
 * <caption>Mutu pelayanan, PermenPAN-RB 14/2017</caption>
 * <tr><th>Mutu</th><th>IKM (konversi)</th><th>NRR (nilai interval)</th></tr>
 * <tr><td>A Sangat Baik</td><td>88,31 – 100,00</td><td>3,5324 – 4,00</td></tr>
 * <tr><td>B Baik</td><td>76,61 – 88,30</td><td>3,0644 – 3,532</td></tr>
 * <tr><td>C Kurang Baik</td><td>65,00 – 76,60</td><td>2,60 – 3,064</td></tr>
 * <tr><td>D Tidak Baik</td><td>25,00 – 64,99</td><td>1,00 – 2,5996</td></tr>
 * </table>
 * Every printed NRR bound is the IKM bound divided by the conversion factor 25 (3,5324 × 25 = 88,31; 3,532 × 25 =
 * 88,30; 2,5996 × 25 = 64,99), so an NRR is graded here as {@code NRR × 25} on the IKM table
 * ({@link #ofNrr(BigDecimal)}): an element of service (unsur) and a unit with the same mean always get the same grade.
 * The older table of KepMenPAN 25/2004 is {@link Scale#KEPMENPAN_25_2004}.
 * <p>
 * The regulation leaves two things open; the defaults and the alternatives are:
 * <ul>
 * <li>The printed intervals meet at two decimals (88,30 | 88,31) and leave a gap at any finer precision: 88,305
 * is in no printed interval, nor is an NRR of 3,5322. By default ({@link GapPolicy#TWO_DECIMALS}) the index is
 * graded as reports print it, rounded half-up to two decimals, where the table has no gap: 88,305 prints as 88,31
 * and is A, 88,3049 prints as 88,30 and is B. The alternative ({@link GapPolicy#LOWER_BAND}) grades the index at full
 * precision with the printed lower bounds inclusive, so a value in a gap falls to the lower grade: 88,305 is B.</li>
 * <li>The table's ends. An index below 25 or above 100 cannot come from answers 1 to 4 with the exact weight, but
 * the printed weight 0,111 gives 24,98 for a survey of all 1s (see {@link Ikm.Weight#PRINTED}): D has no lower end
 * and A no upper end, so every figure a report prints has a grade.</li>
 * </ul>
 * This class is immutable and thread-safe.
 */
public enum Mutu {

    /** A, Sangat Baik (very good): IKM 88,31 to 100,00 under PermenPAN-RB 14/2017. */
    A("Sangat Baik"),

    /** B, Baik (good): IKM 76,61 to 88,30 under PermenPAN-RB 14/2017. */
    B("Baik"),

    /** C, Kurang Baik (less than good): IKM 65,00 to 76,60 under PermenPAN-RB 14/2017. */
    C("Kurang Baik"),

    /** D, Tidak Baik (not good): IKM 25,00 to 64,99 under PermenPAN-RB 14/2017. */
    D("Tidak Baik");

    private static final Mutu[] VALUES = values();

    /** The conversion factor from the NRR scale (1 to 4) to the IKM scale (25 to 100). */
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    private final String label;

    Mutu(String label) {
        this.label = label;
    }

    /**
     * How an index between the printed intervals is graded.
     */
    public enum GapPolicy {

        /**
         * The default: round the index half-up to two decimals, as reports print it, then grade it; at two decimals
         * the printed intervals leave no gap (88,305 prints as 88,31 and is A).
         */
        TWO_DECIMALS,

        /**
         * Grade the index at full precision with the printed lower bounds inclusive; a value between two printed
         * intervals falls to the lower grade (88,305 is B, 88,31 is A).
         */
        LOWER_BAND
    }

    /**
     * The table of intervals a regulation prints, as the lower bounds of A, B and C on the IKM scale.
     */
    public enum Scale {

        /**
         * PermenPAN-RB 14/2017, the default: A from 88,31, B from 76,61, C from 65,00, D below (25,00 – 64,99).
         */
        PERMENPAN_RB_14_2017("PermenPAN-RB 14/2017", "88.31", "76.61", "65.00"),

        /**
         * KepMenPAN 25/2004 (Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004, the 14-element survey, replaced by
         * PermenPAN-RB 16/2014 and then 14/2017): A 81,26 – 100,00, B 62,51 – 81,25, C 43,76 – 62,50, D 25,00 –
         * 43,75. Its NRR table prints two-decimal bounds (1,76; 2,51; 3,26) that are not exactly the IKM bounds
         * divided by 25 (43,76 / 25 = 1,7504); NRRs are graded here as {@code NRR × 25} on the IKM table, as under
         * PermenPAN-RB 14/2017, so an NRR from 3,2504 up to 3,2599 is A here and B by the decree's NRR table.
         */
        KEPMENPAN_25_2004("KepMenPAN 25/2004", "81.26", "62.51", "43.76");

        private final String regulation;
        private final BigDecimal[] lowerBounds;

        Scale(String regulation, String a, String b, String c) {
            this.regulation = regulation;
            this.lowerBounds = new BigDecimal[] {new BigDecimal(a), new BigDecimal(b), new BigDecimal(c)};
        }

        /**
         * Returns the regulation that prints this table.
         *
         * @return such as {@code "PermenPAN-RB 14/2017"}
         */
        public String regulation() {
            return regulation;
        }

        /**
         * Returns the lowest printed index of a grade.
         *
         * @param mutu the grade
         * @return such as {@code 88.31} for {@link Mutu#A} under PermenPAN-RB 14/2017; {@code 25.00} for {@link Mutu#D}
         * @throws NullPointerException if {@code mutu} is null
         */
        public BigDecimal lowest(Mutu mutu) {
            Decimals.notNull(mutu, "mutu");
            return mutu == D ? new BigDecimal("25.00") : lowerBounds[mutu.ordinal()];
        }

        /**
         * Returns the highest printed index of a grade, one hundredth below the next grade's lowest.
         *
         * @param mutu the grade
         * @return such as {@code 88.30} for {@link Mutu#B} under PermenPAN-RB 14/2017; {@code 100.00} for {@link Mutu#A}
         * @throws NullPointerException if {@code mutu} is null
         */
        public BigDecimal highest(Mutu mutu) {
            Decimals.notNull(mutu, "mutu");
            return mutu == A ? new BigDecimal("100.00")
                    : lowerBounds[mutu.ordinal() - 1].subtract(new BigDecimal("0.01"));
        }

        /**
         * Grades an index with the default gap policy, {@link GapPolicy#TWO_DECIMALS}.
         *
         * @param ikm the index on the IKM scale (25 to 100), at any precision
         * @return the grade
         * @throws NullPointerException if {@code ikm} is null
         * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
         */
        public Mutu of(BigDecimal ikm) {
            return of(ikm, GapPolicy.TWO_DECIMALS);
        }

        /**
         * Grades an index with the given gap policy.
         *
         * @param ikm the index on the IKM scale (25 to 100), at any precision
         * @param policy how to grade a value between the printed intervals
         * @return the grade
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
         */
        public Mutu of(BigDecimal ikm, GapPolicy policy) {
            BigDecimal checked = Decimals.checked(ikm, "ikm");
            return grade(checked, Decimals.notNull(policy, "policy"));
        }

        /**
         * Grades the mean of an element of service (NRR, 1 to 4) with the default gap policy: as {@code NRR × 25} on
         * the IKM table.
         *
         * @param nrr the mean (nilai rata-rata), at any precision
         * @return the grade, such as {@link Mutu#A} for 3,5324 and {@link Mutu#B} for 3,532
         * @throws NullPointerException if {@code nrr} is null
         * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
         */
        public Mutu ofNrr(BigDecimal nrr) {
            return ofNrr(nrr, GapPolicy.TWO_DECIMALS);
        }

        /**
         * Grades the mean of an element of service (NRR, 1 to 4) as {@code NRR × 25} on the IKM table, with the
         * given gap policy.
         *
         * @param nrr the mean (nilai rata-rata), at any precision
         * @param policy how to grade a value between the printed intervals
         * @return the grade
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
         */
        public Mutu ofNrr(BigDecimal nrr, GapPolicy policy) {
            BigDecimal checked = Decimals.checked(nrr, "nrr");
            return grade(checked.multiply(CONVERSION), Decimals.notNull(policy, "policy"));
        }

        /** Grades a checked index. */
        Mutu grade(BigDecimal ikm, GapPolicy policy) {
            BigDecimal placed = policy == GapPolicy.TWO_DECIMALS ? Decimals.twoDecimals(ikm) : ikm;
            for (int i = 0; i < lowerBounds.length; i++) {
                if (placed.compareTo(lowerBounds[i]) >= 0) {
                    return VALUES[i];
                }
            }
            return D;
        }
    }

    /**
     * Grades an index under PermenPAN-RB 14/2017 with the default gap policy: rounded half-up to two decimals, as
     * reports print it. The contract's example: {@code Mutu.of(new BigDecimal("88.30"))} is {@link #B}.
     *
     * @param ikm the index on the IKM scale (25 to 100), at any precision
     * @return the grade
     * @throws NullPointerException if {@code ikm} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Mutu of(BigDecimal ikm) {
        return Scale.PERMENPAN_RB_14_2017.of(ikm);
    }

    /**
     * Grades an index under PermenPAN-RB 14/2017 with the given gap policy.
     *
     * @param ikm the index on the IKM scale (25 to 100), at any precision
     * @param policy how to grade a value between the printed intervals
     * @return the grade
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Mutu of(BigDecimal ikm, GapPolicy policy) {
        return Scale.PERMENPAN_RB_14_2017.of(ikm, policy);
    }

    /**
     * Grades the mean of an element of service (NRR, nilai rata-rata, 1 to 4) under PermenPAN-RB 14/2017 with the
     * default gap policy, as {@code NRR × 25} on the IKM table: 3,5324 is A, 3,532 is B, 2,60 is C, 2,5996 is D.
     *
     * @param nrr the mean, at any precision
     * @return the grade
     * @throws NullPointerException if {@code nrr} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Mutu ofNrr(BigDecimal nrr) {
        return Scale.PERMENPAN_RB_14_2017.ofNrr(nrr);
    }

    /**
     * Grades the mean of an element of service under PermenPAN-RB 14/2017 with the given gap policy.
     *
     * @param nrr the mean (nilai rata-rata, 1 to 4), at any precision
     * @param policy how to grade a value between the printed intervals
     * @return the grade
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public static Mutu ofNrr(BigDecimal nrr, GapPolicy policy) {
        return Scale.PERMENPAN_RB_14_2017.ofNrr(nrr, policy);
    }

    /**
     * Returns the performance of the unit (kinerja unit pelayanan) this grade names, as the regulation prints it.
     *
     * @return such as {@code "Sangat Baik"} for {@link #A}
     */
    public String label() {
        return label;
    }

    /**
     * Finds a grade by what a report prints for it, ignoring case and surrounding white space: the letter
     * ({@code "A"}), the label ({@code "Sangat Baik"}), or both as {@link #toString()} writes them
     * ({@code "A (Sangat Baik)"}).
     *
     * @param text the printed grade
     * @return the grade
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if no grade has it
     */
    public static Mutu parse(String text) {
        Decimals.notNull(text, "text");
        String wanted = text.strip().replaceAll("\\s+", " ");
        for (Mutu mutu : VALUES) {
            if (mutu.name().equalsIgnoreCase(wanted) || mutu.label.equalsIgnoreCase(wanted)
                    || mutu.toString().equalsIgnoreCase(wanted)) {
                return mutu;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a mutu pelayanan; expected A, B, C or D, a label"
                + " (Sangat Baik, Baik, Kurang Baik, Tidak Baik), or both, such as A (Sangat Baik)");
    }

    /**
     * Returns the grade with its label.
     *
     * @return such as {@code "A (Sangat Baik)"}
     */
    @Override
    public String toString() {
        return name() + " (" + label + ")";
    }
}
