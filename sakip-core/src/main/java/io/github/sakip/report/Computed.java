package io.github.sakip.report;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.evaluation.DerivedValue;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.FormColumn.Half;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of a recomputed evaluation form, as reports print them: a percentage at two decimals, half-up; an
 * amount or a realisation exact; nothing where the library cannot compute the figure.
 */
final class Computed {

    private Computed() {
    }

    static Optional<BigDecimal> percent(Achievement achievement) {
        return achievement.isComputable() ? Optional.of(achievement.rounded()) : Optional.empty();
    }

    static Optional<BigDecimal> value(DerivedValue value) {
        return value.valueIfPresent();
    }

    /** A cell of the Rp half of a budget. */
    static Optional<BigDecimal> budget(RowBudget budget, FormColumn column) {
        return switch (column) {
            case RP6 -> Optional.of(budget.renstraPagu());
            case RP7 -> Optional.of(budget.renstraRealisasiToLastYear());
            case RP8 -> Optional.of(budget.pagu());
            case RP9, RP10, RP11, RP12 -> budget.realisasi().get(Integer.parseInt(column.number()) - 8)
                    .valueIfPresent();
            case RP13 -> value(budget.realisasiThisYear());
            case RP14 -> value(budget.renstraRealisasiToDate());
            case RP15 -> percent(budget.renstraAbsorption());
            case RP_YEAR -> percent(budget.yearAbsorption());
            default -> throw new IllegalArgumentException("column " + column.label() + " is not of the Rp half");
        };
    }

    static PrintedCells predicate(PrintedCells cells, Half half, Optional<Category> predicate) {
        return predicate.isPresent() ? cells.withPredicate(half, predicate.get()) : cells;
    }
}
