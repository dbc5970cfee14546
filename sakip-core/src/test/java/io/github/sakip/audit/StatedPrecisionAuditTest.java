package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.RenstraPlan;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PercentColumn;
import io.github.sakip.report.PercentTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.StatedPrecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A precision the report states: used instead of the inferred one, ignored by the strict option. */
class StatedPrecisionAuditTest {

    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A row whose target is 100 and realisation the given value, so that its exact capaian is that value. */
    private static PerformanceRow row(int number, String realization, String printed) {
        return PerformanceRow.of(Integer.toString(number), "s", Indicator.of("Indikator " + number, "Persen",
                Polarity.POSITIVE, Accumulation.STOCK), Target.of(d("100")), Realization.of(d(realization)))
                .withPrintedCapaian(d(printed));
    }

    /** Printed at one decimal, all correctly rounded half-up; the fourth is exact. */
    private static final List<PerformanceRow> ONE_DECIMAL = List.of(row(1, "97.037037", "97.0"),
            row(2, "121.318181", "121.3"), row(3, "126.666666", "126.7"), row(4, "100", "100.0"),
            row(5, "99.95", "100.0"));

    /** Three at two decimals (the inferred majority), one at none: 88,888 printed 89. */
    private static final List<PerformanceRow> TWO_AND_ONE_WHOLE = List.of(row(1, "97.037037", "97.04"),
            row(2, "121.318181", "121.32"), row(3, "126.666666", "126.67"), row(4, "88.888", "89"));

