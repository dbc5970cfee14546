package io.github.sakip.report;

import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of a report's comparison of performance and budget (Tabel 3.7 "Perbandingan Pencapaian Kinerja dan
 * Anggaran"): a sasaran's target, realisation and printed capaian, its budget (anggaran) and budget realisation,
 * with the absorption and "efficiency" the report printed.
 * <p>
 * The audit recomputes the capaian, the absorption and the efficiency of PMK 214/PMK.02/2017 over the row taken as
 * a single output. Printed figures keep their printed scale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param sasaran the goal (sasaran)
 * @param polarity whether higher or lower is better for its indicator
 * @param target the target
 * @param realization the realisation
 * @param printedCapaian the capaian in percent the report printed, or empty
 * @param pagu the budget (anggaran) of the sasaran in Rupiah, non-negative, at most two decimals
 * @param realisasiAnggaran the budget realisation in Rupiah, non-negative, at most two decimals
 * @param printedAbsorption the absorption in percent the report printed, or empty
 * @param printedEfficiency the efficiency in percent the report printed, or empty
 */
public record EfficiencyRow(String sasaran, Polarity polarity, Target target, Realization realization,
        Optional<BigDecimal> printedCapaian, BigDecimal pagu, BigDecimal realisasiAnggaran,
        Optional<BigDecimal> printedAbsorption, Optional<BigDecimal> printedEfficiency) {

    /**
     * Creates a row, validating it.
     *
     * @param sasaran the goal (sasaran)
     * @param polarity the polarity
     * @param target the target
     * @param realization the realisation
     * @param printedCapaian the printed capaian, or empty
     * @param pagu the budget
     * @param realisasiAnggaran the budget realisation
     * @param printedAbsorption the printed absorption, or empty
     * @param printedEfficiency the printed efficiency, or empty
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component and quoting the value if {@code sasaran} is blank, an
     *         amount is negative or has more than two decimals (as a {@link BudgetRow}'s), or a figure is absurdly
     *         large or precise
     */
    public EfficiencyRow {
        sasaran = Decimals.notBlank(sasaran, "sasaran");
        Decimals.notNull(polarity, "polarity");
        Decimals.notNull(target, "target");
        Decimals.notNull(realization, "realization");
        printedCapaian = Printed.checked(printedCapaian, "printedCapaian");
        pagu = Decimals.checkedRupiah(pagu, "pagu");
        realisasiAnggaran = Decimals.checkedRupiah(realisasiAnggaran, "realisasiAnggaran");
        printedAbsorption = Printed.checked(printedAbsorption, "printedAbsorption");
        printedEfficiency = Printed.checked(printedEfficiency, "printedEfficiency");
    }
}
