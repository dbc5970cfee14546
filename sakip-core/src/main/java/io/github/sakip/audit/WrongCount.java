package io.github.sakip.audit;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A mean whose sum of {@code n} terms is divided by another count: by {@code n − 1} (a term left out of the count)
 * or {@code n + 1}, up to {@value #REACH} away, the nearest count first and the smaller before the larger. Applies
 * where the checker gives the mean as a {@link Clue}.
 */
final class WrongCount implements Diagnosis {

    /** How far from the right count the counts tried go. */
    static final int REACH = 3;

    /**
     * A mean and its number of terms.
     *
     * @param sum the sum of the terms
     * @param count the number of terms, at least 1
     */
    record Clue(BigDecimal sum, int count) {
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> {
            for (int distance = 1; distance <= REACH; distance++) {
                for (int count : new int[] {clue.count() - distance, clue.count() + distance}) {
                    if (count < 1) {
                        continue;
                    }
                    BigDecimal wrong = Decimals.divide(clue.sum(), BigDecimal.valueOf(count));
                    if (figure.reproduces(wrong)) {
                        return Optional.of(new Cause(Text.of("audit.cause.wrongCount", Integer.toString(clue.count()),
                                Integer.toString(count), WrongFigure.digits(clue.sum(), figure.decimals() + 2),
                                WrongFigure.digits(wrong, figure.decimals() + 2))));
                    }
                }
            }
            return Optional.empty();
        });
    }
}
