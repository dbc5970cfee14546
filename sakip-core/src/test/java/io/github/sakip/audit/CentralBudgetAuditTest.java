package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of a K/L report's budget table and budget performance value, on a small report whose every figure was
 * worked out by hand:
 * <pre>
 * 063.01.WA        program                          pagu 1.000.000  realisasi 900.000
 *   3165           kegiatan (parent given)          pagu 1.000.000  realisasi 900.000
 *     3165.QAH     KRO                              pagu 1.000.000  realisasi 900.000
 *       .001       RO, output 12 of 12 (100 %)      pagu   600.000  realisasi 540.000  90,00 %
 *       .002       RO, output  8 of 10 ( 80 %)      pagu   400.000  realisasi 360.000  90,00 %
 * E(.001) = (600.000 − 540.000) / 600.000 = 10 %                    NE = 50 + 10/20 × 50 = 75
 * E(.002) = (320.000 − 360.000) / 320.000 = −12,5 %                 NE = 50 − 12,5/20 × 50 = 18,75
 * E(3165) = (600.000 + 320.000 − 900.000) / 920.000 = 2,1739… %     NE = 55,4347… %
 * NKA 2024: penyerapan 90,00, capaian keluaran (100 + 80) / 2 = 90,00, E 2,17 → NE 55,425,
 *           konsistensi 95,00: 9,7% × 90 + 18,2% × 95 + 43,5% × 90 + 28,6% × 55,425
 *           = 8,73 + 17,29 + 39,15 + 15,85155 = 81,02155 → 81,02
 * </pre>
 */
class CentralBudgetAuditTest {

    private static final String TABLE = CentralBudgetChecker.TABLE;
    private static final String NKA = BudgetPerformanceChecker.TABLE;

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static List<CentralBudgetRow> rows() {
        return List.of(
                CentralBudgetRow.of("063.01.WA", "Program Dukungan Manajemen", d("1000000"), d("900000")),
                CentralBudgetRow.of("3165", "Dukungan Manajemen", d("1000000"), d("900000")).withParent("063.01.WA")
                        .withPrintedEfficiency(d("2.17")).withPrintedEfficiencyScore(d("55.43")),
                CentralBudgetRow.of("3165.QAH", "Layanan", d("1000000"), d("900000")),
                CentralBudgetRow.of("3165.QAH.001", "Layanan Perkantoran", d("600000"), d("540000"))
                        .withOutput(d("12"), d("12")).withPrintedAbsorption(d("90.00"))
                        .withPrintedOutputAchievement(d("100.00")).withPrintedEfficiency(d("10.00"))
                        .withPrintedEfficiencyScore(d("75.00")),
                CentralBudgetRow.of("3165.QAH.002", "Layanan Pengujian", d("400000"), d("360000"))
                        .withOutput(d("10"), d("8")).withPrintedAbsorption(d("90.00"))
                        .withPrintedOutputAchievement(d("80.00")).withPrintedEfficiency(d("-12.50"))
                        .withPrintedEfficiencyScore(d("18.75")));
    }

    static BudgetPerformanceRow nka() {
        return BudgetPerformanceRow.of(2024, d("90.00"), d("95.00"), d("90.00")).withEfficiency(d("2.17"))
                .withPrintedEfficiencyScore(d("55.43")).withPrintedValue(d("81.02"));
    }

    static PerformanceReport report(List<CentralBudgetRow> rows, UnaryOperator<CentralBudgetTable> table,
            BudgetPerformanceRow nka) {
        return PerformanceReport.of("Satker Contoh", 2024)
                .withCentralBudget(table.apply(CentralBudgetTable.of(rows)))
                .withBudgetPerformance(List.of(nka));
    }

    static PerformanceReport report() {
        return report(rows(), t -> t.withPrintedTotalPagu(d("1000000")).withPrintedTotalRealisasi(d("900000")),
                nka());
    }

    @Test
    void aReportWhoseFiguresAreRightHasNoFinding() {
        assertThat(Audit.of(report()).findings()).isEmpty();
    }

    private static List<CentralBudgetRow> replace(int index, CentralBudgetRow row) {
        List<CentralBudgetRow> rows = new ArrayList<>(rows());
        rows.set(index, row);
        return rows;
    }