    private static final List<Tuple> FOUR_NOTES = List.of(tuple(Severity.NOTE, "97,0", "97,04"),
            tuple(Severity.NOTE, "121,3", "121,32"), tuple(Severity.NOTE, "126,7", "126,67"),
            tuple(Severity.NOTE, "100,0", "99,95"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one decimal, stated 1", ONE_DECIMAL, List.of(StatedPrecision.of(PercentColumn.CAPAIAN,
                        1)), List.of()),
                Arguments.of("one decimal, table stated 1", ONE_DECIMAL, List.of(StatedPrecision.of(
                        PercentTable.PERFORMANCE, 1)), List.of()),
                Arguments.of("one decimal, nothing stated: inferred 1", ONE_DECIMAL, List.of(), List.of()),
                Arguments.of("one decimal, stated 2 over the inferred 1", ONE_DECIMAL, List.of(StatedPrecision.of(
                        PercentColumn.CAPAIAN, 2)), FOUR_NOTES),
                Arguments.of("one decimal, table stated 2", ONE_DECIMAL, List.of(StatedPrecision.of(
                        PercentTable.PERFORMANCE, 2)), FOUR_NOTES),
                Arguments.of("the column's statement wins over its table's", ONE_DECIMAL, List.of(
                        StatedPrecision.of(PercentTable.PERFORMANCE, 2), StatedPrecision.of(PercentColumn.CAPAIAN,
                                1)), List.of()),
                Arguments.of("another table's statement changes nothing", ONE_DECIMAL, List.of(StatedPrecision.of(
                        PercentTable.STANDARDS, 2)), List.of()),
                Arguments.of("nothing stated: 89 coarser than the inferred 2", TWO_AND_ONE_WHOLE, List.of(),
                        List.of(tuple(Severity.NOTE, "89", "88,89"))),
                Arguments.of("stated 1 over the inferred 2: finer figures are right, 89 coarser", TWO_AND_ONE_WHOLE,
                        List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 1)),
                        List.of(tuple(Severity.NOTE, "89", "88,9"))),
                Arguments.of("stated 0: every figure right", TWO_AND_ONE_WHOLE, List.of(StatedPrecision.of(
                        PercentColumn.CAPAIAN, 0)), List.of()),
                Arguments.of("stated 1: a wrong figure stays wrong", List.of(row(1, "97.037037", "97.1")),
                        List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 1)),
                        List.of(tuple(Severity.WARNING, "97,1", "97,0"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aStatedPrecisionIsUsedInsteadOfTheInferredOne(String name, List<PerformanceRow> rows,
            List<StatedPrecision> stated, List<Tuple> expected) {
        Audit audit = Audit.of(PerformanceReport.of("Dinas Contoh", 2024).withPerformance(rows)
                .withPrecisions(stated), ENGLISH);
        assertThat(audit.findings()).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theNoteSaysThePrecisionIsTheReportsInBothLanguages() {
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withPerformance(ONE_DECIMAL)
                .withPrecisions(List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 2)));
        assertThat(Audit.of(report, ENGLISH).findings().get(0).working()).isEqualTo(
                "97,037037 / 100 × 100% = 97,04%; printed rounded to 1 decimal where the report states its column"
                        + " is printed with 2");
        assertThat(Audit.of(report).findings().get(0).working()).endsWith(
                "; angka tercetak dibulatkan ke 1 desimal, padahal laporan menyatakan kolomnya dicetak dengan 2"
                        + " desimal");
    }

    @Test
    void theStrictOptionStaysStrictWhateverTheReportStates() {
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withPerformance(ONE_DECIMAL)
                .withPrecisions(List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 1)));
        Audit audit = Audit.of(report, ENGLISH.withPrecision(Precision.TWO_DECIMALS));
        assertThat(audit.findings()).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactlyElementsOf(FOUR_NOTES);
        assertThat(audit.findings().get(0).working()).endsWith("; printed rounded to 1 decimal where reports print"
                + " two");
        assertThat(Audit.of(report.withPrecisions(List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 0))),
                ENGLISH.withPrecision(Precision.TWO_DECIMALS)).findings()).isEqualTo(audit.findings());
    }

    @Test
    void anotherTablesColumnIsStatedByItsOwnNames() {
        // 68,12 / 70,63 × 100 = 96,446…: printed 96,4, right at one decimal, coarser than two.
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withStandards(List.of(StandardRow.of(
                Indicator.of("Persentase", "Persen", Polarity.POSITIVE, Accumulation.STOCK), d("70.63"),
                Realization.of(d("68.12")), "Nasional").withPrintedPercent(d("96.4"))));
        assertThat(Audit.of(report, ENGLISH).findings()).isEmpty();
        List<Finding> findings = Audit.of(report.withPrecisions(List.of(StatedPrecision.of(PercentColumn.STANDARD,
                2))), ENGLISH).findings();
        assertThat(findings).extracting(Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(tuple(Severity.NOTE, "96,4", "96,45"));
        assertThat(findings.get(0).location().table()).isEqualTo(PercentColumn.STANDARD.table().label());
        assertThat(findings.get(0).location().column()).isEqualTo(PercentColumn.STANDARD.label());
    }

    /** The right figure of a column at two decimals, as the strict audit of a wrongly printed figure says it. */
    private static BigDecimal rightAtTwoDecimals(PerformanceReport wrong, PercentColumn column) {
        return IndonesianNumbers.parse(Audit.of(wrong, ENGLISH.withPrecision(Precision.TWO_DECIMALS)).findings()
                .stream().filter(f -> f.location().table().equals(column.table().label())
                        && f.location().column().equals(column.label())).findFirst().orElseThrow().expected());
    }

    @Test
    void everyColumnIsNamedAsTheFindingsNameItAndReadAtItsStatedPrecision() {
        // Data whose percentages do not end (1 / 3, 8 / 9...): printed right at two decimals, each figure is coarser
        // than ten decimals stated for every table, and its note names its table and column.
        Indicator percent = Indicator.of("Persentase", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
        BigDecimal wrong = d("999.99");
        PerformanceReport regional = PerformanceReport.of("Dinas Contoh", 2024)
                .withPerformance(List.of(row(1, "33.333333", "33.33")))
                .withBudget(BudgetTable.of(List.of(BudgetRow.of("2.07.01", "Program", d("3"), d("1"))
                        .withPrintedPercent(d("33.33")))))
                .withStandards(List.of(StandardRow.of(percent, d("3"), Realization.of(d("1")), "Nasional")
                        .withPrintedPercent(d("33.33"))));
        EfficiencyRow efficiency = EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("3")),
                Realization.of(d("1")), d("9"), d("8"));
        RenstraRow renstra = RenstraRow.of(RenstraPlan.of(percent, 2022, 2026, Map.of(2026, Target.of(d("3")))),
                Map.of(2024, Realization.of(d("1"))));
        efficiency = efficiency.withPrintedCapaian(rightAtTwoDecimals(regional.withEfficiency(List.of(
                efficiency.withPrintedCapaian(wrong))), PercentColumn.EFFICIENCY_CAPAIAN)).withPrintedEfficiency(
                rightAtTwoDecimals(regional.withEfficiency(List.of(efficiency.withPrintedEfficiency(wrong))),
                        PercentColumn.EFFICIENCY));
        renstra = renstra.withPrintedProgress(rightAtTwoDecimals(regional.withRenstra(List.of(
                renstra.withPrintedProgress(wrong))), PercentColumn.RENSTRA_PROGRESS));
        regional = regional.withEfficiency(List.of(efficiency)).withRenstra(List.of(renstra));
        // A K/L's output achievement: the mean of 12 / 12 and 8 / 9 of its ROs, 94,44…%.
        List<CentralBudgetRow> rows = new ArrayList<>(CentralBudgetAuditTest.rows());
        rows.set(4, CentralBudgetRow.of("3165.QAH.002", "Layanan Pengujian", d("400000"), d("360000"))
                .withOutput(d("9"), d("8")));
        BudgetPerformanceRow nka = CentralBudgetAuditTest.nka();
        BigDecimal output = rightAtTwoDecimals(CentralBudgetAuditTest.report(rows, t -> t, BudgetPerformanceRow.of(
                2024, nka.absorption(), nka.consistency(), wrong)), PercentColumn.OUTPUT_ACHIEVEMENT);
        PerformanceReport central = CentralBudgetAuditTest.report(rows, t -> t, BudgetPerformanceRow.of(2024,
                nka.absorption(), nka.consistency(), output));

        Set<List<String>> named = new HashSet<>();
        for (PerformanceReport report : List.of(regional, central)) {
            assertThat(Audit.of(report, ENGLISH).findings()).noneMatch(f -> f.severity() == Severity.NOTE);
            List<StatedPrecision> everyTable = Arrays.stream(PercentTable.values())
                    .map(t -> StatedPrecision.of(t, StatedPrecision.MAX_DECIMALS)).toList();
            for (Finding f : Audit.of(report.withPrecisions(everyTable), ENGLISH).findings()) {
                if (f.working().endsWith("where the report states its column is printed with 10")) {
                    named.add(List.of(f.location().table(), f.location().column()));
                }
            }
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(Arrays.stream(PercentColumn.values())
                .map(c -> List.of(c.table().label(), c.label())).toList());
    }

    @Test
    void everyTableIsNamedAsItsCheckerNamesIt() {
        Map<PercentTable, String> checkers = Map.of(PercentTable.PERFORMANCE, PerformanceChecker.TABLE,
                PercentTable.BUDGET, BudgetChecker.TABLE, PercentTable.EFFICIENCY, EfficiencyChecker.TABLE,
                PercentTable.RENSTRA, RenstraChecker.TABLE, PercentTable.STANDARDS, StandardsChecker.TABLE,
                PercentTable.BUDGET_PERFORMANCE, BudgetPerformanceChecker.TABLE);
        assertThat(checkers).hasSize(PercentTable.values().length);
        checkers.forEach((table, name) -> assertThat(table.label()).isEqualTo(name));
    }
}
