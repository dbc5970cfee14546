package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The other figures that real reports print under the name "efficiency" (efisiensi), each with its own name so
 * that none is taken for the efficiency of PMK 214/PMK.02/2017 ({@link Pmk214#efficiency(java.util.List)}):
 * <ul>
 * <li>{@link #efficiencyIndex(BigDecimal, BigDecimal)}: the efficiency index
 * {@code IE = capaian kinerja / capaian anggaran}, efficient when IE ≥ 1, with the efficiency level
 * {@code TE = IE − 1};</li>
 * <li>{@link #unspentShare(BigDecimal, BigDecimal)}: the unspent share {@code (pagu − realisasi) / pagu × 100};</li>
 * <li>{@link #capaianMinusAbsorption(BigDecimal, BigDecimal)}: capaian kinerja − absorption, in percentage
 * points.</li>
 * </ul>
 * None of these is in a regulation; they are what agencies print. This class is thread-safe.
 */
public final class EfficiencyMeasures {

    private EfficiencyMeasures() {
    }

    /**
     * An efficiency index (indeks efisiensi): performance achievement divided by budget achievement.
     * <p>
     * The index is normalised, so {@code equals} agrees with numeric equality. This class is immutable and
     * thread-safe.
     *
     * @param value IE, a ratio such as {@code 1.0294}
     */
    public record Index(BigDecimal value) {

        /**
         * Creates an index.
         *
         * @param value IE, a ratio such as {@code 1.0294}
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException quoting the value if it is negative or absurdly large or precise
         */
        public Index {
            value = Decimals.checkedNonNegative(value, "value");
        }

        /**
         * Returns the efficiency level (tingkat efisiensi) {@code TE = IE − 1}: positive when efficient.
         *
         * @return TE as a ratio, such as {@code 0.0294}
         */
        public BigDecimal level() {
            return Decimals.normalize(value.subtract(BigDecimal.ONE));
        }

        /**
         * Tells whether the index shows efficiency: IE ≥ 1.
         *
         * @return true if efficient
         */
        public boolean isEfficient() {
            return value.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /**
     * Computes the efficiency index {@code IE = capaian kinerja / capaian anggaran}.
     *
     * @param capaianKinerja the performance achievement in percent, such as {@code 97.04}
     * @param capaianAnggaran the budget achievement (absorption) in percent, such as {@code 94.27}
     * @return the index, or empty if the budget achievement is 0 (the index is then not computable)
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Optional<Index> efficiencyIndex(BigDecimal capaianKinerja, BigDecimal capaianAnggaran) {
        BigDecimal kinerja = Decimals.checkedNonNegative(capaianKinerja, "capaianKinerja");
        BigDecimal anggaran = Decimals.checkedNonNegative(capaianAnggaran, "capaianAnggaran");
        if (anggaran.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Index(Decimals.divide(kinerja, anggaran)));
    }

    /**
     * Computes the unspent share of the budget: {@code (pagu − realisasi) / pagu × 100}, what some reports
     * print as "efisiensi anggaran".
     *
     * @param pagu the pagu in Rupiah
     * @param realisasi the realisasi in Rupiah
     * @return the share in percent, such as {@code "(5.578.741.408 − 5.258.800.637) / 5.578.741.408 × 100% =
     *         5,73%"}, or not computable when pagu is 0
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative, has more than
     *         two decimals, or is absurdly large
     */
    public static Achievement unspentShare(BigDecimal pagu, BigDecimal realisasi) {
        BigDecimal p = BudgetLine.rupiah(pagu, "pagu");
        BigDecimal r = BudgetLine.rupiah(realisasi, "realisasi");
        if (p.signum() == 0) {
            return Achievement.notComputable("pagu is 0: the unspent share is a division by zero");
        }
        BigDecimal percent = Decimals.divide(p.subtract(r).multiply(Decimals.HUNDRED), p);
        return Achievement.of(percent, "(" + formatOperand(p) + " − " + formatOperand(r) + ") / " + formatOperand(p)
                + " × 100% = " + formatPercent(percent));
    }

    /**
     * Computes the difference between the capaian (performance achievement) and the absorption, in percentage
     * points: positive when performance ran ahead of spending.
     *
     * @param capaian the performance achievement (capaian kinerja) in percent
     * @param absorption the absorption (penyerapan, capaian anggaran) in percent
     * @return {@code capaian − absorption}, exact
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is absurdly large or
     *         precise
     */
    public static BigDecimal capaianMinusAbsorption(BigDecimal capaian, BigDecimal absorption) {
        BigDecimal kinerja = Decimals.checked(capaian, "capaian");
        BigDecimal spent = Decimals.checked(absorption, "absorption");
        return Decimals.normalize(kinerja.subtract(spent));
    }
}
