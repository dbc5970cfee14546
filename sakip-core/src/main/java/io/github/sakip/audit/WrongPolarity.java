package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Polarity;
import io.github.sakip.internal.Text;
import java.util.Optional;

/**
 * A capaian computed with the formula of the other polarity: a negative indicator (lower is better) taken as a
 * positive one, {@code R / T × 100} (a fall in the number of disputes printed as a shortfall), or a positive
 * indicator taken as a negative one, with the policy's negative formula. Applies where the checker gives the row as
 * an {@link OtherNegativeFormula.Clue}. Tried after {@link OtherNegativeFormula}: mixing up the two negative formulas
 * is the more common slip where the indicator is known to be negative.
 */
final class WrongPolarity implements Diagnosis {

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(OtherNegativeFormula.Clue.class).flatMap(clue -> {
            Polarity other = clue.polarity() == Polarity.NEGATIVE ? Polarity.POSITIVE : Polarity.NEGATIVE;
            Achievement alternative = clue.policy().of(other, clue.target(), clue.realization());
            if (!alternative.isComputable() || !figure.reproduces(alternative.value())) {
                return Optional.empty();
            }
            String negative = clue.policy().negativeFormula() == Capaian.NegativeFormula.DIFFERENCE
                    ? "(2T − R) / T × 100" : "T / R × 100";
            return Optional.of(new Cause(other == Polarity.POSITIVE
                    ? Text.of("audit.cause.positiveFormulaForNegative", negative, alternative.explain())
                    : Text.of("audit.cause.negativeFormulaForPositive", negative, alternative.explain())));
        });
    }
}
