package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report row is built alike: {@code of} with the data, a {@code withPrinted…} copy per printed figure. Each
 * row equals a row built the same way, and differs from one that differs in any single part, printed figures by
 * value and scale.
 */
class RowsTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    private static final Indicator OTHER = TPAK.withAccumulation(Accumulation.FLOW);
    private static final RenstraPlan PLAN = RenstraPlan.of(TPAK, 2022, 2026, Map.of(2026, Target.of(d("71.11"))));
    private static final AkipEvaluation AKIP = AkipEvaluation.of(d("23.1"), d("21.3"), d("10.8"), d("18"));

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static PerformanceRow performance() {
        return PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI);
    }

    static BudgetRow budget() {
        return BudgetRow.of("2.07.01", "Program", d("1000"), d("900")).withPrintedPercent(d("90.00"));
    }

    static BudgetTable table() {
        return BudgetTable.of(List.of(budget())).withPrintedTotalPagu(d("1000")).withPrintedTotalRealisasi(d("900"));
    }

    static RenstraRow renstra() {
        return RenstraRow.of(PLAN, Map.of(2024, Realization.of(d("68.12")))).withPrintedEndTarget(d("70.95"))
                .withPrintedProgress(d("96"));
    }

    static EfficiencyRow efficiency() {
        return EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("90")),
                d("1000"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                .withPrintedEfficiency(d("0.00"));
    }

    static StandardRow standard() {
        return StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.12")), "Nasional").withPrintedPercent(d("96.5"));
    }

    static AkipRow akip() {
        return AkipRow.of(2023, AKIP).withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(performance(), performance(), List.of(
                        PerformanceRow.of("2", "Kualitas", TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI),
                        PerformanceRow.of("1", "Lain", TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI),
                        PerformanceRow.of("1", "Kualitas", OTHER, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI),
                        PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("71")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI),
                        PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("70.2")), Realization.absent("n/a"))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.SANGAT_TINGGI),
                        performance().withPrintedCapaian(d("97.030")),
                        performance().withPrintedCategory(Category.TINGGI),
                        PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCategory(Category.SANGAT_TINGGI),
                        PerformanceRow.of("1", "Kualitas", TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03"))),
                        "PerformanceRow[1 TPAK (Persen, POSITIVE, STOCK), target 70.2, realization 68.12, printed"
                                + " capaian 97.03, category Sangat Tinggi]"),
                Arguments.of(budget(), budget(), List.of(
                        BudgetRow.of("2.07.02", "Program", d("1000"), d("900")).withPrintedPercent(d("90.00")),
                        BudgetRow.of("2.07.01", "Lain", d("1000"), d("900")).withPrintedPercent(d("90.00")),
                        BudgetRow.of("2.07.01", "Program", d("1001"), d("900")).withPrintedPercent(d("90.00")),
                        BudgetRow.of("2.07.01", "Program", d("1000"), d("901")).withPrintedPercent(d("90.00")),
                        budget().withPrintedPercent(d("90")),
                        BudgetRow.of("2.07.01", "Program", d("1000"), d("900"))),
                        "BudgetRow[2.07.01 Program, pagu 1000, realisasi 900, printed percent 90.00]"),
                Arguments.of(table(), table(), List.of(
                        BudgetTable.of(List.of()).withPrintedTotalPagu(d("1000")).withPrintedTotalRealisasi(d("900")),
                        table().withPrintedTotalPagu(d("1000.00")),
                        table().withPrintedTotalRealisasi(d("901")),
                        BudgetTable.of(List.of(budget())).withPrintedTotalRealisasi(d("900")),
                        BudgetTable.of(List.of(budget())).withPrintedTotalPagu(d("1000"))),
                        "BudgetTable[1 line, printed total pagu 1000, printed total realisasi 900]"),
                Arguments.of(renstra(), renstra(), List.of(
                        RenstraRow.of(PLAN.withBaseline(2021, d("70")), Map.of(2024, Realization.of(d("68.12"))))
                                .withPrintedEndTarget(d("70.95")).withPrintedProgress(d("96")),
                        RenstraRow.of(PLAN, Map.of(2023, Realization.of(d("68.12"))))
                                .withPrintedEndTarget(d("70.95")).withPrintedProgress(d("96")),
                        renstra().withPrintedEndTarget(d("71.11")),
                        renstra().withPrintedProgress(d("96.0")),
                        renstra().withPrintedCapaian(d("97.03")),
                        RenstraRow.of(PLAN, Map.of(2024, Realization.of(d("68.12")))).withPrintedProgress(d("96")),
                        RenstraRow.of(PLAN, Map.of(2024, Realization.of(d("68.12")))).withPrintedEndTarget(d("70.95"))),
                        "RenstraRow[" + PLAN + ", realizations {2024=68.12}, printed end target 70.95, printed"
                                + " progress 96]"),
                Arguments.of(efficiency(), efficiency(), List.of(
                        EfficiencyRow.of("Lain", Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("90")),
                                d("1000"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        EfficiencyRow.of("Kualitas", Polarity.NEGATIVE, Target.of(d("100")), Realization.of(d("90")),
                                d("1000"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("99")), Realization.of(d("90")),
                                d("1000"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("91")),
                                d("1000"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("90")),
                                d("1001"), d("900")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        EfficiencyRow.of("Kualitas", Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("90")),
                                d("1000"), d("901")).withPrintedCapaian(d("90.00")).withPrintedAbsorption(d("90.00"))
                                .withPrintedEfficiency(d("0.00")),
                        efficiency().withPrintedCapaian(d("90")),
                        efficiency().withPrintedAbsorption(d("90")),
                        efficiency().withPrintedEfficiency(d("0"))),
                        "EfficiencyRow[Kualitas, POSITIVE, target 100, realization 90, pagu 1000, realisasi anggaran"
                                + " 900, printed capaian 90.00, absorption 90.00, efficiency 0.00]"),
                Arguments.of(standard(), standard(), List.of(
                        StandardRow.of(OTHER, d("70.63"), Realization.of(d("68.12")), "Nasional")
                                .withPrintedPercent(d("96.5")),
                        StandardRow.of(TPAK, d("70.64"), Realization.of(d("68.12")), "Nasional")
                                .withPrintedPercent(d("96.5")),
                        StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.13")), "Nasional")
                                .withPrintedPercent(d("96.5")),
                        StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.12")), "Provinsi")
                                .withPrintedPercent(d("96.5")),
                        standard().withPrintedPercent(d("96.50")),
                        StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.12")), "Nasional")),
                        "StandardRow[TPAK (Persen, POSITIVE, STOCK), standard 70.63 (Nasional), realization 68.12,"
                                + " printed percent 96.5]"),
                Arguments.of(akip(), akip(), List.of(
                        AkipRow.of(2022, AKIP).withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB),
                        AkipRow.of(2023, AkipEvaluation.of(d("23"), d("21.3"), d("10.8"), d("18")))
                                .withPrintedTotal(d("73.20")).withPrintedPredicate(AkipPredicate.BB),
                        akip().withPrintedTotal(d("73.2")),
                        akip().withPrintedPredicate(AkipPredicate.A),
                        AkipRow.of(2023, AKIP).withPrintedPredicate(AkipPredicate.BB),
                        AkipRow.of(2023, AKIP).withPrintedTotal(d("73.20"))),
                        "AkipRow[2023, " + AKIP + ", printed total 73.20, predicate BB]"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("rows")
    void aRowEqualsOnlyARowWithTheSameParts(Object row, Object same, List<?> others, String text) {
        assertThat(row).isEqualTo(same).hasSameHashCodeAs(same).hasToString(text).isNotEqualTo(text);
        for (Object other : others) {
            assertThat(row).as("%s", other).isNotEqualTo(other);
            // The hash takes every part into account, so that rows spread in a hash table.
            assertThat(row.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingPrinted")
    void aRowWithNothingPrintedHasEmptyPrintedFigures(String name, List<?> printed) {
        assertThat(printed).allSatisfy(p -> assertThat(p).isEqualTo(java.util.Optional.empty()));
    }

    static Stream<Arguments> nothingPrinted() {
        PerformanceRow p = PerformanceRow.of("1", "s", TPAK, Target.of(d("1")), Realization.of(d("1")));
        EfficiencyRow e = EfficiencyRow.of("s", Polarity.POSITIVE, Target.of(d("1")), Realization.of(d("1")),
                d("1"), d("1"));
        RenstraRow r = RenstraRow.of(PLAN, Map.of());
        AkipRow a = AkipRow.of(2023, AKIP);
        BudgetTable t = BudgetTable.of(List.of());
        return Stream.of(
                Arguments.of("PerformanceRow", List.of(p.printedCapaian(), p.printedCategory())),
                Arguments.of("BudgetRow", List.of(BudgetRow.of("1", "n", d("1"), d("1")).printedPercent())),
                Arguments.of("BudgetTable", List.of(t.printedTotalPagu(), t.printedTotalRealisasi())),
                Arguments.of("RenstraRow", List.of(r.printedEndTarget(), r.printedProgress(), r.printedCapaian())),
                Arguments.of("EfficiencyRow", List.of(e.printedCapaian(), e.printedAbsorption(),
                        e.printedEfficiency())),
                Arguments.of("StandardRow", List.of(StandardRow.of(TPAK, d("1"), Realization.of(d("1")), "n")
                        .printedPercent())),
                Arguments.of("AkipRow", List.of(a.printedTotal(), a.printedPredicate())));
    }
}
