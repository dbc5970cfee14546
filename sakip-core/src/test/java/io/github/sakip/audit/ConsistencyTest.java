package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capaian printed for the same indicator in several tables: no finding for figures that agree; one finding, at
 * the figure that is not right and naming the other, for figures that do not; none where the figure's own table
 * says it is wrong already. And a capaian of the table of programs that is its line's absorption, noted.
 */
class ConsistencyTest {

    private static final String SASARAN = "Meningkatnya Kualitas Ketenagakerjaan Daerah";
    private static final Indicator TPAK = Indicator.of("Tingkat Partisipasi Angkatan Kerja (TPAK)", "Persen",
            Polarity.POSITIVE, Accumulation.STOCK);
    private static final Indicator LOWER_CASE = Indicator.of("tingkat partisipasi angkatan kerja (tpak)", "Persen",
            Polarity.POSITIVE, Accumulation.STOCK);

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** Tabel 3.2's row of TPAK: 68,12 / 70,20 = 97,037…. */
    private static PerformanceRow agreement(String printed) {
        return PerformanceRow.of("1", SASARAN, TPAK, Target.of(d("70.20")), Realization.of(d("68.12")))
                .withPrintedCapaian(d(printed));
    }

    private static RenstraRow comparison(String printed) {
        return RenstraRow.of(RenstraPlan.of(TPAK, 2024, 2026, Map.of(2024, Target.of(d("70.20")))), Map.of())
                .withPrintedCapaian(d(printed));
    }

    private static EfficiencyRow efficiency(String sasaran, String target, String printed) {
        return EfficiencyRow.of(sasaran, Polarity.POSITIVE, Target.of(d(target)), Realization.of(d("68.12")),
                d("100"), d("90")).withPrintedCapaian(d(printed));
    }

    private static List<Tujuan> cascade(String printed) {
        return List.of(Tujuan.of("T", List.of(Sasaran.of(SASARAN).withIndicators(List.of(
                SasaranIndicator.of(LOWER_CASE).withPrintedCapaian(d(printed)))))));
    }

    private static List<Finding> findings(PerformanceReport report) {
        Findings findings = new Findings(java.util.Locale.ENGLISH);
        new ConsistencyChecker().check(report, Audit.Options.DEFAULT, findings);
        return findings.toList();
    }

    private static PerformanceReport report() {
        return PerformanceReport.of("Dinas Contoh", 2024);
    }

    @Test
    void figuresThatAgreeGiveNoFindingEvenWhereAllAreWrong() {
        PerformanceReport report = report().withPerformance(List.of(agreement("97.03")))
                .withRenstra(List.of(comparison("97.03"))).withEfficiency(List.of(efficiency(SASARAN, "70.20",
                        "97.030"))).withCascade(cascade("97.0"));
        assertThat(findings(report)).isEmpty();
        // And the audit as a whole says only what each table says of its own figure.
        assertThat(Audit.of(report).findings()).extracting(Finding::check).containsOnly(Check.CAPAIAN);
    }

