package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Severity;
import io.github.sakip.report.PercentColumn;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.StatedPrecision;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A precision a JSON document states reaches the audit: the document's reading is the object's. */
class StatedPrecisionJsonTest extends ModuleTestBase {

    private static String row(int number, String realization, String printed) {
        return "{'number':'" + number + "','sasaran':'s','indicator':{'name':'Indikator " + number + "','unit':"
                + "'Persen','polarity':'POSITIVE','accumulation':'STOCK'},'target':100,'realization':" + realization
                + ",'printed':{'capaian':" + printed + "}}";
    }

    /** Printed at one decimal, each correctly rounded: 97,037037 → 97,0; 121,318181 → 121,3; 126,666666 → 126,7. */
    private static String document(String precisions) {
        return json("{'agency':'Dinas Contoh','year':2024,'performance':[" + row(1, "97.037037", "97.0") + ","
                + row(2, "121.318181", "121.3") + "," + row(3, "126.666666", "126.7") + "]" + precisions + "}");
    }

    private static List<Finding> findings(String document) {
        return Audit.of(mapper().readValue(document, PerformanceReport.class),
                Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH)).findings();
    }

    @Test
    void aDocumentStatingTwoDecimalsGetsANotePerCoarserFigure() {
        String stated = document(",'precisions':[{'table':'Perjanjian Kinerja','column':'Capaian','decimals':2}]");
        assertThat(mapper().readValue(stated, PerformanceReport.class).precisions())
                .containsExactly(StatedPrecision.of(PercentColumn.CAPAIAN, 2));
        assertThat(findings(stated)).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple(Severity.NOTE, "97,0", "97,04"), tuple(Severity.NOTE, "121,3", "121,32"),
                        tuple(Severity.NOTE, "126,7", "126,67"));
        assertThat(findings(stated).get(0).working()).endsWith("where the report states its column is printed"
                + " with 2");
    }

    @Test
    void aDocumentStatingOneDecimalOrNoneHasNoFinding() {
        assertThat(findings(document(",'precisions':[{'table':'Perjanjian Kinerja','decimals':1}]"))).isEmpty();
        assertThat(findings(document(""))).isEmpty();
        assertThat(mapper().readValue(document(""), PerformanceReport.class).precisions()).isEmpty();
    }

    @Test
    void aReportStatingNothingIsWrittenWithoutPrecisions() {
        PerformanceReport report = mapper().readValue(document(""), PerformanceReport.class);
        assertThat(mapper().writeValueAsString(report)).doesNotContain("precisions");
        assertThat(mapper().writeValueAsString(report.withPrecisions(List.of(StatedPrecision.of(
                PercentColumn.CAPAIAN, 1))))).endsWith(json(",'precisions':[{'table':'Perjanjian Kinerja',"
                        + "'column':'Capaian','decimals':1}]}"));
    }
}
