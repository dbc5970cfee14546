package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.format.Languages;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The efficiency table: each printed column checked, and the "100 − ratio" misreading recognised only when it fits. */
class AuditEfficiencyTest {

    /** The texts this test pins are the English ones; the Indonesian ones are pinned in LanguageTest. */
    private static final Audit.Options ENGLISH = Audit.Options.DEFAULT.withLanguage(Languages.ENGLISH);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Target 100, realisasi 100 (capaian 100 %), pagu 1.000, spent 900: E = 10 %, absorption 90 %. */
    private static EfficiencyRow row(String realisasi, String pagu, String capaian, String absorption,
            String efficiency) {
        EfficiencyRow row = EfficiencyRow.of("Sasaran A", Polarity.POSITIVE, Target.of(d("100")),
                Realization.of(d(realisasi)), d(pagu), d("900"));
        row = capaian == null ? row : row.withPrintedCapaian(d(capaian));
        row = absorption == null ? row : row.withPrintedAbsorption(d(absorption));
        return efficiency == null ? row : row.withPrintedEfficiency(d(efficiency));
    }

    private static Audit audit(EfficiencyRow row) {
        return Audit.of(PerformanceReport.of("Dinas Contoh", 2024).withEfficiency(List.of(row)), ENGLISH);
    }

    @Test
    void rightFiguresInEveryColumnGiveNoFinding() {
        Audit audit = audit(row("100", "1000", "100.00", "90.00", "10.00"));
        assertThat(audit.findings()).isEmpty();
        assertThat(audit.hasErrors()).isFalse();
    }

    @Test
    void aWrongCapaianAndAWrongAbsorptionAreEachAnErrorInTheirColumn() {
        Audit audit = audit(row("100", "1000", "98.00", "95.00", null));
        assertThat(audit.hasErrors()).isTrue();
        assertThat(audit.findings()).extracting(Finding::check, f -> f.location().column(), Finding::printed,
                Finding::expected).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Check.CAPAIAN, "Capaian Kinerja", "98,00", "100,00"),
                        org.assertj.core.groups.Tuple.tuple(Check.ABSORPTION, "Persentase Anggaran", "95,00",
                                "90,00"));
        assertThat(audit.findings()).allSatisfy(f -> assertThat(f.location().row()).isEqualTo("Sasaran A"));
    }

    @Test
    void anEfficiencyPrintedAsHundredMinusTheRatioIsExplained() {
        Finding f = audit(row("100", "1000", null, null, "99.10")).findings().get(0);
        assertThat(f.check()).isEqualTo(Check.EFFICIENCY);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo("10,00");
        assertThat(f.working()).endsWith("; likely cause: the ratio taken from 100 instead of from 1: 100 − ΣRAK"
                + " / Σ(PAK × CK) = 100 − 0,9000 = 99,1");
    }

    @Test
    void aWrongEfficiencyThatIsNotThatMisreadingIsNotExplainedAsIt() {
        Finding f = audit(row("100", "1000", null, null, "50.00")).findings().get(0);
        assertThat(f.check()).isEqualTo(Check.EFFICIENCY);
        assertThat(f.working()).endsWith("; no known mistake reproduces it")
                .doesNotContain("ratio taken from 100");
    }

    @Test
    void anEfficiencyForZeroCapaianOrZeroPaguIsNotComputableAndNotExplained() {
        Finding zeroCapaian = audit(row("0", "1000", null, null, "99.10")).findings().get(0);
        assertThat(zeroCapaian.check()).isEqualTo(Check.EFFICIENCY);
        assertThat(zeroCapaian.working()).isEqualTo("not computable: Σ(PAK × CK) is 0 (pagu 0 or output achievement 0):"
                + " division by zero");
        Finding zeroPagu = audit(row("100", "0", null, null, "99.10")).findings().get(0);
        assertThat(zeroPagu.check()).isEqualTo(Check.EFFICIENCY);
        assertThat(zeroPagu.working()).isEqualTo(zeroCapaian.working());
    }

    @Test
    void anEfficiencyWhoseCapaianIsNotComputableSaysWhy() {
        EfficiencyRow row = EfficiencyRow.of("Sasaran A", Polarity.POSITIVE, Target.of(d("0")),
                Realization.of(d("5")), d("1000"), d("900")).withPrintedEfficiency(d("10"));
        assertThat(audit(row).findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.EFFICIENCY);
            assertThat(f.working()).isEqualTo("not computable: the capaian is not computable: target is 0: division"
                    + " by zero");
        });
    }
}
