package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Accumulation;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Figure;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each diagnosis with a hand-made wrong figure that it alone reproduces (checked against every other diagnosis), the
 * cause it names; and the cases where two reproduce the figure, with the one the order of {@link Diagnoses} names.
 */
class DiagnosesTest {

    /** The findings in English, as these tests pin them. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(java.util.Locale.ENGLISH);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** The names of the diagnoses that reproduce a figure, in the order they are tried. */
    private static List<String> reproducing(WrongFigure figure) {
        return Diagnoses.ORDER.stream().filter(diagnosis -> diagnosis.explain(figure).isPresent())
                .map(diagnosis -> diagnosis.getClass().getSimpleName()).toList();
    }

    private static String english(WrongFigure figure) {
        return Cause.likely(Diagnoses.first(figure)).in(Locale.ENGLISH);
    }

    @Test
    void truncated() {
        WrongFigure figure = WrongFigure.of(d("97.03"), d("97.0370370370"));
        assertThat(reproducing(figure)).containsExactly("Truncated");
        assertThat(english(figure)).isEqualTo("likely cause: truncated instead of rounded half-up (97,03703… cut to"
                + " 97,03)");
    }

    @Test
    void roundedUp() {
        WrongFigure figure = WrongFigure.of(d("97.05"), d("97.041"));
        assertThat(reproducing(figure)).containsExactly("RoundedUp");
        assertThat(english(figure)).isEqualTo("likely cause: rounded up instead of half-up (97,041 to 97,05)");
    }

    @Test
    void roundedTwiceIsAlwaysAlsoRoundedUpAndWinsByTheOrder() {
        // Rounding half-up twice only ever errs upwards, so rounded up reproduces every figure rounded twice: the
        // more specific cause is tried first and named.
        WrongFigure figure = WrongFigure.of(d("96.5"), d("96.4462693"));
        assertThat(reproducing(figure)).containsExactly("RoundedTwice", "RoundedUp");
        assertThat(english(figure)).isEqualTo("likely cause: rounded twice, first to 2 decimals (96,45) and then to 1"
                + " (96,5)");
        assertThat(english(WrongFigure.of(d("97.05"), d("97.0449")))).isEqualTo("likely cause: rounded twice, first to"
                + " 3 decimals (97,045) and then to 2 (97,05)");
    }

    @Test
    void cappedAtHundred() {
        WrongFigure figure = WrongFigure.of(d("100.00"), d("112.5"));
        assertThat(reproducing(figure)).containsExactly("CappedAtHundred");
        assertThat(english(figure)).isEqualTo("likely cause: capped at 100 although the figure is 112,50");
        assertThat(reproducing(WrongFigure.of(d("100.00"), d("99.5")))).isEmpty();
    }

    @Test
    void cappedAtHundredWinsOverTruncatedWhenBothReproduce() {
        // 100,96 at whole percents is 101: printed 100 is both the figure capped and the figure truncated. Capping
        // reproduces one value only, so it is the more specific, and named.
        WrongFigure figure = WrongFigure.of(d("100"), d("100.96"));
        assertThat(reproducing(figure)).containsExactly("CappedAtHundred", "Truncated");
        assertThat(english(figure)).isEqualTo("likely cause: capped at 100 although the figure is 100,96");
    }

    @Test
    void shiftedDigits() {
        WrongFigure moved = WrongFigure.of(d("9.70"), d("97.04"));
        assertThat(reproducing(moved)).containsExactly("ShiftedDigits");
        assertThat(english(moved)).isEqualTo("likely cause: the decimal point moved: 9,70 instead of 97,04");
        WrongFigure dropped = WrongFigure.of(d("100.25"), d("100.025"));
        assertThat(reproducing(dropped)).containsExactly("ShiftedDigits");
        assertThat(english(dropped)).isEqualTo("likely cause: a zero dropped from the decimals: 100,025 written as"
                + " 100,25");
        WrongFigure swapped = WrongFigure.of(d("97.40"), d("97.04"));
        assertThat(reproducing(swapped)).containsExactly("ShiftedDigits");
        assertThat(english(swapped)).isEqualTo("likely cause: two digits swapped: 97,04 written as 97,40");
        assertThat(reproducing(WrongFigure.of(d("121.72"), d("121.3181818")))).isEmpty();
        assertThat(reproducing(WrongFigure.of(d("-97.40"), d("97.04")))).isEmpty();
    }

