package io.github.sakip.report;

import io.github.sakip.Indicator;
import io.github.sakip.Realization;
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
 * One row of a report's comparison with a national or provincial standard (Tabel 3.5 "Perbandingan Capaian dengan
 * Standar Nasional/Provinsi"): the standard an indicator is compared with, the indicator's realisation, and the
 * percentage the report printed.
 * <p>
 * Obtain a row with {@link #of(Indicator, BigDecimal, Realization, String)}, the reference (the standard) before
 * the realisation as everywhere in the library, and add the printed percentage with
 * {@link #withPrintedPercent(BigDecimal)}, which returns a copy. The printed percentage keeps its printed scale,
 * and {@code equals} compares it by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class StandardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Indicator indicator;
    private final BigDecimal standard;
    private final Realization realization;
    private final String standardName;
    /** The printed percentage, or null. */
    private final BigDecimal printedPercent;

    private StandardRow(Indicator indicator, BigDecimal standard, Realization realization, String standardName,
            BigDecimal printedPercent) {
        this.indicator = Decimals.notNull(indicator, "indicator");
        this.standard = Decimals.checked(standard, "standard");
        this.realization = Decimals.notNull(realization, "realization");
        this.standardName = Decimals.notBlank(standardName, "standardName");
        this.printedPercent = printedPercent;
    }

    /**
     * Obtains a row with nothing printed but the data.
     *
     * @param indicator the indicator
     * @param standard the value of the standard, such as the national TPAK
     * @param realization the realisation of the year
     * @param standardName whose standard it is, such as {@code "Nasional (BPS, Agustus 2024)"}
     * @return the row
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code standardName} is blank or the standard is absurdly large or
     *         precise
     */
    public static StandardRow of(Indicator indicator, BigDecimal standard, Realization realization,
            String standardName) {
        return new StandardRow(indicator, standard, realization, standardName, null);
    }

    /**
     * Returns a copy with the percentage the report printed.
     *
     * @param percent the printed percentage, scale as printed
     * @return a copy with the printed percentage
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code percent} is absurdly large or precise
     */
    public StandardRow withPrintedPercent(BigDecimal percent) {
        return new StandardRow(indicator, standard, realization, standardName, Printed.checked(percent, "percent"));
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the value of the standard.
     *
     * @return the standard, normalised
     */
    public BigDecimal standard() {
        return standard;
    }

    /**
     * Returns the realisation of the year.
     *
     * @return the realisation, or its absence
     */
    public Realization realization() {
        return realization;
    }

    /**
     * Returns whose standard it is.
     *
     * @return such as {@code "Nasional (BPS, Agustus 2024)"}
     */
    public String standardName() {
        return standardName;
    }

    /**
     * Returns the percentage the report printed.
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
        return other instanceof StandardRow that && indicator.equals(that.indicator)
                && standard.equals(that.standard) && realization.equals(that.realization)
                && standardName.equals(that.standardName) && Objects.equals(printedPercent, that.printedPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, standard, realization, standardName, printedPercent);
    }

    /**
     * Returns a short description.
     *
     * @return the indicator, the standard, the realisation and the printed percentage
     */
    @Override
    public String toString() {
        return "StandardRow[" + indicator + ", standard " + standard.toPlainString() + " (" + standardName
                + "), realization " + realization
                + (printedPercent == null ? "" : ", printed percent " + printedPercent.toPlainString()) + "]";
    }

    private Object writeReplace() {
        return new Ser(indicator, standard, realization, standardName, printedPercent);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(StandardRow.class);
    }

    /** The serialized form; the printed percentage is null where not printed. Read back through the factories. */
    private record Ser(Indicator indicator, BigDecimal standard, Realization realization, String standardName,
            BigDecimal printedPercent) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(StandardRow.class, () -> {
                StandardRow row = of(indicator, standard, realization, standardName);
                return printedPercent == null ? row : row.withPrintedPercent(printedPercent);
            });
        }
    }
}
