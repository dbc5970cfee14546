package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.Indicator;
import io.github.sakip.Permendagri86;
import io.github.sakip.Pmk214;
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
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTest {

    /** The texts this test pins are the English ones; the Indonesian ones are pinned in LanguageTest. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Languages.ENGLISH);

    private static final Indicator TPAK = Indicator.of("Tingkat Partisipasi Angkatan Kerja (TPAK)", "Persen",
            Polarity.POSITIVE, Accumulation.STOCK);
    private static final Indicator DISPUTES = Indicator.of("Jumlah perselisihan", "Kasus", Polarity.NEGATIVE,
            Accumulation.FLOW);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static PerformanceReport report() {
        return PerformanceReport.of("Dinas Contoh", 2024);
    }

    private static PerformanceRow tpak(String printed) {
        return PerformanceRow.of("1", "Meningkatnya Kualitas Ketenagakerjaan Daerah", TPAK, Target.of(d("70.20")),
                Realization.of(d("68.12"))).withPrintedCapaian(d(printed));
    }

    @Test
    void aReportThatPrintedNothingHasNoFindings() {
        PerformanceReport bare = report().withPerformance(List.of(PerformanceRow.of("1", "s", TPAK,
                Target.of(d("70.20")), Realization.of(d("68.12")))));
        Audit audit = Audit.of(bare, ENGLISH);
        assertThat(audit.findings()).isEmpty();
        assertThat(audit.hasErrors()).isFalse();
        assertThat(audit).hasToString("Audit[LKjIP Dinas Contoh 2024: 0 errors, 0 warnings, 0 notes]");
        assertThat(audit.report()).isSameAs(bare);
    }

    @Test
    void rightFiguresGiveNoFinding() {
        PerformanceReport right = report().withPerformance(List.of(
                tpak("97.04").withPrintedCategory(Category.SANGAT_TINGGI),
                PerformanceRow.of("2", "s", DISPUTES, Target.of(d("25")), Realization.of(d("20")))
                        .withPrintedCapaian(d("120")).withPrintedCategory(Category.SANGAT_TINGGI)));
        assertThat(Audit.of(right, ENGLISH).findings()).isEmpty();
    }

    @Test
    void aWrongCapaianIsAnErrorWithItsWorking() {
        PerformanceRow row = PerformanceRow.of("20", "s", Indicator.of("Persentase Pencari Kerja Lokal", "Persen",
                Polarity.POSITIVE, Accumulation.STOCK), Target.of(d("66")), Realization.of(d("80.07")))
                .withPrintedCapaian(d("121.72"));
        List<Finding> findings = Audit.of(report().withPerformance(List.of(row)), ENGLISH).findings();
        assertThat(findings).singleElement().hasToString("ERROR Perjanjian Kinerja, row 20 Persentase Pencari Kerja"
                + " Lokal, column Capaian: printed 121,72, should be 121,32 (80,07 / 66 × 100% = 121,32%; no"
                + " known mistake reproduces it)");
        Finding finding = findings.get(0);
        assertThat(finding.check()).isEqualTo(Check.CAPAIAN);
        assertThat(finding.location()).isEqualTo(new Location("Perjanjian Kinerja",
                "20 Persentase Pencari Kerja Lokal", "Capaian"));
    }

    @Test
    void aTruncatedCapaianIsAWarning() {
        Audit audit = Audit.of(report().withPerformance(List.of(tpak("97.03"))), ENGLISH);
        assertThat(audit.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.printed()).isEqualTo("97,03");
            assertThat(f.expected()).isEqualTo("97,04");
            assertThat(f.working()).isEqualTo("68,12 / 70,20 × 100% = 97,04%; likely cause: truncated instead of"
                    + " rounded half-up (97,03703… cut to 97,03)");
        });
        assertThat(audit.hasErrors()).isFalse();
        assertThat(audit.findings(Severity.WARNING)).hasSize(1);
        assertThat(audit.findings(Severity.ERROR)).isEmpty();
    }

    @Test
    void aWrongCategory() {
        Audit audit = Audit.of(report().withPerformance(List.of(tpak("97.04").withPrintedCategory(Category.TINGGI))), ENGLISH);
        assertThat(audit.findings()).singleElement().hasToString("ERROR Perjanjian Kinerja, row 1 Tingkat"
                + " Partisipasi Angkatan Kerja (TPAK), column Kategori: printed Tinggi, should be Sangat Tinggi"
                + " (68,12 / 70,20 × 100% = 97,04% is Sangat Tinggi under Permendagri 86/2017)");
    }

    @Test
    void aCategoryUnderAnAgencysOwnScaleIsExplainedWithThatScale() {
        CategoryScale scale = CategoryScale.of(0, List.of(CategoryScale.Band.atMost(Category.RENDAH, d("98")),
                CategoryScale.Band.atLeast(Category.TINGGI, d("99"))));
        Audit.Options options = new Audit.Options(Capaian.Policy.DEFAULT, scale, Pmk214.OutputCap.NONE);
        PerformanceReport report = report().withPerformance(List.of(tpak("97.04")
                .withPrintedCategory(Category.SANGAT_TINGGI)));
        assertThat(Audit.of(report, options.withLanguage(Languages.ENGLISH)).findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.expected()).isEqualTo("Rendah");
                    assertThat(f.working()).isEqualTo("68,12 / 70,20 × 100% = 97,04% is Rendah under"
                            + " CategoryScale[0 decimals: Rendah ..98, Tinggi 99..]");
                });
        // The three-argument options write in Bahasa Indonesia, as the defaults do.
        assertThat(Audit.of(report, options).findings()).singleElement().satisfies(f -> assertThat(f.working())
                .isEqualTo("68,12 / 70,20 × 100% = 97,04% termasuk kategori Rendah menurut CategoryScale[0"
                        + " decimals: Rendah ..98, Tinggi 99..]"));
    }

    @Test
    void aPrintedFigureThatCannotBeComputed() {
        PerformanceRow row = PerformanceRow.of("9", "s", TPAK, Target.of(BigDecimal.ZERO), Realization.of(d("5")))
                .withPrintedCapaian(d("100")).withPrintedCategory(Category.SANGAT_TINGGI);
        List<Finding> findings = Audit.of(report().withPerformance(List.of(row)), ENGLISH).findings();
        assertThat(findings).extracting(Finding::check).containsExactly(Check.CAPAIAN, Check.CATEGORY);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("not computable");
            assertThat(f.working()).isEqualTo("not computable: target is 0: division by zero");
        });
    }

    @Test
    void optionsChangeTheFormula() {
        PerformanceRow row = PerformanceRow.of("2", "s", DISPUTES, Target.of(d("25")), Realization.of(d("20")))
                .withPrintedCapaian(d("125"));
        assertThat(Audit.of(report().withPerformance(List.of(row)), ENGLISH).findings()).hasSize(1);
        Audit.Options inverse = new Audit.Options(Capaian.Policy.DEFAULT.withNegativeFormula(
                Capaian.NegativeFormula.INVERSE), Permendagri86.SCALE, Pmk214.OutputCap.NONE);
        assertThat(Audit.of(report().withPerformance(List.of(row)), inverse).findings()).isEmpty();
        assertThatThrownBy(() -> Audit.of(null, ENGLISH)).isInstanceOf(NullPointerException.class)
                .hasMessage("report must not be null");
        assertThatThrownBy(() -> Audit.of(report(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options must not be null");
    }

    @Test
    void budgetTotalsAbsorptionStructureAndDuplicates() {
        BudgetTable table = BudgetTable.of(List.of(
                BudgetRow.of("2.07.03", "PROGRAM PELATIHAN", d("914466926"), d("1052804054")),
                BudgetRow.of("2.07.03.2.01", "Pelatihan", d("1182109989"), d("1042886054"))
                        .withPrintedPercent(d("88.22")),
                BudgetRow.of("2.07.03.2.02", "Pembinaan", d("9921000"), d("9918000")).withPrintedPercent(d("99.96")),
                BudgetRow.of("2.07.09.2.01", "Orphan", d("100"), d("50")),
                BudgetRow.of("2.07.03.2.02", "Pembinaan lagi", d("1"), d("1")),
                BudgetRow.of("2.07.x", "Not a code", d("1"), d("1"))))
                .withPrintedTotalPagu(d("1192031000"));
        List<Finding> findings = Audit.of(report().withBudget(table), ENGLISH).findings();
        assertThat(findings).extracting(Finding::check).containsExactlyInAnyOrder(Check.ABSORPTION,
                Check.BUDGET_STRUCTURE, Check.PARENT_TOTAL, Check.BUDGET_STRUCTURE, Check.DUPLICATE_CODE,
                Check.GRAND_TOTAL);
        assertThat(findings).filteredOn(f -> f.check() == Check.PARENT_TOTAL).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location("Capaian Anggaran", "2.07.03", "Anggaran"));
            assertThat(f.printed()).isEqualTo("914.466.926");
            assertThat(f.expected()).isEqualTo("1.192.030.989");
        });
        assertThat(findings).filteredOn(f -> f.check() == Check.ABSORPTION).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.printed()).isEqualTo("99,96");
            assertThat(f.expected()).isEqualTo("99,97");
        });
        assertThat(findings).filteredOn(f -> f.check() == Check.BUDGET_STRUCTURE)
                .extracting(f -> f.location().row()).containsExactlyInAnyOrder("2.07.x", "2.07.09.2.01");
    }

    @Test
    void efficiencyRowsAreCheckedAgainstPmk214() {
        EfficiencyRow row = EfficiencyRow.of("Meningkatnya Akuntabilitas", Polarity.POSITIVE, Target.of(d("75")),
                Realization.of(d("73.20")), d("11782200"), d("11349700")).withPrintedCapaian(d("97.60"))
                .withPrintedAbsorption(d("96.33")).withPrintedEfficiency(d("99.01"));
        List<Finding> findings = Audit.of(report().withEfficiency(List.of(row)), ENGLISH).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.EFFICIENCY);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.printed()).isEqualTo("99,01");
            // PAK × CK = 11.782.200 × 0,976 = 11.499.427,2; E = (11.499.427,2 − 11.349.700) / 11.499.427,2 = 1,30 %
            assertThat(f.expected()).isEqualTo("1,30");
        });
    }

    @Test
    void renstraProgressEndTargetAndAgreementTargets() {
        RenstraPlan plan = RenstraPlan.of(TPAK, 2022, 2026, List.of(
                RenstraPlan.YearTarget.of(2022, d("70")), RenstraPlan.YearTarget.of(2023, d("70.50")),
                RenstraPlan.YearTarget.of(2024, d("70.95")), RenstraPlan.YearTarget.of(2025, d("71.11")),
                RenstraPlan.YearTarget.of(2026, d("71.11"))));
        RenstraRow row = RenstraRow.of(plan, Map.of(2022, Realization.of(d("70.31")),
                2023, Realization.of(d("70.14")), 2024, Realization.of(d("68.12"))))
                .withPrintedEndTarget(d("70.95")).withPrintedProgress(d("96.01"));
        PerformanceReport r = report().withRenstra(List.of(row)).withPerformance(List.of(tpak("97.04")));
        List<Finding> findings = Audit.of(r, ENGLISH).findings();
        assertThat(findings).extracting(Finding::check).containsExactly(Check.RENSTRA_END_TARGET,
                Check.RENSTRA_PROGRESS, Check.RENSTRA_TARGET);
        assertThat(findings.get(0).working()).isEqualTo("the end target of the Renstra 2022–2026 is the target of"
                + " 2026; difference -0,16; likely cause: the target of 2024 (70,95) taken as the end target instead of"
                + " the target of 2026 (71,11)");
        assertThat(findings.get(1).expected()).isEqualTo("95,80");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(2).severity()).isEqualTo(Severity.NOTE);
        assertThat(findings.get(2).printed()).isEqualTo("70,20");
        assertThat(findings.get(2).expected()).isEqualTo("70,95");
    }

    @Test
    void aRenstraPeriodThatDoesNotHoldTheReportYear() {
        RenstraPlan later = RenstraPlan.of(TPAK, 2025, 2029, List.of(RenstraPlan.YearTarget.of(2029, d("75"))));
        RenstraRow row = RenstraRow.of(later, Map.of()).withPrintedEndTarget(d("75"))
                .withPrintedProgress(d("90"));
        List<Finding> findings = Audit.of(report().withRenstra(List.of(row)).withPerformance(List.of(tpak("97.04"))), ENGLISH)
                .findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.RENSTRA_PROGRESS);
            assertThat(f.expected()).isEqualTo("not computable");
            assertThat(f.working()).isEqualTo("not computable: the report's year 2024 is outside the Renstra period"
                    + " 2025–2029");
        });
    }

    @Test
    void standardsAndAkip() {
        StandardRow standard = StandardRow.of(TPAK, d("70.63"), Realization.of(d("68.12")), "Nasional")
                .withPrintedPercent(d("96.5"));
        AkipEvaluation evaluation = AkipEvaluation.of(d("23.10"), d("21.30"), d("10.80"), d("18.00"));
        AkipRow right = AkipRow.of(2023, evaluation).withPrintedTotal(d("73.20"))
                .withPrintedPredicate(AkipPredicate.BB);
        AkipRow wrong = AkipRow.of(2022, evaluation).withPrintedTotal(d("76")).withPrintedPredicate(AkipPredicate.A);
        List<Finding> findings = Audit.of(report().withStandards(List.of(standard)).withAkip(List.of(right, wrong)), ENGLISH)
                .findings();
        assertThat(findings).extracting(Finding::check, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Check.STANDARD, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(Check.AKIP_TOTAL, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(Check.AKIP_PREDICATE, Severity.ERROR));
        assertThat(findings.get(2).toString()).isEqualTo("ERROR Evaluasi AKIP, row 2022, column Predikat: printed"
                + " A, should be BB (a score of 73,20 is BB (Sangat Baik) under PermenPAN-RB 88/2021)");
    }

    @Test
    void findingRefusesBlanks() {
        assertThatThrownBy(() -> new Finding(Severity.NOTE, Check.CAPAIAN, new Location("t", "r", "c"), " ", "x",
                "w")).isInstanceOf(IllegalArgumentException.class).hasMessage("printed must not be blank, but was ' '");
        assertThatThrownBy(() -> new Location("t", null, "c")).isInstanceOf(NullPointerException.class)
                .hasMessage("row must not be null");
    }
}