    @Test
    void ratioFromHundred() {
        // E = (1 − 900 / 1000) × 100 = 10; printed 100 − 0,9 = 99,1.
        WrongFigure figure = WrongFigure.of(d("99.10"), d("10"), List.of(new RatioFromHundred.Clue("ΣRAK / Σ(PAK × CK)",
                d("90000"), d("100000"))));
        assertThat(reproducing(figure)).containsExactly("RatioFromHundred");
        assertThat(english(figure)).isEqualTo("likely cause: the ratio taken from 100 instead of from 1: 100 − ΣRAK /"
                + " Σ(PAK × CK) = 100 − 0,9000 = 99,1");
        assertThat(reproducing(WrongFigure.of(d("99.10"), d("10")))).isEmpty();
    }

    @Test
    void otherNegativeFormula() {
        // A negative indicator, target 10, realisation 8: (2T − R) / T = 120; T / R = 125.
        OtherNegativeFormula.Clue clue = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT, Polarity.NEGATIVE,
                Target.of(d("10")), Realization.of(d("8")));
        WrongFigure figure = WrongFigure.of(d("125.00"), d("120"), List.of(clue));
        assertThat(reproducing(figure)).containsExactly("OtherNegativeFormula");
        assertThat(english(figure)).startsWith("likely cause: the other formula for a negative indicator, T / R × 100"
                + " instead of (2T − R) / T × 100: ").contains("125");
        // The reverse: a policy of T / R, a report that computed (2T − R) / T.
        OtherNegativeFormula.Clue inverse = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT.withNegativeFormula(
                Capaian.NegativeFormula.INVERSE), Polarity.NEGATIVE, Target.of(d("10")), Realization.of(d("8")));
        assertThat(english(WrongFigure.of(d("120.00"), d("125"), List.of(inverse)))).startsWith("likely cause: the"
                + " other formula for a negative indicator, (2T − R) / T × 100 instead of T / R × 100: ");
        OtherNegativeFormula.Clue positive = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT, Polarity.POSITIVE,
                Target.of(d("10")), Realization.of(d("8")));
        assertThat(reproducing(WrongFigure.of(d("125.00"), d("80"), List.of(positive)))).isEmpty();
    }

    @Test
    void wrongPolarity() {
        // A negative indicator, target 10, realisation 8: (2T − R) / T = 120; as if positive, R / T = 80.
        OtherNegativeFormula.Clue negative = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT, Polarity.NEGATIVE,
                Target.of(d("10")), Realization.of(d("8")));
        WrongFigure figure = WrongFigure.of(d("80.00"), d("120"), List.of(negative));
        assertThat(reproducing(figure)).containsExactly("WrongPolarity");
        assertThat(english(figure)).isEqualTo("likely cause: the formula of a positive indicator for a negative one,"
                + " R / T × 100 instead of (2T − R) / T × 100: 8 / 10 × 100% = 80,00%");
        assertThat(Cause.likely(Diagnoses.first(figure)).in(Languages.INDONESIAN)).isEqualTo("kemungkinan penyebab:"
                + " rumus indikator positif untuk indikator negatif, R / T × 100 dan bukan (2T − R) / T × 100: 8 / 10"
                + " × 100% = 80,00%");
        // A positive indicator, target 10, realisation 8: R / T = 80; as if negative, (2T − R) / T = 120.
        OtherNegativeFormula.Clue positive = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT, Polarity.POSITIVE,
                Target.of(d("10")), Realization.of(d("8")));
        WrongFigure asNegative = WrongFigure.of(d("120.00"), d("80"), List.of(positive));
        assertThat(reproducing(asNegative)).containsExactly("WrongPolarity");
        assertThat(english(asNegative)).startsWith("likely cause: the formula of a negative indicator for a positive"
                + " one, (2T − R) / T × 100 instead of R / T × 100: ");
        // Under a policy of T / R, a positive indicator computed as negative is T / R = 125.
        OtherNegativeFormula.Clue inverse = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT.withNegativeFormula(
                Capaian.NegativeFormula.INVERSE), Polarity.POSITIVE, Target.of(d("10")), Realization.of(d("8")));
        assertThat(english(WrongFigure.of(d("125.00"), d("80"), List.of(inverse)))).startsWith("likely cause: the"
                + " formula of a negative indicator for a positive one, T / R × 100 instead of R / T × 100: ");
    }

    @Test
    void theOtherNegativeFormulaAndWrongPolarityNeverBothReproduceAWrongFigure() {
        // T / R and R / T lie on both sides of 100, so both round to the same printed figure only when it is 100,
        // and then (2T − R) / T rounds to 100 as well: the figure is right and is not diagnosed. The order, the other
        // negative formula first, only says which is tried first.
        String[][] rows = {{"10", "8"}, {"100", "99.5"}, {"100", "100.4"}, {"70.2", "68.12"}, {"3", "7"}};
        for (String[] row : rows) {
            OtherNegativeFormula.Clue clue = new OtherNegativeFormula.Clue(Capaian.Policy.DEFAULT, Polarity.NEGATIVE,
                    Target.of(d(row[0])), Realization.of(d(row[1])));
            BigDecimal right = Capaian.Policy.DEFAULT.of(Polarity.NEGATIVE, Target.of(d(row[0])),
                    Realization.of(d(row[1]))).value();
            // T / R, the other negative formula; R / T, the formula of a positive indicator.
            BigDecimal inverse = Capaian.Policy.DEFAULT.withNegativeFormula(Capaian.NegativeFormula.INVERSE).of(
                    Polarity.NEGATIVE, Target.of(d(row[0])), Realization.of(d(row[1]))).value();
            BigDecimal asPositive = Capaian.Policy.DEFAULT.of(Polarity.POSITIVE, Target.of(d(row[0])),
                    Realization.of(d(row[1]))).value();
            for (BigDecimal alternative : List.of(inverse, asPositive)) {
                for (int decimals = 0; decimals <= 2; decimals++) {
                    BigDecimal printed = alternative.setScale(decimals, java.math.RoundingMode.HALF_UP);
                    if (printed.compareTo(right.setScale(decimals, java.math.RoundingMode.HALF_UP)) == 0) {
                        continue; // right at its printed decimals: no wrong figure to diagnose
                    }
                    assertThat(reproducing(WrongFigure.of(printed, right, List.of(clue))))
                            .as("T %s, R %s, printed %s", row[0], row[1], printed)
                            .containsAnyOf("OtherNegativeFormula", "WrongPolarity")
                            .doesNotContainSequence("OtherNegativeFormula", "WrongPolarity");
                }
            }
        }
    }

    @Test
    void aNegativeIndicatorsCapaianByTheOtherFormulaIsNamedByTheAudit() {
        Indicator disputes = Indicator.of("Jumlah perselisihan", "Kasus", Polarity.NEGATIVE, Accumulation.FLOW);
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withPerformance(List.of(
                PerformanceRow.of("1", "s", disputes, Target.of(d("25")), Realization.of(d("20")))
                        .withPrintedCapaian(d("125.00"))));
        assertThat(Audit.of(report, ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("120,00");
            assertThat(f.working()).contains("; likely cause: the other formula for a negative indicator, T / R × 100"
                    + " instead of (2T − R) / T × 100: ");
        });
    }

    private static final RenstraPlan PLAN = RenstraPlan.of(Indicator.of("TPAK", "Persen", Polarity.POSITIVE,
            Accumulation.STOCK), 2022, 2026, Map.of(2022, Target.of(d("70.50")), 2023, Target.of(d("70.80")),
                    2024, Target.of(d("70.95")), 2025, Target.of(d("71.00")), 2026, Target.of(d("71.11"))));

    @Test
    void yearTargetAsEndTarget() {
        WrongFigure endTarget = WrongFigure.of(d("70.95"), d("71.11"), List.of(YearTargetAsEndTarget.Clue.endTarget(
                PLAN, 2024)));
        assertThat(reproducing(endTarget)).containsExactly("YearTargetAsEndTarget");
        assertThat(english(endTarget)).isEqualTo("likely cause: the target of 2024 (70,95) taken as the end target"
                + " instead of the target of 2026 (71,11)");
        // Another year than the report's: tried after it.
        assertThat(english(WrongFigure.of(d("70.80"), d("71.11"), List.of(YearTargetAsEndTarget.Clue.endTarget(
                PLAN, 2024))))).contains("the target of 2023 (70,80)");
        // The progress 68,12 / 70,95 = 96,01 instead of 68,12 / 71,11 = 95,80.
        WrongFigure progress = WrongFigure.of(d("96.01"), d("95.795247"), List.of(new YearTargetAsEndTarget.Clue(
                PLAN, 2024, target -> Capaian.Policy.DEFAULT.of(Polarity.POSITIVE, target,
                        Realization.of(d("68.12"))))));
        assertThat(reproducing(progress)).containsExactly("YearTargetAsEndTarget");
        assertThat(english(progress)).isEqualTo("likely cause: the target of 2024 (70,95) taken as the end target"
                + " instead of the target of 2026 (71,11): 68,12 / 70,95 × 100% = 96,01%");
    }

    @Test
    void printedInputs() {
        // E = (1 − 900 / (1000 × CK / 100)) × 100 with CK = 97,037…: 7,25; from the printed CK 97: 7,22.
        PrintedInputs.Clue clue = new PrintedInputs.Clue(Text.literal("capaian kinerja"), d("97.0370370370"), d("97"),
                ck -> efficiency(ck));
        WrongFigure figure = WrongFigure.of(d("7.22"), efficiency(d("97.0370370370")).value(), List.of(clue));
        assertThat(reproducing(figure)).containsExactly("PrintedInputs");
        assertThat(english(figure)).isEqualTo("likely cause: computed from the printed capaian kinerja (97) instead of"
                + " its exact value (97,037…): E from CK 97");
        PrintedInputs.Clue same = new PrintedInputs.Clue(Text.literal("capaian kinerja"), d("97"), d("97.00"), ck -> efficiency(ck));
        assertThat(reproducing(WrongFigure.of(d("7.22"), d("7.2516"), List.of(same)))).isEmpty();
    }

    /** 13/8 K of a positive indicator with a target of 0,5, from a realisation of the year. */
    private static io.github.sakip.Achievement yearAchievement(BigDecimal realization) {
        return Capaian.Policy.DEFAULT.of(Polarity.POSITIVE, Target.of(d("0.5")), Realization.of(realization));
    }

    private static PrintedInputs.Clue column13(String exact, String printed) {
        return new PrintedInputs.Clue(Text.of("audit.cause.input.column", "13 K"), d(exact), d(printed),
                DiagnosesTest::yearAchievement);
    }

    @Test
    void printedInputsOfAnEvaluationForm() {
        // 13 K is 2 / 3 = 0,666…, printed 0,67; 13/8 K = 0,666… / 0,5 = 133,33, but 0,67 / 0,5 = 134,00.
        WrongFigure figure = WrongFigure.of(d("134.00"), yearAchievement(d("0.6666666667")).value(), List.of(
                column13("0.6666666667", "0.67")));
        assertThat(reproducing(figure)).containsExactly("PrintedInputs");
        assertThat(english(figure)).isEqualTo("likely cause: computed from the printed column 13 K (0,67) instead of"
                + " its exact value (0,66666…): 0,67 / 0,50 × 100% = 134,00%");
        assertThat(Cause.likely(Diagnoses.first(figure)).in(Languages.INDONESIAN)).isEqualTo("kemungkinan penyebab:"
                + " dihitung dari kolom 13 K yang tercetak (0,67), bukan dari nilai tepatnya (0,66666…): 0,67 / 0,50"
                + " × 100% = 134,00%");
    }

    @Test
    void printedInputsWinOverRoundedUpWhenBothReproduce() {
        // 13 K is 0,416666…, printed 0,4167: 13/8 K = 83,333…, from the printed 0,4167 it is 83,34, which is
        // also 83,333… rounded up. The row's own printed input explains why the figure went up; rounding up is a
        // slip that fits every figure one unit above, so the wrong formula rebuilt from the row is tried first.
        WrongFigure figure = WrongFigure.of(d("83.34"), yearAchievement(d("0.4166666667")).value(), List.of(
                column13("0.4166666667", "0.4167")));
        assertThat(reproducing(figure)).containsExactly("PrintedInputs", "RoundedUp");
        assertThat(english(figure)).startsWith("likely cause: computed from the printed column 13 K (0,4167)");
    }

    private static Quantity efficiency(BigDecimal ck) {
        BigDecimal ratio = Decimals.divide(d("90000"), d("1000").multiply(ck));
        return Quantity.of(BigDecimal.ONE.subtract(ratio).multiply(Decimals.HUNDRED), Figure.Unit.PERCENT,
                "E from CK " + ck.toPlainString());
    }

    /** A program whose first kegiatan printed 300 where its sub kegiatan add up to 250, and a second kegiatan of 100. */
    private static BudgetTree tree(String programPagu) {
        return BudgetTree.of(List.of(new BudgetLine("2.07.01", "Program", d(programPagu), d("0")),
                new BudgetLine("2.07.01.2.01", "Kegiatan 1", d("300"), d("0")),
                new BudgetLine("2.07.01.2.01.01", "Sub 1", d("250"), d("0")),
                new BudgetLine("2.07.01.2.02", "Kegiatan 2", d("100"), d("0")),
                new BudgetLine("2.07.01.2.02.01", "Sub 2", d("100"), d("0"))));
    }

    private static WrongFigure programTotal(BudgetTree tree, String printed) {
        return WrongFigure.of(d(printed), d("350"), List.of(ParentIncludesWrongChild.Clue.of(
                tree.node("2.07.01").orElseThrow(), BudgetTree.Column.PAGU)));
    }

    @Test
    void parentIncludesWrongChild() {
        WrongFigure figure = programTotal(tree("400"), "400");
        assertThat(reproducing(figure)).containsExactly("ParentIncludesWrongChild");
        assertThat(english(figure)).isEqualTo("likely cause: the sum of the printed totals of the lines below it (300 +"
                + " 100 = 400), which include the wrong total of 2.07.01.2.01 (300 instead of 250)");
    }

    @Test
    void parentIncludesWrongChildrenNamesEveryWrongTotal() {
        // Two entries of a form whose printed totals (300 and 120) are not their right ones (250 and 100): the
        // parent printed their sum, 420, where it is 350.
        ParentIncludesWrongChild.Clue clue = new ParentIncludesWrongChild.Clue(Text.of(
                "audit.cause.parts.entriesBelow"), List.of(new ParentIncludesWrongChild.Part("1.01", d("300"),
                        d("250"), true), new ParentIncludesWrongChild.Part("1.02", d("120"), d("100"), true)));
        WrongFigure figure = WrongFigure.of(d("420"), d("350"), List.of(clue));
        assertThat(reproducing(figure)).containsExactly("ParentIncludesWrongChild");
        assertThat(english(figure)).isEqualTo("likely cause: the sum of the printed totals of the entries below it"
                + " (300 + 120 = 420), which include the wrong totals of 1.01, 1.02");
        assertThat(Cause.likely(Diagnoses.first(figure)).in(Languages.INDONESIAN)).isEqualTo("kemungkinan penyebab:"
                + " jumlah total tercetak entri di bawahnya (300 + 120 = 420), termasuk total 1.01, 1.02 yang salah");
        // A lowest line printed other than its amount is no total: a parent adding it up is not explained so.
        ParentIncludesWrongChild.Clue lowest = new ParentIncludesWrongChild.Clue(Text.of(
                "audit.cause.parts.linesBelow"), List.of(new ParentIncludesWrongChild.Part("1.01", d("300"),
                        d("250"), false), new ParentIncludesWrongChild.Part("1.02", d("100"), d("100"), false)));
        assertThat(reproducing(WrongFigure.of(d("400"), d("350"), List.of(lowest)))).isEmpty();
    }

    @Test
    void lineLeftOutOrCountedTwice() {
        WrongFigure leftOut = programTotal(tree("250"), "250");
        assertThat(reproducing(leftOut)).containsExactly("LineLeftOutOrTwice");
        assertThat(english(leftOut)).isEqualTo("likely cause: the line 2.07.01.2.02 (100) left out of the sum");
        WrongFigure twice = programTotal(tree("450"), "450");
        assertThat(reproducing(twice)).containsExactly("LineLeftOutOrTwice");
        assertThat(english(twice)).isEqualTo("likely cause: the line 2.07.01.2.02 (100) counted twice");
    }

    @Test
    void meanOfPrintedChildren() {
        // Kegiatan of 50 % and 90 %: the program's Σ realisasi / Σ pagu = 320 / 400 = 80 %; their plain mean is 70.
        MeanOfPrintedChildren.Clue clue = new MeanOfPrintedChildren.Clue(() -> Optional.of(List.of(d("50.00"),
                d("90.00"))));
        WrongFigure figure = WrongFigure.of(d("70.00"), d("80"), List.of(clue));
        assertThat(reproducing(figure)).containsExactly("MeanOfPrintedChildren");
        assertThat(english(figure)).isEqualTo("likely cause: the plain mean of the printed percentages of the lines"
                + " below it instead of Σ realisasi / Σ pagu: (50,00 + 90,00) / 2 = 70");
        MeanOfPrintedChildren.Clue one = new MeanOfPrintedChildren.Clue(() -> Optional.of(List.of(d("70.00"))));
        assertThat(reproducing(WrongFigure.of(d("70.00"), d("80"), List.of(one)))).isEmpty();
        MeanOfPrintedChildren.Clue missing = new MeanOfPrintedChildren.Clue(Optional::empty);
        assertThat(reproducing(WrongFigure.of(d("70.00"), d("80"), List.of(missing)))).isEmpty();
    }

    @Test
    void aProgramsAbsorptionAsTheMeanOfItsKegiatanIsNamedByTheAudit() {
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withBudget(BudgetTable.of(List.of(
                BudgetRow.of("2.07.01", "Program", d("400"), d("320")).withPrintedPercent(d("70.00")),
                BudgetRow.of("2.07.01.2.01", "Kegiatan A", d("100"), d("50")).withPrintedPercent(d("50.00")),
                BudgetRow.of("2.07.01.2.01.01", "Sub A", d("100"), d("50")),
                BudgetRow.of("2.07.01.2.02", "Kegiatan B", d("300"), d("270")).withPrintedPercent(d("90.00")),
                BudgetRow.of("2.07.01.2.02.01", "Sub B", d("300"), d("270")))));
        assertThat(Audit.of(report, ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("80,00");
            assertThat(f.working()).endsWith("; likely cause: the plain mean of the printed percentages of the lines"
                    + " below it instead of Σ realisasi / Σ pagu: (50,00 + 90,00) / 2 = 70");
        });
    }

    @Test
    void wrongCount() {
        // Three terms adding up to 270: the mean is 90; divided by 4 it is 67,5.
        WrongFigure figure = WrongFigure.of(d("67.50"), d("90"), List.of(new WrongCount.Clue(d("270"), 3)));
        assertThat(reproducing(figure)).containsExactly("WrongCount");
        assertThat(english(figure)).isEqualTo("likely cause: the sum of 3 terms divided by 4: 270 / 4 = 67,5");
        assertThat(english(WrongFigure.of(d("135.00"), d("90"), List.of(new WrongCount.Clue(d("270"), 3)))))
                .isEqualTo("likely cause: the sum of 3 terms divided by 2: 270 / 2 = 135");
        assertThat(reproducing(WrongFigure.of(d("30.00"), d("90"), List.of(new WrongCount.Clue(d("270"), 3)))))
                .isEmpty();
    }

    @Test
    void noKnownMistake() {
        assertThat(Diagnoses.first(WrongFigure.of(d("121.72"), d("121.3181818")))).isEmpty();
        assertThat(english(WrongFigure.of(d("121.72"), d("121.3181818")))).isEqualTo("no known mistake reproduces it");
        assertThat(Cause.likely(Optional.empty()).in(Languages.INDONESIAN))
                .isEqualTo("tidak ada kesalahan umum yang menghasilkan angka ini");
    }

    @Test
    void aDiagnosisThatCannotComputeItsAlternativeDoesNotReproduce() {
        PrintedInputs.Clue failing = new PrintedInputs.Clue(Text.literal("capaian kinerja"), d("97.04"), d("0"), ck -> efficiency(ck));
        assertThat(Diagnoses.first(WrongFigure.of(d("7.22"), d("7.25"), List.of(failing)))).isEmpty();
    }
}
