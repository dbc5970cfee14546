package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.AkipEvaluation.SubComponent;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short texts jshell shows for a report and for the AKIP sub-components. */
class DescriptionsTest {

    @Test
    void aReportCountsWhatItHolds() {
        assertThat(PerformanceReport.of("Dinas Contoh", 2024)).hasToString("LKjIP Dinas Contoh 2024 (0 indicators, 0"
                + " budget lines, 0 Renstra indicators, 0 efficiency rows, 0 standards, 0 AKIP evaluations)");
        assertThat(PerformanceReport.of("Dinas Contoh", 2024).withStandards(List.of(StandardRow.of(
                Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK), BigDecimal.TEN,
                Realization.of(BigDecimal.ONE), "Nasional")))).hasToString("LKjIP Dinas Contoh 2024 (0 indicators,"
                + " 0 budget lines, 0 Renstra indicators, 0 efficiency rows, 1 standard, 0 AKIP evaluations)");
    }

    @Test
    void subComponentsShowTheirIndonesianLabels() {
        assertThat(List.of(SubComponent.values())).extracting(SubComponent::label)
                .containsExactly("Keberadaan", "Kualitas", "Pemanfaatan");
        assertThat(List.of(SubComponent.values())).extracting(SubComponent::toString)
                .containsExactly("Keberadaan", "Kualitas", "Pemanfaatan");
    }
}