    private static List<CentralBudgetRow> adding(CentralBudgetRow row) {
        List<CentralBudgetRow> rows = new ArrayList<>(rows());
        rows.add(row);
        return rows;
    }

    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Locale.ENGLISH);

    static Stream<Arguments> oneWrongFigure() {
        CentralBudgetRow ro2 = rows().get(4);
        CentralBudgetRow kegiatan = rows().get(1);
        return Stream.of(
                Arguments.of("capaian RO 81 for 8 of 10", report(replace(4, ro2.withPrintedOutputAchievement(
                        d("81.00"))), t -> t, nka()), Severity.ERROR, Check.OUTPUT_ACHIEVEMENT,
                        new Location(TABLE, "3165.QAH.002 Layanan Pengujian", "Capaian RO"), "81,00", "80,00"),
                Arguments.of("absorption of an RO 89,99 for exactly 90: a whole unit off", report(replace(4, ro2.withPrintedAbsorption(d("89.99"))),
                        t -> t, nka()), Severity.ERROR, Check.ABSORPTION,
                        new Location(TABLE, "3165.QAH.002 Layanan Pengujian", "Penyerapan"), "89,99", "90,00"),
                Arguments.of("E of a kegiatan 2,18 for 2,1739", report(replace(1, kegiatan.withPrintedEfficiency(
                        d("2.18"))), t -> t, nka()), Severity.WARNING, Check.EFFICIENCY,
                        new Location(TABLE, "3165 Dukungan Manajemen", "Efisiensi"), "2,18", "2,17"),
                Arguments.of("NE of a kegiatan 55,44 for 55,4347", report(replace(1,
                        kegiatan.withPrintedEfficiencyScore(d("55.44"))), t -> t, nka()), Severity.WARNING,
                        Check.EFFICIENCY_SCORE, new Location(TABLE, "3165 Dukungan Manajemen", "Nilai Efisiensi"),
                        "55,44", "55,43"),
                Arguments.of("E of an RO without its sign", report(replace(4, ro2.withPrintedEfficiency(
                        d("12.50"))), t -> t, nka()), Severity.ERROR, Check.EFFICIENCY,
                        new Location(TABLE, "3165.QAH.002 Layanan Pengujian", "Efisiensi"), "12,50", "-12,50"),
                Arguments.of("a program's pagu one Rupiah too many", report(replace(0, CentralBudgetRow.of(
                        "063.01.WA", "Program Dukungan Manajemen", d("1000001"), d("900000"))), t -> t, nka()),
                        Severity.ERROR, Check.PARENT_TOTAL, new Location(TABLE, "063.01.WA", "Anggaran"),
                        "1.000.001", "1.000.000"),
                Arguments.of("a grand total of realisasi one Rupiah short", report(rows(),
                        t -> t.withPrintedTotalRealisasi(d("899999")), nka()), Severity.ERROR, Check.GRAND_TOTAL,
                        new Location(TABLE, "Jumlah", "Realisasi"), "899.999", "900.000"),
                Arguments.of("a malformed RO code", report(adding(CentralBudgetRow.of("3165.QAH.1", "Layanan",
                        d("0"), d("0"))), t -> t, nka()), Severity.ERROR, Check.BUDGET_STRUCTURE,
                        new Location(TABLE, "3165.QAH.1 Layanan", "Kode"), "3165.QAH.1",
                        "kode RKA-K/L, kode Kepmendagri 050-5889/2021, kode bebas, atau tanpa kode"),
                Arguments.of("a line with no code whose parent is missing", report(adding(CentralBudgetRow.of("",
                        "Belanja Operasional", d("0"), d("0")).withParent("3166")), t -> t, nka()), Severity.ERROR,
                        Check.BUDGET_STRUCTURE, new Location(TABLE, "'Belanja Operasional'", "Kode"),
                        "'Belanja Operasional'", "baris di bawah 3166"),
                Arguments.of("NKA 81,03 for 81,02155", report(rows(), t -> t, nka().withPrintedValue(d("81.03"))),
                        Severity.WARNING, Check.BUDGET_PERFORMANCE_VALUE,
                        new Location(NKA, "2024", "Nilai Kinerja Anggaran"), "81,03", "81,02"),
                Arguments.of("NE 55,42 for E 2,17", report(rows(), t -> t, nka().withPrintedEfficiencyScore(
                        d("55.42"))), Severity.WARNING, Check.EFFICIENCY_SCORE,
                        new Location(NKA, "2024", "Nilai Efisiensi"), "55,42", "55,43"),
                Arguments.of("penyerapan of the NKA not the budget's", report(rows(), t -> t,
                        BudgetPerformanceRow.of(2024, d("91.00"), d("95.00"), d("90.00")).withEfficiency(d("2.17"))),
                        Severity.ERROR, Check.ABSORPTION, new Location(NKA, "2024", "Penyerapan"), "91,00", "90,00"),
                Arguments.of("capaian keluaran of the NKA not the ROs' mean", report(rows(), t -> t,
                        BudgetPerformanceRow.of(2024, d("90.00"), d("95.00"), d("92.00")).withEfficiency(d("2.17"))),
                        Severity.ERROR, Check.OUTPUT_ACHIEVEMENT, new Location(NKA, "2024", "Capaian Keluaran"),
                        "92,00", "90,00"),
                Arguments.of("E of the NKA not the ROs'", report(rows(), t -> t,
                        BudgetPerformanceRow.of(2024, d("90.00"), d("95.00"), d("90.00")).withEfficiency(d("2.71"))),
                        Severity.ERROR, Check.EFFICIENCY, new Location(NKA, "2024", "Efisiensi"), "2,71", "2,17"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneWrongFigure")
    void oneWrongFigureGivesOneFindingThere(String what, PerformanceReport report, Severity severity, Check check,
            Location location, String printed, String expected) {
        assertThat(Audit.of(report).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.check()).isEqualTo(check);
            assertThat(f.location()).isEqualTo(location);
            assertThat(f.printed()).isEqualTo(printed);
            assertThat(f.expected()).isEqualTo(expected);
        });
    }

    @Test
    void theWorkingsSayHowEachFigureIsComputed() {
        List<CentralBudgetRow> rows = replace(1, rows().get(1).withPrintedEfficiency(d("3.00"))
                .withPrintedEfficiencyScore(d("60.00")));
        PerformanceReport report = report(rows, t -> t, nka().withPrintedValue(d("80.00")));
        assertThat(Audit.of(report).findings()).extracting(Finding::working).containsExactly(
                "(920.000 − 900.000) / 920.000 × 100% = 2,17%; tidak ada kesalahan umum yang menghasilkan angka ini",
                "50% + (2,17% / 20%) × 50% = 55,43%; tidak ada kesalahan umum yang menghasilkan angka ini",
                "9,7% × 90 + 18,2% × 95 + 43,5% × 90 + 28,6% × 55,425 = 81,02; tidak ada kesalahan umum yang"
                        + " menghasilkan angka ini");
        assertThat(Audit.of(report, ENGLISH).findings()).extracting(Finding::working).containsExactly(
                "(920.000 − 900.000) / 920.000 × 100% = 2,17%; no known mistake reproduces it",
                "50% + (2,17% / 20%) × 50% = 55,43%; no known mistake reproduces it",
                "9,7% × 90 + 18,2% × 95 + 43,5% × 90 + 28,6% × 55,425 = 81,02; no known mistake reproduces it");
    }

    @Test
    void aMalformedCodeSaysWhichFormItAlmostIs() {
        PerformanceReport report = report(adding(CentralBudgetRow.of("3165.QCD.U24", "Penindakan", d("0"),
                d("0"))), t -> t, nka());
        assertThat(Audit.of(report).findings()).singleElement().extracting(Finding::working).asString()
                .startsWith("kode tidak dapat dibaca sebagai kode anggaran ('3165.QCD.U24' looks like a K/L RO code");
        assertThat(Audit.of(report, ENGLISH).findings()).singleElement().extracting(Finding::working).asString()
                .startsWith("'3165.QCD.U24' looks like a K/L RO code");
    }

    @Test
    void anEfficiencyOfRosWithoutTheirCapaianIsNotComputableAndSaysWhy() {
        List<CentralBudgetRow> rows = replace(4, CentralBudgetRow.of("3165.QAH.002", "Layanan Pengujian",
                d("400000"), d("360000")));
        List<Finding> findings = Audit.of(report(rows, t -> t, nka())).findings();
        // The kegiatan's printed E and NE cannot be checked; the NKA's capaian keluaran and E are not cross-checked.
        assertThat(findings).extracting(Finding::check, Finding::expected, Finding::working).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Check.EFFICIENCY, "tidak dapat dihitung",
                        "tidak dapat dihitung: tidak ada capaian RO untuk 3165.QAH.002: PMK 214 membobot setiap"
                                + " keluaran dengan capaiannya"),
                org.assertj.core.groups.Tuple.tuple(Check.EFFICIENCY_SCORE, "tidak dapat dihitung",
                        "tidak dapat dihitung: efisiensi (E) tidak dapat dihitung: tidak ada capaian RO untuk"
                                + " 3165.QAH.002: PMK 214 membobot setiap keluaran dengan capaiannya"));
        assertThat(Audit.of(report(rows, t -> t, nka()), ENGLISH).findings()).extracting(Finding::check, Finding::expected, Finding::working).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Check.EFFICIENCY, "not computable",
                        "not computable: no capaian RO for 3165.QAH.002: PMK 214 weighs each output by its achievement"),
                org.assertj.core.groups.Tuple.tuple(Check.EFFICIENCY_SCORE, "not computable",
                        "not computable: E is not computable: no capaian RO for 3165.QAH.002: PMK 214 weighs each"
                                + " output by its achievement"));
    }

    @Test
    void aPrintedCapaianRoIsTheOutputAchievementWhereNoOutputFiguresArePrinted() {
        List<CentralBudgetRow> rows = replace(4, CentralBudgetRow.of("3165.QAH.002", "Layanan Pengujian",
                d("400000"), d("360000")).withPrintedOutputAchievement(d("80")));
        assertThat(Audit.of(report(rows, t -> t, nka())).findings()).isEmpty();
    }

    @Test
    void theOutputCapPolicyCapsEveryCapaianRo() {
        // Capped at 100, an RO with 15 of 12 weighs its pagu by 1: E(.001) stays 10 %.
        List<CentralBudgetRow> rows = replace(3, rows().get(3).withOutput(d("12"), d("15"))
                .withPrintedOutputAchievement(d("125.00")));
        Audit.Options capped = new Audit.Options(Audit.Options.DEFAULT.capaian(), Audit.Options.DEFAULT.categories(),
                io.github.sakip.Pmk214.OutputCap.AT_100_PERCENT);
        assertThat(Audit.of(report(rows, t -> t, nka()), capped).findings()).isEmpty();
        // Not capped, E(.001) is (750.000 − 540.000) / 750.000 = 28 %, and the printed 10,00 is wrong.
        assertThat(Audit.of(report(rows, t -> t, nka())).findings()).extracting(Finding::location)
                .contains(new Location(TABLE, "3165.QAH.001 Layanan Perkantoran", "Efisiensi"));
    }

    @Test
    void aValueFromAPrintedEfficiencyScoreAloneTakesTheScoreAsPrinted() {
        // LAKIP Puslatbang KMP LAN 2021, Tabel 3.68: 95,53 / 99,61 / 99,72 and NE 59,98 make 87,92791 → 87,93.
        BudgetPerformanceRow puslatbang = BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.72"))
                .withPrintedEfficiencyScore(d("59.98")).withPrintedValue(d("87.93"));
        assertThat(Audit.of(PerformanceReport.of("Puslatbang KMP LAN", 2021).withBudgetPerformance(
                List.of(puslatbang))).findings()).isEmpty();
        assertThat(Audit.of(PerformanceReport.of("Puslatbang KMP LAN", 2021).withBudgetPerformance(List.of(
                puslatbang.withPrintedValue(d("87.92"))))).findings()).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.working()).startsWith("9,7% × 95,53 + 18,2% × 99,61 + 43,5% × 99,72 + 28,6% × 59,98"
                            + " = 87,93; kemungkinan penyebab: dipotong, bukan dibulatkan setengah ke atas (");
                });
    }

    @Test
    void aValueWithNeitherEfficiencyNorScoreIsNotComputable() {
        BudgetPerformanceRow row = BudgetPerformanceRow.of(2021, d("95.53"), d("99.61"), d("99.72"))
                .withPrintedValue(d("87.93"));
        PerformanceReport report = PerformanceReport.of("Satker", 2021).withBudgetPerformance(List.of(row));
        assertThat(Audit.of(report).findings()).singleElement().extracting(Finding::working)
                .isEqualTo("tidak dapat dihitung: efisiensi (E) maupun nilai efisiensi (NE) tidak tercetak");
        assertThat(Audit.of(report, ENGLISH).findings()).singleElement().extracting(Finding::working)
                .isEqualTo("not computable: neither the efficiency E nor the efficiency score NE is printed");
    }

    @Test
    void aMalformedCodeUnderAParentAndAClampedEfficiencyAreWrittenInTheAuditsLanguage() {
        PerformanceReport malformed = report(adding(CentralBudgetRow.of("3165.QAH.1", "Layanan", d("0"), d("0"))
                .withParent("3165")), t -> t, nka());
        // The parser's message is for programmers, in English; the finding quotes it in both languages.
        String message;
        try {
            new io.github.sakip.BudgetLine("3165.QAH.1", "Layanan", d("0"), d("0"));
            throw new AssertionError("3165.QAH.1 parses");
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        assertThat(Audit.of(malformed).findings()).singleElement().satisfies(f -> {
            assertThat(f.printed()).isEqualTo("3165.QAH.1 di bawah 3165");
            assertThat(f.working()).isEqualTo("kode tidak dapat dibaca sebagai kode anggaran (" + message + ")");
        });
        assertThat(Audit.of(malformed, ENGLISH).findings()).singleElement().satisfies(f -> {
            assertThat(f.printed()).isEqualTo("3165.QAH.1 under 3165");
            assertThat(f.expected()).isEqualTo("a code of RKA-K/L, of Kepmendagri 050-5889/2021, free-form or none");
            assertThat(f.working()).isEqualTo(message);
        });
        BudgetPerformanceRow row = BudgetPerformanceRow.of(2021, d("100"), d("100"), d("100"))
                .withEfficiency(d("25")).withPrintedEfficiencyScore(d("99.00"));
        PerformanceReport clamped = PerformanceReport.of("Satker", 2021).withBudgetPerformance(List.of(row));
        assertThat(Audit.of(clamped).findings()).singleElement().extracting(Finding::working).asString()
                .startsWith("50% + (25,00% / 20%) × 50% = 100,00% (E dibatasi pada ±20%)");
        assertThat(Audit.of(clamped, ENGLISH).findings()).singleElement().extracting(Finding::working).asString()
                .startsWith("50% + (25,00% / 20%) × 50% = 100,00% (E clamped to ±20%)");
    }

    @Test
    void anEfficiencyAboveTwentyIsClampedInItsScore() {
        BudgetPerformanceRow row = BudgetPerformanceRow.of(2021, d("100"), d("100"), d("100"))
                .withEfficiency(d("25")).withPrintedEfficiencyScore(d("100.00")).withPrintedValue(d("100.00"));
        assertThat(Audit.of(PerformanceReport.of("Satker", 2021).withBudgetPerformance(List.of(row))).findings())
                .isEmpty();
    }

    @Test
    void aValueOfAnotherYearIsNotCheckedAgainstTheBudgetTable() {
        BudgetPerformanceRow lastYear = BudgetPerformanceRow.of(2023, d("50.00"), d("95.00"), d("50.00"));
        assertThat(Audit.of(report().withBudgetPerformance(List.of(lastYear))).findings()).isEmpty();
    }

    @Test
    void aTableWithoutRincianOutputsChecksOnlyTheAbsorptionOfTheValue() {
        PerformanceReport report = report(List.of(CentralBudgetRow.of("063.01.WA", "Program", d("1000"),
                d("900"))), t -> t, BudgetPerformanceRow.of(2024, d("90.00"), d("95.00"), d("12.34"))
                .withEfficiency(d("1.23")));
        assertThat(Audit.of(report).findings()).isEmpty();
    }
}
