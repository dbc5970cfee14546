package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calls of the API contract, {@code docs/contract.md} in the repository, exactly as written there, with what it
 * says they return.
 */
class DesignContractTest {

    @Test
    void capaianAndCategories() {
        Achievement a = Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12"));
        assertThat(a.isComputable()).isTrue();
        assertThat(a.percent().toPlainString()).startsWith("97.0370370370");
        assertThat(a.rounded()).isEqualTo(new BigDecimal("97.04"));
        assertThat(a.category()).contains(Category.SANGAT_TINGGI);
        assertThat(a.explain()).isNotBlank();
        assertThat(Capaian.of(Polarity.NEGATIVE, new BigDecimal("25"), new BigDecimal("20")).rounded())
                .isEqualTo(new BigDecimal("120.00"));
        assertThat(Capaian.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE).isComputable()).isFalse();
        assertThat(Permendagri86.categorize(new BigDecimal("90.50"))).isEqualTo(Category.TINGGI);
        assertThat(Category.SANGAT_TINGGI.label()).isEqualTo("Sangat Tinggi");
    }

    @Test
    void budgetPmk214RenstraAndAkip() {
        BigDecimal pagu = new BigDecimal("11782200");
        BigDecimal realisasi = new BigDecimal("11349700");
        BigDecimal e = Pmk214.efficiency(List.of(new Pmk214.Output(pagu, realisasi, new BigDecimal("97.60"))));
        assertThat(e.setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("1.3020"));
        BigDecimal ne = Pmk214.efficiencyScore(e);
        assertThat(ne).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(ne.setScale(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("53.26"));
        Achievement progress = RenstraProgress.of(Polarity.POSITIVE, new BigDecimal("71.11"), new BigDecimal("68.12"));
        assertThat(progress.rounded()).isEqualTo(new BigDecimal("95.80"));
        Achievement standard = StandardComparison.of(Polarity.POSITIVE, new BigDecimal("70.63"),
                new BigDecimal("68.12"));
        assertThat(standard.rounded()).isEqualTo(new BigDecimal("96.45"));
        assertThat(AkipPredicate.of(new BigDecimal("73.20"))).isEqualTo(AkipPredicate.BB);
        BigDecimal absorption = new BudgetLine("2.07.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
                new BigDecimal("10521583280"), new BigDecimal("8192268093")).absorption();
        assertThat(absorption.toPlainString()).startsWith("77.861552534325423312146230524347");
        assertThat(absorption.precision()).isGreaterThanOrEqualTo(30);
        // Codes of every nomenclature, and a line with no code.
        for (String code : List.of("1.01", "X.XX.01", "063.01.WA", "3165.QAH.001", "063.01.WA.3165.QAH.001", "")) {
            assertThat(new BudgetLine(code, "Line", new BigDecimal("3"), new BigDecimal("2")).absorption())
                    .as(code).isEqualByComparingTo("66.66666666666666666666666666666667");
        }
    }

    @Test
    void ikm() {
        int respondents = 29;
        List<BigDecimal> totalsPerUnsur = List.of(new BigDecimal("105"), new BigDecimal("101"), new BigDecimal("100"),
                new BigDecimal("116"), new BigDecimal("102"), new BigDecimal("105"), new BigDecimal("106"),
                new BigDecimal("105"), new BigDecimal("115"));
        Ikm ikm = Ikm.ofTotals(respondents, totalsPerUnsur);
        // 955 / (29 × 9) × 25, the weight exactly 1/9.
        assertThat(ikm.value()).isEqualTo(new BigDecimal("91.47509578544061302681992337164751"));
        assertThat(ikm.rounded()).isEqualTo(new BigDecimal("91.48"));
        assertThat(ikm.rounded().scale()).isEqualTo(2);
        assertThat(ikm.mutu()).isEqualTo(Mutu.A);
        // 32,931… × 0,111 × 25.
        assertThat(Ikm.ofTotals(respondents, totalsPerUnsur, Ikm.Weight.PRINTED).rounded())
                .isEqualTo(new BigDecimal("91.38"));
        assertThat(Mutu.of(new BigDecimal("88.30"))).isEqualTo(Mutu.B);
        // All 4s: 100,00 with 1/9, 99,90 with 0,111.
        List<BigDecimal> fours = java.util.Collections.nCopies(9, new BigDecimal("116"));
        assertThat(Ikm.ofTotals(respondents, fours).rounded()).isEqualTo(new BigDecimal("100.00"));
        assertThat(Ikm.ofTotals(respondents, fours, Ikm.Weight.PRINTED).rounded()).isEqualTo(new BigDecimal("99.90"));
    }

    @Test
    void audit() {
        Indicator tpak = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
        PerformanceReport report = PerformanceReport.of("Dinas Tenaga Kerja Kabupaten Tapin", 2024)
                .withPerformance(List.of(PerformanceRow.of("1", "Meningkatnya Kualitas Ketenagakerjaan Daerah", tpak,
                        Target.of(new BigDecimal("70.20")), Realization.of(new BigDecimal("68.12")))
                        .withPrintedCapaian(new BigDecimal("97.03"))));
        List<Finding> findings = Audit.of(report).findings();
        assertThat(findings).singleElement().extracting(Object::toString).asString()
                .contains("row 1 TPAK", "column Capaian", "printed 97,03", "should be 97,04", "truncated");
    }
}
