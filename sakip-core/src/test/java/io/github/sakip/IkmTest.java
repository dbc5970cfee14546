package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Ikm.Policy;
import io.github.sakip.Ikm.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The community satisfaction index of PermenPAN-RB 14/2017: hand-checked figures, policies and refusals. */
class IkmTest {

    /** The per-unsur totals of 29 respondents of a published SKM (GASPUL, Triwulan III; see published-surveys.csv). */
    private static final List<BigDecimal> TOTALS = totals("105 101 100 116 102 105 106 105 115");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> totals(String text) {
        return Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> same(int count, long total) {
        return Collections.nCopies(count, BigDecimal.valueOf(total));
    }

    private static List<Integer> row(Integer... answers) {
        return Arrays.asList(answers);
    }

    @Test
    void contract() {
        Ikm ikm = Ikm.ofTotals(29, TOTALS);
        assertThat(ikm.value()).isEqualTo(d("91.47509578544061302681992337164751"));
        assertThat(ikm.rounded()).isEqualTo(d("91.48"));
        assertThat(ikm.mutu()).isEqualTo(Mutu.A);
        Ikm printed = Ikm.ofTotals(29, TOTALS, Weight.PRINTED);
        assertThat(printed.value()).isEqualTo(d("91.38362068965517241379310344827586"));
        assertThat(printed.rounded()).isEqualTo(d("91.38"));
        assertThat(printed.mutu()).isEqualTo(Mutu.A);
        assertThat(Ikm.ofTotals(29, TOTALS, Weight.PRINTED_TWO_DECIMALS).rounded()).isEqualTo(d("90.56"));
        assertThat(Mutu.of(d("88.30"))).isEqualTo(Mutu.B);
    }

    @ParameterizedTest(name = "{0} respondents")
    @ValueSource(ints = {1, 7, 29, 384, 100_000})
    void allFoursAreExactlyAHundredWithTheExactWeight(int respondents) {
        List<BigDecimal> fours = same(9, 4L * respondents);
        Ikm ikm = Ikm.ofTotals(respondents, fours);
        assertThat(ikm.value()).isEqualTo(BigDecimal.valueOf(100));
        assertThat(ikm.value().toPlainString()).isEqualTo("100");
        assertThat(ikm.rounded()).isEqualTo(d("100.00"));
        assertThat(ikm.index()).isEqualTo(BigDecimal.valueOf(4));
        assertThat(ikm.mutu()).isEqualTo(Mutu.A);
        assertThat(Ikm.ofTotals(respondents, fours, Weight.PRINTED).rounded()).isEqualTo(d("99.90"));
        assertThat(Ikm.ofTotals(respondents, fours, Weight.PRINTED_TWO_DECIMALS).rounded()).isEqualTo(d("99.00"));
    }

    @Test
    void allOnes() {
        List<BigDecimal> ones = same(9, 30);
        assertThat(Ikm.ofTotals(30, ones).rounded()).isEqualTo(d("25.00"));
        assertThat(Ikm.ofTotals(30, ones).mutu()).isEqualTo(Mutu.D);
        // 9 × 0,111 = 0,999: the printed weight falls below the table's 25,00, and still has a grade.
        assertThat(Ikm.ofTotals(30, ones, Weight.PRINTED).value()).isEqualTo(d("24.975"));
        assertThat(Ikm.ofTotals(30, ones, Weight.PRINTED).rounded()).isEqualTo(d("24.98"));
        assertThat(Ikm.ofTotals(30, ones, Weight.PRINTED).mutu()).isEqualTo(Mutu.D);
        assertThat(Ikm.ofTotals(30, ones, Weight.PRINTED_TWO_DECIMALS).rounded()).isEqualTo(d("24.75"));
    }

    @Test
    void printedWeightAboveAHundred() {
        // Seven unsur: 1/7 prints as 0,143 and 7 × 0,143 = 1,001, so all 4s give 100,10.
        Policy seven = Policy.DEFAULT.withUnsur(List.of("a", "b", "c", "d", "e", "f", "g")).withWeight(Weight.PRINTED);
        Ikm ikm = seven.ofTotals(10, same(7, 40));
        assertThat(ikm.rounded()).isEqualTo(d("100.10"));
        assertThat(ikm.mutu()).isEqualTo(Mutu.A);
    }

    @ParameterizedTest(name = "{0} unsur: {1} / {2} / {3}")
    @CsvSource({
        "9, 0.1111111111111111111111111111111111, 0.111, 0.11",
        "14, 0.07142857142857142857142857142857143, 0.071, 0.07",
        "3, 0.3333333333333333333333333333333333, 0.333, 0.33",
        "2, 0.5, 0.500, 0.50",
        "7, 0.1428571428571428571428571428571429, 0.143, 0.14",
        "16, 0.0625, 0.063, 0.06",
        "1, 1, 1.000, 1.00",
        "100, 0.01, 0.010, 0.01",
    })
    void weights(int unsur, String exact, String printed, String twoDecimals) {
        assertThat(Weight.EXACT.of(unsur)).isEqualTo(d(exact));
        assertThat(Weight.PRINTED.of(unsur)).isEqualTo(d(printed));
        assertThat(Weight.PRINTED_TWO_DECIMALS.of(unsur)).isEqualTo(d(twoDecimals));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void weightOfNoUnsurOrTooMany(int unsur) {
        assertThatThrownBy(() -> Weight.PRINTED.of(unsur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a survey has from 1 to 100 unsur, but this one has " + unsur);
    }

    @Test
    void index() {
        assertThat(Ikm.ofTotals(29, TOTALS).index()).isEqualTo(d("3.6590038314176245210727969348659"));
        assertThat(Ikm.ofTotals(29, TOTALS, Weight.PRINTED).index())
                .isEqualTo(d("3.655344827586206896551724137931034"));
    }

    @Test
    void unsur() {
        Ikm ikm = Ikm.ofTotals(29, TOTALS);
        assertThat(ikm.unsur()).hasSize(9);
        assertThat(ikm.unsur()).extracting(Ikm.Unsur::name).isEqualTo(Ikm.UNSUR_PERMENPAN_RB_14_2017);
        assertThat(ikm.unsur()).extracting(Ikm.Unsur::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(ikm.unsur()).extracting(Ikm.Unsur::mutu)
                .containsExactly(Mutu.A, Mutu.B, Mutu.B, Mutu.A, Mutu.B, Mutu.A, Mutu.A, Mutu.A, Mutu.A);
        Ikm.Unsur first = ikm.unsur().get(0);
        assertThat(first.isComputable()).isTrue();
        assertThat(first.total()).isEqualTo(d("105"));
        assertThat(first.answers()).isEqualTo(29);
        assertThat(first.nrr()).isEqualTo(d("3.620689655172413793103448275862069"));
        assertThat(first.converted()).isEqualTo(d("90.51724137931034482758620689655172"));
        assertThat(first.weightedNrr()).isEqualTo(d("0.4022988505747126436781609195402299"));
        assertThat(first.explain()).isEqualTo("U1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)");
        assertThat(first).hasToString("Unsur[U1 Persyaratan: 105 / 29, NRR 3.6207 A (Sangat Baik)]");
        assertThat(Ikm.ofTotals(29, TOTALS, Weight.PRINTED).unsur().get(0).weightedNrr())
                .isEqualTo(d("0.4018965517241379310344827586206897"));
        assertThat(ikm.unsur().get(3).nrr()).isEqualTo(d("4"));
        assertThat(ikm.unsur().get(3).weightedNrr()).isEqualTo(d("0.4444444444444444444444444444444444"));
    }

    @Test
    void sumOfWeightedMeansIsTheIndex() {
        for (Weight weight : Weight.values()) {
            Ikm ikm = Ikm.ofTotals(29, TOTALS, weight);
            BigDecimal sum = ikm.unsur().stream().map(Ikm.Unsur::weightedNrr).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.subtract(ikm.index()).abs()).as("%s", weight).isLessThan(d("1E-30"));
        }
    }

    @Test
    void explainInBahasaIndonesia() {
        assertThat(Ikm.ofTotals(29, TOTALS).explain()).startsWith("IKM dari 29 responden atas 9 unsur, bobot 1/9,"
                + " mutu menurut PermenPAN-RB 14/2017:\nU1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)\n")
                .endsWith("\nIKM = Σ NRR × 1/9 × 25 = 32,9310 × 1/9 × 25 = 91,48, A (Sangat Baik)");
        assertThat(Policy.DEFAULT.withGapPolicy(Mutu.GapPolicy.LOWER_BAND).ofTotals(29, TOTALS).explain())
                .startsWith("IKM dari 29 responden atas 9 unsur, bobot 1/9, mutu menurut PermenPAN-RB 14/2017 (celah"
                        + " ke mutu yang lebih rendah):\n");
        Ikm none = Ikm.ofTotals(0, same(9, 0));
        assertThat(none.explain()).isEqualTo("tidak dapat dihitung: tidak ada responden");
        assertThat(none.reason()).contains("tidak ada responden");
    }

    @Test
    void explain() {
        assertThat(Ikm.ofTotals(29, TOTALS).explain(java.util.Locale.ENGLISH)).isEqualTo("""
                IKM of 29 respondents on 9 unsur, weight 1/9, mutu by PermenPAN-RB 14/2017:
                U1 Persyaratan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)
                U2 Sistem, Mekanisme, dan Prosedur: NRR = 101 / 29 = 3,4828, B (Baik)
                U3 Waktu Penyelesaian: NRR = 100 / 29 = 3,4483, B (Baik)
                U4 Biaya/Tarif: NRR = 116 / 29 = 4,0000, A (Sangat Baik)
                U5 Produk Spesifikasi Jenis Pelayanan: NRR = 102 / 29 = 3,5172, B (Baik)
                U6 Kompetensi Pelaksana: NRR = 105 / 29 = 3,6207, A (Sangat Baik)
                U7 Perilaku Pelaksana: NRR = 106 / 29 = 3,6552, A (Sangat Baik)
                U8 Penanganan Pengaduan, Saran dan Masukan: NRR = 105 / 29 = 3,6207, A (Sangat Baik)
                U9 Sarana dan Prasarana: NRR = 115 / 29 = 3,9655, A (Sangat Baik)
                IKM = Σ NRR × 1/9 × 25 = 32,9310 × 1/9 × 25 = 91,48, A (Sangat Baik)""");
        assertThat(Ikm.ofTotals(29, TOTALS, Weight.PRINTED).explain(java.util.Locale.ENGLISH))
                .startsWith("IKM of 29 respondents on 9 unsur, weight 0,111, mutu by PermenPAN-RB 14/2017:\n")
                .endsWith("\nIKM = Σ NRR × 0,111 × 25 = 32,9310 × 0,111 × 25 = 91,38, A (Sangat Baik)");
        assertThat(Policy.DEFAULT.withGapPolicy(Mutu.GapPolicy.LOWER_BAND).ofTotals(29, TOTALS).explain(
                java.util.Locale.ENGLISH)).startsWith("IKM of 29 respondents on 9 unsur, weight 1/9, mutu by PermenPAN-RB 14/2017 (gaps to the"
                        + " lower grade):\n");
        assertThat(Ikm.ofTotals(1200, same(9, 4000)).explain(java.util.Locale.ENGLISH))
                .startsWith("IKM of 1.200 respondents on 9 unsur")
                .contains("U1 Persyaratan: NRR = 4.000 / 1.200 = 3,3333, B (Baik)");
    }

    @Test
    void toStringForJshell() {
        assertThat(Ikm.ofTotals(29, TOTALS)).hasToString("Ikm[91.48 A (Sangat Baik), 29 respondents, 9 unsur, weight"
                + " EXACT, exact 91.47509578544061302681992337164751]");
        assertThat(Ikm.ofTotals(0, same(9, 0))).hasToString("Ikm[not computable: tidak ada responden]");
    }

    @Test
    void roundedAsAsked() {
        Ikm ikm = Ikm.ofTotals(29, TOTALS);
        assertThat(ikm.rounded(0, RoundingMode.DOWN)).isEqualTo(d("91"));
        assertThat(ikm.rounded(3, RoundingMode.HALF_UP)).isEqualTo(d("91.475"));
        assertThat(ikm.rounded(4, RoundingMode.DOWN)).isEqualTo(d("91.4750"));
        assertThat(ikm.rounded(100, RoundingMode.HALF_UP).scale()).isEqualTo(100);
        assertThatThrownBy(() -> ikm.rounded(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was -1");
        assertThatThrownBy(() -> ikm.rounded(101, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was 101");
        assertThatThrownBy(() -> ikm.rounded(2, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mode must not be null");
    }

    @Test
    void missingAnswersLeaveTheRespondentOutOfThatUnsurOnly() {
        List<List<Integer>> answers = List.of(
                row(4, 4, 4, 4, 4, 4, 4, 4, 4),
                row(4, 4, 4, null, 4, 4, 4, 4, 4),
                row(2, 2, 2, 1, 2, 2, 2, 2, 2),
                row(null, null, null, null, null, null, null, null, null));
        Ikm ikm = Ikm.ofAnswers(answers);
        assertThat(ikm.respondents()).isEqualTo(3);
        assertThat(ikm.unsur().get(3).answers()).isEqualTo(2);
        assertThat(ikm.unsur().get(3).total()).isEqualTo(d("5"));
        assertThat(ikm.unsur().get(3).nrr()).isEqualTo(d("2.5"));
        assertThat(ikm.unsur().get(0).nrr()).isEqualTo(d("3.333333333333333333333333333333333"));
        // Σ NRR = 8 × 10/3 + 5/2 = 175/6; × 1/9 × 25 = 4375/54. Leaving respondent 2 out would give 73,61; a blank
        // counted as 0 would give 78,70.
        assertThat(ikm.value()).isEqualTo(d("81.01851851851851851851851851851852"));
        assertThat(ikm.rounded()).isEqualTo(d("81.02"));
        assertThat(ikm.unsur().get(3).explain()).isEqualTo("U4 Biaya/Tarif: NRR = 5 / 2 = 2,5000, D (Tidak Baik)");
    }

    @Test
    void answersAndTotalsAgree() {
        List<List<Integer>> answers = new ArrayList<>();
        for (int r = 0; r < 29; r++) {
            answers.add(row(4, 4, 4, 4, 4, 4, 4, 4, 4));
        }
        Ikm fromAnswers = Ikm.ofAnswers(answers);
        assertThat(fromAnswers).isEqualTo(Ikm.ofTotals(29, same(9, 116)))
                .hasSameHashCodeAs(Ikm.ofTotals(29, same(9, 116)));
        assertThat(Ikm.ofAnswers(answers, Weight.PRINTED)).isEqualTo(Ikm.ofTotals(29, same(9, 116), Weight.PRINTED));
    }

    @Test
    void notComputableWithoutRespondents() {
        Ikm none = Ikm.ofTotals(0, same(9, 0));
        assertThat(none.isComputable()).isFalse();
        assertThat(none.reason(java.util.Locale.ENGLISH)).contains("no respondents");
        assertThat(none.respondents()).isZero();
        assertThat(none.explain(java.util.Locale.ENGLISH)).isEqualTo("not computable: no respondents");
        for (Runnable call : List.<Runnable>of(none::value, none::rounded, none::index, none::mutu,
                () -> none.rounded(2, RoundingMode.HALF_UP))) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalStateException.class)
                    .hasMessage("IKM is not computable: no respondents");
        }
        Ikm.Unsur first = none.unsur().get(0);
        assertThat(first.isComputable()).isFalse();
        assertThat(first.answers()).isZero();
        assertThat(first.total()).isEqualTo(BigDecimal.ZERO);
        assertThat(first.explain()).isEqualTo("U1 Persyaratan: tidak ada jawaban");
        assertThat(first.explain(java.util.Locale.ENGLISH)).isEqualTo("U1 Persyaratan: no answers");
        assertThat(first).hasToString("Unsur[U1 Persyaratan: no answers]");
        for (Runnable call : List.<Runnable>of(first::nrr, first::converted, first::weightedNrr, first::mutu)) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalStateException.class)
                    .hasMessage("unsur 1 (Persyaratan) has no answers");
        }
        assertThat(Ikm.ofAnswers(List.of()).reason()).contains("tidak ada responden");
        assertThat(Ikm.ofAnswers(List.of(row(null, null, null, null, null, null, null, null, null)))
                .reason(java.util.Locale.ENGLISH)).contains("no respondents");
        assertThat(none.sampleFor(100).shortfall()).isEqualTo(80);
    }

    @Test
    void notComputableWhenAnUnsurHasNoAnswers() {
        Ikm ikm = Ikm.ofAnswers(List.of(
                row(4, 3, 3, null, 3, null, 3, 3, 3),
                row(3, 3, 4, null, 3, null, 4, 4, 4)));
        assertThat(ikm.isComputable()).isFalse();
        assertThat(ikm.respondents()).isEqualTo(2);
        assertThat(ikm.reason(java.util.Locale.ENGLISH)).contains("no answers to unsur 4 (Biaya/Tarif)");
        assertThat(ikm.reason()).contains("tidak ada jawaban untuk unsur 4 (Biaya/Tarif)");
        assertThat(ikm).hasToString("Ikm[not computable: tidak ada jawaban untuk unsur 4 (Biaya/Tarif)]");
        assertThat(ikm.unsur().get(0).nrr()).isEqualTo(d("3.5"));
        assertThat(ikm.unsur().get(5).isComputable()).isFalse();
        assertThatThrownBy(ikm::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("IKM is not computable: no answers to unsur 4 (Biaya/Tarif)");
    }

    @Test
    void aSingleUnsurInTheGapIsGradedByTheGapPolicy() {
        // 17661 / 5000 = 3,5322; × 25 = 88,305: between the printed 88,30 and 88,31.
        Policy one = Policy.DEFAULT.withUnsur(List.of("Pelayanan"));
        Ikm ikm = one.ofTotals(5000, List.of(d("17661")));
        assertThat(ikm.value()).isEqualTo(d("88.305"));
        assertThat(ikm.mutu()).isEqualTo(Mutu.A);
        assertThat(ikm.unsur().get(0).mutu()).isEqualTo(Mutu.A);
        Ikm lower = one.withGapPolicy(Mutu.GapPolicy.LOWER_BAND).ofTotals(5000, List.of(d("17661")));
        assertThat(lower.mutu()).isEqualTo(Mutu.B);
        assertThat(lower.unsur().get(0).mutu()).isEqualTo(Mutu.B);
        assertThat(one.withScale(Mutu.Scale.KEPMENPAN_25_2004).ofTotals(5000, List.of(d("17661"))).mutu())
                .isEqualTo(Mutu.A);
        assertThat(one.withScale(Mutu.Scale.KEPMENPAN_25_2004).ofTotals(5000, List.of(d("15000"))).mutu())
                .isEqualTo(Mutu.B);
    }

    @Test
    void sampleForItsPopulation() {
        SampleSize.Assessment assessment = Ikm.ofTotals(29, TOTALS).sampleFor(1000);
        assertThat(assessment.isSufficient()).isFalse();
        assertThat(assessment.explain()).isEqualTo("29 responden untuk populasi 1.000: diperlukan 278"
                + " (Krejcie–Morgan), kurang 249");
        assertThat(assessment.explain(java.util.Locale.ENGLISH)).isEqualTo("29 respondents for a population of 1.000: 278 required"
                + " (Krejcie–Morgan), 249 short");
        assertThat(Ikm.ofTotals(29, TOTALS).sampleFor(30).isSufficient()).isTrue();
        assertThatThrownBy(() -> Ikm.ofTotals(29, TOTALS).sampleFor(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population must be at least 1, but was 0");
    }

    @Test
    void equality() {
        Ikm ikm = Ikm.ofTotals(29, TOTALS);
        assertThat(ikm).isEqualTo(Ikm.ofTotals(29, totals("105 101 100.0 116 102 105 106 105 115")))
                .hasSameHashCodeAs(Ikm.ofTotals(29, TOTALS))
                .isNotEqualTo(Ikm.ofTotals(29, TOTALS, Weight.PRINTED))
                .isNotEqualTo(Ikm.ofTotals(30, TOTALS))
                .isNotEqualTo(Ikm.ofTotals(29, totals("105 101 100 116 102 105 106 105 114")))
                .isNotEqualTo(Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, 9).mapToObj(i -> "U" + i).toList())
                        .ofTotals(29, TOTALS))
                .isNotEqualTo("91.48");
        // Same respondents and totals, different answers per unsur.
        Ikm blanks = Ikm.ofAnswers(List.of(row(4, 4, 4, 4, 4, 4, 4, 4, 4), row(null, 4, 4, 4, 4, 4, 4, 4, 4),
                row(4, null, 4, 4, 4, 4, 4, 4, 4)));
        Ikm other = Ikm.ofAnswers(List.of(row(4, 4, 4, 4, 4, 4, 4, 4, 4), row(null, 4, 4, 4, 4, 4, 4, 4, 4),
                row(4, 4, null, 4, 4, 4, 4, 4, 4)));
        assertThat(blanks).isNotEqualTo(other);
        assertThat(ikm.unsur().get(0)).isEqualTo(Ikm.ofTotals(29, TOTALS).unsur().get(0))
                .hasSameHashCodeAs(Ikm.ofTotals(29, TOTALS).unsur().get(0))
                .isNotEqualTo(Ikm.ofTotals(29, TOTALS, Weight.PRINTED).unsur().get(0))
                .isNotEqualTo(ikm.unsur().get(5))
                .isNotEqualTo(ikm.unsur().get(7))
                .isNotEqualTo(Ikm.ofTotals(30, same(9, 105)).unsur().get(0))
                .isNotEqualTo(Ikm.ofTotals(29, same(9, 106)).unsur().get(0))
                .isNotEqualTo(Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, 9).mapToObj(i -> "U" + i).toList())
                        .ofTotals(29, TOTALS).unsur().get(0))
                .isNotEqualTo("U1");
        // The same unsur at another number.
        Policy ab = Policy.DEFAULT.withUnsur(List.of("a", "b"));
        Policy ba = Policy.DEFAULT.withUnsur(List.of("b", "a"));
        assertThat(ab.ofTotals(2, same(2, 6)).unsur().get(0)).isNotEqualTo(ba.ofTotals(2, same(2, 6)).unsur().get(1))
                .isEqualTo(ab.ofTotals(2, same(2, 6)).unsur().get(0));
        // Same weighted mean and answers, another grade (the table differs).
        assertThat(Ikm.ofTotals(29, TOTALS).unsur().get(2))
                .isNotEqualTo(Policy.DEFAULT.withScale(Mutu.Scale.KEPMENPAN_25_2004).ofTotals(29, TOTALS).unsur()
                        .get(2));
        assertThat(Ikm.ofTotals(0, same(9, 0)).unsur().get(0)).isEqualTo(Ikm.ofTotals(0, same(9, 0)).unsur().get(0));
        // Different values hash apart (a constant hash would still be correct, but useless in a set).
        assertThat(ikm.hashCode()).isNotEqualTo(Ikm.ofTotals(30, TOTALS).hashCode());
        assertThat(ikm.unsur().get(0).hashCode()).isNotEqualTo(ikm.unsur().get(1).hashCode());
    }

    @Test
    void policies() {
        assertThat(Policy.DEFAULT.unsur()).isEqualTo(Ikm.UNSUR_PERMENPAN_RB_14_2017).hasSize(9);
        assertThat(Policy.DEFAULT.weight()).isEqualTo(Weight.EXACT);
        assertThat(Policy.DEFAULT.scale()).isEqualTo(Mutu.Scale.PERMENPAN_RB_14_2017);
        assertThat(Policy.DEFAULT.gapPolicy()).isEqualTo(Mutu.GapPolicy.TWO_DECIMALS);
        assertThat(Policy.KEPMENPAN_25_2004.unsur()).isEqualTo(Ikm.UNSUR_KEPMENPAN_25_2004).hasSize(14);
        assertThat(Policy.KEPMENPAN_25_2004.scale()).isEqualTo(Mutu.Scale.KEPMENPAN_25_2004);
        assertThat(Policy.KEPMENPAN_25_2004.weight()).isEqualTo(Weight.EXACT);
        assertThat(Policy.DEFAULT.withWeight(Weight.PRINTED).weight()).isEqualTo(Weight.PRINTED);
        assertThat(Policy.DEFAULT.withUnsur(List.of("  Ramah  ", "Cepat")).unsur()).containsExactly("Ramah", "Cepat");
        List<String> names = new ArrayList<>(List.of("Ramah", "Cepat"));
        Policy copied = Policy.DEFAULT.withUnsur(names);
        names.add("Murah");
        assertThat(copied.unsur()).hasSize(2);
        assertThat(Policy.DEFAULT.withUnsur(Collections.nCopies(1, "Satu")).unsur()).hasSize(1);
        assertThat(Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, 100).mapToObj(i -> "U" + i).toList()).unsur())
                .hasSize(100);
    }

    @Test
    void policyRefusals() {
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(List.of("Persyaratan", "persyaratan ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsur names must be distinct, but 'persyaratan' is given twice");
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(List.of("Persyaratan", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unsur 2 must not be blank, but was ' '");
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(Arrays.asList("Persyaratan", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("unsur 2 must not be null");
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a survey has from 1 to 100 unsur, but this one has 0");
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, 101).mapToObj(i -> "U" + i)
                .toList())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a survey has from 1 to 100 unsur, but this one has 101");
        assertThatThrownBy(() -> Policy.DEFAULT.withUnsur(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("unsur must not be null");
        assertThatThrownBy(() -> Policy.DEFAULT.withWeight(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("weight must not be null");
        assertThatThrownBy(() -> Policy.DEFAULT.withScale(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("scale must not be null");
        assertThatThrownBy(() -> Policy.DEFAULT.withGapPolicy(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("gapPolicy must not be null");
    }

    @Test
    void totalsRefusals() {
        assertThatThrownBy(() -> Ikm.ofTotals(-1, TOTALS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("respondents must not be negative, but was -1");
        assertThatThrownBy(() -> Ikm.ofTotals(29, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("totalsPerUnsur must not be null");
        assertThatThrownBy(() -> Ikm.ofTotals(29, TOTALS.subList(0, 8))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("totalsPerUnsur has 8 totals, but the survey has 9 unsur (Persyaratan to Sarana dan"
                        + " Prasarana); for other unsur use Ikm.Policy.withUnsur");
        assertThatThrownBy(() -> Ikm.ofTotals(29, totals("105 101 120 116 102 105 106 105 115")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total of unsur 3 (Waktu Penyelesaian) must be from 29 to 116 (29 respondents answering 1"
                        + " to 4), but was 120");
        assertThatThrownBy(() -> Ikm.ofTotals(29, totals("105 101 117 116 102 105 106 105 115")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("but was 117");
        assertThatThrownBy(() -> Ikm.ofTotals(29, totals("105 101 28 116 102 105 106 105 115")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total of unsur 3 (Waktu Penyelesaian) must be from 29 to 116 (29 respondents answering 1"
                        + " to 4), but was 28");
        assertThat(Ikm.ofTotals(29, totals("29 101 116 116 102 105 106 105 115")).unsur().get(0).nrr())
                .isEqualTo(d("1"));
        assertThatThrownBy(() -> Ikm.ofTotals(29, totals("105 101 100.5 116 102 105 106 105 115")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total of unsur 3 (Waktu Penyelesaian) must be a whole number (a sum of answers 1 to 4),"
                        + " but was 100.5");
        assertThatThrownBy(() -> Ikm.ofTotals(29, Arrays.asList(d("105"), d("101"), null, d("116"), d("102"),
                d("105"), d("106"), d("105"), d("115")))).isInstanceOf(NullPointerException.class)
                .hasMessage("total of unsur 3 (Waktu Penyelesaian) must not be null");
        assertThatThrownBy(() -> Ikm.ofTotals(29, totals("105 101 1E+1000000 116 102 105 106 105 115")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("total of unsur 3 (Waktu Penyelesaian) is too large or too precise");
        assertThatThrownBy(() -> Ikm.ofTotals(0, totals("0 0 1 0 0 0 0 0 0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total of unsur 3 (Waktu Penyelesaian) must be from 0 to 0 (0 respondents answering 1"
                        + " to 4), but was 1");
        assertThatThrownBy(() -> Ikm.ofTotals(29, TOTALS, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("weight must not be null");
        // The largest survey: 4 × Integer.MAX_VALUE does not overflow.
        int most = Integer.MAX_VALUE;
        assertThat(Ikm.ofTotals(most, same(9, 4L * most)).rounded()).isEqualTo(d("100.00"));
    }

    @Test
    void answersRefusals() {
        List<Integer> fine = row(4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThatThrownBy(() -> Ikm.ofAnswers(List.of(fine, row(4, 5, 4, 4, 4, 4, 4, 4, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer of respondent 2 to unsur 2 (Sistem, Mekanisme, dan Prosedur) must be from 1 to 4,"
                        + " but was 5");
        assertThatThrownBy(() -> Ikm.ofAnswers(List.of(row(4, 4, 4, 4, 4, 4, 4, 4, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer of respondent 1 to unsur 9 (Sarana dan Prasarana) must be from 1 to 4, but was 0");
        assertThatThrownBy(() -> Ikm.ofAnswers(List.of(row(-1, 4, 4, 4, 4, 4, 4, 4, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was -1");
        assertThatThrownBy(() -> Ikm.ofAnswers(List.of(fine, fine, row(4, 4, 4, 4, 4, 4, 4, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("respondent 3 has 8 answers, but the survey has 9 unsur (Persyaratan to Sarana dan"
                        + " Prasarana); for other unsur use Ikm.Policy.withUnsur");
        assertThatThrownBy(() -> Ikm.ofAnswers(Arrays.asList(fine, null))).isInstanceOf(NullPointerException.class)
                .hasMessage("answers of respondent 2 must not be null");
        assertThatThrownBy(() -> Ikm.ofAnswers(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("answers must not be null");
        assertThatThrownBy(() -> Ikm.ofAnswers(List.of(fine), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("weight must not be null");
        assertThat(Ikm.ofAnswers(List.of(row(1, 1, 1, 1, 1, 1, 1, 1, 1))).rounded()).isEqualTo(d("25.00"));
    }
}
