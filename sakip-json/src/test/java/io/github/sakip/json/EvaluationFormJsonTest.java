package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.audit.Audit;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.json.testdata.Hostile;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation forms of Permendagri 86/2017 in JSON, beyond the golden cases and the hostile inputs of
 * sakip-json-testdata (which {@link RoundTripTest} and {@link HostileInputTest} run): a form read back is audited as
 * the same form, a form written by hand needs little, and the example of docs/json.md reads and has no finding.
 */
class EvaluationFormJsonTest extends ModuleTestBase {

    private static final ObjectMapper MAPPER = mapper();

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aFormReadFromJsonIsAuditedAsTheSameFormBuiltInJava() throws Exception {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024).withEvaluationForms(List.of(
                Golden.evaluationForm()));
        PerformanceReport read = MAPPER.readValue(MAPPER.writeValueAsString(report), PerformanceReport.class);
        assertThat(read).isEqualTo(report);
        assertThat(Audit.of(read).findings()).isEqualTo(Audit.of(report).findings()).isNotEmpty();
    }

    @Test
    void aFormWrittenByHandNeedsLittle() throws Exception {
        EvaluationForm form = MAPPER.readValue(json("{'kind':'RENJA','entries':[{'level':'KEGIATAN',"
                + "'code':'2.07.03.2.01','name':'Pelatihan','indicators':[{'indicator':{'name':'Dilatih',"
                + "'unit':'Orang','polarity':'POSITIVE','accumulation':'FLOW'},'renstraTarget':1536,"
                + "'renstraRealizationToLastYear':470,'yearTarget':512,'quarters':[100,150,140]}],"
                + "'budget':{'renstraPagu':'6093199996','renstraRealisasiToLastYear':0,'pagu':600448289,"
                + "'realisasi':[]}}]}"), EvaluationForm.class);
        assertThat(form.measure()).isEqualTo(Measure.RENSTRA_TO_DATE);
        assertThat(form.entries().get(0).budget().orElseThrow().renstraPagu()).isEqualTo(d("6093199996"));
        assertThat(form.entries().get(0).budget().orElseThrow().realisasi()).isEqualTo(Quarters.none());
        assertThat(form.entries().get(0).indicators().get(0).row()).isEqualTo(IndicatorRow.of(Indicator.of(
                "Dilatih", "Orang", Polarity.POSITIVE, Accumulation.FLOW), Target.of(d("1536")),
                Realization.of(d("470")), Target.of(d("512")), Quarters.reported(d("100"), d("150"), d("140"))));
    }

    @Test
    void theValidFormOfTheHostileCasesReads() throws Exception {
        assertThat(MAPPER.readValue(Hostile.FORM, PerformanceReport.class).evaluationForms()).hasSize(1);
    }

    @Test
    void theExampleOfTheDocumentationReadsAndHasNoFinding() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "json.md"));
        int section = doc.indexOf("### Evaluation forms (Permendagri 86/2017)");
        int start = doc.indexOf("```json", section) + "```json".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        PerformanceReport report = MAPPER.readValue(example, PerformanceReport.class);
        assertThat(report.evaluationForms()).hasSize(1);
        assertThat(report.evaluationForms().get(0).printedFigures()).containsKey(FormColumn.K15);
        assertThat(Audit.of(report).findings()).isEmpty();
    }
}
