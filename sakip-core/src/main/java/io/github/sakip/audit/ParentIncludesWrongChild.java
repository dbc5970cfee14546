package io.github.sakip.audit;

import io.github.sakip.BudgetTree;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A parent's printed total (a program's or a kegiatan's) that is the sum of the printed totals of the lines below
 * it, one of which is itself wrong: the parent carries its child's error upward. Applies where the checker gives the
 * parent's line of the budget tree as a {@link Clue}; time linear in the parent's children.
 */
final class ParentIncludesWrongChild implements Diagnosis {

    /**
     * The line of a printed total.
     *
     * @param node the parent's line in the budget tree
     * @param column the column of the total
     */
    record Clue(BudgetTree.Node node, BudgetTree.Column column) {
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> {
            BigDecimal sum = BigDecimal.ZERO;
            BudgetTree.Node wrongChild = null;
            for (BudgetTree.Node child : clue.node().children()) {
                BigDecimal printed = child.printed(clue.column());
                sum = sum.add(printed);
                if (wrongChild == null && !child.isLeaf()
                        && printed.compareTo(child.computed(clue.column())) != 0) {
                    wrongChild = child;
                }
            }
            if (wrongChild == null || sum.compareTo(figure.printed()) != 0) {
                return Optional.empty();
            }
            return Optional.of(new Cause(Text.of("audit.cause.wrongChildTotal", IndonesianNumbers.format(sum),
                    BudgetChecker.rowOf(wrongChild.line()),
                    IndonesianNumbers.format(wrongChild.printed(clue.column())),
                    IndonesianNumbers.format(wrongChild.computed(clue.column())))));
        });
    }
}
