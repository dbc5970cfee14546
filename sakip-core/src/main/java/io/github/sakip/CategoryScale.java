package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scale that puts an achievement in a {@link Category}: bands of percentages at a stated precision.
 * <p>
 * A value is first rounded half-up to the scale's number of decimals (two for the figures reports print, zero
 * for a scale of whole percents) and then falls in exactly one band. Bands are inclusive at both ends, at that
 * precision: at two decimals, a band "76 to 90.99" holds every value that rounds to 76,00 up to 90,99. The lowest
 * band has no lower end and the highest no upper end, so every value has a category.
 * <p>
 * The scale is checked when it is made: bands that overlap, or leave a hole between them, are refused with a
 * message that says where. The bands printed in Permendagri 86/2017 (91–100, 76–90, …) have holes at two
 * decimals (90,01 to 90,99 is in no band); {@link Permendagri86} states how it fills them. An agency with another
 * scale can define it here.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param decimals the number of decimals a value is rounded to (half-up) before it is placed, from 0 to 10
 * @param bands the bands, sorted from the lowest to the highest
 */
public record CategoryScale(int decimals, List<Band> bands) implements Serializable {

    /**
     * One band of a scale: a category and the range of percentages it holds, both ends inclusive. A null end is
     * unbounded. Ends are normalised, so {@code equals} agrees with numeric equality.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param category the category
     * @param lowest the lowest value of the band, or null if it has no lower end
     * @param highest the highest value of the band, or null if it has no upper end
     */
    public record Band(Category category, BigDecimal lowest, BigDecimal highest) implements Serializable {

        /**
         * Creates a band, validating it.
         *
         * @param category the category
         * @param lowest the lowest value, or null for no lower end
         * @param highest the highest value, or null for no upper end
         * @throws NullPointerException if {@code category} is null
         * @throws IllegalArgumentException quoting the ends if {@code lowest > highest}
         */
        public Band {
            Decimals.notNull(category, "category");
            lowest = lowest == null ? null : Decimals.checked(lowest, "lowest");
            highest = highest == null ? null : Decimals.checked(highest, "highest");
            if (lowest != null && highest != null && lowest.compareTo(highest) > 0) {
                throw new IllegalArgumentException("band " + category.label() + ": lowest must not exceed highest,"
                        + " but was " + lowest.toPlainString() + " to " + highest.toPlainString());
            }
        }

        /**
         * Obtains a band from a value upwards, with no upper end.
         *
         * @param category the category
         * @param lowest the lowest value, inclusive
         * @return the band
         * @throws NullPointerException naming the argument that is null
         */
        public static Band atLeast(Category category, BigDecimal lowest) {
            return new Band(category, Decimals.notNull(lowest, "lowest"), null);
        }

        /**
         * Obtains a band up to a value, with no lower end.
         *
         * @param category the category
         * @param highest the highest value, inclusive
         * @return the band
         * @throws NullPointerException naming the argument that is null
         */
        public static Band atMost(Category category, BigDecimal highest) {
            return new Band(category, null, Decimals.notNull(highest, "highest"));
        }

        /**
         * Obtains a band between two values, both inclusive.
         *
         * @param category the category
         * @param lowest the lowest value
         * @param highest the highest value
         * @return the band
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException quoting the ends if {@code lowest > highest}
         */
        public static Band between(Category category, BigDecimal lowest, BigDecimal highest) {
            return new Band(category, Decimals.notNull(lowest, "lowest"), Decimals.notNull(highest, "highest"));
        }

        boolean contains(BigDecimal value) {
            return (lowest == null || value.compareTo(lowest) >= 0)
                    && (highest == null || value.compareTo(highest) <= 0);
        }

        /**
         * Returns the band as a short text.
         *
         * @return such as {@code "Tinggi 76..90.99"}, {@code "Sangat Tinggi 91.."}
         */
        @Override
        public String toString() {
            return category.label() + " " + (lowest == null ? "" : lowest.toPlainString()) + ".."
                    + (highest == null ? "" : highest.toPlainString());
        }
    }

