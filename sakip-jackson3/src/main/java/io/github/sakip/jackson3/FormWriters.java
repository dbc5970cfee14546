package io.github.sakip.jackson3;

import io.github.sakip.Category;
import io.github.sakip.Realization;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * How the evaluation forms of Permendagri 86/2017 are written, in the canonical form of the module: what a form
 * leaves blank, the default readings and the quarters not reported at the end of the year are left out.
 */
final class FormWriters {

    private FormWriters() {
    }

    /**
     * Writes quarters as an array, triwulan I first; the quarters at the end that are not reported yet, as
     * {@link Quarters#reported} makes them, are left out.
     */
    static void quarters(Quarters quarters, JsonGenerator g, SerializationContext ctxt) {
        List<Realization> all = quarters.asList();
        List<Realization> none = Quarters.none().asList();
        int written = 4;
        while (written > 0 && all.get(written - 1).equals(none.get(written - 1))) {
            written--;
        }
        g.writeStartArray();
        for (int i = 0; i < written; i++) {
            ctxt.writeValue(g, all.get(i));
        }
        g.writeEndArray();
    }

    private static void rowFields(IndicatorRow row, JsonGenerator g, SerializationContext ctxt) {
        ctxt.defaultSerializeProperty("indicator", row.indicator(), g);
        if (row.renstraTarget().isPresent()) {
            ctxt.defaultSerializeProperty("renstraTarget", row.renstraTarget().get(), g);
        }
        ctxt.defaultSerializeProperty("renstraRealizationToLastYear", row.renstraRealizationToLastYear(), g);
        if (row.yearTarget().isPresent()) {
            ctxt.defaultSerializeProperty("yearTarget", row.yearTarget().get(), g);
        }
        ctxt.defaultSerializeProperty("quarters", row.quarters(), g);
    }

    static void indicatorRow(IndicatorRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        rowFields(row, g, ctxt);
        g.writeEndObject();
    }

    static void rowBudget(RowBudget budget, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeName("renstraPagu");
        Writers.number(budget.renstraPagu(), g);
        g.writeName("renstraRealisasiToLastYear");
        Writers.number(budget.renstraRealisasiToLastYear(), g);
        g.writeName("pagu");
        Writers.number(budget.pagu(), g);
        ctxt.defaultSerializeProperty("realisasi", budget.realisasi(), g);
        g.writeEndObject();
    }

    /** Writes {@code "printed": {...}} with a row's figures and predicates, or nothing if it has none. */
    private static void printed(Map<FormColumn, BigDecimal> figures, Optional<Category> k, Optional<Category> rp,
            JsonGenerator g, SerializationContext ctxt) {
        if (figures.isEmpty() && k.isEmpty() && rp.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart("printed");
        for (Map.Entry<FormColumn, BigDecimal> figure : figures.entrySet()) {
            g.writeName(FormReaders.name(figure.getKey()));
            Writers.number(figure.getValue(), g);
        }
        if (k.isPresent()) {
            ctxt.defaultSerializeProperty(FormReaders.name(Half.K), k.get(), g);
        }
        if (rp.isPresent()) {
            ctxt.defaultSerializeProperty(FormReaders.name(Half.RP), rp.get(), g);
        }
        g.writeEndObject();
    }

    static void formIndicatorRow(FormIndicatorRow row, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        rowFields(row.row(), g, ctxt);
        if (row.responsible().isPresent()) {
            g.writeStringProperty("responsible", row.responsible().get());
        }
        printed(row.printedFigures(), row.printedPredicate(), Optional.empty(), g, ctxt);
        g.writeEndObject();
    }

    static void formEntry(FormEntry entry, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("level", entry.level(), g);
        if (!entry.code().isEmpty()) {
            g.writeStringProperty("code", entry.code());
        }
        g.writeStringProperty("name", entry.name());
        Writers.list("indicators", entry.indicators(), g, ctxt);
        if (entry.budget().isPresent()) {
            ctxt.defaultSerializeProperty("budget", entry.budget().get(), g);
        }
        Writers.list("children", entry.children(), g, ctxt);
        printed(entry.printedFigures(), entry.printedPredicate(Half.K), entry.printedPredicate(Half.RP), g,
                ctxt);
        g.writeEndObject();
    }

    static void evaluationForm(EvaluationForm form, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        ctxt.defaultSerializeProperty("kind", form.kind(), g);
        if (form.renstraToDate() != RenstraToDate.BY_ACCUMULATION) {
            ctxt.defaultSerializeProperty("renstraToDate", form.renstraToDate(), g);
        }
        if (form.predicateReading() != PredicateReading.PRINTED_LOWER_BAND) {
            ctxt.defaultSerializeProperty("predicateReading", form.predicateReading(), g);
        }
        if (form.measure() != Measure.RENSTRA_TO_DATE) {
            ctxt.defaultSerializeProperty("measure", form.measure(), g);
        }
        if (form.source().isPresent()) {
            g.writeStringProperty("source", form.source().get());
        }
        Writers.list("entries", form.entries(), g, ctxt);
        printed(form.printedFigures(), form.printedPredicate(Half.K), form.printedPredicate(Half.RP), g, ctxt);
        if (!form.texts().isEmpty()) {
            g.writeObjectPropertyStart("texts");
            for (Map.Entry<EvaluationForm.Text, String> text : form.texts().entrySet()) {
                g.writeStringProperty(FormReaders.name(text.getKey()), text.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
