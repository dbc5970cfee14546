package io.github.sakip.report;

import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of a report's comparison with a national or provincial standard (Tabel 3.5 "Perbandingan Capaian dengan
 * Standar Nasional/Provinsi"): the realisation of an indicator, the standard it is compared with, and the
 * percentage the report printed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param realization the realisation of the year
 * @param standard the value of the standard, such as the national TPAK
 * @param standardName whose standard it is, such as {@code "Nasional (BPS, Agustus 2024)"}
 * @param printedPercent the percentage the report printed, or empty
 */
public record StandardRow(Indicator indicator, Realization realization, BigDecimal standard, String standardName,
        Optional<BigDecimal> printedPercent) {

    /**
     * Creates a row, validating it.
     *
     * @param indicator the indicator
     * @param realization the realisation
     * @param standard the value of the standard
     * @param standardName whose standard it is
     * @param printedPercent the printed percentage, or empty
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException if {@code standardName} is blank or a figure is absurdly large or precise
     */
    public StandardRow {
        Decimals.notNull(indicator, "indicator");
        Decimals.notNull(realization, "realization");
        standard = Decimals.checked(standard, "standard");
        standardName = Decimals.notBlank(standardName, "standardName");
        printedPercent = Printed.checked(printedPercent, "printedPercent");
    }
}
