package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Mutu.GapPolicy;
import io.github.sakip.Mutu.Scale;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The grades of an IKM and of an NRR, at every printed boundary, under both gap policies and both tables. */
class MutuTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void contractExample() {
        assertThat(Mutu.of(d("88.30"))).isEqualTo(Mutu.B);
    }

    // PermenPAN-RB 14/2017: A 88,31–100,00 · B 76,61–88,30 · C 65,00–76,60 · D 25,00–64,99.
    // Columns: IKM, grade with TWO_DECIMALS (the default), grade with LOWER_BAND.
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "100.00, A, A",
        "100.01, A, A",
        "120, A, A",
        "88.31, A, A",
        "88.305, A, B",
        "88.3050, A, B",
        "88.30499, B, B",
        "88.3099, A, B",
        "88.30, B, B",
        "76.61, B, B",
        "76.605, B, C",
        "76.6049, C, C",
        "76.60, C, C",
        "65.00, C, C",
        "64.995, C, D",
        "64.9949, D, D",
        "64.99, D, D",
        "25.00, D, D",
        "24.98, D, D",
        "0, D, D",
        "-5, D, D",
    })
    void ikmBoundaries(String ikm, Mutu twoDecimals, Mutu lowerBand) {
        assertThat(Mutu.of(d(ikm))).isEqualTo(twoDecimals);
        assertThat(Mutu.of(d(ikm), GapPolicy.TWO_DECIMALS)).isEqualTo(twoDecimals);
        assertThat(Mutu.of(d(ikm), GapPolicy.LOWER_BAND)).isEqualTo(lowerBand);
        assertThat(Scale.PERMENPAN_RB_14_2017.of(d(ikm))).isEqualTo(twoDecimals);
        assertThat(Scale.PERMENPAN_RB_14_2017.of(d(ikm), GapPolicy.LOWER_BAND)).isEqualTo(lowerBand);
    }

    // The NRR table: A 3,5324–4,00 · B 3,0644–3,532 · C 2,60–3,064 · D 1,00–2,5996; graded as NRR × 25.
    @ParameterizedTest(name = "NRR {0} -> {1} / {2}")
    @CsvSource({
        "4, A, A",
        "3.5324, A, A",
        "3.5322, A, B",
        "3.53219, B, B",
        "3.532, B, B",
        "3.0644, B, B",
        "3.0642, B, C",
        "3.06419, C, C",
        "3.064, C, C",
        "2.60, C, C",
        "2.5998, C, D",
        "2.59979, D, D",
        "2.5996, D, D",
        "1, D, D",
    })
    void nrrBoundaries(String nrr, Mutu twoDecimals, Mutu lowerBand) {
        assertThat(Mutu.ofNrr(d(nrr))).isEqualTo(twoDecimals);
        assertThat(Mutu.ofNrr(d(nrr), GapPolicy.TWO_DECIMALS)).isEqualTo(twoDecimals);
        assertThat(Mutu.ofNrr(d(nrr), GapPolicy.LOWER_BAND)).isEqualTo(lowerBand);
        assertThat(Scale.PERMENPAN_RB_14_2017.ofNrr(d(nrr))).isEqualTo(twoDecimals);
    }

    // KepMenPAN 25/2004: A 81,26–100 · B 62,51–81,25 · C 43,76–62,50 · D 25–43,75.
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "100, A, A",
        "81.26, A, A",
        "81.255, A, B",
        "81.25, B, B",
        "73.45, B, B",
        "62.51, B, B",
        "62.505, B, C",
        "62.50, C, C",
        "43.76, C, C",
        "43.755, C, D",
        "43.75, D, D",
        "25, D, D",
    })
    void kepmenpan25Of2004(String ikm, Mutu twoDecimals, Mutu lowerBand) {
        assertThat(Scale.KEPMENPAN_25_2004.of(d(ikm))).isEqualTo(twoDecimals);
        assertThat(Scale.KEPMENPAN_25_2004.of(d(ikm), GapPolicy.LOWER_BAND)).isEqualTo(lowerBand);
    }

    @Test
    void kepmenpan25Of2004GradesAnNrrByItsConversion() {
        // The decree's NRR table starts A at 3,26; its IKM table at 81,26 = 3,2504 × 25.
        assertThat(Scale.KEPMENPAN_25_2004.ofNrr(d("3.2504"))).isEqualTo(Mutu.A);
        assertThat(Scale.KEPMENPAN_25_2004.ofNrr(d("3.2502"))).isEqualTo(Mutu.A);
        assertThat(Scale.KEPMENPAN_25_2004.ofNrr(d("3.2502"), GapPolicy.LOWER_BAND)).isEqualTo(Mutu.B);
        assertThat(Scale.KEPMENPAN_25_2004.ofNrr(d("3.25"))).isEqualTo(Mutu.B);
        assertThat(Scale.KEPMENPAN_25_2004.ofNrr(d("2.9667"))).isEqualTo(Mutu.B);
        assertThat(Mutu.ofNrr(d("2.9667"))).isEqualTo(Mutu.C);
    }

    @Test
    void printedIntervals() {
        assertThat(Scale.PERMENPAN_RB_14_2017.regulation()).isEqualTo("PermenPAN-RB 14/2017");
        assertThat(Scale.KEPMENPAN_25_2004.regulation()).isEqualTo("KepMenPAN 25/2004");
        assertThat(Mutu.values()).extracting(Scale.PERMENPAN_RB_14_2017::lowest)
                .containsExactly(d("88.31"), d("76.61"), d("65.00"), d("25.00"));
        assertThat(Mutu.values()).extracting(Scale.PERMENPAN_RB_14_2017::highest)
                .containsExactly(d("100.00"), d("88.30"), d("76.60"), d("64.99"));
        assertThat(Mutu.values()).extracting(Scale.KEPMENPAN_25_2004::lowest)
                .containsExactly(d("81.26"), d("62.51"), d("43.76"), d("25.00"));
        assertThat(Mutu.values()).extracting(Scale.KEPMENPAN_25_2004::highest)
                .containsExactly(d("100.00"), d("81.25"), d("62.50"), d("43.75"));
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void everyPrintedEndHasItsOwnGradeUnderBothPolicies(Scale scale) {
        for (Mutu mutu : Mutu.values()) {
            for (GapPolicy policy : GapPolicy.values()) {
                assertThat(scale.of(scale.lowest(mutu), policy)).isEqualTo(mutu);
                assertThat(scale.of(scale.highest(mutu), policy)).isEqualTo(mutu);
            }
        }
    }

    @Test
    void labels() {
        assertThat(Mutu.values()).extracting(Mutu::label)
                .containsExactly("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik");
        assertThat(Mutu.A).hasToString("A (Sangat Baik)");
        assertThat(Mutu.D).hasToString("D (Tidak Baik)");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "A, A",
        "b, B",
        "Sangat Baik, A",
        "  sangat   BAIK , A",
        "Baik, B",
        "kurang baik, C",
        "Tidak Baik, D",
        "A (Sangat Baik), A",
        "c (kurang baik), C",
    })
    void labelsAreRead(String text, Mutu expected) {
        assertThat(Mutu.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Mutu.class)
    void labelsRoundTrip(Mutu mutu) {
        assertThat(Mutu.parse(mutu.toString())).isEqualTo(mutu);
        assertThat(Mutu.parse(mutu.label())).isEqualTo(mutu);
        assertThat(Mutu.parse(mutu.name())).isEqualTo(mutu);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> Mutu.parse("E")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'E' is not a mutu pelayanan; expected A, B, C or D, a label (Sangat Baik, Baik, Kurang"
                        + " Baik, Tidak Baik), or both, such as A (Sangat Baik)");
        assertThatThrownBy(() -> Mutu.parse("Sangat Tinggi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'Sangat Tinggi' is not a mutu pelayanan");
        assertThatThrownBy(() -> Mutu.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> Mutu.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ikm must not be null");
        assertThatThrownBy(() -> Mutu.of(d("90"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("policy must not be null");
        assertThatThrownBy(() -> Mutu.ofNrr(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("nrr must not be null");
        assertThatThrownBy(() -> Mutu.ofNrr(d("3"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("policy must not be null");
        assertThatThrownBy(() -> Scale.PERMENPAN_RB_14_2017.lowest(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mutu must not be null");
        assertThatThrownBy(() -> Scale.PERMENPAN_RB_14_2017.highest(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mutu must not be null");
        assertThatThrownBy(() -> Mutu.of(d("1E+1000000"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ikm is too large or too precise to be a figure of a report: 1E+1000000");
        assertThatThrownBy(() -> Mutu.ofNrr(d("1E-1000000"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nrr has too many decimals to be a figure of a report");
    }
}
