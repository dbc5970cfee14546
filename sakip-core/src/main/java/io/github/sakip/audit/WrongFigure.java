package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A printed figure found wrong, as the {@link Diagnosis diagnoses} see it: what was printed, what its exact value
 * is, and the clues its checker gave of how the figure is made (the row's target and realisation, the Renstra plan,
 * the budget line below a total...). Each diagnosis that needs a clue defines the clue's type in its own file, and
 * finds it here by that type.
 */
final class WrongFigure {

    private final BigDecimal printed;
    private final BigDecimal exact;
    /** The clues, a few at most, each of its own type; a later clue of a type replaces an earlier one. */
    private final List<Object> clues;

    private WrongFigure(BigDecimal printed, BigDecimal exact, List<Object> clues) {
        this.printed = printed;
        this.exact = exact;
        this.clues = clues;
    }

    /** A wrong figure with no clue: only its printed and exact values. */
    static WrongFigure of(BigDecimal printed, BigDecimal exact) {
        return new WrongFigure(printed, exact, List.of());
    }

    /**
     * A wrong figure with clues, each found by its class. The list is read, not copied (a figure is judged once,
     * and most are right): the caller does not change it afterwards.
     */
    @SuppressWarnings("unchecked")
    static WrongFigure of(BigDecimal printed, BigDecimal exact, List<?> clues) {
        return new WrongFigure(printed, exact, (List<Object>) clues);
    }

    /** The same figure with one more clue. */
    WrongFigure with(Object clue) {
        List<Object> more = new ArrayList<>(clues);
        more.add(clue);
        return new WrongFigure(printed, exact, more);
    }

    /** What the report printed, at its printed scale. */
    BigDecimal printed() {
        return printed;
    }

    /** The exact value the figure should show. */
    BigDecimal exact() {
        return exact;
    }

    /** The number of decimals printed. */
    int decimals() {
        return Math.max(printed.scale(), 0);
    }

    /** The clue of a type, if the checker gave one. */
    <T> Optional<T> clue(Class<T> type) {
        for (int i = clues.size() - 1; i >= 0; i--) {
            if (clues.get(i).getClass() == type) {
                return Optional.of(type.cast(clues.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a value, rounded half-up to the printed decimals as the report would, is the printed figure.
     */
    boolean reproduces(BigDecimal value) {
        return value.setScale(decimals(), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /** The printed figure as the report shows it, such as {@code "97,03"}. */
    String shownPrinted() {
        return IndonesianNumbers.format(printed);
    }

    /**
     * A value written to a few more decimals than printed, cut, with {@code "…"} when it goes on, such as
     * {@code "97,037…"}: enough to see how the printed figure came from it.
     */
    static String digits(BigDecimal value, int decimals) {
        BigDecimal cut = value.setScale(decimals, RoundingMode.DOWN);
        if (cut.compareTo(value) == 0) {
            BigDecimal stripped = value.stripTrailingZeros();
            return IndonesianNumbers.format(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }
        return IndonesianNumbers.format(cut) + "…";
    }

    /** A value at a number of decimals, rounded half-up, such as {@code "96,45"}. */
    static String rounded(BigDecimal value, int decimals) {
        return IndonesianNumbers.format(value, decimals, RoundingMode.HALF_UP);
    }
}
