package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.format.IndonesianNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * Not thread-safe: each audit makes its own.
 */
final class Findings {

    /** The column of a finding about a row or a table as a whole. */
    static final String WHOLE_ROW = "whole row";

    private final List<Finding> found = new ArrayList<>();

    /** Adds a finding. */
    void add(Finding finding) {
        found.add(finding);
    }

    /** Adds a finding, if there is one. */
    void add(Optional<Finding> finding) {
        finding.ifPresent(found::add);
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
     * Compares a printed percentage with the figure it should be: no finding if right; a finding by
     * {@link Figures#percent} if it differs; an error if the figure is not computable, with its reason.
     */
    static Optional<Finding> percent(Check check, Location location, BigDecimal printed, Figure a) {
        if (a.isComputable()) {
            return Figures.percent(check, location, printed, a.value(), a::explain);
        }
        return Optional.of(new Finding(Severity.ERROR, check, location, IndonesianNumbers.format(printed),
                "not computable", a.explain()));
    }

    /** Returns the findings, in the order they were made. */
    List<Finding> toList() {
        return Collections.unmodifiableList(new ArrayList<>(found));
    }
}
