package io.github.sakip;

/**
 * How the realisations (realisasi) of an indicator over several periods combine into one figure to date: the
 * realisation of a year from its quarters (triwulan), or of a Renstra period from its years.
 */
public enum Accumulation {

    /**
     * A stock or rate (TPAK, an index, a score, a percentage): the figure to date is the latest realised value.
     * Periods with no value are skipped, never read as zero.
     */
    STOCK,

    /**
     * A flow (people trained, documents produced, letters registered): the figure to date is the sum of the
     * realised values. Periods with no value add nothing, and if no period has a value there is no figure.
     */
    FLOW
}
