package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The precision of a column: inferred at its edges, and what it does to the audit of a report. */
class PrecisionTest {

    /** The findings in English, as these tests pin them. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(java.util.Locale.ENGLISH);

    private static final Indicator PERCENT = Indicator.of("Persentase", "Persen", Polarity.POSITIVE,
            Accumulation.STOCK);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDecimalsMostFiguresCarryTheLargerOnATieAndTwoForNone() {
        assertThat(Precision.infer(Map.of())).isEqualTo(2);
        assertThat(Precision.infer(Map.of(1, 1))).isEqualTo(1);
        assertThat(Precision.infer(Map.of(0, 3))).isEqualTo(0);
        assertThat(Precision.infer(Map.of(1, 5, 2, 3))).isEqualTo(1);
        assertThat(Precision.infer(Map.of(1, 2, 2, 2))).isEqualTo(2);
        assertThat(Precision.infer(Map.of(0, 2, 1, 2))).isEqualTo(1);
        assertThat(Precision.infer(Map.of(3, 1, 0, 1))).isEqualTo(3);
        assertThat(Precision.infer(Map.of(2, 5, 1, 1))).isEqualTo(2);
        assertThat(Precision.infer(Map.of(0, 1, 1, 2, 2, 1))).isEqualTo(1);
    }

    /** A row whose target is 100 and realisation the given value, so that its exact capaian is that value. */
    private static PerformanceRow row(int number, String realization, String printed) {
        return PerformanceRow.of(Integer.toString(number), "s", Indicator.of("Indikator " + number, "Persen",
                Polarity.POSITIVE, Accumulation.STOCK), Target.of(d("100")), Realization.of(d(realization)))
                .withPrintedCapaian(d(printed));
    }

    private static List<PerformanceRow> oneDecimalThroughout() {
        // 97,04 → 97,0; 121,32 → 121,3; 126,67 → 126,7; 100 → 100,0; 99,95 → 100,0 (half-up).
        return List.of(row(1, "97.037037", "97.0"), row(2, "121.318181", "121.3"), row(3, "126.666666", "126.7"),
                row(4, "100", "100.0"), row(5, "99.95", "100.0"));
    }

    private static PerformanceReport report(List<PerformanceRow> rows) {
        return PerformanceReport.of("Dinas Contoh", 2024).withPerformance(rows);
    }

    @Test
    void aReportPrintedAtOneDecimalThroughoutAndRightHasNoFinding() {
        Audit audit = Audit.of(report(oneDecimalThroughout()).withStandards(List.of(StandardRow.of(PERCENT,
                d("70.63"), Realization.of(d("68.12")), "Nasional").withPrintedPercent(d("96.4")))));
        assertThat(audit.findings()).isEmpty();
    }

    @Test
    void theStrictOptionReadsEveryColumnAtTwoDecimals() {
        Audit audit = Audit.of(report(oneDecimalThroughout()), ENGLISH.withPrecision(
                Precision.TWO_DECIMALS));
        assertThat(audit.findings()).extracting(Finding::severity, Finding::printed, Finding::expected).containsExactly(
                tuple(Severity.NOTE, "97,0", "97,04"), tuple(Severity.NOTE, "121,3", "121,32"),
                tuple(Severity.NOTE, "126,7", "126,67"), tuple(Severity.NOTE, "100,0", "99,95"));
        assertThat(audit.findings().get(0).working()).endsWith("; printed rounded to 1 decimal where reports print two");
        assertThat(new Audit.Options(Audit.Options.DEFAULT.capaian(), Audit.Options.DEFAULT.categories(),
                Audit.Options.DEFAULT.outputCap())).isEqualTo(Audit.Options.DEFAULT);
    }

    @Test
    void aWrongFigureInAOneDecimalColumnIsJudgedAtOneDecimal() {
        List<PerformanceRow> rows = new ArrayList<>(oneDecimalThroughout());
        rows.add(row(6, "96.4462693", "96.5"));
        assertThat(Audit.of(report(rows), ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("96,4");
            assertThat(f.working()).endsWith("; likely cause: rounded twice, first to 2 decimals (96,45) and then to 1"
                    + " (96,5)");
        });
    }

    @Test
    void aSingleFigurePrintedCoarserThanItsColumnIsANote() {
        List<PerformanceRow> rows = List.of(row(1, "97.037037", "97.04"), row(2, "121.318181", "121.32"),
                row(3, "95.7952", "96"));
        assertThat(Audit.of(report(rows), ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
            assertThat(f.printed()).isEqualTo("96");
            assertThat(f.expected()).isEqualTo("95,80");
            assertThat(f.working()).endsWith("; printed rounded to 0 decimals where the rest of its column prints 2");
        });
    }

    @Test
    void onATieTheCoarserHalfOfTheColumnIsPointedOut() {
        List<PerformanceRow> rows = List.of(row(1, "97.037037", "97.04"), row(2, "121.318181", "121.3"));
        assertThat(Audit.of(report(rows), ENGLISH).findings()).extracting(Finding::severity, Finding::printed)
                .containsExactly(tuple(Severity.NOTE, "121,3"));
    }

    @Test
    void exactFiguresWithoutTrailingZerosDoNotVote() {
        // Three rows of exactly 100 printed "100" would otherwise make the column whole percents.
        List<PerformanceRow> rows = List.of(row(1, "100", "100"), row(2, "100", "100"), row(3, "100", "100"),
                row(4, "97.037037", "97.0"), row(5, "96.4462693", "96.5"));
        assertThat(Audit.of(report(rows), ENGLISH).findings()).extracting(Finding::severity, Finding::printed,
                Finding::expected).containsExactly(tuple(Severity.WARNING, "96,5", "96,4"));
    }

    @Test
    void eachColumnHasItsOwnPrecision() {
        // The capaian column at one decimal, the standards column at two.
        Audit audit = Audit.of(report(oneDecimalThroughout()).withStandards(List.of(StandardRow.of(PERCENT,
                d("70.63"), Realization.of(d("68.12")), "Nasional").withPrintedPercent(d("96.45")), StandardRow.of(
                        PERCENT, d("70.63"), Realization.of(d("68.12")), "Provinsi").withPrintedPercent(d("96.5")))));
        // A tie, one figure at two decimals and one at one: the column is read at two.
        assertThat(audit.findings()).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple(Severity.WARNING, "96,5", "96,45"));
    }

    @Test
    void anEmptyReportHasNoFinding() {
        assertThat(Audit.of(report(List.of())).findings()).isEmpty();
        assertThat(Audit.of(report(List.of()), ENGLISH.withPrecision(Precision.TWO_DECIMALS))
                .findings()).isEmpty();
    }
}
