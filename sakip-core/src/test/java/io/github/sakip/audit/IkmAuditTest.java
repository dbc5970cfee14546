package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of the community satisfaction surveys, case by case, each figure checked by hand: the right ones give no
 * finding, and each wrong one its finding, with the mistake that gives it.
 */
class IkmAuditTest {

    private static final String UNIT = "Layanan";
    private static final String TABLE = IkmChecker.TABLE;

    /**
     * 29 respondents on nine unsur (a published survey, GASPUL Triwulan III). NRR: 105 / 29 = 3,620690, 101 / 29 =
     * 3,482759, 100 / 29 = 3,448276, 116 / 29 = 4, 102 / 29 = 3,517241, 106 / 29 = 3,655172, 115 / 29 = 3,965517; Σ NRR
     * = 955 / 29 = 32,931034. IKM with 1/9: 955 / 261 × 25 = 91,4751 (index 3,659004); with 0,111: 91,3836 (3,655345);
     * with 0,11: 90,5603 (3,622414); with each NRR rounded to two decimals first (Σ 32,94): 91,50, and with 0,111 too
     * 91,4085.
     */
    private static final List<BigDecimal> TOTALS = numbers("105 101 100 116 102 105 106 105 115");

    private static List<BigDecimal> numbers(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static IkmTable survey() {
        return IkmTable.ofTotals(UNIT, Ikm.UNSUR_PERMENPAN_RB_14_2017, 29, TOTALS);
    }

    private static List<Finding> audit(IkmTable... tables) {
        return Audit.of(PerformanceReport.of("Dinas", 2024).withIkm(List.of(tables))).findings();
    }

    /** The column of the first unsur, with one figure given and the other eight right. */
    private static List<BigDecimal> firstOf(String first, String rest) {
        List<BigDecimal> column = new ArrayList<>(numbers(rest));
        column.add(0, d(first));
        return column;
    }

    private static final String NRR_REST = "3.4828 3.4483 4.0000 3.5172 3.6207 3.6552 3.6207 3.9655";
    private static final String WEIGHTED_REST = "0.3870 0.3831 0.4444 0.3908 0.4023 0.4061 0.4023 0.4406";
    private static final String CONVERTED_REST = "87.07 86.21 100.00 87.93 90.52 91.38 90.52 99.14";

    @Test
    void everyFigurePrintedRightGivesNoFinding() {
        IkmTable right = survey()
                .withPrintedNrr(firstOf("3.6207", NRR_REST))
                .withPrintedConverted(firstOf("90.52", CONVERTED_REST))
                .withPrintedWeightedNrr(firstOf("0.4023", WEIGHTED_REST))
                .withPrintedUnsurMutu(List.of(Mutu.A, Mutu.B, Mutu.B, Mutu.A, Mutu.B, Mutu.A, Mutu.A, Mutu.A, Mutu.A))
                .withPrintedIndex(d("3.6590"))
                .withPrintedIkm(d("91.48"))
                .withPrintedMutu(Mutu.A)
                .withPopulation(30)
                .withPrintedSampleSize(28);
        assertThat(audit(right)).isEmpty();
        // At any number of decimals, as long as it is the right figure rounded half-up to them.
        assertThat(audit(survey().withPrintedIkm(d("91")), survey().withPrintedIkm(d("91.5")),
                survey().withPrintedIkm(d("91.475")), survey().withPrintedIkm(d("91.47509578544061302681992337")),
                survey().withPrintedIndex(d("3.66")), survey().withPrintedIndex(d("4")),
                survey().withPrintedNrr(firstOf("3.62", NRR_REST)))).isEmpty();
    }

    static Stream<Arguments> wrongFigures() {
        return Stream.of(
                // The IKM: 91,4751.
                figure("IKM truncated", t -> t.withPrintedIkm(d("91.47")), Severity.WARNING, Check.IKM, UNIT,
                        "IKM", "91,47", "91,48",
                        "Σ NRR × 1/9 × 25 = 32,9310 × 1/9 × 25 = 91,4751; printed truncated instead of rounded"
                                + " half-up"),
                figure("IKM rounded up", t -> t.withPrintedIkm(d("91.476")), Severity.WARNING, Check.IKM, UNIT,
                        "IKM", "91,476", "91,475", "= 91,47510; printed rounded the wrong way in its last digit"),
                figure("IKM one unit up", t -> t.withPrintedIkm(d("91.49")), Severity.ERROR, Check.IKM, UNIT, "IKM",
                        "91,49", "91,48", "91,4751; the printed figure does not follow from the data"),
                figure("IKM with 0,111", t -> t.withPrintedIkm(d("91.38")), Severity.ERROR, Check.IKM, UNIT, "IKM",
                        "91,38", "91,48",
                        "91,4751; the printed figure is computed with the weight 0,111 instead of 1/9"),
                figure("IKM with 0,11", t -> t.withPrintedIkm(d("90.56")), Severity.ERROR, Check.IKM, UNIT, "IKM",
                        "90,56", "91,48", "the printed figure is computed with the weight 0,11 instead of 1/9"),
                figure("IKM of NRRs rounded first", t -> t.withPrintedIkm(d("91.50")), Severity.ERROR, Check.IKM,
                        UNIT, "IKM", "91,50", "91,48",
                        "the printed figure is computed with each NRR rounded to 2 decimals first"),
                figure("IKM of NRRs rounded as printed", t -> t.withPrintedNrr(firstOf("3.62",
                                "3.48 3.45 4.00 3.52 3.62 3.66 3.62 3.97")).withPrintedIkm(d("91.50")),
                        Severity.ERROR, Check.IKM, UNIT, "IKM", "91,50", "91,48",
                        "computed with each NRR rounded to 2 decimals first"),
                figure("IKM with 0,111 of NRRs rounded first", t -> t.withPrintedIkm(d("91.41")), Severity.ERROR,
                        Check.IKM, UNIT, "IKM", "91,41", "91,48", "the printed figure is computed with the weight"
                                + " 0,111 instead of 1/9 and with each NRR rounded to 2 decimals first"),
                figure("IKM of nothing", t -> t.withPrintedIkm(d("90.00")), Severity.ERROR, Check.IKM, UNIT, "IKM",
                        "90,00", "91,48", "91,4751; the printed figure does not follow from the data"),
                figure("IKM one decimal, wrong", t -> t.withPrintedIkm(d("91.4")), Severity.WARNING, Check.IKM, UNIT,
                        "IKM", "91,4", "91,5", "32,9310 × 1/9 × 25 = 91,4751; printed truncated"),
                // The stated weight 0,111 is the one the figures are judged by; 1/9 is then the mistake.
                figure("IKM with 1/9 where 0,111 is stated", t -> t.withStatedWeight(Ikm.Weight.PRINTED)
                                .withPrintedIkm(d("91.48")), Severity.ERROR, Check.IKM, UNIT, "IKM", "91,48", "91,38",
                        "Σ NRR × 0,111 × 25 = 32,9310 × 0,111 × 25 = 91,3836; the printed figure is computed with the"
                                + " weight 1/9 instead of 0,111"),
                // A stated 0,11 is no weight of the regulation: judged by 1/9, and named.
                figure("IKM with the stated 0,11", t -> t.withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS)
                                .withPrintedIkm(d("90.56")), Severity.ERROR, Check.IKM, UNIT, "IKM", "90,56", "91,48",
                        "computed with the weight 0,11 the report states instead of 1/9"),
                // The index: 3,659004.
                figure("index with 0,11", t -> t.withPrintedIndex(d("3.6224")), Severity.ERROR, Check.IKM, UNIT,
                        "Nilai Indeks", "3,6224", "3,6590",
                        "Σ NRR × 1/9 = 32,9310 × 1/9 = 3,659004; the printed figure is computed with the weight 0,11"
                                + " instead of 1/9"),
                // The means of U1: 105 / 29 = 3,620690.
                figure("NRR truncated", t -> t.withPrintedNrr(firstOf("3.6206", NRR_REST)), Severity.WARNING,
                        Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR", "3,6206", "3,6207",
                        "NRR = 105 / 29 = 3,620690; printed truncated instead of rounded half-up"),
                figure("NRR one up", t -> t.withPrintedNrr(firstOf("3.63", NRR_REST)), Severity.WARNING,
                        Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR", "3,63", "3,62",
                        "NRR = 105 / 29 = 3,6207; printed rounded the wrong way in its last digit"),
                figure("NRR wrong", t -> t.withPrintedNrr(firstOf("3.60", NRR_REST)), Severity.ERROR,
                        Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR", "3,60", "3,62",
                        "NRR = 105 / 29 = 3,6207; the printed figure does not follow from the data"),
                figure("converted from the rounded NRR", t -> t.withPrintedConverted(firstOf("90.50",
                                CONVERTED_REST)), Severity.ERROR, Check.IKM_UNSUR, UNIT + ": U1 Persyaratan",
                        "Nilai Konversi", "90,50", "90,52", "NRR × 25 = 105 / 29 × 25 = 90,5172; the printed figure is"
                                + " computed with each NRR rounded to 2 decimals first"),
                figure("converted truncated", t -> t.withPrintedConverted(firstOf("90.51", CONVERTED_REST)),
                        Severity.WARNING, Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "Nilai Konversi", "90,51",
                        "90,52", "printed truncated instead of rounded half-up"),
                figure("weighted with 0,111", t -> t.withPrintedWeightedNrr(firstOf("0.4019", WEIGHTED_REST)),
                        Severity.ERROR, Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR Tertimbang", "0,4019",
                        "0,4023", "NRR × 1/9 = 105 / 29 × 1/9 = 0,402299; the printed figure is computed with the"
                                + " weight 0,111 instead of 1/9"),
                figure("weighted with 0,11", t -> t.withPrintedWeightedNrr(firstOf("0.3983", WEIGHTED_REST)),
                        Severity.ERROR, Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR Tertimbang", "0,3983",
                        "0,4023", "computed with the weight 0,11 instead of 1/9"),
                figure("weighted truncated", t -> t.withPrintedWeightedNrr(firstOf("0.4022", WEIGHTED_REST)),
                        Severity.WARNING, Check.IKM_UNSUR, UNIT + ": U1 Persyaratan", "NRR Tertimbang", "0,4022",
                        "0,4023", "printed truncated instead of rounded half-up"),
                // The sample: 278 for a population of 1.000 (Krejcie–Morgan).
                figure("too few respondents", t -> t.withPopulation(1000), Severity.WARNING, Check.IKM_SAMPLE, UNIT,
                        "Jumlah Responden", "29", "at least 278", "29 respondents for a population of 1.000: 278"
                                + " required (Krejcie–Morgan), 249 short; the survey is smaller than PermenPAN-RB"
                                + " 14/2017 asks for its population"),
                figure("printed sample too small", t -> t.withPopulation(30).withPrintedSampleSize(20),
                        Severity.ERROR, Check.IKM_SAMPLE, UNIT, "Jumlah Sampel", "20", "28", "s = 3,841 × 30 × 0,5 ×"
                                + " 0,5 / (0,05² × 29 + 3,841 × 0,5 × 0,5) = 27,89 → 28 respondents (Krejcie–Morgan);"
                                + " the printed sample is smaller than the method needs"),
                figure("printed sample of the next row", t -> t.withPopulation(28).withPrintedSampleSize(28),
                        Severity.NOTE, Check.IKM_SAMPLE, UNIT, "Jumlah Sampel", "28", "26", "→ 26 respondents"
                                + " (Krejcie–Morgan); the printed sample asks for more respondents than the method"
                                + " needs (a row of the table above the population, or rounded up)"),
                figure("fewer than the report's own sample", t -> t.withPrintedSampleSize(150), Severity.WARNING,
                        Check.IKM_SAMPLE, UNIT, "Jumlah Responden", "29", "at least 150",
                        "29 respondents where the report's own sample size is 150; the survey is smaller than it says"
                                + " it needs"));
    }

