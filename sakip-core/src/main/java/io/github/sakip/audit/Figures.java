package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compares a printed figure with the right one and says how it differs, if it does, and the likely cause of a
 * wrong figure ({@link Diagnoses}), in the audit's language.
 */
final class Figures {

    /** Half a unit of the second decimal: the distance from a printed figure to the edges of what rounds to it. */
    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    /**
     * The most digits {@code 100 × numerator × 10^s} may have (s the scale of the distance to an edge, see
     * {@link #rightWithoutDividing}) for a comparison of exact products to agree with the 34-digit quotient of
     * {@link io.github.sakip.internal.Decimals#divide}: below 10^33, a quotient that is not exactly on an edge is
     * further from it than the quotient's rounding; one less digit for a margin.
     */
    private static final int EXACT_DIGITS = 32;

    private Figures() {
    }

    /**
     * Tells, without dividing, that a printed percentage is right for the figure {@code 100 × numerator /
     * denominator}: that it is the figure rounded half-up to two decimals, which is what {@link #percent} accepts
     * first. The figure rounds to the printed {@code p} exactly when {@code (p − 0,005) × denominator ≤ 100 ×
     * numerator < (p + 0,005) × denominator} (denominator positive, both sides not negative): two exact products,
     * no division of 34 digits. Most printed figures are right, and this spares them the division and the
     * figure's making; the audit computes the figure only when a finding may be made.
     * <p>
     * False means "not known to be right" and sends the caller to the full comparison: for a printed figure that is
     * wrong, has more than two decimals, or is negative; a numerator that is negative or a denominator that is not
     * positive (the figure is floored or not computable, which the full comparison says); and operands so large or
     * precise that the 34-digit quotient could round otherwise than the exact figure (the distance from an exact
     * figure to an edge it is not on is at least {@code 10^-s / denominator}, s the larger of the scales of
     * {@code 100 × numerator} and of {@code edge × denominator}; the quotient is within {@code figure × 10^-33} of
     * the figure; they round alike while {@code 100 × numerator × 10^s < 10^33}).
     *
     * @param printed the printed percentage
     * @param numerator the figure's numerator, such as the realisation
     * @param denominator the figure's denominator, such as the target
     * @return true if the printed percentage is certainly right
     */
    static boolean rightWithoutDividing(BigDecimal printed, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0 || numerator.signum() < 0 || printed.signum() < 0) {
            return false;
        }
        BigDecimal p = printed.scale() > 2 ? printed.stripTrailingZeros() : printed;
        if (p.scale() > 2) {
            return false;
        }
        int s = Math.max(numerator.scale() - 2, denominator.scale() + 3);
        if ((long) numerator.precision() - numerator.scale() + 2 + s > EXACT_DIGITS) {
            return false;
        }
        BigDecimal hundredTimes = numerator.movePointRight(2);
        return p.subtract(HALF_HUNDREDTH).multiply(denominator).compareTo(hundredTimes) <= 0
                && hundredTimes.compareTo(p.add(HALF_HUNDREDTH).multiply(denominator)) < 0;
    }

    /**
     * Tells, without dividing, that a printed percentage is the figure {@code 100 × numerator / denominator} rounded
     * half-up to the printed figure's own decimals {@code d}: {@code (p − 5 × 10^-(d+1)) × denominator ≤ 100 ×
     * numerator < (p + 5 × 10^-(d+1)) × denominator}, as {@link #rightWithoutDividing} does for two decimals, with
     * the same conditions (not negative, denominator positive, operands small enough for the 34-digit quotient to
     * round alike). At an inferred precision such a figure is right when {@code d} is at least its column's
     * precision, and votes {@code d} for it (or nothing, if it is the figure exactly: {@link #isExactly}), all
     * without the quotient ({@link Judgement#rounded}).
     *
     * @return true if the printed percentage is certainly the figure rounded at its own decimals
     */
    static boolean roundsWithoutDividing(BigDecimal printed, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0 || numerator.signum() < 0 || printed.signum() < 0) {
            return false;
        }
        int d = Math.max(printed.scale(), 0);
        long s = Math.max((long) numerator.scale() - 2, (long) denominator.scale() + d + 1);
        if ((long) numerator.precision() - numerator.scale() + 2 + s > EXACT_DIGITS) {
            return false;
        }
        BigDecimal half = BigDecimal.valueOf(5, d + 1);
        BigDecimal hundredTimes = numerator.movePointRight(2);
        return printed.subtract(half).multiply(denominator).compareTo(hundredTimes) <= 0
                && hundredTimes.compareTo(printed.add(half).multiply(denominator)) < 0;
    }

    /** Whether a printed percentage is exactly {@code 100 × numerator / denominator}: one exact product. */
    static boolean isExactly(BigDecimal printed, BigDecimal numerator, BigDecimal denominator) {
        return printed.multiply(denominator).compareTo(numerator.movePointRight(2)) == 0;
    }

    /**
     * Compares a printed percentage with its exact value at two decimals, with no clue of how it is made: the strict
     * reading ({@link Precision#TWO_DECIMALS}).
     */
    static Optional<Finding> percent(Locale language, Check check, Location location, BigDecimal printed,
            BigDecimal exact, Supplier<Text> workingSource) {
        return percent(language, check, location, WrongFigure.of(printed, exact), workingSource,
                Precision.DEFAULT_DECIMALS, true);
    }

    /**
     * Compares a printed percentage with its exact value, in a column printed at {@code precision} decimals
     * ({@link Precision}). A figure printed with {@code d} decimals is right when it is its exact value, or that value
     * rounded half-up to {@code d ≥ precision} decimals. Otherwise it is a note when correctly rounded to fewer
     * decimals than its column; a warning when within one unit of its last printed digit of the exact value (a
     * rounding slip); and an error beyond that. A wrong figure's working names its likely cause, or says that no
     * known mistake reproduces it.
     *
     * @param language the language of the finding's texts
     * @param figure the printed and exact values, with the clues of how the figure is made
     * @param strict whether the column is read at two decimals because the audit asks so, which the note says
     */
    static Optional<Finding> percent(Locale language, Check check, Location location, WrongFigure figure,
            Supplier<Text> workingSource, int precision, boolean strict) {
        return percent(language, check, location, figure, workingSource, precision, strict, false);
    }

    /**
     * Compares a printed percentage with its exact value, in a column printed at {@code precision} decimals, as
     * {@link #percent(Locale, Check, Location, WrongFigure, Supplier, int, boolean)} does.
     *
     * @param stated whether the precision is the one the report states for the column
     *        ({@link io.github.sakip.report.StatedPrecision}), which the note of a coarser figure says
     */
    static Optional<Finding> percent(Locale language, Check check, Location location, WrongFigure figure,
            Supplier<Text> workingSource, int precision, boolean strict, boolean stated) {
        BigDecimal printed = figure.printed();
        BigDecimal exact = figure.exact();
        if (printed.compareTo(exact) == 0) {
            return Optional.empty();
        }
        if (printed.compareTo(exact.setScale(precision, RoundingMode.HALF_UP)) == 0) {
            // The figure at its column's precision, written without its trailing zeros (100 for 100,00).
            return Optional.empty();
        }
        int decimals = figure.decimals();
        boolean rounded = exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0;
        if (rounded && decimals >= precision) {
            return Optional.empty();
        }
        // From here on there is a finding: build the texts.
        Text working = workingSource.get();
        String shown = IndonesianNumbers.format(printed);
        String expected = WrongFigure.rounded(exact, Math.max(decimals, precision));
        if (rounded) {
            String note = strict ? Text.of(decimals == 1 ? "audit.printedFewerDecimals.one"
                    : "audit.printedFewerDecimals", working, decimals).in(language)
                    : stated ? Text.of(decimals == 1 ? "audit.precision.coarserStated.one"
                            : "audit.precision.coarserStated", working, decimals, precision).in(language)
                    : working.in(language) + "; " + Cause.coarser(decimals, precision).in(language);
            return Optional.of(new Finding(Severity.NOTE, check, location, shown, expected, note, language));
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        Severity severity = printed.subtract(exact).abs().compareTo(unit) < 0 ? Severity.WARNING : Severity.ERROR;
        return Optional.of(new Finding(severity, check, location, shown, expected,
                working.in(language) + "; " + Cause.likely(Diagnoses.first(figure)).in(language), language));
    }

    /**
     * Compares a printed amount with the one it must equal exactly; any difference is an error, whose working is the
     * checker's own with the difference, and names its likely cause ({@link Diagnoses}, with the clues the checker
     * gave the figure) or says that no known mistake reproduces it: every wrong amount of the audit is said so.
     */
    static Optional<Finding> amount(Locale language, Check check, Location location, WrongFigure figure,
            Supplier<Text> workingSource) {
        BigDecimal printed = figure.printed();
        BigDecimal expected = figure.exact();
        if (printed.compareTo(expected) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Severity.ERROR, check, location, IndonesianNumbers.formatOperand(printed),
                IndonesianNumbers.formatOperand(expected), Text.of("audit.difference", workingSource.get(),
                        IndonesianNumbers.formatOperand(printed.subtract(expected))).in(language) + "; "
                        + Cause.likely(Diagnoses.first(figure)).in(language), language));
    }

    /** Adds the likely cause of a wrong figure to a finding already made about it, in the finding's language. */
    static Finding withCause(Finding finding, WrongFigure figure) {
        return new Finding(finding.severity(), finding.check(), finding.location(), finding.printed(),
                finding.expected(), finding.working() + "; " + Cause.likely(Diagnoses.first(figure))
                        .in(finding.language()), finding.related(), finding.language());
    }
}
