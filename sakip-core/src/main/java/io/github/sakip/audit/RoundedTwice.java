package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rounded twice: first half-up to one, two or three more decimals than printed, then half-up again to the printed
 * decimals; 96,446… → 96,45 → 96,5 where it rounds to 96,4. The fewest extra decimals that reproduce the figure are
 * named.
 */
final class RoundedTwice implements Diagnosis {

    /** How many more decimals than printed the first rounding may have kept. */
    static final int MAX_EXTRA_DECIMALS = 3;

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        int d = figure.decimals();
        for (int k = d + 1; k <= d + MAX_EXTRA_DECIMALS; k++) {
            BigDecimal first = figure.exact().setScale(k, RoundingMode.HALF_UP);
            if (first.setScale(d, RoundingMode.HALF_UP).compareTo(figure.printed()) == 0) {
                return Optional.of(new Cause(Text.of("audit.cause.roundedTwice", Integer.toString(k),
                        WrongFigure.rounded(figure.exact(), k), Integer.toString(d), figure.shownPrinted())));
            }
        }
        return Optional.empty();
    }
}
