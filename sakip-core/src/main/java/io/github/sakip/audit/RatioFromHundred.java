package io.github.sakip.audit;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure of the form {@code (1 − ratio) × 100}, such as PMK 214's efficiency {@code (1 − ΣRAK / Σ(PAK × CK)) ×
 * 100}, printed as {@code 100 − ratio}: the ratio taken from 100 instead of from 1, which is always {@code 99 +
 * E / 100}. Applies where the checker gives the ratio as a {@link Clue}.
 */
final class RatioFromHundred implements Diagnosis {

    /**
     * The ratio a figure is the complement of.
     *
     * @param formula the ratio as a formula, such as {@code "ΣRAK / Σ(PAK × CK)"}
     * @param numerator its numerator
     * @param denominator its denominator, not 0; the ratio is a fraction such as 0,9714
     */
    record Clue(String formula, BigDecimal numerator, BigDecimal denominator) {

        /** The ratio, worked out only for a wrong figure. */
        BigDecimal ratio() {
            return Decimals.divide(numerator, denominator);
        }
    }

    /** The number of decimals the ratio is shown with. */
    static final int RATIO_DECIMALS = 4;

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> {
            BigDecimal ratio = clue.ratio();
            BigDecimal misread = Decimals.HUNDRED.subtract(ratio);
            if (!figure.reproduces(misread)) {
                return Optional.empty();
            }
            return Optional.of(new Cause(Text.of("audit.cause.ratioFrom100", clue.formula(),
                    WrongFigure.rounded(ratio, RATIO_DECIMALS),
                    WrongFigure.digits(misread, figure.decimals() + 2))));
        });
    }
}
