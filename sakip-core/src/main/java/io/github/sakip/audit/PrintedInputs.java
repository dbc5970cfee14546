package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure computed from another figure of the same row as printed (rounded) instead of from its exact value. Applies
 * where the checker gives the input as a {@link Clue}, and only when the printed input differs from its exact value:
 * <ul>
 * <li>PMK 214's efficiency of the comparison of performance and budget, from the printed capaian kinerja (97 where
 * the data give 97,037…);</li>
 * <li>the achievements of an indicator row of an evaluation form of Permendagri 86/2017, 13/8 K from the printed
 * realisation of the year (13 K) and 15 K from the printed realisation to date (14 K), where those are rounded
 * (66,67 where the quarters give 66,666…).</li>
 * </ul>
 * Where a row's inputs are themselves the report's data (the target and realisation of the Perjanjian Kinerja, the
 * Renstra's realisations, the amounts in Rupiah) there is no rounded input to compute from, and no clue is given.
 */
final class PrintedInputs implements Diagnosis {

    /**
     * The input a figure is computed from.
     *
     * @param input its name, such as {@code Text.literal("capaian kinerja")} or {@code Text.of(
     *        "audit.cause.input.column", "13 K")}
     * @param exact its exact value
     * @param printed its value as the report printed it
     * @param recompute the figure computed from another value of the input
     */
    record Clue(Text input, BigDecimal exact, BigDecimal printed, Function<BigDecimal, Figure> recompute) {
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
