package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of the cascade, each with hand-checked figures: the sasaran's budget in the comparison of performance
 * and budget against the lines of its codes, the codes against the budget table, lines serving two sasaran, the
 * programs of the table of programs, the capaian the cascade prints against its own data, and the notes on budget
 * that serves no sasaran and sasaran that no budget serves.
 */
class CascadeAuditTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /**
     * Program 2.07.03 prints 900 / 800 where its kegiatan add up to 600 + 400 = 1.000 and 500 + 350 = 850; program
     * 2.07.04 prints its lines' 300 / 270.
     */
    private static BudgetTable table() {
        return BudgetTable.of(List.of(
                BudgetRow.of("2.07.03", "Program Pelatihan", d("900"), d("800")),
                BudgetRow.of("2.07.03.2.01", "Pelatihan", d("600"), d("500")),
                BudgetRow.of("2.07.03.2.02", "Pembinaan", d("400"), d("350")),
                BudgetRow.of("2.07.04", "Program Penempatan", d("300"), d("270")),
                BudgetRow.of("2.07.04.2.01", "Antar Kerja", d("300"), d("270"))));
    }

    private static EfficiencyRow efficiency(String sasaran, String pagu, String realisasi) {
        return EfficiencyRow.of(sasaran, Polarity.POSITIVE, Target.of(d("100")), Realization.of(d("90")), d(pagu),
                d(realisasi));
    }

    private static PerformanceReport report(List<EfficiencyRow> efficiency, Sasaran... sasaran) {
        return PerformanceReport.of("Dinas Contoh", 2024).withBudget(table()).withEfficiency(efficiency)
                .withCascade(List.of(Tujuan.of("Tujuan", List.of(sasaran))));
    }

    private static Sasaran sasaran(String name, BudgetLink... links) {
        return Sasaran.of(name).withBudget(List.of(links));
    }

    private static List<Finding> findings(PerformanceReport report) {
        // Only the cascade's: the budget table's own findings are those of its own check.
        Findings findings = new Findings(java.util.Locale.ENGLISH);
        new CascadeChecker().check(report, Audit.Options.DEFAULT, findings);
        return findings.toList();
    }

    @Test
    void aSasaransBudgetIsTheSumOfItsLowestLinesNotOfThePrintedTotals() {
        PerformanceReport report = report(List.of(efficiency("Pelatihan", "1200", "1070"),
                efficiency("Penempatan", "300", "270")), sasaran("Pelatihan", BudgetLink.of("2.07.03"),
                BudgetLink.of("2.07.04")), sasaran("Penempatan", BudgetLink.of("2.07.04.2.01")));
        List<Finding> findings = findings(report);
        // The first sasaran: 1.000 + 300 = 1.300 and 850 + 270 = 1.120, where 900 + 300 and 800 + 270 were
        // printed. The second shares 2.07.04.2.01 with it: that is an overlap, and its own figures are right.
        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                f -> f.location().column(), Finding::printed, Finding::expected).containsExactly(
                        tuple(Severity.ERROR, Check.CASCADE_SPLIT, "Penempatan", "Kode", "2.07.04.2.01",
                                "lines that serve one sasaran, or a split at one code"),
                        tuple(Severity.ERROR, Check.SASARAN_BUDGET, "Pelatihan", "Anggaran", "1.200", "1.300"),
                        tuple(Severity.ERROR, Check.SASARAN_BUDGET, "Pelatihan", "Realisasi Anggaran", "1.070",
                                "1.120"));
        assertThat(findings.get(1)).hasToString("ERROR Efisiensi Anggaran, row Pelatihan, column Anggaran [and"
                + " Capaian Anggaran, row 2.07.03, 2.07.04, column Anggaran]: printed 1.200, should be 1.300 (the"
                + " lowest lines of 2.07.03, 2.07.04 in the budget table add up to 1.300; difference -100; likely cause:"
                + " the sum of the printed totals of the codes that serve the sasaran (900 + 300 = 1.200), which"
                + " include the wrong total of 2.07.03 (900 instead of 1.000))");
        assertThat(findings.get(0).working()).isEqualTo("2.07.04.2.01 of Penempatan shares lines with 2.07.04 of"
                + " Pelatihan, with no split at one code: the lines are counted in the budget of both");
        assertThat(findings.get(0).related()).containsExactly(new Location("Pohon Kinerja", "Pelatihan", "Kode"));
    }

    @Test
    void aPrintedBudgetThatIsNotTheSumOfThePrintedTotalsIsSaidPlainly() {
        List<Finding> findings = findings(report(List.of(efficiency("Pelatihan", "999", "850")),
                sasaran("Pelatihan", BudgetLink.of("2.07.03"))));
        // 2.07.04 serves no sasaran here: the note on it follows.
        assertThat(findings).extracting(Finding::check).containsExactly(Check.SASARAN_BUDGET,
                Check.BUDGET_WITHOUT_SASARAN);
        assertThat(findings.get(0).working()).isEqualTo("the lowest lines of 2.07.03 in the budget table add up to"
                + " 1.000; difference -1; no known mistake reproduces it");
        // Where more than one total printed is wrong, it says which.
        PerformanceReport two = report(List.of(efficiency("Semua", "1200", "1070")), sasaran("Semua",
                BudgetLink.of("2.07.03"), BudgetLink.of("2.07.04")))
                .withBudget(BudgetTable.of(List.of(BudgetRow.of("2.07.03", "P", d("900"), d("800")),
                        BudgetRow.of("2.07.03.2.01", "K", d("1000"), d("850")),
                        BudgetRow.of("2.07.04", "P", d("300"), d("270")),
                        BudgetRow.of("2.07.04.2.01", "K", d("301"), d("270")))));
        assertThat(findings(two).get(0).working()).endsWith("; likely cause: the sum of the printed totals"
                + " of the codes that serve the sasaran (900 + 300 = 1.200), which include the wrong totals of"
                + " 2.07.03, 2.07.04");
    }

    @Test
    void aShareMayBePrintedRoundedToTheRupiah() {
        // 30 % of 1.000,01 is 300,003 → 300,00; 70 % is 700,007 → 700,01, printed as 700.
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024)
                .withBudget(BudgetTable.of(List.of(BudgetRow.of("2.07.04", "P", d("1000.01"), d("900")))))
                .withEfficiency(List.of(efficiency("A", "300", "270"), efficiency("B", "700", "630"),
                        efficiency("C", "700.02", "630")))
                .withCascade(List.of(Tujuan.of("T", List.of(
                        sasaran("A", BudgetLink.of("2.07.04").withShare(d("30"))),
                        sasaran("B", BudgetLink.of("2.07.04").withShare(d("70")))))));
        assertThat(findings(report)).isEmpty();
        // A row whose sasaran is not in the cascade is not compared.
        assertThat(report.efficiency().get(2).sasaran()).isEqualTo("C");
    }

    @Test
    void codesThatAreNoLinesAndSplitsBeyondTheWhole() {
        PerformanceReport report = report(List.of(efficiency("A", "1", "1")),
                sasaran("A", BudgetLink.of("2.07.09"), BudgetLink.of("2.07.04").withAmounts(d("200"), d("100"))),
                sasaran("B", BudgetLink.of("2.07.04").withShare(d("50"))));
        List<Finding> findings = findings(report);
        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                f -> f.location().column(), Finding::printed, Finding::expected).containsExactly(
                        tuple(Severity.ERROR, Check.CASCADE_CODE, "A", "Kode", "2.07.09",
                                "a code of the budget table"),
                        tuple(Severity.ERROR, Check.CASCADE_SPLIT, "2.07.04", "Anggaran", "350", "at most 300"),
                        tuple(Severity.NOTE, Check.BUDGET_WITHOUT_SASARAN, "budget serving no sasaran", "Anggaran",
                                "1.000", "0"));
        assertThat(findings.get(0).working()).isEqualTo("no line of the budget table has the code; the sasaran's"
                + " budget lacks its lines");
        // 200 + 50 % × 300 = 350 of 300; the realisasi, 100 + 135 = 235 of 270, leaves 35 to no sasaran.
        assertThat(findings.get(1).working()).isEqualTo("the parts of 2.07.04 stated for its sasaran add up to 350,"
                + " more than its lines' 300; difference 50");
        // 2.07.03 serves none: 1.000 of pagu, 850 + 35 = 885 of realisasi.
        assertThat(findings.get(2).working()).isEqualTo("2.07.03, the rest of 2.07.04 serve no sasaran of the"
                + " cascade: pagu 1.000 of 1.300 (76,92%), realisasi 885 of 1.120 (79,02%)");
    }

    @Test
    void theCascadesFindingsAreInBahasaIndonesiaByDefault() {
        PerformanceReport report = report(List.of(efficiency("A", "1", "1")),
                sasaran("A", BudgetLink.of("2.07.09"), BudgetLink.of("2.07.04").withAmounts(d("200"), d("100"))),
                sasaran("B", BudgetLink.of("2.07.04").withShare(d("50"))));
        Findings made = new Findings(io.github.sakip.format.Languages.INDONESIAN);
        new CascadeChecker().check(report, Audit.Options.DEFAULT, made);
        List<Finding> findings = made.toList();
        assertThat(findings).extracting(Finding::expected, Finding::working).containsExactly(
                tuple("kode dari tabel anggaran", "tidak ada baris tabel anggaran dengan kode ini; anggaran sasaran"
                        + " ini tidak memuat baris-barisnya"),
                tuple("paling banyak 300", "bagian-bagian 2.07.04 yang dinyatakan untuk sasarannya berjumlah 350,"
                        + " lebih dari jumlah baris-barisnya 300; selisih 50"),
                tuple("0", "2.07.03, sisa 2.07.04 tidak mendukung sasaran mana pun dalam pohon kinerja: pagu 1.000"
                        + " dari 1.300 (76,92%), realisasi 885 dari 1.120 (79,02%)"));
        assertThat(findings.get(2).location().row()).isEqualTo("anggaran yang tidak mendukung sasaran");
    }

    @Test
    void theProgramsOfTheTableOfProgramsAreLinesThatServeTheirSasaran() {
        Sasaran pelatihan = sasaran("Pelatihan", BudgetLink.of("2.07.03.2.01"), BudgetLink.of("2.07.04"))
                .withPrograms(List.of(ProgramRow.of("2.07.03", "Program Pelatihan", TPAK),
                        ProgramRow.of("2.07.03.2.02", "Pembinaan", TPAK),
                        ProgramRow.of("2.07.09", "Program Lain", TPAK),
                        ProgramRow.of("2.07.xx", "Rusak", TPAK)));
        List<Finding> findings = findings(report(List.of(efficiency("PELATIHAN", "900", "770")), pelatihan));
        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                Finding::printed).containsExactly(
                        tuple(Severity.NOTE, Check.CASCADE_CODE, "2.07.03.2.02 TPAK", "2.07.03.2.02"),
                        tuple(Severity.ERROR, Check.CASCADE_CODE, "2.07.09 TPAK", "2.07.09"),
                        tuple(Severity.ERROR, Check.CASCADE_CODE, "2.07.xx TPAK", "2.07.xx"),
                        tuple(Severity.NOTE, Check.BUDGET_WITHOUT_SASARAN, "budget serving no sasaran", "400"));
        assertThat(findings.get(0)).hasToString("NOTE Pohon Kinerja, row 2.07.03.2.02 TPAK, column Kode [and"
                + " Efisiensi Anggaran, row PELATIHAN, column Anggaran]: printed 2.07.03.2.02, should be a code whose"
                + " lines serve the sasaran (2.07.03.2.01, 2.07.04) (the table of programs says that 2.07.03.2.02"
                + " Pembinaan supports Pelatihan, but none of its lines is in the sasaran's budget, which is"
                + " 2.07.03.2.01, 2.07.04)");
        assertThat(findings.get(1).working()).isEqualTo("no line of the budget table has the code");
        assertThat(findings.get(2).working()).startsWith("not a budget code: ");
        // Without a row in the comparison of performance and budget, the other place is the cascade's sasaran.
        assertThat(findings(report(List.of(), pelatihan)).get(0).related())
                .containsExactly(new Location("Pohon Kinerja", "Pelatihan", "Anggaran"));
    }

    @Test
    void whatTheCascadeLeavesOutIsNoted() {
        PerformanceReport report = report(List.of(), sasaran("Pelatihan", BudgetLink.of("2.07.03.2.01")),
                Sasaran.of("Tanpa Anggaran"));
        assertThat(findings(report)).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                Finding::printed, Finding::expected, Finding::working).containsExactly(
                        tuple(Severity.NOTE, Check.SASARAN_WITHOUT_BUDGET, "Tanpa Anggaran", "-",
                                "a budget code that serves it",
                                "no code of the budget table serves this sasaran in the cascade"),
                        // 400 + 300 of 1.300; 350 + 270 of 1.120.
                        tuple(Severity.NOTE, Check.BUDGET_WITHOUT_SASARAN, "budget serving no sasaran", "700", "0",
                                "2.07.03.2.02, 2.07.04 serve no sasaran of the cascade: pagu 700 of 1.300 (53,85%),"
                                        + " realisasi 620 of 1.120 (55,36%)"));
        // The rest of a code split in part is named as such.
        PerformanceReport part = report(List.of(), sasaran("Semua", BudgetLink.of("2.07.03"),
                BudgetLink.of("2.07.04").withShare(d("50"))));
        assertThat(findings(part)).singleElement().satisfies(f -> {
            assertThat(f.working()).isEqualTo("the rest of 2.07.04 serves no sasaran of the cascade: pagu 150 of"
                    + " 1.300 (11,54%), realisasi 135 of 1.120 (12,05%)");
            assertThat(f.related()).containsExactly(new Location("Capaian Anggaran", "the rest of 2.07.04",
                    "Anggaran"));
        });
    }

    @Test
    void aLongListOfLinesServingNoSasaranNamesTheFirstTen() {
        List<BudgetRow> lines = new ArrayList<>();
        for (int p = 1; p <= 13; p++) {
            lines.add(BudgetRow.of(String.format("2.07.%02d", p), "P" + p, d("1"), d("0")));
        }
        PerformanceReport report = PerformanceReport.of("D", 2024).withBudget(BudgetTable.of(lines))
                .withCascade(List.of(Tujuan.of("T", List.of(sasaran("S", BudgetLink.of("2.07.13"))))));
        assertThat(findings(report)).singleElement().satisfies(f -> assertThat(f.working()).isEqualTo("2.07.01,"
                + " 2.07.02, 2.07.03, 2.07.04, 2.07.05, 2.07.06, 2.07.07, 2.07.08, 2.07.09, 2.07.10 and 2 more serve"
                + " no sasaran of the cascade: pagu 12 of 13 (92,31%), realisasi 0 of 0"));
    }

    @Test
    void withoutABudgetTableOrWithoutCodesTheBudgetIsNotChecked() {
        Sasaran linked = sasaran("S", BudgetLink.of("2.07.09")).withPrograms(List.of(ProgramRow.of("2.07.09", "P",
                TPAK)));
        assertThat(findings(report(List.of(), linked).withBudget(BudgetTable.EMPTY))).isEmpty();
        // A cascade of programs alone says nothing of a budget per sasaran: no notes, only the programs' codes.
        Sasaran programsOnly = Sasaran.of("S").withPrograms(List.of(ProgramRow.of("2.07.03", "P", TPAK)));
        assertThat(findings(report(List.of(efficiency("S", "1", "1")), programsOnly))).isEmpty();
        assertThat(findings(PerformanceReport.of("D", 2024).withBudget(table()))).isEmpty();
    }

    @Test
    void aCapaianTheCascadePrintsWithItsOwnDataIsRecomputed() {
        Sasaran sasaran = Sasaran.of("S")
                .withIndicators(List.of(SasaranIndicator.of(TPAK, Target.of(d("70.20")), Realization.of(d("68.12")))
                        .withPrintedCapaian(d("97.03")), SasaranIndicator.of(TPAK).withPrintedCapaian(d("1"))))
                .withPrograms(List.of(ProgramRow.of("2.07.03", "P", TPAK, Target.of(d("80")),
                        Realization.of(d("80.02"))).withPrintedCapaian(d("100.25")),
                        ProgramRow.of("2.07.04", "P", TPAK, Target.of(d("66")), Realization.of(d("80.07")))
                                .withPrintedCapaian(d("121.32"))));
        List<Finding> findings = findings(report(List.of(), sasaran));
        assertThat(findings).extracting(Finding::severity, Finding::check, f -> f.location().row(),
                Finding::printed, Finding::expected).containsExactly(
                        tuple(Severity.WARNING, Check.CASCADE_CAPAIAN, "TPAK", "97,03", "97,04"),
                        tuple(Severity.ERROR, Check.CASCADE_CAPAIAN, "2.07.03 TPAK", "100,25", "100,03"));
    }
}
