package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/** A percentage capped at 100: a capaian of 112,5 printed 100 (capping is an option, never the default). */
final class CappedAtHundred implements Diagnosis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        if (figure.exact().compareTo(HUNDRED) <= 0 || figure.printed().compareTo(HUNDRED) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Cause(Text.of("audit.cause.cappedAt100",
                WrongFigure.rounded(figure.exact(), Math.max(figure.decimals(), Precision.DEFAULT_DECIMALS)))));
    }
}
