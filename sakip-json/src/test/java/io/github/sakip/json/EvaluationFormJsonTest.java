package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.sakip.Accumulation;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.audit.Audit;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode.Level;
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
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation forms of Permendagri 86/2017 in JSON: the canonical form of each type, and the same strictness as
 * the report's other tables, each refusal with the path of the field at fault.
 */
class EvaluationFormJsonTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static final Indicator TRAINED = Indicator.of("Pencari kerja dilatih", "Orang", Polarity.POSITIVE,
            Accumulation.FLOW);
    private static final String TRAINED_JSON = "{'name':'Pencari kerja dilatih','unit':'Orang',"
            + "'polarity':'POSITIVE','accumulation':'FLOW'}";

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static IndicatorRow row() {
        return IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")), Target.of(d("512")),
                Quarters.reported(d("100"), d("150"), d("140")));
    }

    static RowBudget budget() {
        return RowBudget.of(d("6093199996"), d("0"), d("600448289"), Quarters.reported(d("100000000"),
                d("150000000.50")));
    }

    static final String ROW_JSON = "'indicator':" + TRAINED_JSON + ",'renstraTarget':1536,"
            + "'renstraRealizationToLastYear':470,'yearTarget':512,'quarters':[100,150,140]";
    static final String BUDGET_JSON = "{'renstraPagu':6093199996,'renstraRealisasiToLastYear':0,'pagu':600448289,"
            + "'realisasi':[100000000,150000000.5]}";

    static EvaluationForm form() {
        FormEntry sub = FormEntry.leaf(Level.SUB_KEGIATAN, "2.07.03.2.01.01", "Pelatihan", List.of(
                FormIndicatorRow.of(row()).withResponsible("Seksi Pelatihan").withPrinted(FormColumn.K13, d("390"))
                        .withPrinted(FormColumn.K15, d("55.99")).withPrintedPredicate(Category.RENDAH)), budget())
                .withPrinted(FormColumn.RP_YEAR, d("41.64")).withPrintedPredicate(Half.RP, Category.SANGAT_RENDAH);
        FormEntry program = FormEntry.parent(Level.PROGRAM, "2.07.03", "Program Pelatihan", List.of(), List.of(sub))
                .withPrinted(FormColumn.RP6, d("6093199996")).withPrinted(FormColumn.K15, d("55.99"));
        FormEntry sasaran = FormEntry.parent(Level.SASARAN, "", "Kualitas", List.of(), List.of(program));
        return EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(sasaran)).withMeasure(Measure.YEAR)
                .withPredicateReading(PredicateReading.GREATER_THAN).withPrinted(FormColumn.K15, d("55.99"))
                .withPrintedPredicate(Half.K, Category.RENDAH)
                .withText(EvaluationForm.Text.HINDERING_FACTORS, "Anggaran terlambat")
                .withSource("SIPD, triwulan IV 2024");
    }

    static final String FORM_JSON = "{'kind':'RENJA','predicateReading':'GREATER_THAN','measure':'YEAR',"
            + "'source':'SIPD, triwulan IV 2024','entries':[{'level':'SASARAN','name':'Kualitas','children':[{'level':'PROGRAM','code':'2.07.03',"
            + "'name':'Program Pelatihan','children':[{'level':'SUB_KEGIATAN','code':'2.07.03.2.01.01',"
            + "'name':'Pelatihan','indicators':[{" + ROW_JSON + ",'responsible':'Seksi Pelatihan',"
            + "'printed':{'k13':390,'k15':55.99,'predicateK':'Rendah'}}],'budget':" + BUDGET_JSON + ","
            + "'printed':{'rpYear':41.64,'predicateRp':'Sangat Rendah'}}],"
            + "'printed':{'k15':55.99,'rp6':6093199996}}]}],"
            + "'printed':{'k15':55.99,'predicateK':'Rendah'},'texts':{'hinderingFactors':'Anggaran terlambat'}}";

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Quarters.reported(d("1"), d("0")), "[1,0]"),
                Arguments.of(Quarters.none(), "[]"),
                Arguments.of(Quarters.reported(d("1"), d("2"), d("3"), d("-4.5")), "[1,2,3,-4.5]"),
                Arguments.of(Quarters.reported(d("1"), d("2"), d("3"), d("4")).upTo(2),
                        "[1,2,{'absent':'triwulan III not reported by the end of triwulan II'},"
                        + "{'absent':'triwulan IV not reported by the end of triwulan II'}]"),
                Arguments.of(Quarters.of(Realization.absent("terlambat"), Realization.of(d("2")),
                        Realization.absent("triwulan III not reported"),
                        Realization.absent("triwulan IV not reported")),
                        "[{'absent':'terlambat'},2]"),
                Arguments.of(row(), "{" + ROW_JSON + "}"),
                Arguments.of(new IndicatorRow(TRAINED, Optional.empty(), Realization.absent("tahun pertama"),
                        Optional.of(Target.range(d("80"), d("90"))), Quarters.none()), "{'indicator':" + TRAINED_JSON
                        + ",'renstraRealizationToLastYear':{'absent':'tahun pertama'},'yearTarget':{'from':80,"
                        + "'to':90},'quarters':[]}"),
                Arguments.of(budget(), BUDGET_JSON),
                Arguments.of(FormIndicatorRow.of(row()), "{" + ROW_JSON + "}"),
                Arguments.of(FormEntry.parent(Level.KEGIATAN, "", "Tanpa kode", List.of(), List.of()),
                        "{'level':'KEGIATAN','name':'Tanpa kode'}"),
                Arguments.of(EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of()), "{'kind':'RKPD'}"),
                Arguments.of(EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of()).withRenstraToDate(
                        RenstraToDate.PRINTED_SUM), "{'kind':'RENJA','renstraToDate':'PRINTED_SUM'}"),
                Arguments.of(form(), FORM_JSON),
                Arguments.of(PerformanceReport.of("Dinas", 2024).withEvaluationForms(List.of(
                        EvaluationForm.of(EvaluationForm.Kind.RKPD, List.of()))),
                        "{'agency':'Dinas','year':2024,'evaluationForms':[{'kind':'RKPD'}]}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("values")
    void writesTheCanonicalJsonAndReadsItBack(Object value, String canonical) throws Exception {
        String json = json(canonical);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        Object read = MAPPER.readValue(json, value.getClass());
        assertThat(read).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void aFormReadFromJsonIsAuditedAsTheSameFormBuiltInJava() throws Exception {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024).withEvaluationForms(List.of(form()));
        PerformanceReport read = MAPPER.readValue(MAPPER.writeValueAsString(report), PerformanceReport.class);
        assertThat(Audit.of(read).findings()).isEqualTo(Audit.of(report).findings()).isNotEmpty();
    }

    @Test
    void aFormWrittenByHandNeedsLittle() throws Exception {
        EvaluationForm form = MAPPER.readValue(json("{'kind':'RENJA','entries':[{'level':'KEGIATAN',"
                + "'code':'2.07.03.2.01','name':'Pelatihan','indicators':[{" + ROW_JSON + "}],"
                + "'budget':{'renstraPagu':'6093199996','renstraRealisasiToLastYear':0,'pagu':600448289,"
                + "'realisasi':[]}}]}"), EvaluationForm.class);
        assertThat(form.measure()).isEqualTo(Measure.RENSTRA_TO_DATE);
        assertThat(form.entries().get(0).budget().orElseThrow().realisasi()).isEqualTo(Quarters.none());
        assertThat(form.entries().get(0).indicators().get(0).row()).isEqualTo(row());
    }

    static Stream<Arguments> refused() {
        String row = "{" + ROW_JSON + "}";
        String leaf = "{'level':'KEGIATAN','code':'2.07.03.2.01','name':'Pelatihan','indicators':[" + row + "],"
                + "'budget':" + BUDGET_JSON + "}";
        String valid = "{'agency':'Dinas','year':2024,'evaluationForms':[{'kind':'RENJA','entries':[" + leaf + "]}]}";
        return Stream.of(
                Arguments.of("the valid document, with nothing wrong", valid, null, "", ""),
                Arguments.of("five quarters", valid.replace("'quarters':[100,150,140]",
                        "'quarters':[100,150,140,1,2]"), ValueInstantiationException.class,
                        "evaluationForms[0].entries[0].indicators[0].quarters",
                        "a year has four quarters, but 5 were given"),
                Arguments.of("quarters as an object", valid.replace("'quarters':[100,150,140]",
                        "'quarters':{'1':100}"), MismatchedInputException.class,
                        "evaluationForms[0].entries[0].indicators[0].quarters",
                        "Expected an array of up to four realisations, triwulan I first for Quarters"),
                Arguments.of("a null quarter", valid.replace("'quarters':[100,150,140]", "'quarters':[100,null]"),
                        MismatchedInputException.class, "evaluationForms[0].entries[0].indicators[0].quarters[1]",
                        "Element 1 must not be null"),
                Arguments.of("a negative Rupiah quarter", valid.replace("'realisasi':[100000000,",
                        "'realisasi':[-1,"), ValueInstantiationException.class,
                        "evaluationForms[0].entries[0].budget", "realisasi of triwulan I must not be negative, but"
                                + " was -1"),
                Arguments.of("a negative pagu", valid.replace("'pagu':600448289", "'pagu':-1"),
                        InvalidFormatException.class, "evaluationForms[0].entries[0].budget.pagu",
                        "An amount must not be negative, but was -1"),
                Arguments.of("a missing column 7", valid.replace("'renstraRealizationToLastYear':470,", ""),
                        MismatchedInputException.class,
                        "evaluationForms[0].entries[0].indicators[0].renstraRealizationToLastYear",
                        "Missing required field \"renstraRealizationToLastYear\" of FormIndicatorRow"),
                Arguments.of("an unknown column", valid.replace("'quarters':[100,150,140]",
                        "'quarters':[100,150,140],'printed':{'k16':1}"), UnrecognizedPropertyException.class,
                        "evaluationForms[0].entries[0].indicators[0].printed.k16", "Unrecognized field \"k16\""),
                Arguments.of("an Rp column on an indicator row", valid.replace("'quarters':[100,150,140]",
                        "'quarters':[100,150,140],'printed':{'rp13':1}"), UnrecognizedPropertyException.class,
                        "evaluationForms[0].entries[0].indicators[0].printed.rp13", "Unrecognized field \"rp13\""),
                Arguments.of("the data of a lowest entry as printed", valid.replace("'name':'Pelatihan',",
                        "'name':'Pelatihan','printed':{'rp6':1},"), ValueInstantiationException.class,
                        "evaluationForms[0].entries[0]", "column 6 Rp is not a derived figure of the row of a lowest"
                                + " entry"),
                Arguments.of("a budget and children", valid.replace("'budget':" + BUDGET_JSON, "'budget':"
                        + BUDGET_JSON + ",'children':[" + leaf.replace("'KEGIATAN'", "'SUB_KEGIATAN'") + "]"),
                        ValueInstantiationException.class, "evaluationForms[0].entries[0]",
                        "kegiatan 'Pelatihan' has children, so its budget is the sum of theirs and must not be given"),
                Arguments.of("a child of the same level", valid.replace("'budget':" + BUDGET_JSON,
                        "'children':[" + leaf + "]"), ValueInstantiationException.class,
                        "evaluationForms[0].entries[0]", "kegiatan 'Pelatihan' cannot hold the kegiatan 'Pelatihan':"
                                + " a child must be of a lower level"),
                Arguments.of("an unknown level", valid.replace("'level':'KEGIATAN'", "'level':'SUBKEGIATAN'"),
                        InvalidFormatException.class, "evaluationForms[0].entries[0].level",
                        "\"SUBKEGIATAN\" is not a FormNode.Level; expected one of SASARAN, PROGRAM, KEGIATAN,"
                                + " SUB_KEGIATAN"),
                Arguments.of("an unknown kind", valid.replace("'kind':'RENJA'", "'kind':'RENSTRA'"),
                        InvalidFormatException.class, "evaluationForms[0].kind", "\"RENSTRA\" is not a"
                                + " EvaluationForm.Kind; expected one of RENJA, RKPD"),
                Arguments.of("an unknown reading", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','predicateReading':'ABOVE'"), InvalidFormatException.class,
                        "evaluationForms[0].predicateReading", "expected one of PRINTED_LOWER_BAND,"
                                + " PRINTED_WHOLE_PERCENT, GREATER_THAN"),
                Arguments.of("an unknown predicate", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','printed':{'predicateK':'Baik'}"), InvalidFormatException.class,
                        "evaluationForms[0].printed.predicateK", "\"Baik\" is not a Category"),
                Arguments.of("an exponent bomb in a printed cell", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','printed':{'k15':1e1000000000}"), InvalidFormatException.class,
                        "evaluationForms[0].printed.k15", "too large or too precise"),
                Arguments.of("a duplicate printed cell", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','printed':{'k15':1,'k15':2}"), MismatchedInputException.class,
                        "evaluationForms[0].printed.k15", "Duplicate field \"k15\""),
                Arguments.of("a null text", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','texts':{'drivingFactors':null}"), MismatchedInputException.class,
                        "evaluationForms[0].texts.drivingFactors", "must not be null"),
                Arguments.of("a blank text", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','texts':{'drivingFactors':' '}"), ValueInstantiationException.class,
                        "evaluationForms[0]", "text must not be blank"),
                Arguments.of("a blank source", valid.replace("'kind':'RENJA'", "'kind':'RENJA','source':''"),
                        ValueInstantiationException.class, "evaluationForms[0]", "text must not be blank"),
                Arguments.of("an unknown text", valid.replace("'kind':'RENJA'",
                        "'kind':'RENJA','texts':{'catatan':'x'}"), UnrecognizedPropertyException.class,
                        "evaluationForms[0].texts.catatan", "Unrecognized field \"catatan\""),
                Arguments.of("a missing kind", valid.replace("'kind':'RENJA',", ""), MismatchedInputException.class,
                        "evaluationForms[0].kind", "Missing required field \"kind\" of EvaluationForm"),
                Arguments.of("budgets adding up past a figure", valid.replace("'entries':[" + leaf + "]",
                        "'entries':[" + leaf.replace("6093199996", "900000000000000000000000000000") + ","
                        + leaf.replace("6093199996", "900000000000000000000000000000").replace("2.07.03.2.01",
                                "2.07.03.2.02") + "]"), ValueInstantiationException.class, "evaluationForms[0]",
                        "the budgets of the form cannot be added up"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithThePath(String name, String document, Class<? extends Throwable> type, String path,
            String message) throws Exception {
        if (type == null) {
            assertThat(MAPPER.readValue(json(document), PerformanceReport.class).evaluationForms()).hasSize(1);
            return;
        }
        JsonProcessingException e = refused(MAPPER, json(document), PerformanceReport.class);
        assertThat(e).isInstanceOf(type);
        assertThat(pathOf((JsonMappingException) e)).as(e.getMessage()).isEqualTo(path);
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void theExampleOfTheDocumentationReadsAndHasNoFinding() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "json.md"));
        int section = doc.indexOf("### Evaluation forms (Permendagri 86/2017)");
        int start = doc.indexOf("```json", section) + "```json".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        PerformanceReport report = MAPPER.readValue(example, PerformanceReport.class);
        assertThat(report.evaluationForms()).hasSize(1);
        assertThat(report.evaluationForms().get(0).printedFigures()).containsKey(FormColumn.K15);
        assertThat(Audit.of(report).findings()).isEmpty();
    }
}