    /**
     * Creates a scale, sorting its bands and checking that they cover every value exactly once at the scale's
     * precision.
     *
     * @param decimals the number of decimals a value is rounded to, from 0 to 10
     * @param bands the bands, in any order
     * @throws NullPointerException if {@code bands} or one of them is null
     * @throws IllegalArgumentException with the place if {@code decimals} is outside 0–10, there are no bands,
     *         an end has more decimals than the scale, the lowest band has a lower end or the highest an upper
     *         end, two bands overlap, or there is a hole between two bands
     */
    public CategoryScale {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be from 0 to 10, but was " + decimals);
        }
        Decimals.notNull(bands, "bands");
        List<Band> sorted = new ArrayList<>(bands.size());
        for (Band band : bands) {
            sorted.add(Decimals.notNull(band, "bands element"));
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("bands must not be empty");
        }
        for (Band band : sorted) {
            checkPrecision(band, band.lowest(), decimals);
            checkPrecision(band, band.highest(), decimals);
        }
        sorted.sort(Comparator.comparing(Band::lowest, Comparator.nullsFirst(Comparator.naturalOrder())));
        Band first = sorted.get(0);
        if (first.lowest() != null) {
            throw new IllegalArgumentException("hole below " + describe(first) + ": values below "
                    + first.lowest().toPlainString() + " have no category; the lowest band must have no lower end");
        }
        Band last = sorted.get(sorted.size() - 1);
        if (last.highest() != null) {
            throw new IllegalArgumentException("hole above " + describe(last) + ": values above "
                    + last.highest().toPlainString() + " have no category; the highest band must have no upper end");
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 1; i < sorted.size(); i++) {
            Band below = sorted.get(i - 1);
            Band above = sorted.get(i);
            if (below.highest() == null || above.lowest() == null
                    || above.lowest().compareTo(below.highest()) <= 0) {
                String from = above.lowest() == null ? "-∞" : above.lowest().toPlainString();
                String to = below.highest() == null ? "∞" : below.highest().toPlainString();
                throw new IllegalArgumentException("bands overlap: " + describe(below) + " and " + describe(above)
                        + " both hold " + from + " to " + to);
            }
            BigDecimal next = below.highest().add(step);
            if (above.lowest().compareTo(next) > 0) {
                throw new IllegalArgumentException("hole between " + describe(below) + " and " + describe(above)
                        + ": " + next.toPlainString() + " to " + above.lowest().subtract(step).toPlainString()
                        + " have no category at " + decimals + " decimals");
            }
        }
        bands = List.copyOf(sorted);
    }

    private static void checkPrecision(Band band, BigDecimal end, int decimals) {
        if (end != null && end.scale() > decimals) {
            throw new IllegalArgumentException("band " + describe(band) + " has an end, " + end.toPlainString()
                    + ", with more decimals than the scale's " + decimals);
        }
    }

    private static String describe(Band band) {
        String label = band.category().label();
        if (band.lowest() == null) {
            return label + " (up to " + band.highest().toPlainString() + ")";
        }
        if (band.highest() == null) {
            return label + " (from " + band.lowest().toPlainString() + ")";
        }
        return label + " (" + band.lowest().toPlainString() + " to " + band.highest().toPlainString() + ")";
    }

    /**
     * Obtains a scale.
     *
     * @param decimals the number of decimals a value is rounded to (half-up) before it is placed
     * @param bands the bands, in any order
     * @return the scale
     * @throws NullPointerException if {@code bands} or one of them is null
     * @throws IllegalArgumentException as the constructor does
     */
    public static CategoryScale of(int decimals, List<Band> bands) {
        return new CategoryScale(decimals, bands);
    }

    /**
     * Places a percentage in its category: rounds it half-up to this scale's decimals, then finds its band.
     *
     * @param percent the percentage, at any precision
     * @return the category; every value has one
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    public Category categorize(BigDecimal percent) {
        return categorizeChecked(Decimals.checked(percent, "percent"));
    }

    /** Categorizes a percentage that is already checked, such as that of an {@link Achievement}. */
    Category categorizeChecked(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(decimals, RoundingMode.HALF_UP);
        for (Band band : bands) {
            if (band.contains(rounded)) {
                return band.category();
            }
        }
        throw new AssertionError("a checked scale covers every value, but not " + rounded);
    }

    /**
     * Returns the scale as a short text.
     *
     * @return such as {@code "CategoryScale[2 decimals: Sangat Rendah ..50.99, Rendah 51..65.99, ...]"}
     */
    @Override
    public String toString() {
        return "CategoryScale[" + decimals + " decimals: " + String.join(", ",
                bands.stream().map(Band::toString).toList()) + "]";
    }
}
