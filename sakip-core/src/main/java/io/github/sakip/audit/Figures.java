package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compares a printed figure with the right one and says how it differs, if it does.
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
    static Optional<Finding> percent(Check check, Location location, BigDecimal printed, BigDecimal exact,
            Supplier<String> workingSource) {
        BigDecimal canonical = exact.setScale(2, RoundingMode.HALF_UP);
        if (printed.compareTo(canonical) == 0 || printed.compareTo(exact) == 0) {
            return Optional.empty();
        }
        // From here on there is a finding (or a figure printed more precisely): build the texts.
        String working = workingSource.get();
        int decimals = Math.max(printed.scale(), 0);
        BigDecimal atPrintedDecimals = exact.setScale(decimals, RoundingMode.HALF_UP);
        String shown = IndonesianNumbers.format(printed);
        String expected = IndonesianNumbers.format(canonical);
        if (decimals > 2 && atPrintedDecimals.compareTo(printed) == 0) {
            return Optional.empty();
        }
        if (decimals < 2 && atPrintedDecimals.compareTo(printed) == 0) {
            return Optional.of(new Finding(Severity.NOTE, check, location, shown, expected, working
                    + "; printed rounded to " + decimals + " decimal" + (decimals == 1 ? "" : "s")
                    + " where reports print two"));
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        if (printed.subtract(exact).abs().compareTo(unit) < 0) {
            String slip;
            if (exact.setScale(decimals, RoundingMode.DOWN).compareTo(printed) == 0) {
                slip = "truncated instead of rounded half-up";
            } else if (decimals < 2 && canonical.setScale(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
                slip = "rounded twice, to two decimals (" + expected + ") and then to " + decimals;
            } else {
                slip = "rounded the wrong way in its last digit";
            }
            return Optional.of(new Finding(Severity.WARNING, check, location, shown, expected,
                    working + "; printed " + slip));
        }
        return Optional.of(new Finding(Severity.ERROR, check, location, shown, expected,
                working + "; the printed figure does not follow from the data"));
    }

    /** Compares a printed amount with the one it must equal exactly; any difference is an error. */
    static Optional<Finding> amount(Check check, Location location, BigDecimal printed, BigDecimal expected,
            Supplier<String> workingSource) {
        if (printed.compareTo(expected) == 0) {
            return Optional.empty();
        }
        String working = workingSource.get();
        return Optional.of(new Finding(Severity.ERROR, check, location, IndonesianNumbers.formatOperand(printed),
                IndonesianNumbers.formatOperand(expected), working + "; difference "
                        + IndonesianNumbers.formatOperand(printed.subtract(expected))));
    }
}
