package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.math.RoundingMode;
import java.util.Optional;

/** Rounded up (away from zero, as a spreadsheet's ROUNDUP) instead of half-up: 97,032 printed 97,04. */
final class RoundedUp implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        int d = figure.decimals();
        if (figure.exact().setScale(d, RoundingMode.UP).compareTo(figure.printed()) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Cause(Text.of("audit.cause.roundedUp", WrongFigure.digits(figure.exact(), d + 3),
                figure.shownPrinted())));
    }
}
