package io.github.sakip.examples;

import static io.github.sakip.Category.SANGAT_TINGGI;
import static io.github.sakip.Category.TINGGI;
import static io.github.sakip.Polarity.POSITIVE;
import static io.github.sakip.assertj.SakipAssertions.assertThat;
import static io.github.sakip.audit.Check.EFFICIENCY;
import static io.github.sakip.audit.Check.PARENT_TOTAL;
import static io.github.sakip.audit.Check.RENSTRA_PROGRESS;
import static io.github.sakip.audit.Severity.ERROR;
import static io.github.sakip.audit.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Pmk214;
import io.github.sakip.RenstraProgress;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an auditor (Inspektorat, BPKP) verifies the figures of a report in a unit test: each figure recomputed from
 * the report's own data with the regulation's formula, and the whole report audited at once. The report is the
 * LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024; the page figures are quoted in the comments.
 */
class AuditorExampleTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theIkuOfTabel32() {
        // Printed: TPAK 97,03 Sangat Tinggi; Nilai SAKIP 97,60; IP-ASN 121,74.
        assertThat(Capaian.of(POSITIVE, d("70.20"), d("68.12"))).hasRounded("97.04").isCategorized(SANGAT_TINGGI)
                .explainsAs("68,12 / 70,20 × 100% = 97,04%");
        assertThat(Capaian.of(POSITIVE, d("75"), d("73.20"))).hasRounded("97.60").isCategorized(SANGAT_TINGGI);
        assertThat(Capaian.of(POSITIVE, d("65"), d("79.13"))).hasRounded("121.74").isCategorized(SANGAT_TINGGI);
    }

    @Test
    void aRowOfThePerjanjianKinerjaThatIsTinggi() {
        // Row 6, Nilai Komponen AKIP (Pelaporan Kinerja): 10,80 against 13,69.
        assertThat(Capaian.of(POSITIVE, d("13.69"), d("10.80"))).hasRounded("78.89").isCategorized(TINGGI);
    }

    @Test
    void theRenstraProgressOfTabel34AgainstTheRealEndTarget() {
        // Printed 96 %, 102,22 % and 121,74 %, against the 2024 targets; the Renstra 2022–2026 ends in 2026.
        assertThat(RenstraProgress.of(POSITIVE, d("71.11"), d("68.12"))).hasRounded("95.80");
        assertThat(RenstraProgress.of(POSITIVE, d("72.50"), d("73.20"))).hasRounded("100.97");
        assertThat(RenstraProgress.of(POSITIVE, d("76"), d("79.13"))).hasRounded("104.12");
    }

    @Test
    void theBudgetOfTabel39() {
        // Program 2.07.03 prints 914.466.926 / 758.774.600 (82,97 %); its kegiatan add up to:
        BudgetLine program = new BudgetLine("2.07.03", "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
                d("1182109989").add(d("9921000")), d("1042886054").add(d("9918000")));
        assertThat(program.pagu()).isEqualByComparingTo("1192030989");
        assertThat(program.absorption().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("88.32");
    }

    @Test
    void theEfficiencyOfTabel37UnderPmk214() {
        // Printed "efisiensi" 99,01 for the second sasaran; PMK 214 gives 1,30 % and a score of 53,26.
        BigDecimal e = Pmk214.efficiency(List.of(new Pmk214.Output(d("11782200"), d("11349700"), d("97.60"))));
        assertThat(e.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.30");
        assertThat(Pmk214.efficiencyScore(e).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("53.26");
    }

    @Test
    void theLheSakip() {
        AkipEvaluation lhe2023 = AkipEvaluation.of(d("23.10"), d("21.30"), d("10.80"), d("18.00"));
        assertThat(lhe2023.total()).isEqualByComparingTo("73.20");
        assertThat(lhe2023.predicate()).isEqualTo(AkipPredicate.BB);
        assertThat(AkipPredicate.of(d("73.20")).label()).isEqualTo("Sangat Baik");
    }

    @Test
    void theWholeReportAtOnce() {
        Audit audit = Audit.of(TapinReport.load());
        assertThat(audit)
                .hasFinding(WARNING, Check.CAPAIAN, "Tingkat Partisipasi Angkatan Kerja")
                .hasFinding(ERROR, PARENT_TOTAL, "2.07.03")
                .hasFinding(ERROR, EFFICIENCY, "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah")
                .hasFinding(ERROR, RENSTRA_PROGRESS, "Nilai SAKIP Perangkat Daerah");
        assertThat(audit.hasErrors()).isTrue();
    }
}
