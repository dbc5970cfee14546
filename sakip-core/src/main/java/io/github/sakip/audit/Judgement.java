package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A printed percentage waiting to be judged: the audit knows the precision of its column only once every row of
 * the table has been read, so a checker hands the figure over as a judgement, with the clues of how it is made for
 * the {@link Diagnoses}, and {@link Findings} judges it at the end.
 */
final class Judgement {

    private final Check check;
    private final Location location;
    private final BigDecimal printed;
    /** Makes the figure, when it is needed; {@link #figure()} keeps it. */
    private final Supplier<? extends Figure> source;
    /** Whether the printed figure is known, without the figure, to be it rounded half-up at the printed decimals. */
    private final boolean knownRounded;
    /** Whether the printed figure is known, without the figure, to be it exactly. */
    private final boolean knownExact;
    private final List<Object> clues = new ArrayList<>(1);
    private Figure figure;
    private String column;

    Judgement(Check check, Location location, BigDecimal printed, Figure figure) {
        this(check, location, printed, () -> figure, false, false);
        this.figure = figure;
    }

    private Judgement(Check check, Location location, BigDecimal printed, Supplier<? extends Figure> source,
            boolean knownRounded, boolean knownExact) {
        this.check = check;
        this.location = location;
        this.printed = printed;
        this.source = source;
        this.knownRounded = knownRounded;
        this.knownExact = knownExact;
    }

    /**
     * A printed percentage known, without computing its figure, to be the figure rounded half-up at its own decimals
     * ({@link Figures#roundsWithoutDividing}): its vote needs no figure, and neither does its judgement unless its
     * column's precision is finer than its decimals (then it is a note, and the figure is made for its texts).
     *
     * @param figure makes the figure, if it is needed
     * @param exact whether the printed figure is the figure exactly ({@link Figures#isExactly})
     */
    static Judgement rounded(Check check, Location location, BigDecimal printed, Supplier<? extends Figure> figure,
            boolean exact) {
        return new Judgement(check, location, printed, figure, true, exact);
    }

    private Figure figure() {
        if (figure == null) {
            figure = source.get();
        }
        return figure;
    }

    /**
     * Adds a clue of how the figure is made, for the diagnosis that uses it (such as a
     * {@link RatioFromHundred.Clue}); the clue is read only if the figure is wrong.
     *
     * @return this judgement
     */
    Judgement given(Object clue) {
        clues.add(clue);
        return this;
    }

    /** The key of the figure's column: its table and column; made once, as it is asked for twice per figure. */
    String column() {
        if (column == null) {
            column = Findings.key(location.table(), location.column());
        }
        return column;
    }

    /** Where the figure stands. */
    Location location() {
        return location;
    }

    /** The check the figure is judged under. */
    Check check() {
        return check;
    }

    /**
     * The number of decimals this figure says its column is printed with: its printed decimals, unless it is its
     * exact value written without trailing zeros (which says nothing of them), or cannot be computed.
     */
    OptionalInt vote() {
        if (knownRounded) {
            // What the lines below say with the figure: the printed figure is it, or it rounded at its decimals.
            int decimals = Math.max(printed.scale(), 0);
            return knownExact && decimals <= Math.max(printed.stripTrailingZeros().scale(), 0) ? OptionalInt.empty()
                    : OptionalInt.of(decimals);
        }
        Figure figure = figure();
        if (!figure.isComputable()) {
            return OptionalInt.empty();
        }
        int decimals = Math.max(printed.scale(), 0);
        BigDecimal exact = figure.value();
        if (printed.compareTo(exact) == 0 && decimals <= Math.max(exact.stripTrailingZeros().scale(), 0)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(decimals);
    }

    /**
     * Judges the figure at its column's precision.
     *
     * @param precision the column's precision
     * @param strict whether that precision is the strict two decimals the audit was asked for
     * @param stated whether that precision is the one the report states for the column
     * @param language the language of the finding's texts
     * @return the finding, if the figure is not right
     */
    Optional<Finding> judge(int precision, boolean strict, boolean stated, Locale language) {
        if (knownRounded && (knownExact || Math.max(printed.scale(), 0) >= precision)) {
            return Optional.empty(); // what Figures.percent finds with the figure: it is exact, or rounded finely enough
        }
        Figure figure = figure();
        if (!figure.isComputable()) {
            return Optional.of(new Finding(Severity.ERROR, check, location, IndonesianNumbers.format(printed),
                    Text.of("audit.notComputable").in(language), Findings.explanation(figure).in(language),
                    language));
        }
        return Figures.percent(language, check, location, WrongFigure.of(printed, figure.value(), clues),
                () -> Findings.explanation(figure), precision, strict, stated);
    }
}
