package io.github.sakip.report;

import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
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
 * One row of a report's comparison of performance and budget (Tabel 3.7 "Perbandingan Pencapaian Kinerja dan
 * Anggaran"): a sasaran's target, realisation and printed capaian, its budget (anggaran) and budget realisation,
 * with the absorption and "efficiency" the report printed.
 * <p>
 * Obtain a row with {@link #of(String, Polarity, Target, Realization, BigDecimal, BigDecimal)} and add what the
 * report printed with the {@code withPrinted…} methods, each of which returns a copy.
 * <p>
 * The audit recomputes the capaian, the absorption and the efficiency of PMK 214/PMK.02/2017 over the row taken as
 * a single output. Printed figures keep their printed scale, and {@code equals} compares them by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class EfficiencyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sasaran;
    private final Polarity polarity;
    private final Target target;
    private final Realization realization;
    private final BigDecimal pagu;
    private final BigDecimal realisasiAnggaran;
    /** The printed capaian, or null. */
    private final BigDecimal printedCapaian;
    /** The printed absorption, or null. */
    private final BigDecimal printedAbsorption;
    /** The printed efficiency, or null. */
    private final BigDecimal printedEfficiency;

    private EfficiencyRow(String sasaran, Polarity polarity, Target target, Realization realization, BigDecimal pagu,
            BigDecimal realisasiAnggaran, BigDecimal printedCapaian, BigDecimal printedAbsorption,
            BigDecimal printedEfficiency) {
        this.sasaran = Decimals.notBlank(sasaran, "sasaran");
        this.polarity = Decimals.notNull(polarity, "polarity");
        this.target = Decimals.notNull(target, "target");
        this.realization = Decimals.notNull(realization, "realization");
        this.pagu = Decimals.checkedRupiah(pagu, "pagu");
        this.realisasiAnggaran = Decimals.checkedRupiah(realisasiAnggaran, "realisasiAnggaran");
        this.printedCapaian = printedCapaian;
        this.printedAbsorption = printedAbsorption;
        this.printedEfficiency = printedEfficiency;
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param sasaran the goal (sasaran)
     * @param polarity whether higher or lower is better for its indicator
     * @param target the target
     * @param realization the realisation
     * @param pagu the budget (anggaran) of the sasaran in Rupiah, non-negative, at most two decimals
     * @param realisasiAnggaran the budget realisation in Rupiah, non-negative, at most two decimals
     * @return the row
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if {@code sasaran} is blank, an
     *         amount is negative or has more than two decimals (as a {@link BudgetRow}'s), or absurdly large or
     *         precise
     */
    public static EfficiencyRow of(String sasaran, Polarity polarity, Target target, Realization realization,
            BigDecimal pagu, BigDecimal realisasiAnggaran) {
        return new EfficiencyRow(sasaran, polarity, target, realization, pagu, realisasiAnggaran, null, null, null);
    }

    /**
     * Returns a copy with the capaian the report printed.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     * @throws IllegalArgumentException if {@code capaian} is absurdly large or precise
     */
    public EfficiencyRow withPrintedCapaian(BigDecimal capaian) {
        return new EfficiencyRow(sasaran, polarity, target, realization, pagu, realisasiAnggaran,
                Printed.checked(capaian, "capaian"), printedAbsorption, printedEfficiency);
    }

    /**
     * Returns a copy with the absorption the report printed.
     *
     * @param absorption the printed absorption in percent, scale as printed
     * @return a copy with the printed absorption
     * @throws NullPointerException if {@code absorption} is null
     * @throws IllegalArgumentException if {@code absorption} is absurdly large or precise
     */
    public EfficiencyRow withPrintedAbsorption(BigDecimal absorption) {
        return new EfficiencyRow(sasaran, polarity, target, realization, pagu, realisasiAnggaran, printedCapaian,
                Printed.checked(absorption, "absorption"), printedEfficiency);
    }

    /**
     * Returns a copy with the efficiency the report printed.
     *
     * @param efficiency the printed efficiency in percent, scale as printed
     * @return a copy with the printed efficiency
     * @throws NullPointerException if {@code efficiency} is null
     * @throws IllegalArgumentException if {@code efficiency} is absurdly large or precise
     */
    public EfficiencyRow withPrintedEfficiency(BigDecimal efficiency) {
        return new EfficiencyRow(sasaran, polarity, target, realization, pagu, realisasiAnggaran, printedCapaian,
                printedAbsorption, Printed.checked(efficiency, "efficiency"));
    }

    /**
     * Returns the goal (sasaran).
     *
     * @return the sasaran as printed
     */
    public String sasaran() {
        return sasaran;
    }

    /**
     * Returns whether higher or lower is better for the sasaran's indicator.
     *
     * @return the polarity
     */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * Returns the target.
     *
     * @return the target
     */
    public Target target() {
        return target;
    }

    /**
     * Returns the realisation.
     *
     * @return the realisation, or its absence
     */
    public Realization realization() {
        return realization;
    }

    /**
     * Returns the budget (anggaran) of the sasaran.
     *
     * @return the pagu in Rupiah, normalised
     */
    public BigDecimal pagu() {
        return pagu;
    }

    /**
     * Returns the budget realisation.
     *
     * @return the realisasi anggaran in Rupiah, normalised
     */
    public BigDecimal realisasiAnggaran() {
        return realisasiAnggaran;
    }

    /**
     * Returns the capaian the report printed.
     *
     * @return the printed capaian in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedCapaian() {
        return Optional.ofNullable(printedCapaian);
    }

    /**
     * Returns the absorption the report printed.
     *
     * @return the printed absorption in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedAbsorption() {
        return Optional.ofNullable(printedAbsorption);
    }

    /**
     * Returns the efficiency the report printed.
     *
     * @return the printed efficiency in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedEfficiency() {
        return Optional.ofNullable(printedEfficiency);
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EfficiencyRow that && sasaran.equals(that.sasaran) && polarity == that.polarity
                && target.equals(that.target) && realization.equals(that.realization) && pagu.equals(that.pagu)
                && realisasiAnggaran.equals(that.realisasiAnggaran)
                && Objects.equals(printedCapaian, that.printedCapaian)
                && Objects.equals(printedAbsorption, that.printedAbsorption)
                && Objects.equals(printedEfficiency, that.printedEfficiency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sasaran, polarity, target, realization, pagu, realisasiAnggaran, printedCapaian,
                printedAbsorption, printedEfficiency);
    }

    /**
     * Returns a short description.
     *
     * @return the sasaran, its figures and the printed ones
     */
    @Override
    public String toString() {
        return "EfficiencyRow[" + sasaran + ", " + polarity + ", target " + target + ", realization " + realization
                + ", pagu " + pagu.toPlainString() + ", realisasi anggaran " + realisasiAnggaran.toPlainString()
                + (printedCapaian == null ? "" : ", printed capaian " + printedCapaian.toPlainString())
                + (printedAbsorption == null ? "" : ", absorption " + printedAbsorption.toPlainString())
                + (printedEfficiency == null ? "" : ", efficiency " + printedEfficiency.toPlainString()) + "]";
    }

    private Object writeReplace() {
        return new Ser(sasaran, polarity, target, realization, pagu, realisasiAnggaran, printedCapaian,
                printedAbsorption, printedEfficiency);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(EfficiencyRow.class);
    }

    /** The serialized form; printed figures are null where not printed. Read back through the factories. */
    private record Ser(String sasaran, Polarity polarity, Target target, Realization realization, BigDecimal pagu,
            BigDecimal realisasiAnggaran, BigDecimal printedCapaian, BigDecimal printedAbsorption,
            BigDecimal printedEfficiency) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(EfficiencyRow.class, () -> {
                EfficiencyRow row = of(sasaran, polarity, target, realization, pagu, realisasiAnggaran);
                row = printedCapaian == null ? row : row.withPrintedCapaian(printedCapaian);
                row = printedAbsorption == null ? row : row.withPrintedAbsorption(printedAbsorption);
                return printedEfficiency == null ? row : row.withPrintedEfficiency(printedEfficiency);
            });
        }
    }
}
