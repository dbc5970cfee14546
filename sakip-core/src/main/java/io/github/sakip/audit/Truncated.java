package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.math.RoundingMode;
import java.util.Optional;

/** Truncated instead of rounded half-up: 97,037… printed 97,03 where it rounds to 97,04. */
final class Truncated implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        int d = figure.decimals();
        if (figure.exact().setScale(d, RoundingMode.DOWN).compareTo(figure.printed()) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Cause(Text.of("audit.cause.truncated", WrongFigure.digits(figure.exact(), d + 3),
                figure.shownPrinted())));
    }
}
