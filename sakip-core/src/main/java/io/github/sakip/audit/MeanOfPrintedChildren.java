package io.github.sakip.audit;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A parent's percentage (a program's absorption) printed as the plain mean of its children's printed percentages
 * instead of {@code Σ realisasi / Σ pagu}: published reports do this, and the mean then carries a child's own error
 * upward. Applies where the checker gives the children's printed percentages as a {@link Clue}, and only to a parent
 * with at least two children, each with a printed percentage.
 */
final class MeanOfPrintedChildren implements Diagnosis {

    /**
     * The printed percentages of a parent's children.
     *
     * @param children the children's printed percentages, read only for a wrong figure; empty where one is missing
     */
    record Clue(Supplier<Optional<List<BigDecimal>>> children) {
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> clue.children().get()).filter(children -> children.size() > 1)
                .flatMap(children -> {
                    BigDecimal sum = BigDecimal.ZERO;
                    List<String> terms = new ArrayList<>();
                    for (BigDecimal child : children) {
                        sum = sum.add(child);
                        terms.add(IndonesianNumbers.format(child));
                    }
                    BigDecimal mean = Decimals.divide(sum, BigDecimal.valueOf(children.size()));
                    if (!figure.reproduces(mean)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Cause(Text.of("audit.cause.meanOfChildren", "(" + String.join(" + ", terms)
                            + ") / " + children.size(), WrongFigure.digits(mean, figure.decimals() + 2))));
                });
    }
}
