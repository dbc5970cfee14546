package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.format.Languages;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reports of issue #18 that the JSON reader accepted and the audit threw on: each one now gives its findings,
 * and a figure the library cannot compute is a finding that says why, in its place.
 */
class AuditNeverThrowsTest {

    /** The texts this test pins are the English ones; the Indonesian ones are pinned in LanguageTest. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Languages.ENGLISH);

    private static final Indicator TRAINED = Indicator.of("Jumlah tenaga kerja dilatih", "Orang", Polarity.POSITIVE,
            Accumulation.FLOW);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static PerformanceReport report() {
        return PerformanceReport.of("Dinas Contoh", 2024);
    }

    private static EfficiencyRow efficiency(String sasaran, String realization, String printedCapaian,
            String printedEfficiency) {
        return EfficiencyRow.of(sasaran, Polarity.POSITIVE, Target.of(d("5")), Realization.of(d(realization)),
                d("1000"), d("900")).withPrintedCapaian(d(printedCapaian)).withPrintedEfficiency(d(printedEfficiency));
    }

    @Test
    void aNegativeCapaianMakesThePmk214EfficiencyNotComputableAndTheNextRowIsStillAudited() {
        Audit audit = Audit.of(report().withEfficiency(List.of(efficiency("Sasaran A", "-1.2", "-24.00", "10"),
                efficiency("Sasaran B", "5", "100.00", "12"))), ENGLISH);
        assertThat(audit.findings()).extracting(f -> f.location().row(), Finding::check, Finding::expected)
                .containsExactly(tuple("Sasaran A", Check.EFFICIENCY, "not computable"),
                        tuple("Sasaran B", Check.EFFICIENCY, "10"));
        assertThat(audit.findings().get(0).working()).isEqualTo("not computable: the capaian kinerja is negative"
                + " (-24,00%): PMK 214 takes an output achievement (CK) of 0 or more");
    }

    @Test
    void anEfficiencyRowRefusesPaguOfMoreThanTwoDecimalsWithTheWordsOfABudgetRow() {
        assertThatThrownBy(() -> EfficiencyRow.of("Sasaran A", Polarity.POSITIVE, Target.of(d("5")),
                Realization.of(d("5")), d("0.001"), d("900")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must be Rupiah with at most two decimals, but was 0.001");
        assertThatThrownBy(() -> BudgetRow.of("2.07.01", "Program", d("0.001"), d("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must be Rupiah with at most two decimals, but was 0.001");
        assertThatThrownBy(() -> EfficiencyRow.of("Sasaran A", Polarity.POSITIVE, Target.of(d("5")),
                Realization.of(d("5")), d("1"), d("0.125")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realisasiAnggaran must be Rupiah with at most two decimals, but was 0.125");
    }

    @Test
    void aCapaianOfATinyRealisationIsComputedAndAudited() {
        assertThat(Capaian.of(Polarity.POSITIVE, d("7"), d("1E-100")).rounded()).isEqualByComparingTo("0.00");
        PerformanceRow row = PerformanceRow.of("1", "s", TRAINED, Target.of(d("7")), Realization.of(d("1E-100")))
                .withPrintedCapaian(d("0.00"));
        assertThat(Audit.of(report().withPerformance(List.of(row)), ENGLISH).findings()).isEmpty();
    }

    @Test
    void aCapaianTooLargeToBeAFigureIsAFindingThatSaysSo() {
        PerformanceRow row = PerformanceRow.of("1", "s", TRAINED, Target.of(d("1E-100")), Realization.of(d("1E+29")))
                .withPrintedCapaian(d("100"));
        assertThat(Audit.of(report().withPerformance(List.of(row)), ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.CAPAIAN);
            assertThat(f.expected()).isEqualTo("not computable");
            assertThat(f.working()).isEqualTo("not computable: the result, 1E+131%, is too large to be a figure of"
                    + " a report (at most 30 digits before the decimal point)");
        });
    }

    @Test
    void budgetLinesThatAddUpPastTheLimitOfAFigureAreRefusedByTheTable() {
        List<BudgetRow> lines = List.of(BudgetRow.of("2.07.01", "Program", d("1"), d("1")),
                BudgetRow.of("2.07.01.2.01", "Kegiatan A", d("6E+29"), d("1")),
                BudgetRow.of("2.07.01.2.02", "Kegiatan B", d("6E+29"), d("1")));
        assertThatThrownBy(() -> BudgetTable.of(lines)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pagu of the budget lines adds up to 1200000000000000000000000000001, too large to be"
                        + " a figure of a report (at most 30 digits before the decimal point)");
    }

    @Test
    void anAkipEvaluationOfTinyScoresHasATotalAPredicateAndAWorking() {
        AkipEvaluation evaluation = AkipEvaluation.of(d("30"), d("1E-100"), d("0"), d("0"));
        assertThat(evaluation.predicate()).isEqualTo(AkipPredicate.D);
        assertThat(evaluation.explain(Languages.ENGLISH)).startsWith("30 + 0,").endsWith("1 + 0 + 0 = 30,"
                + "0".repeat(99) + "1 (D, Sangat Kurang)");
        assertThat(evaluation.toString()).startsWith("AkipEvaluation[30.0");
        AkipRow row = AkipRow.of(2023, evaluation).withPrintedTotal(d("30")).withPrintedPredicate(AkipPredicate.D);
        assertThat(Audit.of(report().withAkip(List.of(row)), ENGLISH).findings()).isEmpty();
    }

    @Test
    void aFlowOfATinyAndAWholeRealisationHasItsRenstraProgress() {
        RenstraPlan plan = RenstraPlan.of(TRAINED, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2026, d("10"))));
        RenstraRow row = RenstraRow.of(plan, Map.of(2022, Realization.of(d("1E-100")), 2023, Realization.of(d("2"))))
                .withPrintedEndTarget(d("10")).withPrintedProgress(d("20.00"));
        assertThat(Audit.of(report().withRenstra(List.of(row)), ENGLISH).findings()).isEmpty();
    }

    @Test
    void aFlowWhoseRealisationsAddUpPastTheLimitOfAFigureIsRefusedByItsRow() {
        RenstraPlan plan = RenstraPlan.of(TRAINED, 2022, 2026, List.of(RenstraPlan.YearTarget.of(2026, d("10"))));
        assertThatThrownBy(() -> RenstraRow.of(plan, Map.of(2022, Realization.of(d("9E+29")),
                2023, Realization.of(d("9E+29"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the realisations of the flow indicator Jumlah tenaga kerja dilatih add up to"
                        + " 1800000000000000000000000000000 by 2023, too large to be a figure of a report (at most 30 digits"
                        + " before the decimal point)");
        assertThatThrownBy(() -> RenstraRow.of(plan, Map.of(2025, Realization.of(d("9E+29")),
                2026, Realization.of(d("9E+29"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(" by 2026, too large");
        // Years outside the plan's period are not summed: a baseline year is not part of the realisation to date.
        assertThat(RenstraRow.of(plan, Map.of(2021, Realization.of(d("9E+29")), 2022, Realization.of(d("9E+29"))))
                .realizations()).hasSize(2);
    }
}
