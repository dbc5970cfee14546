package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a report's budget table (Tabel 3.9 "Capaian Anggaran Program dan Kegiatan"): a program, kegiatan or
 * sub kegiatan with its allocation (pagu, anggaran) and realisation (realisasi) in Rupiah as printed, and the
 * absorption percentage the report printed.
 * <p>
 * For a program or kegiatan the amounts are the totals the report printed, which the audit checks against the
 * sum of the lines below it. Amounts are normalised; the printed percentage keeps its printed scale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code the Kepmendagri code, such as {@code "2.07.01.2.01"}
 * @param name the name as printed
 * @param pagu the allocation (pagu), non-negative, at most two decimals
 * @param realisasi the realisation, non-negative, at most two decimals
 * @param printedPercent the absorption in percent the report printed, or empty
 */
public record BudgetRow(String code, String name, BigDecimal pagu, BigDecimal realisasi,
        Optional<BigDecimal> printedPercent) {

    /**
     * Creates a line, validating it.
     *
     * @param code the Kepmendagri code
     * @param name the name
     * @param pagu the allocation
     * @param realisasi the realisation
     * @param printedPercent the printed absorption, or empty
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component and quoting the value if the code or name is blank,
     *         or an amount is negative, has more than two decimals, or is absurdly large
     */
    public BudgetRow {
        code = Decimals.notBlank(code, "code");
        name = Decimals.notBlank(name, "name");
        pagu = Decimals.checkedRupiah(pagu, "pagu");
        realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
        printedPercent = Printed.checked(printedPercent, "printedPercent");
    }

    /**
     * Obtains a line with no printed percentage.
     *
     * @param code the Kepmendagri code
     * @param name the name
     * @param pagu the allocation
     * @param realisasi the realisation
     * @return the line
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as the constructor does
     */
    public static BudgetRow of(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        return new BudgetRow(code, name, pagu, realisasi, Optional.empty());
    }

    /**
     * Returns a copy with the absorption the report printed.
     *
     * @param percent the printed absorption in percent, scale as printed
     * @return a copy with the printed percentage
     * @throws NullPointerException if {@code percent} is null
     */
    public BudgetRow withPrintedPercent(BigDecimal percent) {
        return new BudgetRow(code, name, pagu, realisasi, Optional.of(Decimals.notNull(percent, "percent")));
    }
}
