package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    static void quarters(Quarters quarters, JsonGenerator g, SerializerProvider provider) throws IOException {
        List<Realization> all = quarters.asList();
        List<Realization> none = Quarters.none().asList();
        int written = 4;
        while (written > 0 && all.get(written - 1).equals(none.get(written - 1))) {
            written--;
        }
        g.writeStartArray();
        for (int i = 0; i < written; i++) {
            provider.defaultSerializeValue(all.get(i), g);
        }
        g.writeEndArray();
    }

    private static void rowFields(IndicatorRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        provider.defaultSerializeField("indicator", row.indicator(), g);
        if (row.renstraTarget().isPresent()) {
            provider.defaultSerializeField("renstraTarget", row.renstraTarget().get(), g);
        }
        provider.defaultSerializeField("renstraRealizationToLastYear", row.renstraRealizationToLastYear(), g);
        if (row.yearTarget().isPresent()) {
            provider.defaultSerializeField("yearTarget", row.yearTarget().get(), g);
        }
        provider.defaultSerializeField("quarters", row.quarters(), g);
    }

    static void indicatorRow(IndicatorRow row, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        rowFields(row, g, provider);
        g.writeEndObject();
    }

    static void rowBudget(RowBudget budget, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeFieldName("renstraPagu");
        Writers.number(budget.renstraPagu(), g);
        g.writeFieldName("renstraRealisasiToLastYear");
        Writers.number(budget.renstraRealisasiToLastYear(), g);
        g.writeFieldName("pagu");
        Writers.number(budget.pagu(), g);
        provider.defaultSerializeField("realisasi", budget.realisasi(), g);
        g.writeEndObject();
    }

    /** Writes {@code "printed": {...}} with a row's figures and predicates, or nothing if it has none. */
    private static void printed(Map<FormColumn, BigDecimal> figures, Optional<Category> k, Optional<Category> rp,
            JsonGenerator g, SerializerProvider provider) throws IOException {
        if (figures.isEmpty() && k.isEmpty() && rp.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("printed");
        for (Map.Entry<FormColumn, BigDecimal> figure : figures.entrySet()) {
            g.writeFieldName(FormReaders.name(figure.getKey()));
            Writers.number(figure.getValue(), g);
        }
        if (k.isPresent()) {
            provider.defaultSerializeField(FormReaders.name(Half.K), k.get(), g);
        }
        if (rp.isPresent()) {
            provider.defaultSerializeField(FormReaders.name(Half.RP), rp.get(), g);
        }
        g.writeEndObject();
    }

    static void formIndicatorRow(FormIndicatorRow row, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartObject();
        rowFields(row.row(), g, provider);
        if (row.responsible().isPresent()) {
            g.writeStringField("responsible", row.responsible().get());
        }
        printed(row.printedFigures(), row.printedPredicate(), Optional.empty(), g, provider);
        g.writeEndObject();
    }

    static void formEntry(FormEntry entry, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("level", entry.level(), g);
        if (!entry.code().isEmpty()) {
            g.writeStringField("code", entry.code());
        }
        g.writeStringField("name", entry.name());
        Writers.list("indicators", entry.indicators(), g, provider);
        if (entry.budget().isPresent()) {
            provider.defaultSerializeField("budget", entry.budget().get(), g);
        }
        Writers.list("children", entry.children(), g, provider);
        printed(entry.printedFigures(), entry.printedPredicate(Half.K), entry.printedPredicate(Half.RP), g,
                provider);
        g.writeEndObject();
    }

    static void evaluationForm(EvaluationForm form, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("kind", form.kind(), g);
        if (form.renstraToDate() != RenstraToDate.BY_ACCUMULATION) {
            provider.defaultSerializeField("renstraToDate", form.renstraToDate(), g);
        }
        if (form.predicateReading() != PredicateReading.PRINTED_LOWER_BAND) {
            provider.defaultSerializeField("predicateReading", form.predicateReading(), g);
        }
        if (form.measure() != Measure.RENSTRA_TO_DATE) {
            provider.defaultSerializeField("measure", form.measure(), g);
        }
        if (form.source().isPresent()) {
            g.writeStringField("source", form.source().get());
        }
        Writers.list("entries", form.entries(), g, provider);
        printed(form.printedFigures(), form.printedPredicate(Half.K), form.printedPredicate(Half.RP), g, provider);
        if (!form.texts().isEmpty()) {
            g.writeObjectFieldStart("texts");
            for (Map.Entry<EvaluationForm.Text, String> text : form.texts().entrySet()) {
                g.writeStringField(FormReaders.name(text.getKey()), text.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
