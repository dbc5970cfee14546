package io.github.sakip;

import io.github.sakip.internal.Labels;

/**
 * The category (kategori, predikat capaian) of an achievement, as in the evaluation tables of Permendagri
 * 86/2017 ("Rata-rata % capaian").
 * <p>
 * The bands of each category are not part of this type: {@link Permendagri86} holds the regulation's bands, and
 * {@link CategoryScale} lets an agency define its own.
 */
public enum Category {

    /** Very high (Sangat Tinggi): 91 % and above under Permendagri 86/2017. */
    SANGAT_TINGGI("Sangat Tinggi"),

    /** High (Tinggi): 76 % to 90 % under Permendagri 86/2017. */
    TINGGI("Tinggi"),

    /** Medium (Sedang): 66 % to 75 % under Permendagri 86/2017. */
    SEDANG("Sedang"),

    /** Low (Rendah): 51 % to 65 % under Permendagri 86/2017. */
    RENDAH("Rendah"),

    /** Very low (Sangat Rendah): 50 % and below under Permendagri 86/2017. */
    SANGAT_RENDAH("Sangat Rendah");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /**
     * Returns the label as reports print it.
     *
     * @return the Indonesian label, such as {@code "Sangat Tinggi"}
     */
    public String label() {
        return label;
    }

    /**
     * Obtains a category from its text: the inverse of {@link #toString()}, so that
     * {@code Category.parse(c.toString()) == c} for every category. Case and surrounding or repeated white space
     * are ignored, as reports print labels in many ways; the constant's name ({@code "SANGAT_TINGGI"}) is accepted
     * too.
     *
     * @param text the label as printed, such as {@code "Sangat Tinggi"} or {@code "sangat tinggi"}
     * @return the category
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if no category has it
     */
    public static Category parse(String text) {
        return Labels.parse(Category.class, text, Category::label, "a category of Permendagri 86/2017");
    }

    /**
     * Returns the label, which {@link #parse(String)} reads back.
     *
     * @return the label, such as {@code "Sangat Tinggi"}
     */
    @Override
    public String toString() {
        return label;
    }
}
