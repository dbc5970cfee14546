package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;

/**
 * A performance indicator (indikator kinerja): what is measured, in which unit (satuan), in which direction it
 * improves, and how its realisations combine over time.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param name the indicator's name as the report prints it, such as "Tingkat Partisipasi Angkatan Kerja (TPAK)"
 * @param unit the unit (satuan), such as "Persen", "Indeks", "Dokumen"
 * @param polarity whether higher or lower is better
 * @param accumulation whether the figure to date is the latest value (a stock or rate) or a sum (a flow)
 */
public record Indicator(String name, String unit, Polarity polarity, Accumulation accumulation)
        implements Serializable {

    /**
     * Creates an indicator, validating it. Name and unit are stripped of surrounding white space.
     *
     * @param name the indicator's name
     * @param unit the unit (satuan)
     * @param polarity whether higher or lower is better
     * @param accumulation how realisations combine over time
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException if the name or unit is blank
     */
    public Indicator {
        name = Decimals.notBlank(name, "name");
        unit = Decimals.notBlank(unit, "unit");
        Decimals.notNull(polarity, "polarity");
        Decimals.notNull(accumulation, "accumulation");
    }

    /**
     * Obtains an indicator.
     *
     * @param name the indicator's name
     * @param unit the unit (satuan)
     * @param polarity whether higher or lower is better
     * @param accumulation how realisations combine over time
     * @return the indicator
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if the name or unit is blank
     */
    public static Indicator of(String name, String unit, Polarity polarity, Accumulation accumulation) {
        return new Indicator(name, unit, polarity, accumulation);
    }

    /**
     * Returns a copy of this indicator with another polarity.
     *
     * @param polarity whether higher or lower is better
     * @return a copy with the polarity changed
     * @throws NullPointerException if {@code polarity} is null
     */
    public Indicator withPolarity(Polarity polarity) {
        return new Indicator(name, unit, polarity, accumulation);
    }

    /**
     * Returns a copy of this indicator with another accumulation.
     *
     * @param accumulation how realisations combine over time
     * @return a copy with the accumulation changed
     * @throws NullPointerException if {@code accumulation} is null
     */
    public Indicator withAccumulation(Accumulation accumulation) {
        return new Indicator(name, unit, polarity, accumulation);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "TPAK (Persen, POSITIVE, STOCK)"}
     */
    @Override
    public String toString() {
        return name + " (" + unit + ", " + polarity + ", " + accumulation + ")";
    }
}