    private static Arguments figure(String name, UnaryOperator<IkmTable> printed, Severity severity, Check check,
            String row, String column, String shown, String expected, String working) {
        return Arguments.of(name, printed, severity, check, row, column, shown, expected, working);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFigures")
    void aWrongFigureIsOneFindingThatNamesItsMistake(String name, UnaryOperator<IkmTable> printed, Severity severity,
            Check check, String row, String column, String shown, String expected, String working) {
        assertThat(audit(printed.apply(survey()))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.check()).isEqualTo(check);
            assertThat(f.location()).isEqualTo(new Location(TABLE, row, column));
            assertThat(f.printed()).isEqualTo(shown);
            assertThat(f.expected()).isEqualTo(expected);
            assertThat(f.working()).contains(working);
        });
    }

    @Test
    void theFiguresOfTheStatedWeightAreRightWhenItIsTheRegulations() {
        // 0,111 is the weight the regulation prints: 91,3836 and 3,655345 are right under it.
        IkmTable printed = survey().withStatedWeight(Ikm.Weight.PRINTED).withPrintedIkm(d("91.38"))
                .withPrintedIndex(d("3.6553")).withPrintedWeightedNrr(firstOf("0.4019",
                        "0.3866 0.3828 0.4440 0.3904 0.4019 0.4057 0.4019 0.4402"));
        assertThat(audit(printed)).isEmpty();
        // A stated 0,11 is not: its figures are judged by 1/9, and 91,48 is right.
        assertThat(audit(survey().withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS).withPrintedIkm(d("91.48"))))
                .isEmpty();
        // For two unsur every weight is 0,5: a stated 0,50 is 1/2, and nothing is named.
        IkmTable two = IkmTable.ofTotals("Jaminan", List.of("U1", "U2"), 20, numbers("65 71"))
                .withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS).withPrintedWeightedNrr(numbers("1.63 1.78"))
                .withPrintedIndex(d("3.40")).withPrintedIkm(d("85.00")).withPrintedMutu(Mutu.B);
        assertThat(audit(two)).isEmpty();
        // One unit off an exact figure is no rounding of it.
        assertThat(audit(two.withPrintedIkm(d("85.01")))).singleElement().satisfies(f -> assertThat(f.working())
                .isEqualTo("Σ NRR × 1/2 × 25 = 6,8000 × 1/2 × 25 = 85,0000; the printed figure does not follow from"
                        + " the data"));
    }

    @Test
    void aWrongUnitGradeSaysWhetherItIsTheGradeOfTheWrongPrintedIkm() {
        // 100 respondents, totals adding up to 3.180: IKM 3.180 / 900 × 25 = 88,3333, A; with 0,111 88,245, B.
        IkmTable survey = IkmTable.ofTotals(UNIT, Ikm.UNSUR_PERMENPAN_RB_14_2017, 100,
                numbers("353 353 353 353 353 353 353 353 356"));
        assertThat(audit(survey.withPrintedIkm(d("88.33")).withPrintedMutu(Mutu.A))).isEmpty();
        List<Finding> findings = audit(survey.withPrintedIkm(d("88.25")).withPrintedMutu(Mutu.B));
        assertThat(findings).extracting(Finding::check, Finding::severity, Finding::printed, Finding::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Check.IKM, Severity.ERROR, "88,25", "88,33"),
                        org.assertj.core.groups.Tuple.tuple(Check.IKM_MUTU, Severity.ERROR, "B", "A"));
        assertThat(findings.get(0).working()).endsWith("the printed figure is computed with the weight 0,111 instead"
                + " of 1/9");
        assertThat(findings.get(1)).hasToString("ERROR Indeks Kepuasan Masyarakat, row Layanan, column Mutu"
                + " Pelayanan: printed B, should be A (IKM 88,33 is A (Sangat Baik) under PermenPAN-RB 14/2017; the"
                + " printed mutu is the grade of the printed IKM 88,25, which is not the right one)");
        // The grade of the right IKM is right, whatever the printed IKM is.
        assertThat(audit(survey.withPrintedIkm(d("88.25")).withPrintedMutu(Mutu.A)))
                .extracting(Finding::check).containsExactly(Check.IKM);
    }

    @Test
    void aWrongUnitGradeOfAnotherTableOrOfNothing() {
        // 85,00 is B under PermenPAN-RB 14/2017 and A under KepMenPAN 25/2004 (81,26 and up).
        IkmTable jaminan = IkmTable.ofTotals("Jaminan", List.of("U1", "U2"), 20, numbers("65 71"));
        assertThat(audit(jaminan.withPrintedMutu(Mutu.A))).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location(TABLE, "Jaminan", "Mutu Pelayanan"));
            assertThat(f.working()).isEqualTo("IKM 85,00 is B (Baik) under PermenPAN-RB 14/2017; the printed mutu is"
                    + " the grade under KepMenPAN 25/2004 instead of PermenPAN-RB 14/2017");
        });
        assertThat(audit(jaminan.withPrintedMutu(Mutu.D))).singleElement().satisfies(f -> assertThat(f.working())
                .endsWith("; the printed mutu does not follow from the data"));
        // Graded by the table the report uses: under KepMenPAN 25/2004, A is right.
        assertThat(audit(jaminan.withScale(Mutu.Scale.KEPMENPAN_25_2004).withPrintedMutu(Mutu.A))).isEmpty();
    }

    @Test
    void aWrongGradeOfAnUnsurSaysWhichPrintedFigureItIsTheGradeOf() {
        // U1: 353 / 100 = 3,53, × 25 = 88,25: B. U9: 356 / 100 = 3,56, × 25 = 89,00: A.
        IkmTable survey = IkmTable.ofTotals(UNIT, Ikm.UNSUR_PERMENPAN_RB_14_2017, 100,
                numbers("353 353 353 353 353 353 353 353 356"));
        List<Mutu> grades = new ArrayList<>(Collections.nCopies(8, Mutu.B));
        grades.add(Mutu.A);
        assertThat(audit(survey.withPrintedUnsurMutu(grades))).isEmpty();
        grades.set(0, Mutu.A);
        assertThat(audit(survey.withPrintedUnsurMutu(grades))).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.IKM_MUTU);
            assertThat(f.location()).isEqualTo(new Location(TABLE, UNIT + ": U1 Persyaratan", "Mutu Pelayanan"));
            assertThat(f.printed()).isEqualTo("A");
            assertThat(f.expected()).isEqualTo("B");
            assertThat(f.working()).isEqualTo("NRR 3,5300 × 25 = 88,25 is B (Baik) under PermenPAN-RB 14/2017; the"
                    + " printed mutu is the grade under KepMenPAN 25/2004 instead of PermenPAN-RB 14/2017");
        });
        List<BigDecimal> nrr = new ArrayList<>(Collections.nCopies(8, d("3.53")));
        nrr.add(d("3.56"));
        nrr.set(0, d("3.54"));
        assertThat(audit(survey.withPrintedUnsurMutu(grades).withPrintedNrr(nrr))).extracting(Finding::working)
                .containsExactly("NRR = 353 / 100 = 3,5300; the printed figure does not follow from the data",
                        "NRR 3,5300 × 25 = 88,25 is B (Baik) under PermenPAN-RB 14/2017; the printed mutu is the grade"
                                + " of the printed NRR 3,54");
        List<BigDecimal> converted = new ArrayList<>(Collections.nCopies(8, d("88.25")));
        converted.add(d("89.00"));
        converted.set(0, d("88.33"));
        assertThat(audit(survey.withPrintedUnsurMutu(grades).withPrintedNrr(nrr).withPrintedConverted(converted)))
                .extracting(Finding::working).last().isEqualTo("NRR 3,5300 × 25 = 88,25 is B (Baik) under"
                        + " PermenPAN-RB 14/2017; the printed mutu is the grade of the printed nilai konversi 88,33");
    }

    @Test
    void aSurveyWithoutRespondentsHasNoFigureToPrint() {
        IkmTable none = IkmTable.ofTotals(UNIT, Ikm.UNSUR_PERMENPAN_RB_14_2017, 0, Collections.nCopies(9,
                BigDecimal.ZERO)).withPrintedIkm(d("0")).withPrintedIndex(d("0")).withPrintedMutu(Mutu.D)
                .withPrintedNrr(Collections.nCopies(9, d("0")));
        List<Finding> findings = audit(none);
        assertThat(findings).extracting(Finding::check, Finding::printed, Finding::expected)
                .startsWith(org.assertj.core.groups.Tuple.tuple(Check.IKM_UNSUR, "0", "not computable"))
                .endsWith(org.assertj.core.groups.Tuple.tuple(Check.IKM, "0", "not computable"),
                        org.assertj.core.groups.Tuple.tuple(Check.IKM, "0", "not computable"),
                        org.assertj.core.groups.Tuple.tuple(Check.IKM_MUTU, "D", "not computable"));
        assertThat(findings).hasSize(12).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings.get(0).working()).isEqualTo("not computable: unsur 1 (Persyaratan) has no answers");
        assertThat(findings.get(11).working()).isEqualTo("not computable: no respondents");
    }

    @Test
    void anUnsurNobodyAnsweredLeavesTheOthersChecked() {
        // Three respondents on two unsur; nobody answered U2. U1: (4 + 3 + 4) / 3 = 3,6667.
        IkmTable blank = IkmTable.ofAnswers(UNIT, List.of("Persyaratan", "Biaya/Tarif"), List.of(
                Arrays.asList(4, null), Arrays.asList(3, null), Arrays.asList(4, null)))
                .withPrintedNrr(numbers("3.67 4.00")).withPrintedWeightedNrr(numbers("1.83 2.00"))
                .withPrintedUnsurMutu(List.of(Mutu.A, Mutu.A)).withPrintedIkm(d("91.67"));
        assertThat(audit(blank)).extracting(f -> f.location().row(), f -> f.location().column(), Finding::expected,
                Finding::working).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UNIT + ": U2 Biaya/Tarif", "NRR", "not computable",
                                "not computable: unsur 2 (Biaya/Tarif) has no answers"),
                        org.assertj.core.groups.Tuple.tuple(UNIT + ": U2 Biaya/Tarif", "NRR Tertimbang",
                                "not computable", "not computable: unsur 2 (Biaya/Tarif) has no answers"),
                        org.assertj.core.groups.Tuple.tuple(UNIT + ": U2 Biaya/Tarif", "Mutu Pelayanan",
                                "not computable", "not computable: unsur 2 (Biaya/Tarif) has no answers"),
                        org.assertj.core.groups.Tuple.tuple(UNIT, "IKM", "not computable",
                                "not computable: no answers to unsur 2 (Biaya/Tarif)"));
    }

    @Test
    void eachSurveyOfAReportIsAuditedInItsPlace() {
        List<Finding> findings = audit(survey().withPrintedIkm(d("91.38")),
                IkmTable.ofTotals("Jaminan", List.of("U1", "U2"), 20, numbers("65 71")).withPrintedIkm(d("85.01")));
        assertThat(findings).extracting(f -> f.location().row()).containsExactly(UNIT, "Jaminan");
        // A report without surveys has no finding of this table.
        assertThat(Audit.of(PerformanceReport.of("Dinas", 2024)).findings()).isEmpty();
    }

    @Test
    void aFigurePrintedToAHundredDecimalsIsJudgedAndAColumnOfManyScalesStaysQuick() {
        BigDecimal precise = new BigDecimal("91." + "4".repeat(98));
        assertThat(audit(survey().withPrintedIkm(precise))).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.IKM);
            assertThat(f.expected()).startsWith("91,4750957854406130268199233716475095785440613026819923371647509578");
            assertThat(f.working()).endsWith("; the printed figure does not follow from the data");
        });
        // 100 unsur of 7 respondents answering 3 each, every figure printed wrong at another number of decimals.
        List<String> unsur = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        List<BigDecimal> nrr = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            unsur.add("U" + (i + 1));
            totals.add(BigDecimal.valueOf(21));
            nrr.add(new BigDecimal("3.1").setScale(Math.max(i, 1), java.math.RoundingMode.UNNECESSARY));
            weighted.add(new BigDecimal("0.05").setScale(Math.max(i, 2), java.math.RoundingMode.UNNECESSARY));
        }
        IkmTable many = IkmTable.ofTotals(UNIT, unsur, 7, totals).withPrintedNrr(nrr).withPrintedWeightedNrr(weighted)
                .withPrintedIndex(d("3.1")).withPrintedIkm(d("77.5"));
        List<Finding> findings = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> audit(many));
        assertThat(findings).hasSize(202).noneMatch(f -> f.working().contains("could not check"));
    }
}
