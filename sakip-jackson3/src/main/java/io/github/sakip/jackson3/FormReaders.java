package io.github.sakip.jackson3;

import static io.github.sakip.jackson3.Field.nested;

import io.github.sakip.Category;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * How the evaluation forms of Permendagri 86/2017 are read: the quarters, the K half of a row
 * ({@link IndicatorRow}), the Rp half ({@link RowBudget}), and the filled form ({@link EvaluationForm}) with its
 * entries, indicator rows and printed figures. The same strictness as every other reader: typed fields, duplicate
 * keys, nulls and unknown fields refused, numbers checked by the core's limits, the core's refusals kept.
 */
final class FormReaders {

    private FormReaders() {
    }

    /** The JSON name of a printed column: {@code "k13"}, {@code "kYear"}, {@code "rp6"}, {@code "rpYear"}. */
    static String name(FormColumn column) {
        String number = column.number().equals("13/8") ? "Year" : column.number();
        return (column.half() == Half.K ? "k" : "rp") + number;
    }

    /** The JSON name of a printed predicate: {@code "predicateK"}, {@code "predicateRp"}. */
    static String name(Half half) {
        return "predicate" + half.label();
    }

    // ---- quarters and the two halves of a row -----------------------------------------------------------------

    /**
     * Quarters as an array of up to four realisations, triwulan I first; a quarter the array leaves out is not
     * reported yet, as {@link Quarters#reported} makes it.
     */
    static Quarters quarters(JsonParser p, DeserializationContext ctxt, Deser<Quarters> deser) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Json.wrongToken(p, Quarters.class, "an array of up to four realisations, triwulan I first");
        }
        List<Realization> given = Readers.list(Realization.class).read(p, ctxt, deser);
        return Json.build(p, ctxt, Quarters.class, () -> {
            if (given.size() > 4) {
                throw new IllegalArgumentException("a year has four quarters, but " + given.size() + " were given");
            }
            List<Realization> quarters = new ArrayList<>(Quarters.none().asList());
            for (int i = 0; i < given.size(); i++) {
                quarters.set(i, given.get(i));
            }
            return Quarters.of(quarters.get(0), quarters.get(1), quarters.get(2), quarters.get(3));
        });
    }

    static final Field<Target> RENSTRA_TARGET = nested("renstraTarget", Target.class);
    static final Field<Realization> RENSTRA_REALIZATION_TO_LAST_YEAR = nested("renstraRealizationToLastYear",
            Realization.class);
    static final Field<Target> YEAR_TARGET = nested("yearTarget", Target.class);
    static final Field<Quarters> QUARTERS = nested("quarters", Quarters.class);
    static final Fields INDICATOR_ROW = Fields.of(IndicatorRow.class, Readers.INDICATOR_FIELD, RENSTRA_TARGET,
            RENSTRA_REALIZATION_TO_LAST_YEAR, YEAR_TARGET, QUARTERS);

    static IndicatorRow indicatorRow(Values v) {
        return new IndicatorRow(v.required(Readers.INDICATOR_FIELD), v.optional(RENSTRA_TARGET),
                v.required(RENSTRA_REALIZATION_TO_LAST_YEAR), v.optional(YEAR_TARGET), v.required(QUARTERS));
    }

    static final Deser.Build<IndicatorRow> INDICATOR_ROW_BUILD = FormReaders::indicatorRow;

    static final Field<BigDecimal> RENSTRA_PAGU = Field.of("renstraPagu", Readers::amount);
    static final Field<BigDecimal> RENSTRA_REALISASI_TO_LAST_YEAR = Field.of("renstraRealisasiToLastYear",
            Readers::amount);
    static final Field<Quarters> REALISASI = nested("realisasi", Quarters.class);
    static final Fields ROW_BUDGET = Fields.of(RowBudget.class, RENSTRA_PAGU, RENSTRA_REALISASI_TO_LAST_YEAR,
            Readers.PAGU, REALISASI);
    static final Deser.Build<RowBudget> ROW_BUDGET_BUILD = v -> RowBudget.of(v.required(RENSTRA_PAGU),
            v.required(RENSTRA_REALISASI_TO_LAST_YEAR), v.required(Readers.PAGU), v.required(REALISASI));

    // ---- printed figures ---------------------------------------------------------------------------------------

    private static final Map<FormColumn, Field<BigDecimal>> COLUMNS = columns();

    private static Map<FormColumn, Field<BigDecimal>> columns() {
        Map<FormColumn, Field<BigDecimal>> fields = new EnumMap<>(FormColumn.class);
        for (FormColumn column : FormColumn.values()) {
            fields.put(column, Field.of(name(column), Readers::decimal));
        }
        return fields;
    }

    static final Field<Category> PREDICATE_K = nested(name(Half.K), Category.class);
    static final Field<Category> PREDICATE_RP = nested(name(Half.RP), Category.class);

    /** The {@code "printed"} object of a kind of row: its columns, then its predicates. */
    private static Field<Values> printed(Class<?> type, java.util.Set<FormColumn> columns, boolean rp) {
        List<Field<?>> fields = new ArrayList<>();
        for (FormColumn column : columns) {
            fields.add(COLUMNS.get(column));
        }
        fields.add(PREDICATE_K);
        if (rp) {
            fields.add(PREDICATE_RP);
        }
        return Field.object("printed", Fields.of(type, fields.toArray(new Field<?>[0])));
    }

    /** A copy of a row with what its {@code "printed"} object holds. */
    @FunctionalInterface
    private interface Printer<R> {
        R print(R row, FormColumn column, BigDecimal figure);
    }

    /** A copy of a row with a printed predicate. */
    @FunctionalInterface
    private interface Predicate<R> {
        R print(R row, Half half, Category predicate);
    }

    private static <R> R printed(R row, Values v, Field<Values> printed, Printer<R> figure, Predicate<R> predicate) {
        Optional<Values> inner = v.optional(printed);
        if (inner.isEmpty()) {
            return row;
        }
        R result = row;
        for (Map.Entry<FormColumn, Field<BigDecimal>> column : COLUMNS.entrySet()) {
            Optional<BigDecimal> value = inner.get().optional(column.getValue());
            if (value.isPresent()) {
                result = figure.print(result, column.getKey(), value.get());
            }
        }
        Optional<Category> k = inner.get().optional(PREDICATE_K);
        if (k.isPresent()) {
            result = predicate.print(result, Half.K, k.get());
        }
        Optional<Category> rp = inner.get().optional(PREDICATE_RP);
        return rp.isPresent() ? predicate.print(result, Half.RP, rp.get()) : result;
    }

    // ---- the filled form ---------------------------------------------------------------------------------------

    static final Field<String> RESPONSIBLE = Field.of("responsible", Readers::string);
    static final Field<Values> ROW_PRINTED = printed(FormIndicatorRow.class, FormIndicatorRow.PRINTED_COLUMNS, false);
    static final Fields FORM_INDICATOR_ROW = Fields.of(FormIndicatorRow.class, Readers.INDICATOR_FIELD,
            RENSTRA_TARGET, RENSTRA_REALIZATION_TO_LAST_YEAR, YEAR_TARGET, QUARTERS, RESPONSIBLE, ROW_PRINTED);

    static FormIndicatorRow formIndicatorRow(Values v) {
        FormIndicatorRow row = FormIndicatorRow.of(indicatorRow(v));
        Optional<String> responsible = v.optional(RESPONSIBLE);
        row = responsible.isPresent() ? row.withResponsible(responsible.get()) : row;
        return printed(row, v, ROW_PRINTED, FormIndicatorRow::withPrinted, (r, half, p) -> r.withPrintedPredicate(p));
    }

    static final Deser.Build<FormIndicatorRow> FORM_INDICATOR_ROW_BUILD = FormReaders::formIndicatorRow;

    static final Field<FormNode.Level> LEVEL = nested("level", FormNode.Level.class);
    static final Field<String> CODE = Field.of("code", Readers::string);
    static final Field<List<FormIndicatorRow>> INDICATORS = Field.of("indicators", Readers.list(
            FormIndicatorRow.class));
    static final Field<RowBudget> BUDGET = nested("budget", RowBudget.class);
    static final Field<List<FormEntry>> CHILDREN = Field.of("children", Readers.list(FormEntry.class));
    static final Field<Values> ENTRY_PRINTED = printed(FormEntry.class, FormEntry.PARENT_PRINTED_COLUMNS, true);
    static final Fields FORM_ENTRY = Fields.of(FormEntry.class, LEVEL, CODE, Readers.NAME, INDICATORS, BUDGET,
            CHILDREN, ENTRY_PRINTED);

    static FormEntry formEntry(Values v) {
        FormNode.Level level = v.required(LEVEL);
        String code = v.optional(CODE, "");
        String name = v.required(Readers.NAME);
        List<FormIndicatorRow> indicators = v.optional(INDICATORS, List.of());
        Optional<RowBudget> budget = v.optional(BUDGET);
        List<FormEntry> children = v.optional(CHILDREN, List.of());
        if (budget.isPresent() && !children.isEmpty()) {
            throw v.refuse(level.label() + " '" + name + "' has children, so its budget is the sum of theirs and"
                    + " must not be given");
        }
        FormEntry entry = budget.isPresent() ? FormEntry.leaf(level, code, name, indicators, budget.get())
                : FormEntry.parent(level, code, name, indicators, children);
        return printed(entry, v, ENTRY_PRINTED, FormEntry::withPrinted, FormEntry::withPrintedPredicate);
    }

    static final Deser.Build<FormEntry> FORM_ENTRY_BUILD = FormReaders::formEntry;

    static final Field<EvaluationForm.Kind> KIND = nested("kind", EvaluationForm.Kind.class);
    static final Field<RenstraToDate> RENSTRA_TO_DATE = nested("renstraToDate", RenstraToDate.class);
    static final Field<PredicateReading> PREDICATE_READING = nested("predicateReading", PredicateReading.class);
    static final Field<Measure> MEASURE = nested("measure", Measure.class);
    static final Field<List<FormEntry>> ENTRIES = Field.of("entries", Readers.list(FormEntry.class));
    static final Field<Values> FORM_PRINTED = printed(EvaluationForm.class, EvaluationForm.PRINTED_COLUMNS, true);

    /** The JSON name of a row of text: {@code "drivingFactors"}, {@code "followUpNextPlan"}. */
    static String name(EvaluationForm.Text text) {
        StringBuilder name = new StringBuilder();
        for (String word : text.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static final Map<EvaluationForm.Text, Field<String>> TEXT_FIELDS = texts();

    private static Map<EvaluationForm.Text, Field<String>> texts() {
        Map<EvaluationForm.Text, Field<String>> fields = new EnumMap<>(EvaluationForm.Text.class);
        for (EvaluationForm.Text text : EvaluationForm.Text.values()) {
            fields.put(text, Field.of(name(text), Readers::string));
        }
        return fields;
    }

    static final Field<Values> TEXTS = Field.object("texts", Fields.of(EvaluationForm.class,
            TEXT_FIELDS.values().toArray(new Field<?>[0])));
    static final Field<String> SOURCE = Field.of("source", Readers::string);
    static final Fields EVALUATION_FORM = Fields.of(EvaluationForm.class, KIND, RENSTRA_TO_DATE, PREDICATE_READING,
            MEASURE, SOURCE, ENTRIES, FORM_PRINTED, TEXTS);

    static EvaluationForm evaluationForm(Values v) {
        EvaluationForm form = EvaluationForm.of(v.required(KIND), v.optional(ENTRIES, List.of()))
                .withRenstraToDate(v.optional(RENSTRA_TO_DATE, RenstraToDate.BY_ACCUMULATION))
                .withPredicateReading(v.optional(PREDICATE_READING, PredicateReading.PRINTED_LOWER_BAND))
                .withMeasure(v.optional(MEASURE, Measure.RENSTRA_TO_DATE));
        Optional<String> source = v.optional(SOURCE);
        form = source.isPresent() ? form.withSource(source.get()) : form;
        form = printed(form, v, FORM_PRINTED, EvaluationForm::withPrinted, EvaluationForm::withPrintedPredicate);
        for (Map.Entry<EvaluationForm.Text, Field<String>> text : TEXT_FIELDS.entrySet()) {
            Optional<String> value = v.optional(TEXTS, text.getValue());
            if (value.isPresent()) {
                form = form.withText(text.getKey(), value.get());
            }
        }
        return form;
    }

    static final Deser.Build<EvaluationForm> EVALUATION_FORM_BUILD = FormReaders::evaluationForm;

    static final Field<List<EvaluationForm>> EVALUATION_FORMS = Field.of("evaluationForms",
            Readers.list(EvaluationForm.class));
}
