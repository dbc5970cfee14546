package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cascade (pohon kinerja) in the report document is built as the report's rows are: {@code of} with the data,
 * a {@code with…} copy per printed figure or part; every part counts in {@code equals}, printed figures by value and
 * scale; and what no cascade can be is refused naming the argument and quoting the value.
 */
class CascadeDocumentTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    private static final Indicator OTHER = TPAK.withAccumulation(Accumulation.FLOW);

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static SasaranIndicator indicator() {
        return SasaranIndicator.of(TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))
                .withPrintedCapaian(d("97.03"));
    }

    static ProgramRow program() {
        return ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("80")), Realization.of(d("80.02")))
                .withPrintedCapaian(d("100.03")).withSupport("Menunjang").withAnalysis("Didukung pelatihan");
    }

    static Sasaran sasaran() {
        return Sasaran.of("Kualitas").withIndicators(List.of(indicator())).withBudget(List.of(BudgetLink.of(
                "2.07.03"))).withPrograms(List.of(program()));
    }

    static Stream<Arguments> parts() {
        return Stream.of(
                Arguments.of(indicator(), indicator(), List.of(
                        SasaranIndicator.of(OTHER, Target.of(d("70.2")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")),
                        SasaranIndicator.of(TPAK, Target.of(d("71")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")),
                        SasaranIndicator.of(TPAK, Target.of(d("70.2")), Realization.absent("n/a"))
                                .withPrintedCapaian(d("97.03")),
                        SasaranIndicator.of(TPAK).withPrintedCapaian(d("97.03")),
                        indicator().withPrintedCapaian(d("97.030")),
                        SasaranIndicator.of(TPAK, Target.of(d("70.2")), Realization.of(d("68.12")))),
                        "SasaranIndicator[TPAK (Persen, POSITIVE, STOCK), target 70.2, realization 68.12, printed"
                                + " capaian 97.03]"),
                Arguments.of(program(), program(), List.of(
                        ProgramRow.of("2.07.04", "Program Pelatihan", TPAK, Target.of(d("80")),
                                Realization.of(d("80.02"))).withPrintedCapaian(d("100.03")).withSupport("Menunjang")
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Lain", TPAK, Target.of(d("80")), Realization.of(d("80.02")))
                                .withPrintedCapaian(d("100.03")).withSupport("Menunjang")
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", OTHER, Target.of(d("80")),
                                Realization.of(d("80.02"))).withPrintedCapaian(d("100.03")).withSupport("Menunjang")
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("81")),
                                Realization.of(d("80.02"))).withPrintedCapaian(d("100.03")).withSupport("Menunjang")
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("80")),
                                Realization.of(d("80"))).withPrintedCapaian(d("100.03")).withSupport("Menunjang")
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK).withPrintedCapaian(d("100.03"))
                                .withSupport("Menunjang").withAnalysis("Didukung pelatihan"),
                        program().withPrintedCapaian(d("100.030")),
                        program().withSupport("Tidak Menunjang"),
                        program().withAnalysis("Lain"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("80")),
                                Realization.of(d("80.02"))).withSupport("Menunjang").withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("80")),
                                Realization.of(d("80.02"))).withPrintedCapaian(d("100.03"))
                                .withAnalysis("Didukung pelatihan"),
                        ProgramRow.of("2.07.03", "Program Pelatihan", TPAK, Target.of(d("80")),
                                Realization.of(d("80.02"))).withPrintedCapaian(d("100.03")).withSupport("Menunjang")),
                        "ProgramRow[2.07.03 Program Pelatihan, TPAK (Persen, POSITIVE, STOCK), target 80, realization"
                                + " 80.02, printed capaian 100.03, Menunjang]"),
                Arguments.of(BudgetLink.of("2.07.01").withShare(d("40")), BudgetLink.of("2.07.01").withShare(d("40.0")),
                        List.of(BudgetLink.of("2.07.01"), BudgetLink.of("2.07.02").withShare(d("40")),
                                BudgetLink.of("2.07.01").withShare(d("41")),
                                BudgetLink.of("2.07.01").withAmounts(d("40"), d("40"))),
                        "2.07.01 (40%)"),
                Arguments.of(sasaran(), sasaran(), List.of(
                        new Sasaran("Lain", List.of(indicator()), List.of(BudgetLink.of("2.07.03")), List.of(program())),
                        sasaran().withIndicators(List.of()),
                        sasaran().withBudget(List.of(BudgetLink.of("2.07.04"))),
                        sasaran().withPrograms(List.of())),
                        "Sasaran[Kualitas, 1 indicator, budget 2.07.03, 1 program]"),
                Arguments.of(Tujuan.of("Menurunnya Pengangguran", List.of(sasaran())),
                        new Tujuan("Menurunnya Pengangguran", List.of(sasaran())),
                        List.of(Tujuan.of("Lain", List.of(sasaran())), Tujuan.of("Menurunnya Pengangguran", List.of())),
                        "Tujuan[Menurunnya Pengangguran, 1 sasaran]"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("parts")
    void aPartEqualsOnlyAPartWithTheSameParts(Object part, Object same, List<?> others, String text) {
        assertThat(part).isEqualTo(same).hasSameHashCodeAs(same).hasToString(text).isNotEqualTo(text);
        for (Object other : others) {
            assertThat(part).as("%s", other).isNotEqualTo(other);
            assertThat(part.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
        }
    }

    @Test
    void whatTheTablesDoNotGiveIsEmpty() {
        SasaranIndicator indicator = SasaranIndicator.of(TPAK);
        assertThat(List.of(indicator.target(), indicator.realization(), indicator.printedCapaian()))
                .containsOnly(Optional.empty());
        ProgramRow row = ProgramRow.of("2.07.03", "Program", TPAK);
        assertThat(List.of(row.target(), row.realization(), row.printedCapaian(), row.support(), row.analysis()))
                .containsOnly(Optional.empty());
        assertThat(row).hasToString("ProgramRow[2.07.03 Program, TPAK (Persen, POSITIVE, STOCK)]");
        assertThat(indicator).hasToString("SasaranIndicator[TPAK (Persen, POSITIVE, STOCK)]");
        assertThat(program().code()).isEqualTo("2.07.03");
        assertThat(program().name()).isEqualTo("Program Pelatihan");
        assertThat(program().indicator()).isEqualTo(TPAK);
        assertThat(program().support()).hasValue("Menunjang");
        assertThat(program().analysis()).hasValue("Didukung pelatihan");
        assertThat(program().printedCapaian()).hasValueSatisfying(c -> assertThat(c.toPlainString())
                .isEqualTo("100.03"));
        assertThat(indicator().indicator()).isEqualTo(TPAK);
        assertThat(indicator().realization()).hasValue(Realization.of(d("68.12")));
        assertThat(Sasaran.of("Kualitas")).hasToString("Sasaran[Kualitas, 0 indicators, budget none, 0 programs]");
    }

    @Test
    void aBudgetLinkSaysHowMuchOfItsCodeServes() {
        assertThat(BudgetLink.of(" 2.07.03 ").code()).isEqualTo("2.07.03");
        assertThat(BudgetLink.of("2.07.03").split()).isSameAs(BudgetLink.Split.WHOLE);
        assertThat(BudgetLink.of("2.07.03").isSplit()).isFalse();
        assertThat(BudgetLink.of("2.07.03").withShare(d("100")).isSplit()).isTrue();
        assertThat(BudgetLink.of("2.07.03").withShare(d("40.50")).split())
                .isEqualTo(new BudgetLink.Share(d("40.5")));
        assertThat(BudgetLink.of("2.07.03").withAmounts(d("500000000"), d("480000000.50")))
                .hasToString("2.07.03 (pagu 500.000.000, realisasi 480.000.000,50)");
        assertThat(BudgetLink.Split.WHOLE).hasToString("whole");
        assertThat(new BudgetLink.Amounts(d("1.10"), d("0")).pagu().toPlainString()).isEqualTo("1.1");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of((Executable) () -> BudgetLink.of(" "), IllegalArgumentException.class,
                        "code must not be blank, but was ' '"),
                Arguments.of((Executable) () -> BudgetLink.of(null), NullPointerException.class,
                        "code must not be null"),
                Arguments.of((Executable) () -> new BudgetLink("2.07.01", null), NullPointerException.class,
                        "split must not be null"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withShare(d("0")),
                        IllegalArgumentException.class, "percent must be more than 0 and at most 100, but was 0"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withShare(d("100.01")),
                        IllegalArgumentException.class, "percent must be more than 0 and at most 100, but was 100.01"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withShare(d("-5")),
                        IllegalArgumentException.class, "percent must be more than 0 and at most 100, but was -5"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withShare(null),
                        NullPointerException.class, "percent must not be null"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withAmounts(d("1.001"), d("1")),
                        IllegalArgumentException.class, "pagu must be Rupiah with at most two decimals, but was 1.001"),
                Arguments.of((Executable) () -> BudgetLink.of("2.07.01").withAmounts(d("1"), d("-1")),
                        IllegalArgumentException.class, "realisasi must not be negative, but was -1"),
                Arguments.of((Executable) () -> SasaranIndicator.of(null), NullPointerException.class,
                        "indicator must not be null"),
                Arguments.of((Executable) () -> SasaranIndicator.of(TPAK, null, Realization.of(d("1"))),
                        NullPointerException.class, "target must not be null"),
                Arguments.of((Executable) () -> SasaranIndicator.of(TPAK, Target.of(d("1")), null),
                        NullPointerException.class, "realization must not be null"),
                Arguments.of((Executable) () -> SasaranIndicator.of(TPAK).withPrintedCapaian(d("1E+1000")),
                        IllegalArgumentException.class, "capaian is too large or too precise to be a figure"),
                Arguments.of((Executable) () -> ProgramRow.of("", "Program", TPAK), IllegalArgumentException.class,
                        "code must not be blank, but was ''"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", " ", TPAK), IllegalArgumentException.class,
                        "name must not be blank, but was ' '"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", "P", null), NullPointerException.class,
                        "indicator must not be null"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", "P", TPAK, Target.of(d("1")), null),
                        NullPointerException.class, "realization must not be null"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", "P", TPAK).withSupport(""),
                        IllegalArgumentException.class, "support must not be blank, but was ''"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", "P", TPAK).withAnalysis(null),
                        NullPointerException.class, "analysis must not be null"),
                Arguments.of((Executable) () -> ProgramRow.of("2.07.01", "P", TPAK).withPrintedCapaian(null),
                        NullPointerException.class, "capaian must not be null"),
                Arguments.of((Executable) () -> Sasaran.of("\t"), IllegalArgumentException.class,
                        "name must not be blank, but was '\t'"),
                Arguments.of((Executable) () -> Sasaran.of("S").withBudget(Arrays.asList(BudgetLink.of("1"), null)),
                        NullPointerException.class, "budget element 1 must not be null"),
                Arguments.of((Executable) () -> Sasaran.of("S").withIndicators(null), NullPointerException.class,
                        "indicators must not be null"),
                Arguments.of((Executable) () -> Sasaran.of("S").withPrograms(Arrays.asList((ProgramRow) null)),
                        NullPointerException.class, "programs element 0 must not be null"),
                Arguments.of((Executable) () -> Tujuan.of("", List.of()), IllegalArgumentException.class,
                        "name must not be blank, but was ''"),
                Arguments.of((Executable) () -> Tujuan.of("T", null), NullPointerException.class,
                        "sasaran must not be null"),
                Arguments.of((Executable) () -> PerformanceReport.of("D", 2024).withCascade(
                        Arrays.asList((Tujuan) null)), NullPointerException.class, "cascade element 0 must not be null"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refused")
    void whatNoCascadeCanBeIsRefusedNamingTheArgument(Executable call, Class<? extends Throwable> type,
            String message) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(type, call);
        assertThat(thrown.getMessage()).startsWith(message);
    }

    @Test
    void theReportHoldsItsCascadeAndSaysHowManySasaranItHas() {
        PerformanceReport report = PerformanceReport.of("Dinas", 2024);
        assertThat(report.cascade()).isEmpty();
        List<Tujuan> cascade = List.of(Tujuan.of("T1", List.of(sasaran())), Tujuan.of("T2", List.of(sasaran(),
                Sasaran.of("Lain"))));
        PerformanceReport with = report.withCascade(cascade);
        assertThat(with.cascade()).isEqualTo(cascade);
        assertThat(with).isNotEqualTo(report).hasToString("LKjIP Dinas 2024 (0 indicators, 0 budget lines,"
                + " 0 Renstra indicators, 0 efficiency rows, 0 standards, 0 AKIP evaluations, cascade of 3 sasaran)");
        // Every copy keeps the cascade.
        assertThat(List.of(with.withPerformance(List.of()), with.withBudget(BudgetTable.EMPTY),
                with.withRenstra(List.of()), with.withEfficiency(List.of()), with.withStandards(List.of()),
                with.withAkip(List.of()))).allSatisfy(copy -> assertThat(copy.cascade()).isEqualTo(cascade));
        // A report made as before the cascade has none.
        assertThat(new PerformanceReport("Dinas", 2024, List.of(), BudgetTable.EMPTY, List.of(), List.of(),
                List.of(), List.of())).isEqualTo(report);
        assertThatThrownBy(() -> report.withCascade(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cascade must not be null");
    }
}
