package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Pmk214.Output;
import io.github.sakip.Pmk214.OutputCap;
import io.github.sakip.Pmk214.ScoreClamp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tabel 3.7 of LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: each sasaran is taken as a single output with
 * pagu = anggaran, realisasi = realisasi_anggaran. Both the printed capaian (reported_capaian) and the exact
 * capaian recomputed from target and realisasi are used as CK; all expected values were checked by hand.
 */
class EfisiensiGoldenTest {

    private static final List<Map<String, String>> ROWS = TapinCsv.read("/tapin-2024/efisiensi-2024.csv");

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static Map<String, String> row(int index) {
        return ROWS.get(index);
    }

    private static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    @ParameterizedTest
    @CsvSource({
        // row | E with printed CK | NE clamped | NE unclamped | E with exact CK | NE clamped | NE unclamped
        // 1: Σ(PAK×CK) = 5.578.741.408 × 0,9703 = 5.413.052.788,1824; E = 154.252.151,1824 / 5.413.052.788,1824
        "0, 2.8496332332, 57.1240830830, 57.1240830830, 2.8566784888, 57.1416962220, 57.1416962220",
        // 2: Σ = 11.782.200 × 0,976 = 11.499.427,2; E = 149.727,2 / 11.499.427,2 (printed and exact CK agree)
        "1, 1.3020405051, 53.2551012628, 53.2551012628, 1.3020405051, 53.2551012628, 53.2551012628",
        // 3: CK 1,2174 > 1, E above 20 %: NE clamped to 100
        "2, 21.7628161653, 100, 104.4070404132, 21.7618274482, 100, 104.4045686204",
    })
    void pmk214EfficiencyAndScorePerSasaran(int index, String e, String ne, String neUnclamped, String eExact,
            String neExact, String neExactUnclamped) {
        Map<String, String> r = row(index);
        BigDecimal pagu = bd(r.get("anggaran"));
        BigDecimal realisasi = bd(r.get("realisasi_anggaran"));
        BigDecimal printedCk = bd(r.get("reported_capaian"));
        BigDecimal exactCk = Capaian.of(Polarity.POSITIVE, bd(r.get("target")), bd(r.get("realisasi"))).percent();

        BigDecimal efficiency = Pmk214.efficiency(List.of(new Output(pagu, realisasi, printedCk)));
        assertThat(round(efficiency, 10)).isEqualByComparingTo(e);
        assertThat(round(Pmk214.efficiencyScore(efficiency), 10)).isEqualByComparingTo(ne);
        assertThat(round(Pmk214.efficiencyScore(efficiency, ScoreClamp.UNCLAMPED), 10))
                .isEqualByComparingTo(neUnclamped);

        BigDecimal exact = Pmk214.efficiency(List.of(new Output(pagu, realisasi, exactCk)));
        assertThat(round(exact, 10)).isEqualByComparingTo(eExact);
        assertThat(round(Pmk214.efficiencyScore(exact), 10)).isEqualByComparingTo(neExact);
        assertThat(round(Pmk214.efficiencyScore(exact, ScoreClamp.UNCLAMPED), 10))
                .isEqualByComparingTo(neExactUnclamped);

        // Whatever the CK, the formula gives nothing near the printed 99,03 / 99,01 / 99,22.
        assertThat(round(efficiency, 2)).isNotEqualByComparingTo(r.get("reported_efisiensi"));
    }

