package io.github.sakip.audit;

import io.github.sakip.Figure;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The findings of one audit, as its checkers make them, in the audit's language; and the one place where a part of
 * a report that the audit could not check becomes a finding instead of an exception, so that one odd row never
 * costs the findings of the others.
 * <p>
 * The checkers avoid exceptions in the first place: a figure the library cannot compute is a not-computable
 * result with its reason, and the report's types refuse what no audit could use. The isolation here is the safety
 * net for what slipped through: the row's unit of work is abandoned, its finding says so and why, and the audit
 * goes on with the next row.
 * <p>
 * A checker writes the texts of its findings as {@link Text}s of the core's bundle and makes them here
 * ({@link #finding}, {@link #percent}, or {@link Figures#amount} for an amount, whose likely cause the
 * {@link Diagnoses} name), which writes them in the audit's language.
 * <p>
 * Printed percentages are judged last ({@link Judgement}): each at the precision of its column, which is known only
 * once every figure of the column has been read ({@link Precision}).
 * <p>
 * Not thread-safe: each audit makes its own.
 */
final class Findings {

    /** Findings and judgements, in the order the checkers made them. */
    private final List<Object> found = new ArrayList<>();
    private final Locale language;
    private final Precision precision;
    /** The number of decimals the report states for a column, by the column's key. */
    private final Map<String, Integer> stated;

    /**
     * Starts the findings of an audit that infers each column's precision.
     *
     * @param language the audit's language, checked
     */
    Findings(Locale language) {
        this(language, Precision.INFERRED);
    }

    /**
     * Starts the findings of an audit that reads printed percentages at a precision.
     *
     * @param language the audit's language, checked
     * @param precision how printed percentages are read
     */
    Findings(Locale language, Precision precision) {
        this(language, precision, Map.of());
    }

    /**
     * Starts the findings of an audit that reads printed percentages at a precision, and the columns the report
     * states a precision for at that one, unless the precision is the strict {@link Precision#TWO_DECIMALS}.
     *
     * @param language the audit's language, checked
     * @param precision how printed percentages are read
     * @param stated the stated number of decimals of each column, keyed as {@link #key(String, String)} makes it
     */
    Findings(Locale language, Precision precision, Map<String, Integer> stated) {
        this.language = language;
        this.precision = precision;
        this.stated = Map.copyOf(stated);
    }

    /**
     * The key of a column: its table and column names, as in the findings' locations.
     *
     * @param table the table, such as {@code "Perjanjian Kinerja"}
     * @param column the column, such as {@code "Capaian"}
     * @return the key
     */
    static String key(String table, String column) {
        return table + '\u0000' + column;
    }

    /** Returns the language the findings are written in. */
    Locale language() {
        return language;
    }

    /** Adds a finding. */
    void add(Finding finding) {
        found.add(finding);
    }

    /** Adds a finding, if there is one. */
    void add(Optional<Finding> finding) {
        finding.ifPresent(found::add);
    }

    /** Makes a finding in the audit's language. */
    Finding finding(Severity severity, Check check, Location location, String printed, Text expected,
            Text working) {
        return new Finding(severity, check, location, printed, expected.in(language), working.in(language),
                language);
    }

    /** Makes a finding about several places in the audit's language. */
    Finding finding(Severity severity, Check check, Location location, String printed, Text expected,
            Text working, List<Location> related) {
        return new Finding(severity, check, location, printed, expected.in(language), working.in(language),
                related, language);
    }

    /** The same finding, about several places. */
    static Finding withRelated(Finding finding, List<Location> related) {
        return new Finding(finding.severity(), finding.check(), finding.location(), finding.printed(),
                finding.expected(), finding.working(), related, finding.language());
    }

    /** The column of a finding about a row or a table as a whole, in the audit's language. */
    String wholeRow() {
        return Text.of("audit.wholeRow").in(language);
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
                found.add(notAudited(check, new Location(table, labelOf(row, label, i), wholeRow()),
                        why -> Text.of("audit.notAudited.row", why), e));
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
            found.add(notAudited(check, location, why -> Text.of("audit.notAudited.part", why), e));
        }
    }

    private <R> String labelOf(R row, Function<R, String> label, int index) {
        try {
            return label.apply(row);
        } catch (RuntimeException e) {
            return Text.of("audit.rowNumber", index + 1).in(language);
        }
    }

    /**
     * The finding of a row, a part of a table or a figure the audit could not check ({@code text} words it);
     * the exception's message is quoted as it is, in English.
     */
    private Finding notAudited(Check check, Location location, Function<String, Text> text, RuntimeException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return finding(Severity.ERROR, check, location, "-", Text.of("audit.notComputable"),
                text.apply(why));
    }

    /**
     * Compares a printed percentage with the figure it should be, once the precision of its column is known: no
     * finding if right; a finding by {@link Figures#percent} if it differs; an error if the figure is not computable,
     * with its reason. {@link Judgement#given} adds the clues of how the figure is made.
     */
    static Judgement percent(Check check, Location location, BigDecimal printed, Figure a) {
        return new Judgement(check, location, printed, a);
    }

    /** Compares a printed percentage with its exact value, as {@link Figures#percent} does. */
    Optional<Finding> percent(Check check, Location location, BigDecimal printed, BigDecimal exact,
            Supplier<Text> working) {
        return Figures.percent(language, check, location, printed, exact, working);
    }

    /** The explanation of a figure as a text: its working, or that it is not computable and why. */
    static Text explanation(Figure figure) {
        return FigureTexts.access().explanation(figure);
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
                boolean strict = precision == Precision.TWO_DECIMALS;
                Integer statedDecimals = strict ? null : stated.get(judgement.column());
                int decimals = strict ? Precision.DEFAULT_DECIMALS : statedDecimals != null ? statedDecimals
                        : precisions.getOrDefault(judgement.column(), Precision.DEFAULT_DECIMALS);
                judgement.judge(decimals, strict, statedDecimals != null, language).ifPresent(list::add);
            } catch (RuntimeException e) {
                list.add(notAudited(judgement.check(), judgement.location(),
                        why -> Text.of("audit.notAudited.figure", why), e));
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
