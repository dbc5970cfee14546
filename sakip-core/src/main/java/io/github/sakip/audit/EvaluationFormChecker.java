package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.DerivedValue;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.FormSummary;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Text;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The filled evaluation forms of Permendagri 86/2017 (Renja, RKPD): every figure a form printed in a derived
 * column, on each indicator row (13 K, 14 K, 15 K, 13/8 K, the predicate), on the row of each entry (the Rp half,
 * the sums of an entry with entries below it, the roll-up of its K half, the predicates) and on the bottom rows (the
 * averages, the totals, the predicates), each against the figure the form's own data give.
 * <p>
 * The figures are computed with the form's stated readings ({@link EvaluationForm#renstraToDate()},
 * {@link EvaluationForm#predicateReading()}, {@link EvaluationForm#measure()}) and the audit's capaian policy. An
 * amount in Rupiah must be exact; a realisation (13 K, 14 K) and a percentage are judged as every printed figure
 * of the audit ({@link Figures#percent}); a printed figure where the data give none (a quarter not reported, a
 * target of 0) is an error that says why. Rows are checked one by one ({@link Findings#eachRow}), in the form's
 * order.
 */
final class EvaluationFormChecker implements TableChecker {

    private static final String AVERAGE_ROW = "Rata-rata capaian kinerja";
    private static final String TOTAL_ROW = "Jumlah";
    private static final String PREDICATE_ROW = "Predikat kinerja";

    /** A row of a form in the order printed: an entry's row, or one of its indicator rows. */
    private record Line(FormEntry entry, FormIndicatorRow indicator) {
    }

    @Override
    public void check(PerformanceReport report, Audit.Options options, Findings findings) {
        List<EvaluationForm> forms = report.evaluationForms();
        for (int i = 0; i < forms.size(); i++) {
            EvaluationForm form = forms.get(i);
            String table = forms.size() == 1 ? form.kind().title() : form.kind().title() + " (" + (i + 1) + ")";
            EvaluationPolicy policy = form.policy(options.capaian());
            List<Line> lines = new ArrayList<>();
            for (FormEntry entry : form.entries()) {
                flatten(entry, lines);
            }
            findings.eachRow(table, Check.FORM_ACHIEVEMENT, lines, EvaluationFormChecker::label, line -> {
                if (line.indicator() != null) {
                    indicator(table, line, form, policy, findings);
                } else {
                    entry(table, line.entry(), form, policy, findings);
                }
            });
            findings.whole(Check.FORM_ROLL_UP, new Location(table, AVERAGE_ROW, findings.wholeRow()),
                    () -> bottom(table, form, policy, findings));
        }
    }

    private static void flatten(FormEntry entry, List<Line> lines) {
        lines.add(new Line(entry, null));
        for (FormIndicatorRow row : entry.indicators()) {
            lines.add(new Line(entry, row));
        }
        for (FormEntry child : entry.children()) {
            flatten(child, lines);
        }
    }

    /** A row's place in a location: the entry's code (or name) and name, or its code and the indicator's name. */
    static String label(Line line) {
        FormEntry entry = line.entry();
        String where = entry.code().isEmpty() ? entry.name() + ":" : entry.code();
        return line.indicator() == null ? (entry.code().isEmpty() ? entry.name() : entry.code() + " " + entry.name())
                : where + " " + line.indicator().row().indicator().name();
    }

    private static void indicator(String table, Line line, EvaluationForm form, EvaluationPolicy policy,
            Findings findings) {
        FormIndicatorRow printed = line.indicator();
        IndicatorRow row = printed.row();
        String where = label(line);
        printed.printed(FormColumn.K13).ifPresent(figure -> findings.add(realization(findings, at(table, where,
                FormColumn.K13), figure, row.realizationThisYear())));
        printed.printed(FormColumn.K14).ifPresent(figure -> findings.add(realization(findings, at(table, where,
                FormColumn.K14), figure, row.renstraRealizationToDate(policy))));
        printed.printed(FormColumn.K15).ifPresent(figure -> findings.add(achievement(at(table, where,
                FormColumn.K15), figure, row.renstraAchievement(policy), row, row.renstraTarget(),
                row.renstraRealizationToDate(policy), printed.printed(FormColumn.K14), FormColumn.K14, policy)));
        printed.printed(FormColumn.K_YEAR).ifPresent(figure -> findings.add(achievement(at(table, where,
                FormColumn.K_YEAR), figure, row.yearAchievement(policy), row, row.yearTarget(),
                row.realizationThisYear(), printed.printed(FormColumn.K13), FormColumn.K13, policy)));
        printed.printedPredicate().ifPresent(predicate -> predicate(findings, new Location(table, where,
                predicateColumn(Half.K)), predicate, row.achievement(form.measure(), policy), form));
    }

    private static void entry(String table, FormEntry entry, EvaluationForm form, EvaluationPolicy policy,
            Findings findings) {
        String where = label(new Line(entry, null));
        FormNode node = entry.node();
        for (Map.Entry<FormColumn, BigDecimal> cell : entry.printedFigures().entrySet()) {
            FormColumn column = cell.getKey();
            Location at = at(table, where, column);
            if (column.half() == Half.K) {
                findings.add(findings.percent(Check.FORM_ROLL_UP, at, cell.getValue(),
                        node.rolledUp(measureOf(column), policy).achievement()));
            } else {
                budget(findings, at, cell.getValue(), column, node.totalBudget(), node.isLeaf() ? Optional.empty()
                        : Optional.of(() -> sumBelow(node, column)), node.isLeaf() ? Optional.empty()
                                : Optional.of(() -> parts(Text.of("audit.cause.parts.entriesBelow"),
                                        entry.children(), column)), Text.of("form.noBudget", node.level().label(),
                                node.name()));
            }
        }
        entry.printedPredicate(Half.K).ifPresent(predicate -> predicate(findings, new Location(table, where,
                predicateColumn(Half.K)), predicate, node.rolledUp(form.measure(), policy).achievement(), form));
        entry.printedPredicate(Half.RP).ifPresent(predicate -> predicate(findings, new Location(table, where,
                predicateColumn(Half.RP)), predicate, node.totalBudget().map(b -> b.absorption(form.measure()))
                        .orElseGet(() -> FigureTexts.access().notComputable(Text.of("form.noBudget",
                                node.level().label(), node.name()))), form));
    }

    private static void bottom(String table, EvaluationForm form, EvaluationPolicy policy, Findings findings) {
        Map<Measure, FormSummary> summaries = new EnumMap<>(Measure.class);
        Function<Measure, FormSummary> summary = measure -> summaries.computeIfAbsent(measure,
                m -> FormSummary.of(form.nodes(), m, policy));
        for (Map.Entry<FormColumn, BigDecimal> cell : form.printedFigures().entrySet()) {
            FormColumn column = cell.getKey();
            if (column.half() == Half.K) {
                findings.add(findings.percent(Check.FORM_ROLL_UP, at(table, AVERAGE_ROW, column), cell.getValue(),
                        summary.apply(measureOf(column)).average().achievement()));
            } else {
                FormSummary of = summary.apply(column.isPercent() ? measureOf(column) : Measure.RENSTRA_TO_DATE);
                budget(findings, at(table, column.isPercent() ? AVERAGE_ROW : TOTAL_ROW, column), cell.getValue(),
                        column, of.budget(), Optional.of(() -> sumOfForm(form, column)),
                        Optional.of(() -> parts(Text.of("audit.cause.parts.entriesOfForm"), form.entries(), column)),
                        Text.of("form.noBudgetOfForm"));
            }
        }
        FormSummary of = summary.apply(form.measure());
        form.printedPredicate(Half.K).ifPresent(predicate -> predicate(findings, new Location(table, PREDICATE_ROW,
                predicateColumn(Half.K)), predicate, of.average().achievement(), form));
        form.printedPredicate(Half.RP).ifPresent(predicate -> predicate(findings, new Location(table, PREDICATE_ROW,
                predicateColumn(Half.RP)), predicate, of.budgetAchievement(), form));
    }

    /**
     * Checks a printed cell of the Rp half against a budget: an amount exactly, an absorption as a percentage. The
     * working of an amount of a row that adds up rows below it ({@code sum}) lists them; that of a lowest entry's
     * 13 Rp and 14 Rp, its quarters.
     */
    private static void budget(Findings findings, Location at, BigDecimal printed, FormColumn column,
            Optional<RowBudget> budget, Optional<Supplier<Text>> sum,
            Optional<Supplier<ParentIncludesWrongChild.Clue>> parts, Text none) {
        if (budget.isEmpty()) {
            findings.add(findings.percent(Check.FORM_BUDGET, at, printed,
                    FigureTexts.access().notComputable(none)));
            return;
        }
        RowBudget b = budget.get();
        switch (column) {
            case RP15 -> findings.add(findings.percent(Check.FORM_BUDGET, at, printed, b.renstraAbsorption()));
            case RP_YEAR -> findings.add(findings.percent(Check.FORM_BUDGET, at, printed, b.yearAbsorption()));
            case RP13 -> amount(findings, at, printed, b.realisasiThisYear(), sum, parts);
            case RP14 -> amount(findings, at, printed, b.renstraRealisasiToDate(), sum, parts);
            default -> {
                Optional<BigDecimal> value = amountOf(b, column);
                if (value.isPresent()) {
                    findings.add(Figures.amount(findings.language(), Check.FORM_BUDGET, at, wrong(printed,
                            value.get(), parts), sum.orElseThrow()));
                } else {
                    findings.add(notComputable(findings, Check.FORM_BUDGET, at, printed, Text.of("form.noQuarter",
                            ROMAN[Integer.parseInt(column.number()) - 9])));
                }
            }
        }
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private static void amount(Findings findings, Location at, BigDecimal printed, DerivedValue value,
            Optional<Supplier<Text>> sum, Optional<Supplier<ParentIncludesWrongChild.Clue>> parts) {
        if (value.isPresent()) {
            findings.add(Figures.amount(findings.language(), Check.FORM_BUDGET, at, wrong(printed, value.value(),
                    parts), sum.orElse(() -> Text.literal(value.explain(findings.language())))));
        } else {
            findings.add(notComputable(findings, Check.FORM_BUDGET, at, printed, Text.literal(value.explain(findings.language()))));
        }
    }

    private static Finding notComputable(Findings findings, Check check, Location at, BigDecimal printed,
            Text reason) {
        return findings.finding(Severity.ERROR, check, at, IndonesianNumbers.format(printed),
                Text.of("audit.notComputable"), Text.of("figure.notComputable", reason));
    }

    private static void predicate(Findings findings, Location at, Category printed, Achievement achievement,
            EvaluationForm form) {
        Optional<Category> right = form.predicateReading().categorize(achievement);
        if (right.isPresent() && right.get() == printed) {
            return;
        }
        String explained = achievement.explain(findings.language());
        findings.add(findings.finding(Severity.ERROR, Check.FORM_PREDICATE, at, printed.label(),
                right.map(c -> Text.literal(c.label())).orElse(Text.of("audit.notComputable")), right.isPresent()
                        ? Text.of("form.predicate", explained, right.get().label(), reading(form))
                        : Text.literal(explained)));
    }

    /** The reading of the predicate bands, in a finding's working. */
    private static Text reading(EvaluationForm form) {
        PredicateReading reading = form.predicateReading();
        return switch (reading) {
            case PRINTED_LOWER_BAND -> Text.of("form.reading.lowerBand");
            case PRINTED_WHOLE_PERCENT -> Text.of("form.reading.wholePercent");
            case GREATER_THAN -> Text.of("form.reading.greaterThan");
        };
    }

    /**
     * Compares a printed realisation (13 K, 14 K) with the one the quarters give: judged as every printed figure
     * ({@link Figures#percent}: right when exact or rounded half-up to two decimals or more), but what it should be
     * is given exactly, in the indicator's unit ({@code 4}, {@code 2,40}), not as a percentage.
     */
    private static Optional<Finding> realization(Findings findings, Location at, BigDecimal printed,
            DerivedValue value) {
        if (!value.isPresent()) {
            return Optional.of(notComputable(findings, Check.FORM_REALIZATION, at, printed,
                    Text.literal(value.explain(findings.language()))));
        }
        return findings.percent(Check.FORM_REALIZATION, at, printed, value.value(),
                () -> Text.literal(value.explain(findings.language()))).map(f -> new Finding(f.severity(), f.check(), f.location(),
                        f.printed(), IndonesianNumbers.formatOperand(value.value()), f.working(), f.related(),
                        f.language()));
    }

    /**
     * A printed amount of the Rp half as the {@link Diagnoses} see it: with the entries it adds up, where it adds up
     * entries, read only if the amount is wrong (a total printed wrong for an entry and summed into it, an entry
     * left out or counted twice).
     */
    private static WrongFigure wrong(BigDecimal printed, BigDecimal right,
            Optional<Supplier<ParentIncludesWrongChild.Clue>> parts) {
        WrongFigure figure = WrongFigure.of(printed, right);
        return printed.compareTo(right) == 0 || parts.isEmpty() ? figure : figure.with(parts.get().get());
    }

    /**
     * The entries a summed amount adds up, each with the figure printed for it in the column (its right figure where
     * it prints none) and its right figure; an entry with no budget is no part.
     */
    private static ParentIncludesWrongChild.Clue parts(Text what, List<FormEntry> entries, FormColumn column) {
        List<ParentIncludesWrongChild.Part> parts = new ArrayList<>();
        for (FormEntry entry : entries) {
            Optional<BigDecimal> right = entry.node().totalBudget().flatMap(b -> amountOf(b, column));
            if (right.isPresent()) {
                parts.add(new ParentIncludesWrongChild.Part(describe(entry.node()),
                        entry.printed(column).orElse(right.get()), right.get(), true));
            }
        }
        return new ParentIncludesWrongChild.Clue(what, parts);
    }

    /**
     * An achievement of an indicator row (15 K, 13/8 K) to be judged, with the clues of how a form gets it wrong:
     * the other formula for a negative indicator, and the achievement computed from the realisation as the row
     * prints it (14 K, 13 K) where that is rounded.
     */
    private static Judgement achievement(Location at, BigDecimal printed, Achievement right, IndicatorRow row,
            Optional<Target> target, DerivedValue realization, Optional<BigDecimal> printedRealization,
            FormColumn realizationColumn, EvaluationPolicy policy) {
        Judgement judgement = Findings.percent(Check.FORM_ACHIEVEMENT, at, printed, right);
        if (target.isEmpty() || !realization.isPresent()) {
            return judgement;
        }
        Polarity polarity = row.indicator().polarity();
        judgement.given(new OtherNegativeFormula.Clue(policy.capaian(), polarity, target.get(),
                realization.realization()));
        printedRealization.ifPresent(shown -> judgement.given(new PrintedInputs.Clue(Text.of(
                "audit.cause.input.column", realizationColumn.label()), realization.value(), shown,
                value -> policy.capaian().of(polarity, target.get(), Realization.of(value)))));
        return judgement;
    }

    private static Measure measureOf(FormColumn column) {
        return column == FormColumn.K_YEAR || column == FormColumn.RP_YEAR ? Measure.YEAR : Measure.RENSTRA_TO_DATE;
    }

    private static Location at(String table, String row, FormColumn column) {
        return new Location(table, row, column.label());
    }

    private static String predicateColumn(Half half) {
        return "Predikat " + half.label();
    }

    /** The working of a summed column (6 to 12 Rp) of an entry with entries below it: their figures. */
    private static Text sumBelow(FormNode node, FormColumn column) {
        return sum(Text.of("form.entriesBelow", describe(node)), node.children(), column);
    }

    private static Text sumOfForm(EvaluationForm form, FormColumn column) {
        return sum(Text.of("form.entriesOfForm"), form.nodes(), column);
    }

    private static Text sum(Text of, List<FormNode> nodes, FormColumn column) {
        List<String> terms = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (FormNode node : nodes) {
            Optional<BigDecimal> value = node.totalBudget().flatMap(b -> amountOf(b, column));
            if (value.isPresent()) {
                terms.add(IndonesianNumbers.formatOperand(value.get()));
                total = total.add(value.get());
            }
        }
        return Text.of("form.sum", column.label(), of, String.join(" + ", terms),
                IndonesianNumbers.formatOperand(total));
    }

    /** An amount of the Rp half (columns 6 to 14), if the budget has it. */
    private static Optional<BigDecimal> amountOf(RowBudget budget, FormColumn column) {
        return switch (column) {
            case RP6 -> Optional.of(budget.renstraPagu());
            case RP7 -> Optional.of(budget.renstraRealisasiToLastYear());
            case RP8 -> Optional.of(budget.pagu());
            case RP13 -> budget.realisasiThisYear().valueIfPresent();
            case RP14 -> budget.renstraRealisasiToDate().valueIfPresent();
            default -> budget.realisasi().get(Integer.parseInt(column.number()) - 8).valueIfPresent();
        };
    }

    private static String describe(FormNode node) {
        return node.code().isEmpty() ? node.name() : node.code();
    }
}
