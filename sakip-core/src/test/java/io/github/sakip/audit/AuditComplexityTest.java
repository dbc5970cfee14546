package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The work of the Renstra check, counted: it compares a Renstra indicator only with the Perjanjian Kinerja rows of
 * the same name, so ten times the data is ten times the work. (Comparing every Renstra row with every indicator,
 * as the audit once did, is a hundred times the work: 100.000 × 10.000 took 93 s.)
 */
class AuditComplexityTest {

    private static Indicator indicator(int i) {
        return Indicator.of("Indikator " + i, "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    }

    /** n Perjanjian Kinerja rows, and a Renstra row for every tenth of their indicators. */
    private static PerformanceReport report(int n) {
        List<PerformanceRow> agreements = new ArrayList<>();
        List<RenstraRow> renstra = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            agreements.add(PerformanceRow.of(Integer.toString(i + 1), "s", indicator(i),
                    Target.of(new BigDecimal("70.20")), Realization.of(new BigDecimal("68.12"))));
            if (i % 10 == 0) {
                RenstraPlan plan = RenstraPlan.of(indicator(i), 2022, 2026, List.of(
                        RenstraPlan.YearTarget.of(2024, new BigDecimal("70.95")),
                        RenstraPlan.YearTarget.of(2026, new BigDecimal("71.11"))));
                renstra.add(RenstraRow.of(plan, Map.of(2024, Realization.of(new BigDecimal("68.12")))));
            }
        }
        return PerformanceReport.of("Dinas Contoh", 2024).withPerformance(agreements).withRenstra(renstra);
    }

    private static long comparisons(PerformanceReport report) {
        RenstraChecker checker = new RenstraChecker();
        Findings findings = new Findings(Languages.INDONESIAN);
        checker.check(report, Audit.Options.DEFAULT, findings);
        // Every Renstra row found its one Perjanjian Kinerja row, whose target differs from the Renstra's.
        assertThat(findings.toList()).hasSize(report.renstra().size())
                .allSatisfy(f -> assertThat(f.check()).isEqualTo(Check.RENSTRA_TARGET));
        return checker.comparisons();
    }

    @Test
    void tenTimesTheRowsIsTenTimesTheComparisons() {
        assertThat(comparisons(report(1_000))).isEqualTo(100);
        assertThat(comparisons(report(10_000))).isEqualTo(1_000);
    }
}