    @Test
    void thePrintedEfficiencyColumnIsHundredMinusTheRatioNotOneMinusIt() {
        // Printed: 99,03 / 99,01 / 99,22. They are 100 − Σ RAK / Σ(PAK × CK): the ratio (about 0,97) subtracted
        // from 100 instead of from 1, i.e. 99 + E / 100. This holds with the printed CK and with the exact one.
        for (Map<String, String> r : ROWS) {
            BigDecimal pagu = bd(r.get("anggaran"));
            BigDecimal realisasi = bd(r.get("realisasi_anggaran"));
            for (BigDecimal ck : List.of(bd(r.get("reported_capaian")),
                    Capaian.of(Polarity.POSITIVE, bd(r.get("target")), bd(r.get("realisasi"))).percent())) {
                BigDecimal weighted = pagu.multiply(ck).movePointLeft(2);
                BigDecimal misread = BigDecimal.valueOf(100)
                        .subtract(realisasi.divide(weighted, java.math.MathContext.DECIMAL128));
                assertThat(round(misread, 2)).as(r.get("sasaran")).isEqualByComparingTo(r.get("reported_efisiensi"));
                BigDecimal e = Pmk214.efficiency(List.of(new Output(pagu, realisasi, ck)));
                assertThat(round(misread, 20))
                        .isEqualByComparingTo(round(BigDecimal.valueOf(99).add(e.movePointLeft(2)), 20));
            }
        }
    }

    @Test
    void withCkCappedAtOneTheThirdSasaranIsItsUnspentShare() {
        Map<String, String> r = row(2);
        BigDecimal pagu = bd(r.get("anggaran"));
        BigDecimal realisasi = bd(r.get("realisasi_anggaran"));
        BigDecimal capped = Pmk214.efficiency(List.of(new Output(pagu, realisasi, bd(r.get("reported_capaian")))),
                OutputCap.AT_100_PERCENT);
        // (83.427.730 − 79.461.532) / 83.427.730 = 3.966.198 / 83.427.730 = 4,7540523996 %
        assertThat(round(capped, 10)).isEqualByComparingTo("4.7540523996");
        assertThat(capped).isEqualByComparingTo(EfficiencyMeasures.unspentShare(pagu, realisasi).value());
        assertThat(round(Pmk214.efficiencyScore(capped), 10)).isEqualByComparingTo("61.8851309990");
    }

    @Test
    void printedBudgetPercentIsAbsorptionAndPrintedCapaianOfTheFirstSasaranIsTruncated() {
        for (Map<String, String> r : ROWS) {
            BigDecimal absorption = Pmk214.absorption(List.of(new Output(bd(r.get("anggaran")),
                    bd(r.get("realisasi_anggaran")), BigDecimal.valueOf(100))));
            assertThat(round(absorption, 2)).as(r.get("sasaran"))
                    .isEqualByComparingTo(r.get("reported_budget_percent"));
        }
        // 68,12 / 70,20 = 97,0370...: printed 97,03, half-up 97,04.
        Achievement first = Capaian.of(Polarity.POSITIVE, bd("70.20"), bd("68.12"));
        assertThat(first.rounded()).isEqualByComparingTo("97.04");
        assertThat(bd(row(0).get("reported_capaian"))).isEqualByComparingTo("97.03");
        assertThat(Capaian.of(Polarity.POSITIVE, bd("65"), bd("79.13")).rounded()).isEqualByComparingTo("121.74");
    }

    @Test
    void theOtherEfficiencyFiguresOfTheFirstSasaran() {
        BigDecimal capaian = Capaian.of(Polarity.POSITIVE, bd("70.20"), bd("68.12")).percent();
        BigDecimal absorption = new BudgetLine("2.07.03", "sasaran 1", bd("5578741408"), bd("5258800637"))
                .absorption();
        assertThat(round(EfficiencyMeasures.efficiencyIndex(capaian, absorption).value(), 10))
                .isEqualByComparingTo("1.0294068439");
        assertThat(round(EfficiencyMeasures.efficiencyLevel(capaian, absorption).value(), 10))
                .isEqualByComparingTo("0.0294068439");
        assertThat(EfficiencyMeasures.efficiencyIndex(capaian, absorption).explain())
                .isEqualTo("97,04% / 94,27% = 1,03");
        assertThat(round(EfficiencyMeasures.unspentShare(bd("5578741408"), bd("5258800637")).value(), 10))
                .isEqualByComparingTo("5.7349991262");
        assertThat(round(EfficiencyMeasures.capaianMinusAbsorption(capaian, absorption), 10))
                .isEqualByComparingTo("2.7720361632");
    }
}
