package io.github.sakip.report;

import io.github.sakip.Indicator;
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
 * An indicator of a sasaran in the cascade (pohon kinerja) of a report, with the capaian the cascade's table printed
 * for it (Tabel 3.8 "Analisis Keberhasilan dan Kegagalan Program dan Kegiatan", columns 3 and 4), and its target and
 * realisation where that table gives them.
 * <p>
 * Obtain one with {@link #of(Indicator)} when the table prints only the capaian (the target and realisation are
 * then those of the Perjanjian Kinerja, Tabel 3.2), or with {@link #of(Indicator, Target, Realization)} when it
 * prints them too; add the printed capaian with {@link #withPrintedCapaian(BigDecimal)}, which returns a copy.
 * The audit recomputes a capaian from the data where they are given here, and compares it with the capaian printed
 * for the same indicator in the report's other tables.
 * <p>
 * The printed capaian keeps its printed scale, and {@code equals} compares it by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised indicator is validated as a new one is.
 *
 * @serial exclude
 */
public final class SasaranIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Indicator indicator;
    /** The target, or null where the table gives none (then the realisation is null too). */
    private final Target target;
    /** The realisation, or null where the table gives none. */
    private final Realization realization;
    /** The printed capaian, or null. */
    private final BigDecimal printedCapaian;

    private SasaranIndicator(Indicator indicator, Target target, Realization realization,
            BigDecimal printedCapaian) {
        this.indicator = Decimals.notNull(indicator, "indicator");
        this.target = target;
        this.realization = realization;
        this.printedCapaian = printedCapaian;
    }

    /**
     * Obtains an indicator for which the cascade's table gives no target or realisation.
     *
     * @param indicator the indicator
     * @return the indicator with nothing printed
     * @throws NullPointerException if {@code indicator} is null
     */
    public static SasaranIndicator of(Indicator indicator) {
        return new SasaranIndicator(indicator, null, null, null);
    }

    /**
     * Obtains an indicator with the target and realisation the cascade's table gives.
     *
     * @param indicator the indicator
     * @param target the target of the year
     * @param realization the realisation of the year, or its absence
     * @return the indicator with nothing printed
     * @throws NullPointerException naming the argument that is null
     */
    public static SasaranIndicator of(Indicator indicator, Target target, Realization realization) {
        return new SasaranIndicator(indicator, Decimals.notNull(target, "target"),
                Decimals.notNull(realization, "realization"), null);
    }

    /**
     * Returns a copy with the capaian the cascade's table printed.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     * @throws IllegalArgumentException if {@code capaian} is absurdly large or precise
     */
    public SasaranIndicator withPrintedCapaian(BigDecimal capaian) {
        return new SasaranIndicator(indicator, target, realization, Printed.checked(capaian, "capaian"));
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
     * Returns the target the cascade's table gives.
     *
     * @return the target, or empty (then the realisation is empty too)
     */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the realisation the cascade's table gives.
     *
     * @return the realisation or its absence, or empty where the table gives no target and realisation
     */
    public Optional<Realization> realization() {
        return Optional.ofNullable(realization);
    }

    /**
     * Returns the capaian the cascade's table printed.
     *
     * @return the printed capaian in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedCapaian() {
        return Optional.ofNullable(printedCapaian);
    }

    /**
     * Compares every part; the printed capaian by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SasaranIndicator that && indicator.equals(that.indicator)
                && Objects.equals(target, that.target) && Objects.equals(realization, that.realization)
                && Objects.equals(printedCapaian, that.printedCapaian);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, target, realization, printedCapaian);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "SasaranIndicator[TPAK (Persen, POSITIVE, STOCK), printed capaian 97.03]"}
     */
    @Override
    public String toString() {
        return "SasaranIndicator[" + indicator + (target == null ? "" : ", target " + target + ", realization "
                + realization) + (printedCapaian == null ? "" : ", printed capaian " + printedCapaian.toPlainString())
                + "]";
    }

    private Object writeReplace() {
        return new Ser(indicator, target, realization, printedCapaian);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(SasaranIndicator.class);
    }

    /** The serialized form; what is not given or printed is null. Read back through the factories. */
    private record Ser(Indicator indicator, Target target, Realization realization, BigDecimal printedCapaian)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(SasaranIndicator.class, () -> {
                SasaranIndicator row = target == null && realization == null ? of(indicator)
                        : of(indicator, target, realization);
                return printedCapaian == null ? row : row.withPrintedCapaian(printedCapaian);
            });
        }
    }
}
