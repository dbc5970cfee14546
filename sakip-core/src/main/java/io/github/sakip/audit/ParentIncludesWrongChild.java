package io.github.sakip.audit;

import io.github.sakip.BudgetTree;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A printed total that is the sum of the totals printed for its parts, one of which is itself wrong: the total
 * carries its part's error upward. A program's or kegiatan's total in the budget table (its parts the lines below
 * it), a sasaran's budget in the comparison of performance and budget (its parts the codes that serve it in the
 * cascade), a summed column of an entry of an evaluation form (its parts the entries below it). Applies where the
 * checker gives the parts as a {@link Clue}, and only when a part is a total printed wrong: with its printed and
 * right totals where there is one such part, by their names where there are more. Time linear in the number of
 * parts.
 */
final class ParentIncludesWrongChild implements Diagnosis {

    /**
     * One part of a total.
     *
     * @param label the part's name in the finding, such as its code {@code "2.07.01.2.01"}
     * @param printed the total printed for it
     * @param computed the total its own data give (for a lowest line, its amount)
     * @param isTotal whether the part is itself a total that can be printed wrong (not a lowest line)
     */
    record Part(String label, BigDecimal printed, BigDecimal computed, boolean isTotal) {
    }

    /**
     * The parts a printed total adds up.
     *
     * @param parts what the parts are, in the finding: {@code Text.of("audit.cause.parts.linesBelow")}, …
     * @param of the parts, in the table's order
     */
    record Clue(Text parts, List<Part> of) {

        Clue {
            of = List.copyOf(of);
        }

        /** The lines below a line of the budget table, in one of its columns. */
        static Clue of(BudgetTree.Node node, BudgetTree.Column column) {
            List<Part> parts = new ArrayList<>();
            for (BudgetTree.Node child : node.children()) {
                parts.add(new Part(BudgetChecker.rowOf(child.line()), child.printed(column), child.computed(column),
                        !child.isLeaf()));
            }
            return new Clue(Text.of("audit.cause.parts.linesBelow"), parts);
        }
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            List<Part> wrong = new ArrayList<>();
            for (Part part : clue.of()) {
                sum = sum.add(part.printed());
                terms.add(IndonesianNumbers.format(part.printed()));
                if (part.isTotal() && part.printed().compareTo(part.computed()) != 0) {
                    wrong.add(part);
                }
            }
            if (wrong.isEmpty() || sum.compareTo(figure.printed()) != 0) {
                return Optional.empty();
            }
            String shownSum = IndonesianNumbers.format(sum);
            String working = terms.size() > 1 ? String.join(" + ", terms) + " = " + shownSum : shownSum;
            if (wrong.size() > 1) {
                return Optional.of(new Cause(Text.of("audit.cause.wrongChildTotals", clue.parts(), working,
                        String.join(", ", wrong.stream().map(Part::label).toList()))));
            }
            Part one = wrong.get(0);
            return Optional.of(new Cause(Text.of("audit.cause.wrongChildTotal", clue.parts(), working, one.label(),
                    IndonesianNumbers.format(one.printed()), IndonesianNumbers.format(one.computed()))));
        });
    }
}
