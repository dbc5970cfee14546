package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a report's budget table (Tabel 3.9 "Capaian Anggaran Program dan Kegiatan"): a program, kegiatan or
 * sub kegiatan with its allocation (pagu, anggaran) and realisation (realisasi) in Rupiah as printed, and the
 * absorption percentage the report printed.
 * <p>
 * Obtain a line with {@link #of(String, String, BigDecimal, BigDecimal)} and add the printed absorption with
 * {@link #withPrintedPercent(BigDecimal)}, which returns a copy.
 * <p>
 * For a program or kegiatan the amounts are the totals the report printed, which the audit checks against the
 * sum of the lines below it. Amounts are normalised; the printed percentage keeps its printed scale, and
 * {@code equals} compares it by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised line is validated as a new one is.
 *
 * @serial exclude
 */
public final class BudgetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final BigDecimal pagu;
    private final BigDecimal realisasi;
    /** The printed absorption, or null. */
    private final BigDecimal printedPercent;

    private BudgetRow(String code, String name, BigDecimal pagu, BigDecimal realisasi, BigDecimal printedPercent) {
        this.code = Decimals.notBlank(code, "code");
        this.name = Decimals.notBlank(name, "name");
        this.pagu = Decimals.checkedRupiah(pagu, "pagu");
        this.realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
        this.printedPercent = printedPercent;
    }

    /**
     * Obtains a line with no printed percentage.
     *
     * @param code the Kepmendagri code, such as {@code "2.07.01.2.01"}
     * @param name the name as printed
     * @param pagu the allocation (pagu), non-negative, at most two decimals
     * @param realisasi the realisation, non-negative, at most two decimals
     * @return the line
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if the code or name is blank,
     *         or an amount is negative, has more than two decimals, or is absurdly large
     */
    public static BudgetRow of(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        return new BudgetRow(code, name, pagu, realisasi, null);
    }

    /**
     * Returns a copy with the absorption the report printed.
     *
     * @param percent the printed absorption in percent, scale as printed
     * @return a copy with the printed percentage
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code percent} is absurdly large or precise
     */
    public BudgetRow withPrintedPercent(BigDecimal percent) {
        return new BudgetRow(code, name, pagu, realisasi, Printed.checked(percent, "percent"));
    }

    /**
     * Returns the code as printed.
     *
     * @return the Kepmendagri code, such as {@code "2.07.01.2.01"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name as printed.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the allocation.
     *
     * @return the pagu in Rupiah, normalised
     */
    public BigDecimal pagu() {
        return pagu;
    }

    /**
     * Returns the realisation.
     *
     * @return the realisasi in Rupiah, normalised
     */
    public BigDecimal realisasi() {
        return realisasi;
    }

    /**
     * Returns the absorption the report printed.
     *
     * @return the printed percentage at its printed scale, or empty
     */
    public Optional<BigDecimal> printedPercent() {
        return Optional.ofNullable(printedPercent);
    }

    /**
     * Compares every part; the printed percentage by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetRow that && code.equals(that.code) && name.equals(that.name)
                && pagu.equals(that.pagu) && realisasi.equals(that.realisasi)
                && Objects.equals(printedPercent, that.printedPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, pagu, realisasi, printedPercent);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "BudgetRow[2.07.01 PROGRAM PENUNJANG..., pagu 10521583280, realisasi 8192268093,
     *         printed percent 77.86]"}
     */
    @Override
    public String toString() {
        return "BudgetRow[" + code + " " + name + ", pagu " + pagu.toPlainString() + ", realisasi "
                + realisasi.toPlainString()
                + (printedPercent == null ? "" : ", printed percent " + printedPercent.toPlainString()) + "]";
    }

    private Object writeReplace() {
        return new Ser(code, name, pagu, realisasi, printedPercent);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(BudgetRow.class);
    }

    /** The serialized form; the printed percentage is null where not printed. Read back through the factories. */
    private record Ser(String code, String name, BigDecimal pagu, BigDecimal realisasi, BigDecimal printedPercent)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(BudgetRow.class, () -> {
                BudgetRow row = of(code, name, pagu, realisasi);
                return printedPercent == null ? row : row.withPrintedPercent(printedPercent);
            });
        }
    }
}
