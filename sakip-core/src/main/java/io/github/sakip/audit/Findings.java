package io.github.sakip.audit;

import io.github.sakip.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The findings of one audit, as its checkers make them; and the one place where a part of a report that the audit
 * could not check becomes a finding instead of an exception, so that one odd row never costs the findings of the
 * others.
 * <p>
 * The checkers avoid exceptions in the first place: a figure the library cannot compute is a not-computable
 * result with its reason, and the report's types refuse what no audit could use. The isolation here is the safety
 * net for what slipped through: the row's unit of work is abandoned, its finding says so and why, and the audit
 * goes on with the next row.
 * <p>
 * Printed percentages are judged last ({@link Judgement}): each at the precision of its column, which is known only
 * once every figure of the column has been read ({@link Precision}).
 * <p>
 * Not thread-safe: each audit makes its own.
 */
final class Findings {

    /** The column of a finding about a row or a table as a whole. */
    static final String WHOLE_ROW = "whole row";

    /** Findings and judgements, in the order the checkers made them. */
    private final List<Object> found = new ArrayList<>();
    private final Precision precision;

    /** Findings of an audit that infers each column's precision. */
    Findings() {
        this(Precision.INFERRED);
    }

    /** Findings of an audit that reads printed percentages at a precision. */
    Findings(Precision precision) {
        this.precision = precision;
    }

    /** Adds a finding. */
    void add(Finding finding) {
        found.add(finding);
    }

    /** Adds a finding, if there is one. */
    void add(Optional<Finding> finding) {
        finding.ifPresent(found::add);
    }

    /** Adds a printed percentage, judged when the precision of its column is known. */
    void add(Judgement judgement) {
        found.add(judgement);
    }

    /**
     * Audits each row of a table on its own: if auditing a row throws, the row becomes a finding of the table's
     * main check that names the row and the exception, and the next row is audited.
     *
     * @param table the table's name, as in the findings' locations
     * @param check the check a failure is reported under
     * @param rows the rows
     * @param label the row's name in a location, such as its number and indicator
     * @param audit audits one row, adding its findings here
     */
    <R> void eachRow(String table, Check check, List<R> rows, Function<R, String> label, Consumer<R> audit) {
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            try {
                audit.accept(row);
            } catch (RuntimeException e) {
                found.add(notAudited(check, new Location(table, labelOf(row, label, i), WHOLE_ROW), "row", e));
            }
        }
    }

    /**
     * Audits a part of a table that is not one row, such as its totals, on its own: if it throws, it becomes a
     * finding at the given place.
     *
     * @param check the check a failure is reported under
     * @param location where the part stands
     * @param audit audits the part, adding its findings here
     */
    void whole(Check check, Location location, Runnable audit) {
        try {
            audit.run();
        } catch (RuntimeException e) {
            found.add(notAudited(check, location, "part of the table", e));
        }
    }

    private static <R> String labelOf(R row, Function<R, String> label, int index) {
        try {
            return label.apply(row);
        } catch (RuntimeException e) {
            return "row " + (index + 1);
        }
    }

    private static Finding notAudited(Check check, Location location, String what, RuntimeException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Finding(Severity.ERROR, check, location, "-", "not computable",
                "not computable: the audit could not check this " + what + " (" + why + ")");
    }

    /**
     * Compares a printed percentage with the figure it should be, once the precision of its column is known: no
     * finding if right; a finding by {@link Figures#percent} if it differs; an error if the figure is not computable,
     * with its reason. {@link Judgement#given} adds the clues of how the figure is made.
     */
    static Judgement percent(Check check, Location location, BigDecimal printed, Figure a) {
        return new Judgement(check, location, printed, a);
    }

    /**
     * Returns the findings, in the order they were made, each printed percentage judged at the precision of its
     * column. A judgement that throws becomes a finding of its own, as a row does.
     */
    List<Finding> toList() {
        Map<String, Integer> precisions = precisions();
        List<Finding> list = new ArrayList<>(found.size());
        for (Object entry : found) {
            if (entry instanceof Finding finding) {
                list.add(finding);
                continue;
            }
            Judgement judgement = (Judgement) entry;
            try {
                int decimals = precision == Precision.TWO_DECIMALS ? Precision.DEFAULT_DECIMALS
                        : precisions.getOrDefault(judgement.column(), Precision.DEFAULT_DECIMALS);
                judgement.judge(decimals, precision == Precision.TWO_DECIMALS).ifPresent(list::add);
            } catch (RuntimeException e) {
                list.add(notAudited(judgement.check(), judgement.location(), "figure", e));
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** The precision of each column, inferred from the votes of its figures. */
    private Map<String, Integer> precisions() {
        Map<String, Map<Integer, Integer>> votes = new HashMap<>();
        for (Object entry : found) {
            if (entry instanceof Judgement judgement) {
                OptionalInt vote;
                try {
                    vote = judgement.vote();
                } catch (RuntimeException e) {
                    continue;
                }
                vote.ifPresent(d -> votes.computeIfAbsent(judgement.column(), k -> new HashMap<>())
                        .merge(d, 1, Integer::sum));
            }
        }
        Map<String, Integer> precisions = new HashMap<>();
        votes.forEach((column, counts) -> precisions.put(column, Precision.infer(counts)));
        return precisions;
    }
}
