package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compares a printed figure with the right one and says how it differs, if it does, in the audit's language.
 */
final class Figures {

    private Figures() {
    }

    /**
     * Compares a printed percentage with its exact value. Reports print two decimals, half-up; a printed figure
     * is right when it is that, or the exact value itself, or the exact value correctly rounded half-up to more
     * decimals. Otherwise it is a note when correctly rounded to fewer decimals, a warning when it is within one
     * unit of its last printed digit of the exact value (a rounding slip: truncated, rounded twice, or rounded
     * the wrong way), and an error beyond that.
     */
    static Optional<Finding> percent(Locale language, Check check, Location location, BigDecimal printed,
            BigDecimal exact, Supplier<Text> workingSource) {
        BigDecimal canonical = exact.setScale(2, RoundingMode.HALF_UP);
        if (printed.compareTo(canonical) == 0 || printed.compareTo(exact) == 0) {
            return Optional.empty();
        }
        int decimals = Math.max(printed.scale(), 0);
        BigDecimal atPrintedDecimals = exact.setScale(decimals, RoundingMode.HALF_UP);
        if (decimals > 2 && atPrintedDecimals.compareTo(printed) == 0) {
            return Optional.empty();
        }
        // From here on there is a finding: build the texts.
        Text working = workingSource.get();
        String shown = IndonesianNumbers.format(printed);
        String expected = IndonesianNumbers.format(canonical);
        if (decimals < 2 && atPrintedDecimals.compareTo(printed) == 0) {
            return Optional.of(new Finding(Severity.NOTE, check, location, shown, expected, Text.of(decimals == 1
                    ? "audit.printedFewerDecimals.one" : "audit.printedFewerDecimals", working, decimals)
                    .in(language), language));
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        if (printed.subtract(exact).abs().compareTo(unit) < 0) {
            Text slip;
            if (exact.setScale(decimals, RoundingMode.DOWN).compareTo(printed) == 0) {
                slip = Text.of("audit.truncated", working);
            } else if (decimals < 2 && canonical.setScale(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
                slip = Text.of("audit.roundedTwice", working, expected, decimals);
            } else {
                slip = Text.of("audit.roundedWrongWay", working);
            }
            return Optional.of(new Finding(Severity.WARNING, check, location, shown, expected, slip.in(language),
                    language));
        }
        return Optional.of(new Finding(Severity.ERROR, check, location, shown, expected,
                Text.of("audit.doesNotFollow", working).in(language), language));
    }

    /** Compares a printed amount with the one it must equal exactly; any difference is an error. */
    static Optional<Finding> amount(Locale language, Check check, Location location, BigDecimal printed,
            BigDecimal expected, Supplier<Text> workingSource) {
        if (printed.compareTo(expected) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Severity.ERROR, check, location, IndonesianNumbers.formatOperand(printed),
                IndonesianNumbers.formatOperand(expected), Text.of("audit.difference", workingSource.get(),
                        IndonesianNumbers.formatOperand(printed.subtract(expected))).in(language), language));
    }
}
