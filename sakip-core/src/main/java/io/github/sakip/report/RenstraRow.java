package io.github.sakip.report;

import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator of the strategic plan (Renstra) in a report: the plan with its yearly targets (Tabel 2.1), the
 * realisations by year (Tabel 3.3), and the end target and progress (tingkat kemajuan) the report printed
 * (Tabel 3.4).
 * <p>
 * Years with no value ("indikator baru") are absent, never zero: leave them out, or give them as
 * {@link Realization#absent(String)}. Printed figures keep their printed scale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param plan the Renstra plan of the indicator
 * @param realizations the realisations by year, sorted by year
 * @param printedEndTarget the "target akhir Renstra" the report printed, or empty
 * @param printedProgress the progress in percent the report printed, or empty
 */
public record RenstraRow(RenstraPlan plan, SortedMap<Integer, Realization> realizations,
        Optional<BigDecimal> printedEndTarget, Optional<BigDecimal> printedProgress) {

    /**
     * Creates a row, validating it and copying the realisations.
     *
     * @param plan the Renstra plan
     * @param realizations the realisations by year
     * @param printedEndTarget the printed end target, or empty
     * @param printedProgress the printed progress, or empty
     * @throws NullPointerException naming the component that is null, or if a year or realisation is null
     * @throws IllegalArgumentException quoting the year if a realisation's year is outside 1900–2999, or a
     *         printed figure is absurdly large or precise
     */
    public RenstraRow {
        Decimals.notNull(plan, "plan");
        realizations = copy(Decimals.notNull(realizations, "realizations"));
        printedEndTarget = Printed.checked(printedEndTarget, "printedEndTarget");
        printedProgress = Printed.checked(printedProgress, "printedProgress");
    }

    private static SortedMap<Integer, Realization> copy(Map<Integer, Realization> realizations) {
        TreeMap<Integer, Realization> copy = new TreeMap<>();
        realizations.forEach((year, realization) -> {
            Decimals.notNull(year, "realizations year");
            Decimals.notNull(realization, "realizations value");
            if (year < 1900 || year > 2999) {
                throw new IllegalArgumentException("realizations year must be from 1900 to 2999, but was " + year);
            }
            copy.put(year, realization);
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param plan the Renstra plan
     * @param realizations the realisations by year
     * @return the row
     * @throws NullPointerException naming the argument that is null
     */
    public static RenstraRow of(RenstraPlan plan, Map<Integer, Realization> realizations) {
        return new RenstraRow(plan, new TreeMap<>(Decimals.notNull(realizations, "realizations")),
                Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the end target and progress the report printed.
     *
     * @param endTarget the printed "target akhir Renstra", scale as printed
     * @param progress the printed progress in percent, scale as printed
     * @return a copy with the printed figures
     * @throws NullPointerException naming the argument that is null
     */
    public RenstraRow withPrinted(BigDecimal endTarget, BigDecimal progress) {
        return new RenstraRow(plan, realizations, Optional.of(Decimals.notNull(endTarget, "endTarget")),
                Optional.of(Decimals.notNull(progress, "progress")));
    }
}
