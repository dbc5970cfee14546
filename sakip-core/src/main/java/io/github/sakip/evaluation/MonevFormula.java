package io.github.sakip.evaluation;

import io.github.sakip.Accumulation;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;

/**
 * The four indicator formulas (rumus indikator) of the e-Monev application wp-sipd, which fills the Renja
 * evaluation form for many regional governments, and what each means in this library's terms: a
 * {@link Polarity} and an {@link Accumulation}. Use it to read data exported from such an application, or to
 * recompute a form it printed.
 * <p>
 * In wp-sipd (its monitoring page of Renja indicators, {@code wpsipd-public-monitor-indikator-renja.php}), a
 * positive trend sums the monthly realisations over the quarters; the three other formulas take the largest monthly
 * value, which the application asks to be entered as a running figure ("diisi sama atau lebih besar dari bulan
 * sebelumnya"), and so is the latest one. A value that falls during the year (a percentage of 80 in triwulan III and
 * 70 in triwulan IV) is therefore 80 in the application and 70 here. Its negative trend computes {@code T / R};
 * {@link #capaianPolicy()} gives that formula. A month with no entry counts as 0 there; here a quarter not reported
 * is absent.
 */
public enum MonevFormula {

    /**
     * "Indikator Tren Positif" (id 1): higher is better, the year's realisation is the sum of the quarters
     * ("akumulasi dari semua triwulan"); {@code R / T × 100}. A positive flow.
     */
    POSITIVE_TREND(1, "Indikator Tren Positif", Polarity.POSITIVE, Accumulation.FLOW),

    /**
     * "Indikator Tren Negatif" (id 2): lower is better (the application's example: the stunting rate), the year's
     * realisation is the last quarter's ("realisasi triwulan terakhir"); {@code T / R × 100}. A negative stock.
     */
    NEGATIVE_TREND(2, "Indikator Tren Negatif", Polarity.NEGATIVE, Accumulation.STOCK),

    /**
     * "Indikator Jenis Persentase" (id 3): a percentage, entered as a running figure, the year's realisation is
     * the last quarter's; {@code R / T × 100}. A positive stock.
     */
    PERCENTAGE(3, "Indikator Jenis Persentase", Polarity.POSITIVE, Accumulation.STOCK),

    /**
     * "Nilai Akhir" (id 4): a final value, such as an index or a score known at the end of the period, the year's
     * realisation is the last value reported; {@code R / T × 100}. A positive stock, computed as
     * {@link #PERCENTAGE}.
     */
    FINAL_VALUE(4, "Nilai Akhir", Polarity.POSITIVE, Accumulation.STOCK);

    private static final MonevFormula[] VALUES = values();

    private final int id;
    private final String label;
    private final Polarity polarity;
    private final Accumulation accumulation;

    MonevFormula(int id, String label, Polarity polarity, Accumulation accumulation) {
        this.id = id;
        this.label = label;
        this.polarity = polarity;
        this.accumulation = accumulation;
    }

    /**
     * Finds a formula by the application's id ({@code id_rumus_indikator}).
     *
     * @param id the id, from 1 to 4
     * @return the formula
     * @throws IllegalArgumentException quoting the id if it is not from 1 to 4
     */
    public static MonevFormula ofId(int id) {
        for (MonevFormula formula : VALUES) {
            if (formula.id == id) {
                return formula;
            }
        }
        throw new IllegalArgumentException("id must be from 1 to 4 (the formulas of wp-sipd), but was " + id);
    }

    /**
     * Returns the application's id.
     *
     * @return from 1 to 4
     */
    public int id() {
        return id;
    }

    /**
     * Returns the application's label.
     *
     * @return such as {@code "Indikator Tren Positif"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the polarity.
     *
     * @return whether higher or lower is better
     */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * Returns how the quarters combine into the year.
     *
     * @return {@link Accumulation#FLOW} for the positive trend, {@link Accumulation#STOCK} otherwise
     */
    public Accumulation accumulation() {
        return accumulation;
    }

    /**
     * Returns an indicator measured with this formula.
     *
     * @param name the indicator's name
     * @param unit its unit (satuan)
     * @return the indicator, with this formula's polarity and accumulation
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if the name or unit is blank
     */
    public Indicator indicator(String name, String unit) {
        return Indicator.of(name, unit, polarity, accumulation);
    }

    /**
     * Returns the capaian policy that reproduces the application: {@code T / R} for a negative indicator
     * ({@link Capaian.NegativeFormula#INVERSE}); the library's default is {@code (2T − R) / T}.
     *
     * @return the policy
     */
    public static Capaian.Policy capaianPolicy() {
        return Capaian.Policy.DEFAULT.withNegativeFormula(Capaian.NegativeFormula.INVERSE);
    }
}
