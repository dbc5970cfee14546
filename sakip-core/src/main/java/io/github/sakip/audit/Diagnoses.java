package io.github.sakip.audit;

import java.util.List;
import java.util.Optional;

/**
 * The known mistakes a wrong figure is tried against, in order, and the first that reproduces it.
 * <p>
 * The order is a rule: from the most specific explanation to the least, so that the one named is the one least
 * likely to fit by chance.
 * <ol>
 * <li>Wrong formulas rebuilt from the row's own data (the other formula for a negative indicator, the formula of the
 * other polarity, another year's target as the end target, the ratio taken from 100, computed from printed inputs,
 * a parent's percentage as the mean of its children's printed ones, a sum divided by another count, a total that
 * includes a wrong total of one of its parts, or leaves a part out or counts it twice): each reproduces a figure only
 * by redoing the row's calculation the wrong way, and applies only where the checker gave its clue. Among them, the
 * two formulas of a capaian come first (they need only the row's target and realisation), the sums last (they need
 * the row's parts).</li>
 * <li>Capped at 100: it reproduces one value only.</li>
 * <li>The rounding slips: rounded twice, then truncated, then rounded up. Every figure that rounding twice pushes up
 * is also the figure rounded up, so the more specific, rounded twice, comes first.</li>
 * <li>Shifted digits (the decimal point moved, a zero dropped, two digits swapped): patterns of digits, the most
 * likely to fit by chance, tried last.</li>
 * </ol>
 * Where two reproduce a figure the earlier is named: a 13/8 K computed from a printed, rounded 13 K may also be the
 * right figure rounded up, and is named computed from printed inputs, which rebuilds it from what the row prints;
 * 96,5 for 96,446… is both rounded twice and rounded up, and is named rounded twice.
 * <p>
 * Every wrong percentage and every wrong amount of the audit is tried here ({@link Figures#percent},
 * {@link Figures#amount}), with the clues its checker gives: no checker words a cause of its own.
 * <p>
 * The first diagnosis that reproduces the printed figure exactly is the cause named; if none does, the finding says
 * that no known mistake reproduces it. A diagnosis that cannot compute its alternative (an exception) is one that
 * does not reproduce the figure. Every diagnosis runs only for a wrong figure, in constant time (a total: in its
 * number of parts).
 */
final class Diagnoses {

    /** The diagnoses, in the order they are tried. */
    static final List<Diagnosis> ORDER = List.of(new OtherNegativeFormula(), new WrongPolarity(),
            new YearTargetAsEndTarget(), new RatioFromHundred(), new PrintedInputs(), new MeanOfPrintedChildren(),
            new WrongCount(), new ParentIncludesWrongChild(), new LineLeftOutOrTwice(), new CappedAtHundred(),
            new RoundedTwice(), new Truncated(), new RoundedUp(), new ShiftedDigits());

    private Diagnoses() {
    }

    /**
     * Finds the likely cause of a wrong figure.
     *
     * @param figure the wrong figure
     * @return the cause named by the first diagnosis of {@link #ORDER} that reproduces it; empty if none does
     */
    static Optional<Cause> first(WrongFigure figure) {
        for (Diagnosis diagnosis : ORDER) {
            Optional<Cause> cause;
            try {
                cause = diagnosis.explain(figure);
            } catch (RuntimeException e) {
                // An alternative the diagnosis cannot compute does not reproduce the figure.
                continue;
            }
            if (cause.isPresent()) {
                return cause;
            }
        }
        return Optional.empty();
    }
}
