package io.github.sakip.examples;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Published community satisfaction surveys (survei kepuasan masyarakat, SKM) as report documents, with every figure
 * exactly as printed; the same documents are the JSON files in {@code /ikm/} of this module's resources. The sources
 * are those of {@code sakip-core}'s test data ({@code src/test/resources/ikm/published-surveys.csv}):
 * <ul>
 * <li>{@link #tubaba()}: e-smile.tubaba.go.id, "Laporan Survey Kepuasan Masyarakat (SKM) (Online)", Dinas
 * Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat, 2023 semester 1: one respondent's answers,
 * "NRR tertimbang per unsur = NRR per unsur x 0,111", IKM 100 Sangat Baik.</li>
 * <li>{@link #gaspul()}: GitHub rennn9/GASPUL_BACKEND, {@code rumus_perhitungan_ikm_lengkap.md} (commit 157a1a61),
 * "Tabel perhitungan lengkap Triwulan III": the weighted table (bobot printed 0,1111, IKM 90,56) and the plain
 * formula of the same document (IKM 91,48), as two tables.</li>
 * <li>{@link #lab()}: scribd.com/document/429061031, an SKM worksheet of a laboratory service, page 1: the
 * dimensions Kehandalan (three unsur, "NRR tertimbang = NRR per unsur x 0.33"), Kesigapan and Jaminan (two unsur,
 * weight printed 0,50); the Empati table's IKM is cut off the page and is left out.</li>
 * <li>{@link #mijen()}: vdokumen.com/lampiran-4-561693da8f0f1.html, "Hasil wawancara terhadap pasien mengenai
 * kepuasan terhadap pelayanan ANC di Puskesmas Mijen", the fourteen unsur of KepMenPAN 25/2004, "nilai persepsi x
 * 0,071".</li>
 * </ul>
 * A report document needs a year. Where the source prints none, it is the year the source was published: 2025 for
 * the GASPUL repository's documents, 2019 for the Scribd worksheet (by its document number), 2015 for the Mijen
 * appendix (the timestamp in its address, 2015-10-08). No figure depends on it.
 */
public final class PublishedSurveys {

    private PublishedSurveys() {
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> figures(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    /**
     * Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat, SKM online 2023 semester 1: one
     * respondent answering 4 to every unsur, the stated weight 0,111, NRR tertimbang 0,44 for each, their sum 4, IKM
     * 100, Sangat Baik. Every printed figure is right at the decimals printed.
     *
     * @return the report
     */
    public static PerformanceReport tubaba() {
        IkmTable online = IkmTable.ofAnswers("SKM Online, Semester 1", Ikm.UNSUR_PERMENPAN_RB_14_2017,
                        List.of(Collections.nCopies(9, 4)))
                .withStatedWeight(Ikm.Weight.PRINTED)
                .withPrintedNrr(figures("4 4 4 4 4 4 4 4 4"))
                .withPrintedWeightedNrr(figures("0.44 0.44 0.44 0.44 0.44 0.44 0.44 0.44 0.44"))
                .withPrintedIndex(d("4"))
                .withPrintedIkm(d("100"))
                .withPrintedMutu(Mutu.A);
        return PerformanceReport.of("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat", 2023)
                .withIkm(List.of(online));
    }

    /**
     * GASPUL, SKM Triwulan III: 29 respondents on nine unsur. The weighted table states the weight 1/9 (bobot
     * 0,1111) but multiplies by 0,11: its weighted NRRs, index 3,6224 and IKM 90,56 are those of 0,11. The plain
     * formula of the same document, 955 / (29 × 9) × 25, gives the right 91,48.
     *
     * @return the report
     */
    public static PerformanceReport gaspul() {
        List<String> unsur = List.of("Persyaratan", "Prosedur", "Waktu", "Biaya/Tarif", "Produk", "Kompetensi",
                "Perilaku", "Sarana", "Pengaduan");
        List<BigDecimal> totals = figures("105 101 100 116 102 105 106 105 115");
        List<BigDecimal> nrr = figures("3.6207 3.4828 3.4483 4.0000 3.5172 3.6207 3.6552 3.6207 3.9655");
        IkmTable weighted = IkmTable.ofTotals("Triwulan III, tabel NRR tertimbang", unsur, 29, totals)
                .withStatedWeight(Ikm.Weight.EXACT)
                .withPrintedNrr(nrr)
                .withPrintedWeightedNrr(figures("0.3983 0.3831 0.3793 0.4400 0.3869 0.3983 0.4021 0.3983 0.4362"))
                .withPrintedIndex(d("3.6224"))
                .withPrintedIkm(d("90.56"))
                .withPrintedMutu(Mutu.A);
        IkmTable plain = IkmTable.ofTotals("Triwulan III, rumus sederhana", unsur, 29, totals)
                .withStatedWeight(Ikm.Weight.EXACT)
                .withPrintedNrr(nrr)
                .withPrintedIndex(d("3.6590"))
                .withPrintedIkm(d("91.48"))
                .withPrintedMutu(Mutu.A);
        return PerformanceReport.of("GASPUL", 2025).withIkm(List.of(weighted, plain));
    }

    /**
     * A laboratory's SKM worksheet, 20 respondents per dimension. Kehandalan weighs its three unsur by 0,33, as it
     * states, instead of 1/3: its weighted NRRs, index 3,47 and IKM 86,63 are those of 0,33 (1/3 gives 87,50, still
     * Baik). Kesigapan and Jaminan, of two unsur, weigh by 0,50, which is 1/2, and are right.
     *
     * @return the report
     */
    public static PerformanceReport lab() {
        IkmTable kehandalan = IkmTable.ofTotals("Kehandalan Pelayanan (Reliability)", List.of("U1", "U2", "U3"), 20,
                        figures("74 76 60"))
                .withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS)
                .withPrintedNrr(figures("3.70 3.80 3.00"))
                .withPrintedWeightedNrr(figures("1.22 1.25 0.99"))
                .withPrintedIndex(d("3.47"))
                .withPrintedIkm(d("86.63"))
                .withPrintedMutu(Mutu.B);
        IkmTable kesigapan = IkmTable.ofTotals("Kesigapan Pelayanan (Responsiveness)", List.of("U1", "U2"), 20,
                        figures("74 72"))
                .withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS)
                .withPrintedNrr(figures("3.70 3.60"))
                .withPrintedWeightedNrr(figures("1.85 1.80"))
                .withPrintedIndex(d("3.65"))
                .withPrintedIkm(d("91.25"))
                .withPrintedMutu(Mutu.A);
        IkmTable jaminan = IkmTable.ofTotals("Jaminan Pelayanan (Assurance)", List.of("U1", "U2"), 20,
                        figures("65 71"))
                .withStatedWeight(Ikm.Weight.PRINTED_TWO_DECIMALS)
                .withPrintedNrr(figures("3.25 3.55"))
                .withPrintedWeightedNrr(figures("1.63 1.78"))
                .withPrintedIndex(d("3.40"))
                .withPrintedIkm(d("85.00"))
                .withPrintedMutu(Mutu.B);
        return PerformanceReport.of("Laboratorium (lembar kerja SKM)", 2019)
                .withIkm(List.of(kehandalan, kesigapan, jaminan));
    }

    /**
     * Puskesmas Mijen, satisfaction with antenatal care (ANC): 30 respondents on the fourteen unsur of KepMenPAN
     * 25/2004, weight 0,071 as stated, graded by that decree's table. Six of its means and six of their conversions
     * are cut instead of rounded (89 / 30 = 2,9667 printed 2,96); its index 2,96 follows from no weight (0,071 gives
     * 2,9205, 1/14 gives 2,9381). Every unsur is B, as printed; the unit's IKM is not printed.
     *
     * @return the report
     */
    public static PerformanceReport mijen() {
        IkmTable anc = IkmTable.ofTotals("Pelayanan ANC", Ikm.UNSUR_KEPMENPAN_25_2004, 30,
                        figures("89 90 83 85 88 88 86 89 87 89 93 91 87 89"))
                .withScale(Mutu.Scale.KEPMENPAN_25_2004)
                .withStatedWeight(Ikm.Weight.PRINTED)
                .withPrintedNrr(figures("2.96 3.00 2.76 2.83 2.93 2.93 2.86 2.96 2.90 2.96 3.10 3.03 2.90 2.96"))
                .withPrintedConverted(figures("74.16 75.00 69.16 70.83 73.33 73.33 71.66 74.16 72.5 74.16 77.5 75.83"
                        + " 72.5 74.16"))
                .withPrintedUnsurMutu(Collections.nCopies(14, Mutu.B))
                .withPrintedIndex(d("2.96"));
        return PerformanceReport.of("Puskesmas Mijen", 2015).withIkm(List.of(anc));
    }

    /**
     * Returns every published survey's report, in the order of this class.
     *
     * @return the reports
     */
    public static List<PerformanceReport> all() {
        return List.of(tubaba(), gaspul(), lab(), mijen());
    }
}
