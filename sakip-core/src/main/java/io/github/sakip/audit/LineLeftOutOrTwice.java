package io.github.sakip.audit;

import io.github.sakip.BudgetTree;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A parent's printed total that leaves one of the lines below it out of the sum, or counts it twice: the printed
 * total is the right one less, or plus, exactly that line's total. Applies where the checker gives the parent's line
 * as a {@link ParentIncludesWrongChild.Clue}; the first line, in the table's order, that reproduces the total is
 * named, and a line left out before a line counted twice.
 */
final class LineLeftOutOrTwice implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(ParentIncludesWrongChild.Clue.class).flatMap(clue -> {
            BigDecimal difference = figure.printed().subtract(figure.exact());
            for (BudgetTree.Node child : clue.node().children()) {
                BigDecimal amount = child.computed(clue.column());
                if (amount.signum() != 0 && difference.negate().compareTo(amount) == 0) {
                    return Optional.of(new Cause(Text.of("audit.cause.lineLeftOut",
                            BudgetChecker.rowOf(child.line()), IndonesianNumbers.format(amount))));
                }
            }
            for (BudgetTree.Node child : clue.node().children()) {
                BigDecimal amount = child.computed(clue.column());
                if (amount.signum() != 0 && difference.compareTo(amount) == 0) {
                    return Optional.of(new Cause(Text.of("audit.cause.lineCountedTwice",
                            BudgetChecker.rowOf(child.line()), IndonesianNumbers.format(amount))));
                }
            }
            return Optional.empty();
        });
    }
}
