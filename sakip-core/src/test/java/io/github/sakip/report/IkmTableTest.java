package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of a community satisfaction survey in the report document: data, printed figures and refusals. */
class IkmTableTest {

    private static final List<String> THREE = List.of("Kehandalan", "Kesigapan", "Jaminan");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> numbers(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    private static IkmTable lab() {
        return IkmTable.ofTotals("Laboratorium", THREE, 20, numbers("74 76 60"));
    }

    @Test
    void holdsItsDataAndWhatWasPrinted() {
        IkmTable table = lab().withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS).withPopulation(25)
                .withPrintedNrr(numbers("3.70 3.80 3.00")).withPrintedConverted(numbers("92.5 95.00 75"))
                .withPrintedWeightedNrr(numbers("1.22 1.25 0.99")).withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A,
                        Mutu.C)).withPrintedIndex(d("3.47")).withPrintedIkm(d("86.63")).withPrintedMutu(Mutu.B)
                .withPrintedSampleSize(24);
        assertThat(table.unit()).isEqualTo("Laboratorium");
        assertThat(table.unsur()).isEqualTo(THREE);
        assertThat(table.respondents()).isEqualTo(20);
        assertThat(table.totals()).containsExactly(d("74"), d("76"), d("60"));
        assertThat(table.answers()).isEmpty();
        assertThat(table.scale()).isEqualTo(Mutu.Scale.PERMENPAN_RB_14_2017);
        assertThat(table.statedWeight()).contains(Ikm.Weight.PRINTED_TWO_DECIMALS);
        assertThat(table.population()).hasValue(25);
        assertThat(table.printedNrr()).hasValueSatisfying(nrr -> assertThat(nrr.get(0).toPlainString())
                .isEqualTo("3.70"));
        assertThat(table.printedConverted()).contains(numbers("92.5 95.00 75"));
        assertThat(table.printedWeightedNrr()).contains(numbers("1.22 1.25 0.99"));
        assertThat(table.printedUnsurMutu()).contains(List.of(Mutu.A, Mutu.A, Mutu.C));
        assertThat(table.printedIndex()).contains(d("3.47"));
        assertThat(table.printedIkm()).contains(d("86.63"));
        assertThat(table.printedMutu()).contains(Mutu.B);
        assertThat(table.printedSampleSize()).hasValue(24);
        assertThat(table).hasToString("IkmTable[Laboratorium, 20 respondents, 3 unsur, stated weight"
                + " PRINTED_TWO_DECIMALS, population 25, printed index 3.47, printed IKM 86.63, mutu B]");
        assertThat(lab()).hasToString("IkmTable[Laboratorium, 20 respondents, 3 unsur]");
        IkmTable empty = lab();
        assertThat(empty.statedWeight()).isEmpty();
        assertThat(empty.population()).isEmpty();
        assertThat(empty.printedNrr()).isEmpty();
        assertThat(empty.printedConverted()).isEmpty();
        assertThat(empty.printedWeightedNrr()).isEmpty();
        assertThat(empty.printedUnsurMutu()).isEmpty();
        assertThat(empty.printedIndex()).isEmpty();
        assertThat(empty.printedIkm()).isEmpty();
        assertThat(empty.printedMutu()).isEmpty();
        assertThat(empty.printedSampleSize()).isEmpty();
    }

    @Test
    void theFiguresAreJudgedByTheRegulationsWeightUnlessTheReportStatesItsPrintedOne() {
        assertThat(lab().policy().weight()).isEqualTo(Ikm.Weight.EXACT);
        assertThat(lab().withStatedWeight(Ikm.Weight.EXACT).policy().weight()).isEqualTo(Ikm.Weight.EXACT);
        assertThat(lab().withStatedWeight(Ikm.Weight.PRINTED).policy().weight()).isEqualTo(Ikm.Weight.PRINTED);
        assertThat(lab().withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS).policy().weight())
                .isEqualTo(Ikm.Weight.EXACT);
        Ikm.Policy policy = lab().withScale(Mutu.Scale.KEPMENPAN_25_2004).policy();
        assertThat(policy.unsur()).isEqualTo(THREE);
        assertThat(policy.scale()).isEqualTo(Mutu.Scale.KEPMENPAN_25_2004);
        assertThat(policy.gapPolicy()).isEqualTo(Mutu.GapPolicy.TWO_DECIMALS);
        // (74 + 76 + 60) / 20 / 3 × 25 = 87,50; with 0,111 it would be 87,41.
        assertThat(lab().ikm().rounded()).isEqualTo(d("87.50"));
        assertThat(lab().withStatedWeight(Ikm.Weight.PRINTED).ikm().rounded()).isEqualTo(d("87.41"));
    }

    @Test
    void aSurveyGivenAsAnswersKeepsThemAndItsBlanks() {
        List<List<Integer>> answers = List.of(Arrays.asList(4, null), Arrays.asList(3, 2), Arrays.asList(null, null));
        IkmTable table = IkmTable.ofAnswers("Loket", List.of("U1", "U2"), answers);
        assertThat(table.respondents()).isEqualTo(2);
        assertThat(table.totals()).containsExactly(d("7"), d("2"));
        assertThat(table.answers()).contains(answers);
        assertThat(table.ikm().unsur().get(1).answers()).isEqualTo(1);
        assertThat(table).hasToString("IkmTable[Loket, 2 respondents (answers), 2 unsur]");
        // The table is a copy: a later change of the caller's list does not reach it.
        List<Integer> row = new ArrayList<>(List.of(4, 4));
        List<List<Integer>> mutable = new ArrayList<>(List.of(row));
        IkmTable copied = IkmTable.ofAnswers("Loket", List.of("U1", "U2"), mutable);
        row.set(0, 1);
        mutable.add(List.of(1, 1));
        assertThat(copied.answers().orElseThrow()).containsExactly(List.of(4, 4));
        assertThatThrownBy(() -> copied.answers().orElseThrow().get(0).set(0, 3))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(copied.ikm().rounded()).isEqualTo(d("100.00"));
    }

    @Test
    void equalityComparesPrintedFiguresByValueAndScale() {
        assertThat(lab()).isEqualTo(lab()).hasSameHashCodeAs(lab());
        assertThat(IkmTable.ofTotals("Laboratorium", THREE, 20, numbers("74.0 76 6E+1"))).isEqualTo(lab());
        assertThat(lab().withPrintedIkm(d("86.63"))).isNotEqualTo(lab().withPrintedIkm(d("86.630")));
        assertThat(lab().withPrintedNrr(numbers("3.7 3.8 3"))).isNotEqualTo(lab().withPrintedNrr(
                numbers("3.70 3.80 3.00")));
        assertThat(lab()).isNotEqualTo(lab().withScale(Mutu.Scale.KEPMENPAN_25_2004))
                .isNotEqualTo(lab().withStatedWeight(Ikm.Weight.EXACT)).isNotEqualTo(lab().withPopulation(20))
                .isNotEqualTo(lab().withPrintedMutu(Mutu.B)).isNotEqualTo(lab().withPrintedSampleSize(19))
                .isNotEqualTo(IkmTable.ofTotals("Lab", THREE, 20, numbers("74 76 60")))
                .isNotEqualTo(IkmTable.ofTotals("Laboratorium", THREE, 20, numbers("74 76 61")));
        IkmTable fromAnswers = IkmTable.ofAnswers("L", List.of("U1"), List.of(List.of(4)));
        assertThat(fromAnswers).isNotEqualTo(IkmTable.ofTotals("L", List.of("U1"), 1, List.of(d("4"))));
        // A printed figure of a negative scale is held as the integer it is.
        assertThat(lab().withPrintedIkm(d("1E+2")).printedIkm()).hasValueSatisfying(ikm -> assertThat(
                ikm.toPlainString()).isEqualTo("100"));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("blank unit", () -> IkmTable.ofTotals(" ", THREE, 20, numbers("74 76 60")),
                        IllegalArgumentException.class, "unit must not be blank, but was ' '"),
                refused("null unit", () -> IkmTable.ofTotals(null, THREE, 20, numbers("74 76 60")),
                        NullPointerException.class, "unit must not be null"),
                refused("null unsur", () -> IkmTable.ofTotals("L", null, 20, numbers("74 76 60")),
                        NullPointerException.class, "unsur must not be null"),
                refused("null totals", () -> IkmTable.ofTotals("L", THREE, 20, null), NullPointerException.class,
                        "totals must not be null"),
                refused("null answers", () -> IkmTable.ofAnswers("L", THREE, null), NullPointerException.class,
                        "answers must not be null"),
                refused("unsur twice", () -> IkmTable.ofTotals("L", List.of("U1", "u1"), 1, numbers("4 4")),
                        IllegalArgumentException.class, "unsur names must be distinct, but 'u1' is given twice"),
                refused("a total too large", () -> IkmTable.ofTotals("L", THREE, 20, numbers("74 81 60")),
                        IllegalArgumentException.class, "total of unsur 2 (Kesigapan) must be from 20 to 80 (20"
                                + " respondents answering 1 to 4), but was 81"),
                refused("too few totals", () -> IkmTable.ofTotals("L", THREE, 20, numbers("74 76")),
                        IllegalArgumentException.class, "totalsPerUnsur has 2 totals, but the survey has 3 unsur"),
                refused("negative respondents", () -> IkmTable.ofTotals("L", THREE, -1, numbers("0 0 0")),
                        IllegalArgumentException.class, "respondents must not be negative, but was -1"),
                refused("an answer of 5", () -> IkmTable.ofAnswers("L", THREE, List.of(List.of(4, 5, 3))),
                        IllegalArgumentException.class,
                        "answer of respondent 1 to unsur 2 (Kesigapan) must be from 1 to 4, but was 5"),
                refused("population 0", () -> lab().withPopulation(0), IllegalArgumentException.class,
                        "population must be at least 1, but was 0"),
                refused("sample size 0", () -> lab().withPrintedSampleSize(0), IllegalArgumentException.class,
                        "sampleSize must be at least 1, but was 0"),
                refused("a short column", () -> lab().withPrintedNrr(numbers("3.70 3.80")),
                        IllegalArgumentException.class, "nrr has 2 figures, but the survey has 3 unsur: one figure"
                                + " per unsur, in their order"),
                refused("a long column", () -> lab().withPrintedConverted(numbers("1 2 3 4")),
                        IllegalArgumentException.class, "converted has 4 figures, but the survey has 3 unsur"),
                refused("a short column of grades", () -> lab().withPrintedUnsurMutu(List.of(Mutu.A)),
                        IllegalArgumentException.class, "unsurMutu has 1 figures, but the survey has 3 unsur"),
                refused("a null in a column", () -> lab().withPrintedWeightedNrr(Arrays.asList(d("1"), null, d("1"))),
                        NullPointerException.class, "weightedNrr of unsur 2 (Kesigapan) must not be null"),
                refused("a null grade", () -> lab().withPrintedUnsurMutu(Arrays.asList(Mutu.A, null, Mutu.A)),
                        NullPointerException.class, "unsurMutu element 1 must not be null"),
                refused("an absurd figure", () -> lab().withPrintedIkm(d("1E+40")), IllegalArgumentException.class,
                        "ikm is too large or too precise to be a figure of a report: 1000000000"),
                refused("an absurd figure in a column", () -> lab().withPrintedNrr(List.of(d("1"), d("1"),
                        d("1E-200"))), IllegalArgumentException.class, "nrr of unsur 3 (Jaminan)"),
                refused("a null index", () -> lab().withPrintedIndex(null), NullPointerException.class,
                        "index must not be null"),
                refused("a null grade of the unit", () -> lab().withPrintedMutu(null), NullPointerException.class,
                        "mutu must not be null"),
                refused("a null scale", () -> lab().withScale(null), NullPointerException.class,
                        "scale must not be null"),
                refused("a null weight", () -> lab().withStatedWeight(null), NullPointerException.class,
                        "weight must not be null"));
    }

    private static Arguments refused(String name, Runnable call, Class<? extends Exception> type, String message) {
        return Arguments.of(name, call, type, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWhatNoSurveyCouldHaveNamingTheValue(String name, Runnable call, Class<? extends Exception> type,
            String message) {
        assertThatThrownBy(call::run).isInstanceOf(type).hasMessageContaining(message);
    }

    @Test
    void everyWitherReturnsACopyAndKeepsTheRest() {
        IkmTable full = lab().withScale(Mutu.Scale.KEPMENPAN_25_2004).withStatedWeight(Ikm.Weight.PRINTED)
                .withPopulation(25).withPrintedNrr(numbers("3.70 3.80 3.00")).withPrintedIkm(d("87.41"));
        List<UnaryOperator<IkmTable>> withers = List.of(t -> t.withPrintedMutu(Mutu.A), t -> t.withPrintedIndex(
                d("3.5")), t -> t.withPrintedSampleSize(24), t -> t.withPrintedConverted(numbers("1 2 3")),
                t -> t.withPrintedWeightedNrr(numbers("1 2 3")), t -> t.withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A,
                        Mutu.A)));
        for (UnaryOperator<IkmTable> wither : withers) {
            IkmTable changed = wither.apply(full);
            assertThat(changed).isNotEqualTo(full);
            assertThat(changed.scale()).isEqualTo(Mutu.Scale.KEPMENPAN_25_2004);
            assertThat(changed.statedWeight()).contains(Ikm.Weight.PRINTED);
            assertThat(changed.population()).hasValue(25);
            assertThat(changed.printedNrr()).isEqualTo(full.printedNrr());
            assertThat(changed.printedIkm()).contains(d("87.41"));
        }
        assertThat(full.printedMutu()).isEmpty();
    }
}
