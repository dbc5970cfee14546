package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A printed total that leaves one of its parts out of the sum, or counts it twice: the printed total is the right
 * one less, or plus, exactly that part's own total (a line below it in the budget table, a code that serves a
 * sasaran, an entry below an entry of an evaluation form). Applies where the checker gives the parts as a
 * {@link ParentIncludesWrongChild.Clue}; the first part, in the table's order, that reproduces the total is named,
 * and a part left out before a part counted twice. A part of 0 is never named.
 */
final class LineLeftOutOrTwice implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(ParentIncludesWrongChild.Clue.class).flatMap(clue -> {
            BigDecimal difference = figure.printed().subtract(figure.exact());
            for (ParentIncludesWrongChild.Part part : clue.of()) {
                BigDecimal amount = part.computed();
                if (amount.signum() != 0 && difference.negate().compareTo(amount) == 0) {
                    return Optional.of(new Cause(Text.of("audit.cause.lineLeftOut", part.label(),
                            IndonesianNumbers.format(amount))));
                }
            }
            for (ParentIncludesWrongChild.Part part : clue.of()) {
                BigDecimal amount = part.computed();
                if (amount.signum() != 0 && difference.compareTo(amount) == 0) {
                    return Optional.of(new Cause(Text.of("audit.cause.lineCountedTwice", part.label(),
                            IndonesianNumbers.format(amount))));
                }
            }
            return Optional.empty();
        });
    }
}
