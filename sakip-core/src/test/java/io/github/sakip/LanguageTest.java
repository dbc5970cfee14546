package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Location;
import io.github.sakip.audit.Severity;
import io.github.sakip.format.Languages;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts for people in Bahasa Indonesia by default and in English on request, chosen explicitly: every kind of
 * working and reason in both languages, the choice of language, and its independence from the JVM's default locale.
 */
class LanguageTest {

    private static final Indicator TPAK = Indicator.of("Tingkat Partisipasi Angkatan Kerja (TPAK)", "Persen",
            Polarity.POSITIVE, Accumulation.STOCK);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RenstraPlan tpakPlan() {
        return RenstraPlan.of(TPAK, 2022, 2026, Map.of(2024, Target.of(d("70.95")), 2026, Target.of(d("71.11"))));
    }

    /** A kind of figure, how to make it, and its explanation in Bahasa Indonesia and in English. */
    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("capaian", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE, d("70.20"),
                        d("68.12")), "68,12 / 70,20 × 100% = 97,04%", "68,12 / 70,20 × 100% = 97,04%"),
                Arguments.of("target 0", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO,
                        BigDecimal.ONE), "tidak dapat dihitung: target 0: pembagian dengan nol",
                        "not computable: target is 0: division by zero"),
                Arguments.of("negative target", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE, d("-5"),
                        BigDecimal.ONE), "tidak dapat dihitung: target negatif (-5): capaian memerlukan target positif",
                        "not computable: target is negative (-5): a capaian needs a positive target"),
                Arguments.of("no realisation", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE,
                        Target.of(d("4")), Realization.absent("indikator baru")),
                        "tidak dapat dihitung: tidak ada realisasi: indikator baru",
                        "not computable: no realisation: indikator baru"),
                Arguments.of("within a range", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE,
                        Target.range(d("80"), d("90")), Realization.of(d("85"))),
                        "85 berada dalam rentang target 80–90 = 100,00%", "85 within target range 80–90 = 100,00%"),
                Arguments.of("above a range", (Supplier<Figure>) () -> Capaian.of(Polarity.NEGATIVE,
                        Target.range(d("7"), d("8")), Realization.of(d("9"))),
                        "di atas rentang target 7–8, terhadap batas atasnya: (2 × 8 − 9) / 8 × 100% = 87,50%",
                        "above target range 7–8, against its upper bound: (2 × 8 − 9) / 8 × 100% = 87,50%"),
                Arguments.of("below a range", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE,
                        Target.range(d("0"), d("90")), Realization.of(d("-1"))),
                        "tidak dapat dihitung: di bawah rentang target 0–90, terhadap batas bawahnya: target 0:"
                                + " pembagian dengan nol",
                        "not computable: below target range 0–90, against its lower bound: target is 0: division by"
                                + " zero"),
                Arguments.of("floored", (Supplier<Figure>) () -> Capaian.of(Polarity.NEGATIVE, d("10"), d("25")),
                        "(2 × 10 − 25) / 10 × 100% = -50,00%, dibatasi paling rendah 0,00%",
                        "(2 × 10 − 25) / 10 × 100% = -50,00%, floored at 0,00%"),
                Arguments.of("zero target met", (Supplier<Figure>) () -> Capaian.Policy.DEFAULT.withZeroTarget(
                        Capaian.ZeroTarget.MET_BY_ZERO).of(Polarity.NEGATIVE, BigDecimal.ZERO, BigDecimal.ZERO),
                        "target 0 dipenuhi oleh realisasi 0 (polaritas negatif) = 100,00%",
                        "target 0 met by realisasi 0 (negative polarity) = 100,00%"),
                Arguments.of("inverse", (Supplier<Figure>) () -> Capaian.Policy.DEFAULT.withNegativeFormula(
                        Capaian.NegativeFormula.INVERSE).of(Polarity.NEGATIVE, d("5"), BigDecimal.ZERO),
                        "tidak dapat dihitung: realisasi 0: T / R memerlukan realisasi positif",
                        "not computable: realisasi is 0: T / R needs a positive realisation"),
                Arguments.of("given", (Supplier<Figure>) () -> Achievement.ofPercent(d("97.03")), "dinyatakan 97,03%",
                        "given as 97,03%"),
                Arguments.of("capped", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE, d("66"), d("80.07"))
                        .cappedAt(d("100")), "80,07 / 66 × 100% = 121,32%, dibatasi pada 100%",
                        "80,07 / 66 × 100% = 121,32%, capped at 100%"),
                Arguments.of("too large", (Supplier<Figure>) () -> Capaian.of(Polarity.POSITIVE, d("1E-10"),
                        d("1E+25")), "tidak dapat dihitung: hasilnya, 1" + "0".repeat(37) + "%, terlalu besar untuk menjadi"
                                + " angka laporan (paling banyak 30 digit sebelum koma desimal)",
                        "not computable: the result, 1" + "0".repeat(37) + "%, is too large to be a figure of a report (at most 30"
                                + " digits before the decimal point)"),
                Arguments.of("mean", (Supplier<Figure>) () -> Capaian.meanCappedAt100(List.of(Capaian.of(
                        Polarity.POSITIVE, d("4"), d("5")), Achievement.notComputable("indikator baru")))
                        .achievement(), "(100,00%) / 1 = 100,00% (masing-masing dibatasi 100%); 1 yang tidak"
                                + " dapat dihitung tidak diikutkan",
                        "(100,00%) / 1 = 100,00% (each capped at 100%); 1 not computable left out"),
                Arguments.of("mean of nothing", (Supplier<Figure>) () -> Capaian.mean(List.of(
                        Achievement.notComputable("x"))).achievement(),
                        "tidak dapat dihitung: rata-rata: tidak satu pun dari 1 indikatornya dapat dihitung",
                        "not computable: mean of none of its 1 indicators is computable"),
                Arguments.of("absorption", (Supplier<Figure>) () -> new BudgetLine("2.07.01", "Program",
                        BigDecimal.ZERO, BigDecimal.ZERO).absorptionFigure(),
                        "tidak dapat dihitung: pagu 0: penyerapan 2.07.01 adalah pembagian dengan nol",
                        "not computable: pagu is 0: absorption of 2.07.01 is a division by zero"),
                Arguments.of("renstra progress", (Supplier<Figure>) () -> RenstraProgress.of(tpakPlan(),
                        Map.of(2022, Realization.of(d("66.10")), 2024, Realization.of(d("68.12"))), 2024),
                        "tingkat kemajuan terhadap target akhir Renstra (2026) dengan realisasi s.d. 2024 (nilai"
                                + " terakhir 2022–2024: 68,12): 68,12 / 71,11 × 100% = 95,80%",
                        "progress against Renstra end target (2026) with realisation to 2024 (latest value of"
                                + " 2022–2024: 68,12): 68,12 / 71,11 × 100% = 95,80%"),
                Arguments.of("renstra progress, nothing realised", (Supplier<Figure>) () -> RenstraProgress.of(
                        tpakPlan(), Map.of(), 2024), "tidak dapat dihitung: tingkat kemajuan terhadap target akhir"
                                + " Renstra (2026) dengan realisasi s.d. 2024: tidak ada realisasi: tidak ada nilai"
                                + " realisasi pada 2022–2024",
                        "not computable: progress against Renstra end target (2026) with realisation to 2024: no"
                                + " realisation: no realised value in 2022–2024"),
                Arguments.of("standard", (Supplier<Figure>) () -> StandardComparison.of(Polarity.POSITIVE,
                        d("70.63"), d("68.12"), "TPAK Nasional"), "terhadap TPAK Nasional: 68,12 / 70,63 × 100% ="
                                + " 96,45%", "against TPAK Nasional: 68,12 / 70,63 × 100% = 96,45%"),
                Arguments.of("unnamed standard", (Supplier<Figure>) () -> StandardComparison.of(Polarity.POSITIVE,
                        BigDecimal.ZERO, d("68.12")), "tidak dapat dihitung: terhadap standar: target 0: pembagian"
                                + " dengan nol", "not computable: against standard: target is 0: division by zero"),
                Arguments.of("PMK 214", (Supplier<Figure>) () -> Pmk214.efficiencyFigure(List.of(new Pmk214.Output(
                        BigDecimal.ZERO, BigDecimal.ONE, d("90")))), "tidak dapat dihitung: Σ(PAK × CK) = 0 (pagu 0"
                                + " atau capaian keluaran 0): pembagian dengan nol", "not computable: Σ(PAK × CK) is 0"
                                + " (pagu 0 or output achievement 0): division by zero"),
                Arguments.of("unspent share", (Supplier<Figure>) () -> EfficiencyMeasures.unspentShare(
                        BigDecimal.ZERO, BigDecimal.ZERO), "tidak dapat dihitung: pagu 0: persentase sisa anggaran"
                                + " adalah pembagian dengan nol", "not computable: pagu is 0: the unspent share is a"
                                + " division by zero"),
                Arguments.of("change", (Supplier<Figure>) () -> YearOverYear.of(2023, Realization.of(BigDecimal.ZERO),
                        2024, Realization.of(d("68.12"))).percent(), "tidak dapat dihitung: nilai dasar tahun 2023"
                                + " adalah 0 (pembagian dengan nol)", "not computable: the 2023 base is 0 (division by"
                                + " zero)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyKindOfFigureExplainsItselfInBothLanguages(String kind, Supplier<Figure> make, String indonesian,
            String english) {
        Figure figure = make.get();
        assertThat(figure.explain()).isEqualTo(indonesian);
        assertThat(figure.explain(Languages.INDONESIAN)).isEqualTo(indonesian);
        assertThat(figure.explain(Locale.forLanguageTag("in-ID"))).isEqualTo(indonesian);
        assertThat(figure.explain(Languages.ENGLISH)).isEqualTo(english);
        assertThat(figure.explain(Locale.US)).isEqualTo(english);
        if (!figure.isComputable()) {
            assertThat("tidak dapat dihitung: " + figure.reason().orElseThrow()).isEqualTo(indonesian);
            assertThat("not computable: " + figure.reason(Locale.UK).orElseThrow()).isEqualTo(english);
        } else {
            assertThat(figure.reason(Languages.ENGLISH)).isEmpty();
        }
    }

    /** A small report with one finding of every kind of text the audit writes. */
    private static PerformanceReport report() {
        BudgetTable table = BudgetTable.of(List.of(
                BudgetRow.of("2.07.03", "PROGRAM PELATIHAN", d("914466926"), d("1052804054")),
                BudgetRow.of("2.07.03.2.01", "Pelatihan", d("1182109989"), d("1042886054"))
                        .withPrintedPercent(d("88.22")),
                BudgetRow.of("2.07.03.2.02", "Pembinaan", d("9921000"), d("9918000")).withPrintedPercent(d("99.96")),
                BudgetRow.of("2.07.09.2.01", "Orphan", d("100"), d("50")),
                BudgetRow.of("2.07.03.2.02", "Pembinaan lagi", d("1"), d("1")),
                BudgetRow.of("2.07.x", "Not a code", d("1"), d("1")))).withPrintedTotalPagu(d("1192031000"));
        RenstraPlan old = RenstraPlan.of(TPAK, 2016, 2021, Map.of(2021, Target.of(d("70"))));
        return PerformanceReport.of("Dinas Contoh", 2024)
                .withPerformance(List.of(
                        PerformanceRow.of("1", "S", TPAK, Target.of(d("70.20")), Realization.of(d("68.12")))
                                .withPrintedCapaian(d("97.03")).withPrintedCategory(Category.TINGGI),
                        PerformanceRow.of("2", "S", TPAK, Target.of(BigDecimal.ZERO), Realization.of(d("1")))
                                .withPrintedCapaian(d("100")),
                        PerformanceRow.of("3", "S", TPAK, Target.of(d("66")), Realization.of(d("80.07")))
                                .withPrintedCapaian(d("121.7"))))
                .withBudget(table)
                .withRenstra(List.of(RenstraRow.of(old, Map.of(2021, Realization.of(d("60"))))
                        .withPrintedProgress(d("85.71"))))
                .withEfficiency(List.of(EfficiencyRow.of("Meningkatnya Akuntabilitas", Polarity.POSITIVE,
                        Target.of(d("75")), Realization.of(d("73.20")), d("11782200"), d("11349700"))
                        .withPrintedEfficiency(d("99.01"))))
                .withAkip(List.of(AkipRow.of(2022, AkipEvaluation.of(d("23.10"), d("21.30"), d("10.80"),
                        d("18.00"))).withPrintedTotal(d("76")).withPrintedPredicate(AkipPredicate.A)));
    }

    private static final String TPAK_ROW = " Tingkat Partisipasi Angkatan Kerja (TPAK)";

    private static final List<String> TEMUAN = List.of(
            "PERINGATAN Perjanjian Kinerja, baris 1" + TPAK_ROW + ", kolom Capaian: tercetak 97,03, seharusnya 97,04"
                    + " (68,12 / 70,20 × 100% = 97,04%; kemungkinan penyebab: dipotong, bukan dibulatkan setengah ke atas"
                    + " (97,03703… dipotong menjadi 97,03))",
            "KESALAHAN Perjanjian Kinerja, baris 1" + TPAK_ROW + ", kolom Kategori: tercetak Tinggi, seharusnya Sangat"
                    + " Tinggi (68,12 / 70,20 × 100% = 97,04% termasuk kategori Sangat Tinggi menurut Permendagri"
                    + " 86/2017)",
            "KESALAHAN Perjanjian Kinerja, baris 2" + TPAK_ROW + ", kolom Capaian: tercetak 100, seharusnya tidak"
                    + " dapat dihitung (tidak dapat dihitung: target 0: pembagian dengan nol)",
            "KESALAHAN Perjanjian Kinerja, baris 3" + TPAK_ROW + ", kolom Capaian: tercetak 121,7, seharusnya 121,32"
                    + " (80,07 / 66 × 100% = 121,32%; tidak ada kesalahan umum yang menghasilkan angka ini)",
            "PERINGATAN Capaian Anggaran, baris 2.07.03.2.02 Pembinaan, kolom Persentase: tercetak 99,96, seharusnya"
                    + " 99,97 (9.918.000 / 9.921.000 × 100% = 99,97%; kemungkinan penyebab: dipotong, bukan dibulatkan"
                    + " setengah ke atas (99,96976… dipotong menjadi 99,96))",
            // The code's own message is an exception message for programmers, quoted in English.
            "KESALAHAN Capaian Anggaran, baris 2.07.x, kolom Kode: tercetak 2.07.x, seharusnya kode Kepmendagri (kode"
                    + " ini tidak dapat dibaca sebagai kode Kepmendagri ('2.07.x' looks like a regional program code"
                    + " (Kepmendagri 050-5889/2021, urusan.bidang.program as 2.07.01) but its program segment 'x' must"
                    + " be two digits, 01 to 99))",
            "KESALAHAN Capaian Anggaran, baris 2.07.03.2.02, kolom Kode: tercetak 2.07.03.2.02 pada 2 baris,"
                    + " seharusnya satu baris per kode (kode ini tercetak pada 2 baris; jumlah menghitung yang"
                    + " pertama)",
            "KESALAHAN Capaian Anggaran, baris 2.07.09.2.01, kolom Kode: tercetak 2.07.09.2.01, seharusnya baris di"
                    + " bawah 2.07.09 (induknya, 2.07.09, tidak ada dalam tabel)",
            "KESALAHAN Capaian Anggaran, baris 2.07.03, kolom Anggaran: tercetak 914.466.926, seharusnya"
                    + " 1.192.030.989 (jumlah baris di bawah 2.07.03 adalah 1.192.030.989; selisih -277.564.063; tidak ada kesalahan umum yang menghasilkan angka ini)",
            "KESALAHAN Capaian Anggaran, baris Jumlah, kolom Anggaran: tercetak 1.192.031.000, seharusnya"
                    + " 1.192.031.089 (jumlah seluruh baris anggaran adalah 1.192.031.089; selisih -89; tidak ada kesalahan umum yang menghasilkan angka ini)",
            "KESALAHAN Efisiensi Anggaran, baris Meningkatnya Akuntabilitas, kolom Efisiensi: tercetak 99,01,"
                    + " seharusnya 1,30 ((11.499.427,20 − 11.349.700) / 11.499.427,20 × 100% = 1,30%; kemungkinan"
                    + " penyebab: rasio dikurangkan dari 100, bukan dari 1: 100 − ΣRAK / Σ(PAK × CK) = 100 − 0,9870 ="
                    + " 99,0130…)",
            "KESALAHAN Kemajuan Renstra, baris" + TPAK_ROW + ", kolom Tingkat Kemajuan: tercetak 85,71, seharusnya"
                    + " tidak dapat dihitung (tidak dapat dihitung: tahun laporan 2024 berada di luar periode Renstra"
                    + " 2016–2021)",
            "KESALAHAN Evaluasi AKIP, baris 2022, kolom Nilai: tercetak 76, seharusnya 73,20 (23,10 + 21,30 + 10,80 +"
                    + " 18 = 73,20 (BB, Sangat Baik); tidak ada kesalahan umum yang menghasilkan angka ini)",
            "KESALAHAN Evaluasi AKIP, baris 2022, kolom Predikat: tercetak A, seharusnya BB (nilai 73,20 berpredikat"
                    + " BB (Sangat Baik) menurut PermenPAN-RB 88/2021)",
            "KESALAHAN Perjanjian Kinerja, baris 2" + TPAK_ROW + ", kolom Capaian [dan Perjanjian Kinerja, baris 1"
                    + TPAK_ROW + ", kolom Capaian]: tercetak 100, seharusnya 97,04 (Perjanjian Kinerja, baris 1"
                    + TPAK_ROW + ", kolom Capaian mencetak 97,03 untuk indikator yang sama; datanya menghasilkan 68,12"
                    + " / 70,20 × 100% = 97,04%; tidak ada kesalahan umum yang menghasilkan angka ini)");

    private static final List<String> FINDINGS = List.of(
            "WARNING Perjanjian Kinerja, row 1" + TPAK_ROW + ", column Capaian: printed 97,03, should be 97,04 (68,12"
                    + " / 70,20 × 100% = 97,04%; likely cause: truncated instead of rounded half-up (97,03703… cut to"
                    + " 97,03))",
            "ERROR Perjanjian Kinerja, row 1" + TPAK_ROW + ", column Kategori: printed Tinggi, should be Sangat Tinggi"
                    + " (68,12 / 70,20 × 100% = 97,04% is Sangat Tinggi under Permendagri 86/2017)",
            "ERROR Perjanjian Kinerja, row 2" + TPAK_ROW + ", column Capaian: printed 100, should be not computable"
                    + " (not computable: target is 0: division by zero)",
            "ERROR Perjanjian Kinerja, row 3" + TPAK_ROW + ", column Capaian: printed 121,7, should be 121,32 (80,07 /"
                    + " 66 × 100% = 121,32%; no known mistake reproduces it)",
            "WARNING Capaian Anggaran, row 2.07.03.2.02 Pembinaan, column Persentase: printed 99,96, should be 99,97"
                    + " (9.918.000 / 9.921.000 × 100% = 99,97%; likely cause: truncated instead of rounded half-up (99,96976…"
                    + " cut to 99,96))",
            "ERROR Capaian Anggaran, row 2.07.x, column Kode: printed 2.07.x, should be a Kepmendagri code ('2.07.x'"
                    + " looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
                    + " 2.07.01) but its program segment 'x' must be two digits, 01 to 99)",
            "ERROR Capaian Anggaran, row 2.07.03.2.02, column Kode: printed 2.07.03.2.02 on 2 lines, should be one"
                    + " line per code (the code is printed on 2 lines; totals count the first)",
            "ERROR Capaian Anggaran, row 2.07.09.2.01, column Kode: printed 2.07.09.2.01, should be a line under"
                    + " 2.07.09 (its parent 2.07.09 is not in the table)",
            "ERROR Capaian Anggaran, row 2.07.03, column Anggaran: printed 914.466.926, should be 1.192.030.989 (sum"
                    + " of the lines below 2.07.03 is 1.192.030.989; difference -277.564.063; no known mistake reproduces it)",
            "ERROR Capaian Anggaran, row Jumlah, column Anggaran: printed 1.192.031.000, should be 1.192.031.089 (sum"
                    + " of the budget lines is 1.192.031.089; difference -89; no known mistake reproduces it)",
            "ERROR Efisiensi Anggaran, row Meningkatnya Akuntabilitas, column Efisiensi: printed 99,01, should be 1,30"
                    + " ((11.499.427,20 − 11.349.700) / 11.499.427,20 × 100% = 1,30%; likely cause: the ratio taken from 100"
                    + " instead of from 1: 100 − ΣRAK / Σ(PAK × CK) = 100 − 0,9870 = 99,0130…)",
            "ERROR Kemajuan Renstra, row" + TPAK_ROW + ", column Tingkat Kemajuan: printed 85,71, should be not"
                    + " computable (not computable: the report's year 2024 is outside the Renstra period 2016–2021)",
            "ERROR Evaluasi AKIP, row 2022, column Nilai: printed 76, should be 73,20 (23,10 + 21,30 + 10,80 + 18 ="
                    + " 73,20 (BB, Sangat Baik); no known mistake reproduces it)",
            "ERROR Evaluasi AKIP, row 2022, column Predikat: printed A, should be BB (a score of 73,20 is BB (Sangat"
                    + " Baik) under PermenPAN-RB 88/2021)",
            "ERROR Perjanjian Kinerja, row 2" + TPAK_ROW + ", column Capaian [and Perjanjian Kinerja, row 1" + TPAK_ROW
                    + ", column Capaian]: printed 100, should be 97,04 (Perjanjian Kinerja, row 1" + TPAK_ROW
                    + ", column Capaian prints 97,03 for the same indicator; its data give 68,12 / 70,20 × 100% ="
                    + " 97,04%; no known mistake reproduces it)");

    @Test
    void theAuditWritesEveryKindOfFindingInItsLanguage() {
        Audit audit = Audit.of(report());
        assertThat(audit.language()).isEqualTo(Languages.INDONESIAN);
        assertThat(audit.findings()).extracting(Finding::toString).containsExactlyElementsOf(TEMUAN);
        assertThat(audit.findings()).allSatisfy(f -> assertThat(f.language()).isEqualTo(Languages.INDONESIAN));
        assertThat(audit).hasToString("Audit[LKjIP Dinas Contoh 2024: 13 kesalahan, 2 peringatan, 0 catatan]");

        Audit english = Audit.of(report(), Audit.Options.DEFAULT.withLanguage(Locale.US));
        assertThat(english.language()).isEqualTo(Languages.ENGLISH);
        assertThat(english.findings()).extracting(Finding::toString).containsExactlyElementsOf(FINDINGS);
        assertThat(english).hasToString("Audit[LKjIP Dinas Contoh 2024: 13 errors, 2 warnings, 0 notes]");
        // The same findings, place for place: only the words differ.
        assertThat(english.findings()).extracting(Finding::severity, Finding::check, Finding::location)
                .containsExactlyElementsOf(audit.findings().stream().map(f -> Tuple.tuple(f.severity(), f.check(),
                        f.location())).toList());
    }

    @Test
    void severitiesAndLocationsHaveTheirWordsInBothLanguages() {
        assertThat(Stream.of(Severity.values()).map(Severity::label)).containsExactly("KESALAHAN", "PERINGATAN",
                "CATATAN");
        assertThat(Stream.of(Severity.values()).map(s -> s.label(Languages.ENGLISH))).containsExactly("ERROR",
                "WARNING", "NOTE");
        // The constants stay identifiers: they are what JSON holds.
        assertThat(Severity.ERROR).hasToString("ERROR");
        Location where = new Location("Perjanjian Kinerja", "20 Persentase", "Capaian");
        assertThat(where).hasToString("Perjanjian Kinerja, baris 20 Persentase, kolom Capaian");
        assertThat(where.describe(Languages.ENGLISH)).isEqualTo("Perjanjian Kinerja, row 20 Persentase, column"
                + " Capaian");
        Finding given = new Finding(Severity.NOTE, Check.CAPAIAN, where, "96", "95,80", "w");
        assertThat(given.language()).isEqualTo(Languages.INDONESIAN);
        assertThat(given).hasToString("CATATAN Perjanjian Kinerja, baris 20 Persentase, kolom Capaian: tercetak 96,"
                + " seharusnya 95,80 (w)");
        assertThat(new Finding(Severity.NOTE, Check.CAPAIAN, where, "96", "95,80", "w", Locale.UK)).hasToString(
                "NOTE Perjanjian Kinerja, row 20 Persentase, column Capaian: printed 96, should be 95,80 (w)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "in", "id-ID", "in-ID", "en", "en-US", "en-GB", "en-ID"})
    void indonesianAndEnglishAreAcceptedWithAnyCountry(String tag) {
        Locale expected = tag.startsWith("en") ? Languages.ENGLISH : Languages.INDONESIAN;
        assertThat(Languages.check(Locale.forLanguageTag(tag))).isEqualTo(expected);
        assertThat(Audit.Options.DEFAULT.withLanguage(Locale.forLanguageTag(tag)).language()).isEqualTo(expected);
        assertThat(new Finding(Severity.NOTE, Check.CAPAIAN, new Location("T", "r", "c"), "1", "2", "w",
                Locale.forLanguageTag(tag)).language()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "fr-FR", "ms-MY", "jv", "und"})
    void anyOtherLanguageIsRefusedNamingTheSupportedOnes(String tag) {
        Locale other = Locale.forLanguageTag(tag);
        String message = "language '" + tag + "' is not supported; supported are id (Bahasa Indonesia) and en"
                + " (English)";
        Achievement a = Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12"));
        assertThatThrownBy(() -> Languages.check(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> a.explain(other)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> a.reason(other)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> Audit.Options.DEFAULT.withLanguage(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> Severity.ERROR.label(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aNullLanguageIsRefusedByName() {
        Achievement a = Capaian.of(Polarity.POSITIVE, d("70.20"), d("68.12"));
        assertThatThrownBy(() -> a.explain(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language must not be null");
        assertThatThrownBy(() -> Audit.Options.DEFAULT.withLanguage(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language must not be null");
        assertThatThrownBy(() -> Languages.check(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language must not be null");
        assertThat(Languages.supported()).containsExactly(Languages.INDONESIAN, Languages.ENGLISH);
    }

    /** Everything the library writes for people, in both languages, as one text. */
    private static String everything() {
        StringBuilder all = new StringBuilder();
        figures().forEach(arguments -> {
            @SuppressWarnings("unchecked")
            Figure figure = ((Supplier<Figure>) arguments.get()[1]).get();
            all.append(figure.explain()).append('\n').append(figure.explain(Languages.ENGLISH)).append('\n');
        });
        for (Locale language : Languages.supported()) {
            Audit audit = Audit.of(report(), Audit.Options.DEFAULT.withLanguage(language));
            audit.findings().forEach(f -> all.append(f).append('\n'));
            all.append(audit).append('\n');
        }
        return all.toString();
    }

    @Test
    void theJvmDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        String expected = everything();
        assertThat(expected).contains("tidak dapat dihitung").contains("not computable").contains("97,04%");
        List<String> seen = new ArrayList<>();
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
                    Locale.forLanguageTag("id-ID"), Locale.ROOT)) {
                Locale.setDefault(locale);
                seen.add(everything());
            }
        } finally {
            Locale.setDefault(before);
        }
        assertThat(seen).allSatisfy(text -> assertThat(text).isEqualTo(expected));
    }

    @Test
    void noSourceReadsTheJvmDefaultLocale() throws IOException {
        // The calls that take the default locale when none is given.
        List<String> calls = List.of("Locale.getDefault(", "String.format(", ".formatted(", ".toLowerCase()",
                ".toUpperCase()", "NumberFormat.getInstance()", "NumberFormat.getNumberInstance()",
                "ResourceBundle.getBundle(", "new MessageFormat(", "MessageFormat.format(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/")) {
                        continue;
                    }
                    for (String call : calls) {
                        if (line.contains(call)) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + call);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void figuresNotComputableForTheSameReasonAreEqualWhateverTheLanguageTheyAreShownIn() throws Exception {
        Achievement zero = Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE);
        Achievement again = Capaian.of(Polarity.NEGATIVE, BigDecimal.ZERO, d("5"));
        zero.explain(Languages.ENGLISH);
        again.explain();
        assertThat(zero).isEqualTo(again).hasSameHashCodeAs(again);
        // A reason read back from a document, where it is text in Bahasa Indonesia, equals the library's own.
        assertThat(zero).isEqualTo(Achievement.notComputable("target 0: pembagian dengan nol"))
                .isNotEqualTo(Achievement.notComputable("target is 0: division by zero"));
        // Serialised, a figure keeps its texts as the library's texts: it still explains itself in both languages.
        Achievement range = Capaian.of(Polarity.NEGATIVE, Target.range(d("7"), d("8")), Realization.of(d("9")));
        Achievement back = (Achievement) roundTrip(range);
        assertThat(back).isEqualTo(range);
        assertThat(back.explain()).isEqualTo(range.explain());
        assertThat(back.explain(Languages.ENGLISH)).isEqualTo(range.explain(Languages.ENGLISH))
                .startsWith("above target range");
        Achievement notComputable = (Achievement) roundTrip(zero);
        assertThat(notComputable.reason(Languages.ENGLISH)).hasValue("target is 0: division by zero");
        assertThat(notComputable.reason()).hasValue("target 0: pembagian dengan nol");
        Realization.Absent absent = (Realization.Absent) roundTrip(Accumulations.years(Accumulation.STOCK, Map.of(),
                2024, 2024));
        assertThat(absent.reason(Languages.ENGLISH)).isEqualTo("no realised value in 2024");
        assertThat(absent.reason()).isEqualTo("tidak ada nilai realisasi pada 2024");
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
