package io.github.sakip;

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

    private static final Category[] VALUES = values();

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
     * Finds a category by its printed label, ignoring case and surrounding white space.
     *
     * @param label the label as printed, such as {@code "sangat tinggi"}
     * @return the category
     * @throws NullPointerException if {@code label} is null
     * @throws IllegalArgumentException quoting the label if no category has it
     */
    public static Category ofLabel(String label) {
        if (label == null) {
            throw new NullPointerException("label must not be null");
        }
        for (Category category : VALUES) {
            if (category.label.equals(label)) {
                return category;
            }
        }
        String wanted = label.strip().replaceAll("\\s+", " ");
        for (Category category : VALUES) {
            if (category.label.equalsIgnoreCase(wanted)) {
                return category;
            }
        }
        throw new IllegalArgumentException("label '" + label + "' is not a category of Permendagri 86/2017;"
                + " expected one of Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah");
    }

    /**
     * Returns the label.
     *
     * @return the label, such as {@code "Sangat Tinggi"}
     */
    @Override
    public String toString() {
        return label;
    }
}
