package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.internal.Text;
import java.util.Optional;

/**
 * The capaian of a negative indicator (lower is better) computed with the other formula: {@code T / R × 100}
 * where the policy takes {@code (2T − R) / T × 100}, or the reverse. Applies where the checker gives the row as a
 * {@link Clue}.
 */
final class OtherNegativeFormula implements Diagnosis {

    /**
     * The row a capaian is computed from.
     *
     * @param policy the policy the audit computes with
     * @param polarity the indicator's polarity
     * @param target the target
     * @param realization the realisation
     */
    record Clue(Capaian.Policy policy, Polarity polarity, Target target, Realization realization) {
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).filter(clue -> clue.polarity() == Polarity.NEGATIVE).flatMap(clue -> {
            Capaian.NegativeFormula used = clue.policy().negativeFormula();
            Capaian.NegativeFormula other = used == Capaian.NegativeFormula.DIFFERENCE
                    ? Capaian.NegativeFormula.INVERSE : Capaian.NegativeFormula.DIFFERENCE;
            Achievement alternative = clue.policy().withNegativeFormula(other).of(clue.polarity(), clue.target(),
                    clue.realization());
            if (!alternative.isComputable() || !figure.reproduces(alternative.value())) {
                return Optional.empty();
            }
            return Optional.of(new Cause(Text.of("audit.cause.otherNegativeFormula", formula(other), formula(used),
                    alternative.explain())));
        });
    }

    private static String formula(Capaian.NegativeFormula formula) {
        return formula == Capaian.NegativeFormula.DIFFERENCE ? "(2T − R) / T × 100" : "T / R × 100";
    }
}
