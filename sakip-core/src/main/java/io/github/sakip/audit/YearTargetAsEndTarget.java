package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Another year's target of the Renstra, most often the report's own year's, taken as its end target (the target of
 * the plan's last year): printed as the end target itself, or used to compute the progress towards it. Applies where
 * the checker gives the plan as a {@link Clue}. The report's year is tried first, then the plan's other years in
 * order; a year whose target is the end target's value is skipped.
 */
final class YearTargetAsEndTarget implements Diagnosis {

    /**
     * The plan a figure comes from.
     *
     * @param plan the Renstra plan
     * @param year the report's year
     * @param recompute the figure computed with another end target; null when the figure is the end target itself
     */
    record Clue(RenstraPlan plan, int year, Function<Target, Figure> recompute) {

        /** The clue of a printed end target. */
        static Clue endTarget(RenstraPlan plan, int year) {
            return new Clue(plan, year, null);
        }
    }

    @Override
    public Optional<Cause> explain(WrongFigure figure) {
        return figure.clue(Clue.class).flatMap(clue -> clue.plan().endTarget().flatMap(end -> {
            for (int year : years(clue)) {
                Target target = clue.plan().targets().get(year);
                if (target.equals(end)) {
                    continue;
                }
                if (clue.recompute() == null) {
                    if (!target.isRange() && figure.printed().compareTo(target.lower()) == 0) {
                        return Optional.of(new Cause(Text.of("audit.cause.yearTargetAsEndTarget",
                                Integer.toString(year), target.format(), Integer.toString(clue.plan().lastYear()),
                                end.format())));
                    }
                    continue;
                }
                Figure wrong = clue.recompute().apply(target);
                if (wrong.isComputable() && figure.reproduces(wrong.value())) {
                    return Optional.of(new Cause(Text.of("audit.cause.yearTargetAsEndTarget.progress",
                            Integer.toString(year), target.format(), Integer.toString(clue.plan().lastYear()),
                            end.format(), wrong.explain())));
                }
            }
            return Optional.empty();
        }));
    }

    /** The report's year first, then the plan's other years but the last, in order. */
    private static List<Integer> years(Clue clue) {
        List<Integer> years = new ArrayList<>();
        Map<Integer, Target> targets = clue.plan().targets();
        if (targets.containsKey(clue.year()) && clue.year() != clue.plan().lastYear()) {
            years.add(clue.year());
        }
        for (int year : targets.keySet()) {
            if (year != clue.year() && year != clue.plan().lastYear()) {
                years.add(year);
            }
        }
        return years;
    }
}