    @Test
    void aFigureWithNoDataOfItsOwnIsHeldAgainstTheRightOne() {
        // Tabel 3.3 prints 97,30 where 3.2 prints the right 97,04; its name differs from 3.2's only by case.
        PerformanceReport report = report().withPerformance(List.of(agreement("97.04")))
                .withRenstra(List.of(comparison("97.30"))).withCascade(cascade("97.04"));
        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.check()).isEqualTo(Check.CROSS_TABLE_CAPAIAN);
            assertThat(f.location()).isEqualTo(new Location("Perbandingan Capaian Kinerja", TPAK.name(), "Capaian"));
            assertThat(f.related()).containsExactly(new Location("Perjanjian Kinerja", "1 " + TPAK.name(),
                    "Capaian"));
            assertThat(f).hasToString("ERROR Perbandingan Capaian Kinerja, row " + TPAK.name() + ", column"
                    + " Capaian [and Perjanjian Kinerja, row 1 " + TPAK.name() + ", column Capaian]: printed 97,30,"
                    + " should be 97,04 (Perjanjian Kinerja, row 1 " + TPAK.name() + ", column Capaian prints 97,04"
                    + " for the same indicator; its data give 68,12 / 70,20 × 100% = 97,04%; no known mistake"
                    + " reproduces it)");
        });
        // One hundredth off the right figure is a rounding slip.
        assertThat(findings(report.withRenstra(List.of(comparison("97.03"))))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theFindingsAcrossTablesAreInBahasaIndonesiaByDefault() {
        PerformanceReport report = report().withPerformance(List.of(agreement("97.04")))
                .withRenstra(List.of(comparison("97.30"))).withCascade(cascade("97.04"));
        assertThat(Audit.of(report).findings()).singleElement().hasToString("KESALAHAN Perbandingan Capaian Kinerja,"
                + " baris " + TPAK.name() + ", kolom Capaian [dan Perjanjian Kinerja, baris 1 " + TPAK.name()
                + ", kolom Capaian]: tercetak 97,30, seharusnya 97,04 (Perjanjian Kinerja, baris 1 " + TPAK.name()
                + ", kolom Capaian mencetak 97,04 untuk indikator yang sama; datanya menghasilkan 68,12 / 70,20 ×"
                + " 100% = 97,04%; tidak ada kesalahan umum yang menghasilkan angka ini)");
        BudgetRow line = BudgetRow.of("2.07.03", "Program", d("1000"), d("882.2"));
        PerformanceReport programs = report().withBudget(BudgetTable.of(List.of(line))).withCascade(List.of(
                Tujuan.of("T", List.of(Sasaran.of("S").withPrograms(List.of(ProgramRow.of("2.07.03", "Program",
                        TRAINED).withPrintedCapaian(d("88.2"))))))));
        Findings made = new Findings(io.github.sakip.format.Languages.INDONESIAN);
        new ConsistencyChecker().check(programs, Audit.Options.DEFAULT, made);
        assertThat(made.toList()).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("capaian dari target dan realisasi indikator");
            assertThat(f.working()).isEqualTo("88,2 adalah penyerapan 2.07.03 pada tabel anggaran (882,20 / 1.000"
                    + " × 100% = 88,22%), dibulatkan ke 1 desimal, angka anggaran, bukan capaian indikator");
        });
    }

    @Test
    void aFigureWhoseOwnDataShowItWrongIsLeftToItsOwnTable() {
        // 3.2 prints 97,30 from its own data; 3.7 prints the right 97,04. Only 3.2's own check speaks.
        PerformanceReport report = report().withPerformance(List.of(agreement("97.30")))
                .withEfficiency(List.of(efficiency(SASARAN, "70.20", "97.04")));
        assertThat(findings(report)).isEmpty();
        assertThat(Audit.of(report).findings()).singleElement().satisfies(f -> assertThat(f.location().table())
                .isEqualTo("Perjanjian Kinerja"));
    }

    @Test
    void twoTablesRightByDifferentDataDisagree() {
        // 3.7 divides by the Renstra's 70,95: 68,12 / 70,95 = 96,01, right by its own data, not by 3.2's.
        List<Finding> findings = findings(report().withPerformance(List.of(agreement("97.04")))
                .withEfficiency(List.of(efficiency(SASARAN, "70.95", "96.01"))));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location("Efisiensi Anggaran", SASARAN, "Capaian Kinerja"));
            assertThat(f.expected()).isEqualTo("97,04");
            assertThat(f.working()).contains("prints 97,04 for the same indicator; its data give 68,12 / 70,20 ×"
                    + " 100% = 97,04%; this row's data give 68,12 / 70,95 × 100% = 96,01%");
        });
    }

    @Test
    void withoutDataTheFirstFigureIsHeldAgainstTheOthers() {
        PerformanceReport report = report().withRenstra(List.of(comparison("97.03"))).withCascade(cascade("98"));
        assertThat(findings(report)).extracting(Finding::severity, f -> f.location().table(), Finding::printed,
                Finding::expected, Finding::working).containsExactly(tuple(Severity.ERROR, "Pohon Kinerja", "98",
                        "97,03", "Perbandingan Capaian Kinerja, row " + TPAK.name() + ", column Capaian prints 97,03"
                                + " for the same indicator; no table gives the target and realisation to compute it"
                                + " from"));
    }

    @Test
    void theDataOfAnotherRowGiveTheFigureWhenTheFirstHasNone() {
        // No figure is right: 3.3 (no data) and 3.7 (its data give 97,04) print 97,30, the cascade 90. The cascade's
        // is held against the first, 3.3's, and should be what 3.7's data give.
        PerformanceReport report = report().withRenstra(List.of(comparison("97.30")))
                .withEfficiency(List.of(efficiency(SASARAN, "70.20", "97.30"))).withCascade(cascade("90"));
        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo("Pohon Kinerja");
            assertThat(f.expected()).isEqualTo("97,04");
            assertThat(f.related()).containsExactly(
                    new Location("Perbandingan Capaian Kinerja", TPAK.name(), "Capaian"),
                    new Location("Efisiensi Anggaran", SASARAN, "Capaian Kinerja"));
            assertThat(f.working()).contains("the data of Efisiensi Anggaran, row " + SASARAN + ", column Capaian"
                    + " Kinerja give 68,12 / 70,20 × 100% = 97,04%");
        });
    }

    @Test
    void tabel37IsTheIndicatorOfItsSasaranWhenTheSasaranHasOne() {
        // Through the Perjanjian Kinerja when the cascade does not have the sasaran; not when it has two.
        PerformanceReport one = report().withPerformance(List.of(agreement("97.04")))
                .withEfficiency(List.of(efficiency(SASARAN.toUpperCase(java.util.Locale.ROOT), "70.20", "97.04"),
                        efficiency("Lain", "70.20", "50")));
        assertThat(findings(one)).isEmpty();
        PerformanceRow second = PerformanceRow.of("2", SASARAN, Indicator.of("Lain", "Persen", Polarity.POSITIVE,
                Accumulation.STOCK), Target.of(d("1")), Realization.of(d("1")));
        PerformanceReport two = report().withPerformance(List.of(agreement("97.04"), second))
                .withRenstra(List.of(comparison("50"))).withEfficiency(List.of(efficiency(SASARAN, "70.95", "50")));
        // 3.7 is not TPAK's here, but 3.3 is, and prints 50 where 3.2 prints 97,04.
        assertThat(findings(two)).extracting(f -> f.location().table()).containsExactly(
                "Perbandingan Capaian Kinerja");
        PerformanceReport sameTwice = report().withPerformance(List.of(agreement("97.04"), agreement("97.04")))
                .withEfficiency(List.of(efficiency(SASARAN, "70.95", "96.01")));
        assertThat(findings(sameTwice)).hasSize(1);
        // The cascade's sasaran decides where it has one; of two indicators, none is the sasaran's one.
        List<Tujuan> twoIndicators = List.of(Tujuan.of("T", List.of(Sasaran.of(SASARAN).withIndicators(List.of(
                SasaranIndicator.of(TPAK), SasaranIndicator.of(LOWER_CASE))))));
        assertThat(findings(one.withCascade(twoIndicators).withEfficiency(List.of(efficiency(SASARAN, "70.95",
                "90"))))).isEmpty();
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({"93.4, 93.38, true", "93.38, 93.4, true", "96, 96.45, true", "97, 97.50, false",
        "97.03, 97.04, false", "96.5, 96.50, true", "1E+2, 100, true", "100, 1E+2, true", "93.4, 93.34, false"})
    void figuresAgreeWhenOneIsTheOtherRoundedHalfUpToItsDecimals(String one, String other, boolean agree) {
        assertThat(ConsistencyChecker.agree(d(one), d(other))).isEqualTo(agree);
    }

    private static PerformanceReport programs(ProgramRow... rows) {
        return report().withBudget(BudgetTable.of(List.of(
                BudgetRow.of("2.07.03", "Program", d("1000"), d("900")),
                BudgetRow.of("2.07.03.2.01", "Pelatihan", d("1000"), d("882.2")),
                BudgetRow.of("2.07.xx", "Rusak", d("1"), d("1")))))
                .withCascade(List.of(Tujuan.of("T", List.of(Sasaran.of("S").withPrograms(List.of(rows))))));
    }

    private static final Indicator TRAINED = Indicator.of("Persentase pencari kerja yang dilatih", "Persen",
            Polarity.POSITIVE, Accumulation.STOCK);

    @Test
    void aCapaianOfTheTableOfProgramsThatIsItsLinesAbsorptionIsNoted() {
        List<Finding> findings = findings(programs(
                ProgramRow.of("2.07.03.2.01", "Pelatihan", TRAINED).withPrintedCapaian(d("88.2")),
                ProgramRow.of("2.07.03", "Program", Indicator.of("Lain", "Persen", Polarity.POSITIVE,
                        Accumulation.STOCK)).withPrintedCapaian(d("90.00")),
                ProgramRow.of("2.07.03", "Program", Indicator.of("Tidak", "Persen", Polarity.POSITIVE,
                        Accumulation.STOCK)).withPrintedCapaian(d("90.01")),
                ProgramRow.of("2.07.09", "Tanpa baris", Indicator.of("X", "Persen", Polarity.POSITIVE,
                        Accumulation.STOCK)).withPrintedCapaian(d("1")),
                ProgramRow.of("2.07.xx", "Rusak", Indicator.of("Y", "Persen", Polarity.POSITIVE,
                        Accumulation.STOCK)).withPrintedCapaian(d("100"))));
        // 882,2 / 1.000 = 88,22, printed to one decimal; 900 / 1.000 = 90. Not 90,01; no line 2.07.09; 2.07.xx is
        // no code.
        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                Finding::printed).containsExactly(
                        tuple(Severity.NOTE, Check.BUDGET_AS_CAPAIAN, "2.07.03.2.01 " + TRAINED.name(), "88,2"),
                        tuple(Severity.NOTE, Check.BUDGET_AS_CAPAIAN, "2.07.03 Lain", "90,00"));
        assertThat(findings.get(0)).hasToString("NOTE Pohon Kinerja, row 2.07.03.2.01 " + TRAINED.name()
                + ", column Capaian [and Capaian Anggaran, row 2.07.03.2.01 Pelatihan, column Persentase]: printed"
                + " 88,2, should be a capaian from the indicator's target and realisation (88,2 is the absorption of"
                + " 2.07.03.2.01 in the budget table (882,20 / 1.000 × 100% = 88,22%), rounded to 1 decimal, a budget"
                + " figure, not the indicator's capaian)");
        assertThat(findings.get(1).working()).contains("= 90,00%), a budget figure");
    }

    @ParameterizedTest(name = "printed {0}")
    @CsvSource(delimiter = '|', value = {
        "90    | / 1.000 × 100% = 90,00%), a budget figure",
        "90.0  | / 1.000 × 100% = 90,00%), a budget figure",
        "88    | / 1.000 × 100% = 88,22%), rounded to 0 decimals, a budget figure",
        "88.2  | / 1.000 × 100% = 88,22%), rounded to 1 decimal, a budget figure",
        "88.22 | / 1.000 × 100% = 88,22%), a budget figure"})
    void theAbsorptionNoteSaysHowFarThePrintedFigureIsRounded(String printed, String tail) {
        BudgetRow line = BudgetRow.of("2.07.03", "Program", d("1000"), d(printed.startsWith("90") ? "900" : "882.2"));
        PerformanceReport report = report().withBudget(BudgetTable.of(List.of(line))).withCascade(List.of(Tujuan.of(
                "T", List.of(Sasaran.of("S").withPrograms(List.of(ProgramRow.of("2.07.03", "Program", TRAINED)
                        .withPrintedCapaian(d(printed))))))));
        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.BUDGET_AS_CAPAIAN);
            assertThat(f.working()).contains(tail);
        });
    }

    @Test
    void whereDataJudgeTheFigureTheAbsorptionIsNoNoteOfItsOwn() {
        // Its own data make 88,2 right (88,2 / 100): no note. Another table's data make it wrong: one finding,
        // which says where 88,2 comes from.
        assertThat(findings(programs(ProgramRow.of("2.07.03.2.01", "Pelatihan", TRAINED, Target.of(d("100")),
                Realization.of(d("88.2"))).withPrintedCapaian(d("88.2"))))).isEmpty();
        PerformanceReport report = programs(ProgramRow.of("2.07.03.2.01", "Pelatihan", TRAINED)
                .withPrintedCapaian(d("88.2"))).withPerformance(List.of(PerformanceRow.of("5", "S", TRAINED,
                        Target.of(d("66")), Realization.of(d("80.07"))).withPrintedCapaian(d("121.32"))));
        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.CROSS_TABLE_CAPAIAN);
            assertThat(f.expected()).isEqualTo("121,32");
            assertThat(f.working()).endsWith("; 88,2 is the absorption of 2.07.03.2.01 in the budget table (882,20 /"
                    + " 1.000 × 100% = 88,22%), rounded to 1 decimal, a budget figure, not the indicator's capaian");
            assertThat(f.related()).containsExactly(new Location("Perjanjian Kinerja", "5 " + TRAINED.name(),
                    "Capaian"), new Location("Capaian Anggaran", "2.07.03.2.01 Pelatihan", "Persentase"));
        });
    }

    @Test
    void aProgramPrintedUnderTwoSasaranIsTwoFigures() {
        ProgramRow row = ProgramRow.of("2.07.03", "Program", TRAINED).withPrintedCapaian(d("96.5"));
        PerformanceReport report = report().withCascade(List.of(Tujuan.of("T", List.of(
                Sasaran.of("A").withPrograms(List.of(row)), Sasaran.of("B").withPrograms(List.of(row,
                        row.withPrintedCapaian(d("95"))))))));
        assertThat(findings(report)).extracting(Finding::printed, Finding::expected).containsExactly(
                tuple("95", "96,5"));
    }

    /** n Perjanjian Kinerja rows, each indicator printed again in the cascade, and ten of the same name. */
    private static long comparisons(int n) {
        List<PerformanceRow> rows = new ArrayList<>();
        List<SasaranIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Indicator indicator = Indicator.of("Indikator " + (i % (n - 10) + 1), "Persen", Polarity.POSITIVE,
                    Accumulation.STOCK);
            rows.add(PerformanceRow.of(Integer.toString(i), "S" + i, indicator, Target.of(d("10")),
                    Realization.of(d("10"))).withPrintedCapaian(d("100")));
            indicators.add(SasaranIndicator.of(indicator).withPrintedCapaian(d("100")));
        }
        PerformanceReport report = report().withPerformance(rows).withCascade(List.of(Tujuan.of("T",
                List.of(Sasaran.of("S").withIndicators(indicators)))));
        ConsistencyChecker checker = new ConsistencyChecker();
        Findings findings = new Findings(java.util.Locale.ENGLISH);
        checker.check(report, Audit.Options.DEFAULT, findings);
        assertThat(findings.toList()).isEmpty();
        return checker.comparisons();
    }

    @Test
    void tenTimesTheFiguresIsTenTimesTheComparisons() {
        // Each figure is compared with the first of its group, once a group is there: 2n − (n − 10) names.
        assertThat(comparisons(1_000)).isEqualTo(2 * 1_000 - 990);
        assertThat(comparisons(10_000)).isEqualTo(2 * 10_000 - 9_990);
    }
}
