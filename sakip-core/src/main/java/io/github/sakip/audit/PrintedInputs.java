package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure computed from another figure as printed (rounded) instead of from its exact value: an efficiency from the
 * printed capaian 97,03 where the data give 97,037…. Applies where the checker gives the input as a {@link Clue}, and
 * only when the printed input differs from its exact value.
 */
final class PrintedInputs implements Diagnosis {

    /**
     * The input a figure is computed from.
     *
     * @param input its name, such as {@code "capaian kinerja"}
     * @param exact its exact value
     * @param printed its value as the report printed it
     * @param recompute the figure computed from another value of the input
     */
    record Clue(String input, BigDecimal exact, BigDecimal printed, Function<BigDecimal, Figure> recompute) {
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).filter(clue -> clue.printed().compareTo(clue.exact()) != 0).flatMap(clue -> {
            Figure wrong = clue.recompute().apply(clue.printed());
            if (!wrong.isComputable() || !figure.reproduces(wrong.value())) {
                return Optional.empty();
            }
            return Optional.of(new Cause(Text.of("audit.cause.printedInput", clue.input(),
                    IndonesianNumbers.format(clue.printed()),
                    WrongFigure.digits(clue.exact(), Math.max(clue.printed().scale(), 0) + 3), wrong.explain())));
        });
    }
}
