package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Digits slipped in writing the figure down: the decimal point moved one or two places (97,04 printed 9,70 or
 * 970,4); a zero dropped from the decimals (100,025 printed 100,25); or two neighbouring digits swapped (97,04
 * printed 97,40). Tried last: a pattern of digits fits by chance more often than a formula.
 */
final class ShiftedDigits implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        int d = figure.decimals();
        String right = WrongFigure.rounded(figure.exact(), d);
        for (int places : new int[] {-1, 1, -2, 2}) {
            if (figure.reproduces(figure.exact().movePointRight(places))) {
                return Optional.of(new Cause(Text.of("audit.cause.decimalPointMoved", figure.shownPrinted(), right)));
            }
        }
        Optional<String> dropped = zeroDropped(figure);
        if (dropped.isPresent()) {
            return Optional.of(new Cause(Text.of("audit.cause.zeroDropped", dropped.get(), figure.shownPrinted())));
        }
        if (swapped(figure.exact().setScale(d, RoundingMode.HALF_UP), figure.printed())) {
            return Optional.of(new Cause(Text.of("audit.cause.digitsSwapped", right, figure.shownPrinted())));
        }
        return Optional.empty();
    }

    /**
     * The exact value at one more decimal than printed, if dropping one zero of its decimals gives the printed
     * figure and its last decimal is not a zero.
     */
    private static Optional<String> zeroDropped(WrongFigure figure) {
        int d = figure.decimals();
        BigDecimal longer = figure.exact().setScale(d + 1, RoundingMode.HALF_UP);
        if (longer.signum() != figure.printed().signum() && figure.printed().signum() != 0) {
            return Optional.empty();
        }
        String whole = longer.abs().toPlainString();
        String printed = figure.printed().abs().toPlainString();
        if (whole.endsWith("0")) {
            // The extra decimal must be a digit the printed figure shows: 97,040 is 97,04, not a source of 97,40.
            return Optional.empty();
        }
        int point = whole.indexOf('.');
        for (int i = point + 1; i < whole.length(); i++) {
            if (whole.charAt(i) == '0' && (whole.substring(0, i) + whole.substring(i + 1)).equals(printed)) {
                return Optional.of(WrongFigure.rounded(figure.exact(), d + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether the printed figure is the right one with two neighbouring, different digits swapped. */
    private static boolean swapped(BigDecimal right, BigDecimal printed) {
        if (right.signum() != printed.signum()) {
            return false;
        }
        String a = right.unscaledValue().abs().toString();
        String b = printed.unscaledValue().abs().toString();
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }
}
