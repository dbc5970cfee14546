package io.github.sakip.evaluation;

/**
 * Which achievement of a row of the Renja (or RKPD) evaluation form is averaged, rolled up and given a predikat.
 */
public enum Measure {

    /**
     * Column 15, the level of achievement of the plan up to this year (tingkat capaian kinerja dan realisasi
     * anggaran Renstra s/d tahun berjalan): {@code 14 / 6 × 100 %}. The column the regulation's form prints as a
     * percentage, and so the one its bottom rows (rata-rata capaian kinerja, predikat kinerja) are under.
     */
    RENSTRA_TO_DATE("14 / 6 × 100%"),

    /**
     * The achievement of the year's plan (tingkat capaian realisasi kinerja tahun berjalan): {@code 13 / 8 × 100 %},
     * the column that some published forms add between 13 and 14, and the figure of a quarterly form (the year so
     * far against the year's target).
     */
    YEAR("13 / 8 × 100%");

    private final String formula;

    Measure(String formula) {
        this.formula = formula;
    }

    /**
     * Returns the formula in the form's column numbers.
     *
     * @return {@code "14 / 6 × 100%"} or {@code "13 / 8 × 100%"}
     */
    public String formula() {
        return formula;
    }
}
