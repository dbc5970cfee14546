package io.github.sakip.report;

import io.github.sakip.Accumulation;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Years;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator of the strategic plan (Renstra) in a report: the plan with its yearly targets (Tabel 2.1), the
 * realisations by year (Tabel 3.3), the capaian of the report's year as Tabel 3.3 printed it, and the end target
 * and progress (tingkat kemajuan) the report printed (Tabel 3.4).
 * <p>
 * Obtain a row with {@link #of(RenstraPlan, Map)} and add what the report printed with the {@code withPrinted…}
 * methods, each of which returns a copy.
 * <p>
 * Years with no value ("indikator baru") are absent, never zero: leave them out, or give them as
 * {@link Realization#absent(String)}. Printed figures keep their printed scale, and {@code equals} compares them
 * by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class RenstraRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RenstraPlan plan;
    private final SortedMap<Integer, Realization> realizations;
    /** The printed end target, or null. */
    private final BigDecimal printedEndTarget;
    /** The printed progress, or null. */
    private final BigDecimal printedProgress;
    /** The printed capaian of the report's year (Tabel 3.3), or null. */
    private final BigDecimal printedCapaian;

    private RenstraRow(RenstraPlan plan, Map<Integer, Realization> realizations, BigDecimal printedEndTarget,
            BigDecimal printedProgress, BigDecimal printedCapaian) {
        this.plan = Decimals.notNull(plan, "plan");
        this.realizations = copy(Decimals.notNull(realizations, "realizations"));
        checkFlow(this.plan, this.realizations);
        this.printedEndTarget = printedEndTarget;
        this.printedProgress = printedProgress;
        this.printedCapaian = printedCapaian;
    }

    private static SortedMap<Integer, Realization> copy(Map<Integer, Realization> realizations) {
        TreeMap<Integer, Realization> copy = new TreeMap<>();
        realizations.forEach((year, realization) -> {
            Decimals.notNull(year, "realizations year");
            Decimals.notNull(realization, "realizations value");
            copy.put(Years.checked(year, "realizations year"), realization);
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Refuses the realisations of a flow indicator whose sum to some year of the plan's period is not a figure:
     * the progress to that year would be computed from it.
     */
    private static void checkFlow(RenstraPlan plan, SortedMap<Integer, Realization> realizations) {
        if (plan.indicator().accumulation() != Accumulation.FLOW) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, Realization> entry
                : realizations.subMap(plan.firstYear(), plan.lastYear() + 1).entrySet()) {
            sum = sum.add(entry.getValue().valueIfPresent().orElse(BigDecimal.ZERO));
            if (!Decimals.fits(sum)) {
                throw new IllegalArgumentException("the realisations of the flow indicator " + plan.indicator().name()
                        + " add up to " + Decimals.abbreviate(sum) + " by " + entry.getKey() + Decimals.TOO_LARGE);
            }
        }
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param plan the Renstra plan of the indicator
     * @param realizations the realisation of each year, in any order; a year with no value may be left out
     * @return the row
     * @throws NullPointerException naming the argument that is null, or if a year or realisation is null
     * @throws IllegalArgumentException quoting the year if a realisation's year is outside 1900–2999, or, for a
     *         flow indicator, if the realisations of the plan's period add up, by some year, to more than 30 digits
     *         before the decimal point (the progress to that year would be computed from that sum)
     */
    public static RenstraRow of(RenstraPlan plan, Map<Integer, Realization> realizations) {
        return new RenstraRow(plan, realizations, null, null, null);
    }

    /**
     * Returns a copy with the end target ("target akhir Renstra") the report printed.
     *
     * @param endTarget the printed end target, scale as printed
     * @return a copy with the printed end target
     * @throws NullPointerException if {@code endTarget} is null
     * @throws IllegalArgumentException if {@code endTarget} is absurdly large or precise
     */
    public RenstraRow withPrintedEndTarget(BigDecimal endTarget) {
        return new RenstraRow(plan, realizations, Printed.checked(endTarget, "endTarget"), printedProgress,
                printedCapaian);
    }

    /**
     * Returns a copy with the progress (tingkat kemajuan) the report printed.
     *
     * @param progress the printed progress in percent, scale as printed
     * @return a copy with the printed progress
     * @throws NullPointerException if {@code progress} is null
     * @throws IllegalArgumentException if {@code progress} is absurdly large or precise
     */
    public RenstraRow withPrintedProgress(BigDecimal progress) {
        return new RenstraRow(plan, realizations, printedEndTarget, Printed.checked(progress, "progress"),
                printedCapaian);
    }

    /**
     * Returns a copy with the capaian of the report's year that the comparison of years (Tabel 3.3 "Perbandingan
     * Capaian Kinerja") printed.
     * <p>
     * The row holds the Renstra's targets, while Tabel 3.3 divides by the year's target of the Perjanjian Kinerja,
     * which may differ: so this figure is not recomputed from the row. The audit compares it with the capaian
     * printed for the same indicator in the report's other tables.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     * @throws IllegalArgumentException if {@code capaian} is absurdly large or precise
     */
    public RenstraRow withPrintedCapaian(BigDecimal capaian) {
        return new RenstraRow(plan, realizations, printedEndTarget, printedProgress,
                Printed.checked(capaian, "capaian"));
    }

    /**
     * Returns the Renstra plan of the indicator.
     *
     * @return the plan
     */
    public RenstraPlan plan() {
        return plan;
    }

    /**
     * Returns the realisations by year.
     *
     * @return the realisations, sorted by year; unmodifiable
     */
    public SortedMap<Integer, Realization> realizations() {
        return realizations;
    }

    /**
     * Returns the end target ("target akhir Renstra") the report printed.
     *
     * @return the printed end target at its printed scale, or empty
     */
    public Optional<BigDecimal> printedEndTarget() {
        return Optional.ofNullable(printedEndTarget);
    }

    /**
     * Returns the progress the report printed.
     *
     * @return the printed progress in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedProgress() {
        return Optional.ofNullable(printedProgress);
    }

    /**
     * Returns the capaian of the report's year that Tabel 3.3 printed.
     *
     * @return the printed capaian in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedCapaian() {
        return Optional.ofNullable(printedCapaian);
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenstraRow that && plan.equals(that.plan) && realizations.equals(that.realizations)
                && Objects.equals(printedEndTarget, that.printedEndTarget)
                && Objects.equals(printedProgress, that.printedProgress)
                && Objects.equals(printedCapaian, that.printedCapaian);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, realizations, printedEndTarget, printedProgress, printedCapaian);
    }

    /**
     * Returns a short description.
     *
     * @return the plan, the realisations and the printed figures
     */
    @Override
    public String toString() {
        return "RenstraRow[" + plan + ", realizations " + realizations
                + (printedEndTarget == null ? "" : ", printed end target " + printedEndTarget.toPlainString())
                + (printedProgress == null ? "" : ", printed progress " + printedProgress.toPlainString())
                + (printedCapaian == null ? "" : ", printed capaian " + printedCapaian.toPlainString()) + "]";
    }

    private Object writeReplace() {
        return new Ser(plan, new TreeMap<>(realizations), printedEndTarget, printedProgress, printedCapaian);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(RenstraRow.class);
    }

    /** The serialized form; printed figures are null where not printed. Read back through the factories. */
    private record Ser(RenstraPlan plan, TreeMap<Integer, Realization> realizations, BigDecimal printedEndTarget,
            BigDecimal printedProgress, BigDecimal printedCapaian) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(RenstraRow.class, () -> {
                RenstraRow row = of(plan, realizations);
                row = printedEndTarget == null ? row : row.withPrintedEndTarget(printedEndTarget);
                row = printedProgress == null ? row : row.withPrintedProgress(printedProgress);
                return printedCapaian == null ? row : row.withPrintedCapaian(printedCapaian);
            });
        }
    }
}
