package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The other figures that real reports print under the name "efficiency" (efisiensi), each with its own name so
 * that none is taken for the efficiency of PMK 214/PMK.02/2017 ({@link Pmk214#efficiency(java.util.List)}):
 * <ul>
 * <li>{@link #efficiencyIndex(BigDecimal, BigDecimal)}: the efficiency index
 * {@code IE = capaian kinerja / capaian anggaran}, efficient when IE ≥ 1, and
 * {@link #efficiencyLevel(BigDecimal, BigDecimal)}, the efficiency level {@code TE = IE − 1}, efficient when
 * TE ≥ 0;</li>
 * <li>{@link #unspentShare(BigDecimal, BigDecimal)}: the unspent share {@code (pagu − realisasi) / pagu × 100};</li>
 * <li>{@link #capaianMinusAbsorption(BigDecimal, BigDecimal)}: capaian kinerja − absorption, in percentage
 * points.</li>
 * </ul>
 * None of these is in a regulation; they are what agencies print. Those that can be not computable are
 * {@link Quantity} figures, not {@link Achievement}s: they have no category. This class is thread-safe.
 */
public final class EfficiencyMeasures {

    private EfficiencyMeasures() {
    }

    /**
     * Computes the efficiency index (indeks efisiensi) {@code IE = capaian / absorption}: the performance
     * achievement divided by the budget achievement. The budget was used efficiently when IE ≥ 1.
     *
     * @param capaian the performance achievement (capaian kinerja) in percent, such as {@code 97.04}
     * @param absorption the budget achievement (absorption, capaian anggaran) in percent, such as {@code 94.27}
     * @return IE as a plain number with its working, such as {@code "97,04% / 94,27% = 1,03"}; not computable when
     *         the absorption is 0
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Quantity efficiencyIndex(BigDecimal capaian, BigDecimal absorption) {
        return index(capaian, absorption, false);
    }

    /**
     * Computes the efficiency level (tingkat efisiensi) {@code TE = IE − 1 = capaian / absorption − 1}: positive
     * or zero when the budget was used efficiently.
     *
     * @param capaian the performance achievement (capaian kinerja) in percent
     * @param absorption the budget achievement (absorption, capaian anggaran) in percent
     * @return TE as a plain number with its working, such as {@code "97,04% / 94,27% − 1 = 0,03"}; not computable
     *         when the absorption is 0
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Quantity efficiencyLevel(BigDecimal capaian, BigDecimal absorption) {
        return index(capaian, absorption, true);
    }

    private static Quantity index(BigDecimal capaian, BigDecimal absorption, boolean level) {
        BigDecimal kinerja = Decimals.checkedNonNegative(capaian, "capaian");
        BigDecimal anggaran = Decimals.checkedNonNegative(absorption, "absorption");
        if (anggaran.signum() == 0) {
            return Quantity.notComputable(Figure.Unit.NUMBER, level ? Text.of("efficiency.level.zeroAbsorption")
                    : Text.of("efficiency.index.zeroAbsorption"));
        }
        BigDecimal index = Decimals.divide(kinerja, anggaran);
        BigDecimal value = level ? Decimals.normalize(index.subtract(BigDecimal.ONE)) : index;
        // The working shows the percentages and the result as reports print them; the value is exact.
        return Quantity.of(value, Figure.Unit.NUMBER, () -> Text.literal(formatPercent(kinerja) + " / "
                + formatPercent(anggaran) + (level ? " − 1" : "") + " = "
                + IndonesianNumbers.format(value, 2, RoundingMode.HALF_UP)));
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
    public static Quantity unspentShare(BigDecimal pagu, BigDecimal realisasi) {
        BigDecimal p = Decimals.checkedRupiah(pagu, "pagu");
        BigDecimal r = Decimals.checkedRupiah(realisasi, "realisasi");
        if (p.signum() == 0) {
            return Quantity.notComputable(Figure.Unit.PERCENT, Text.of("efficiency.unspent.zeroPagu"));
        }
        BigDecimal percent = Decimals.divide(p.subtract(r).multiply(Decimals.HUNDRED), p);
        return Quantity.of(percent, Figure.Unit.PERCENT, () -> Text.literal("(" + formatOperand(p) + " − "
                + formatOperand(r) + ") / " + formatOperand(p) + " × 100% = " + formatPercent(percent)));
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
