package io.github.sakip.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);

    private static PerformanceRow row() {
        return PerformanceRow.of("1", "Sasaran", TPAK, Target.of(new BigDecimal("70.20")),
                Realization.of(new BigDecimal("68.12")));
    }

    @Test
    void printedFiguresKeepTheirPrintedScale() {
        PerformanceRow printed = row().withPrintedCapaian(new BigDecimal("97.60"));
        assertThat(printed.printedCapaian()).contains(new BigDecimal("97.60"));
        assertThat(printed.printedCapaian().orElseThrow().scale()).isEqualTo(2);
        assertThat(printed).isNotEqualTo(row().withPrintedCapaian(new BigDecimal("97.6")));
        // The data are normalised as their types say.
        assertThat(printed.target()).isEqualTo(Target.of(new BigDecimal("70.2")));
    }

    @Test
    void aNegativeScaleIsNotAPrintedFormAndBecomesTheInteger() {
        PerformanceRow printed = row().withPrintedCapaian(new BigDecimal("1E+2"));
        assertThat(printed.printedCapaian().orElseThrow()).isEqualTo(new BigDecimal("100"));
        assertThat(printed.printedCapaian().orElseThrow().scale()).isZero();
    }

    @Test
    void refusalsNameTheComponent() {
        assertThatThrownBy(() -> PerformanceReport.of(" ", 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agency must not be blank, but was ' '");
        assertThatThrownBy(() -> PerformanceReport.of("Dinas", 1899)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be from 1900 to 2999, but was 1899");
        assertThatThrownBy(() -> PerformanceReport.of("Dinas", 2024).withPerformance(null))
                .isInstanceOf(NullPointerException.class).hasMessage("performance must not be null");
        assertThatThrownBy(() -> BudgetRow.of("2.07.01", "Program", new BigDecimal("10.005"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must be Rupiah with at most two decimals, but was 10.005");
        assertThatThrownBy(() -> BudgetRow.of("2.07.01", "Program", BigDecimal.ONE, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("realisasi must not be negative, but was -1");
        assertThatThrownBy(() -> row().withPrintedCapaian(null))
                .isInstanceOf(NullPointerException.class).hasMessage("capaian must not be null");
        assertThatThrownBy(() -> row().withPrintedCategory(null))
                .isInstanceOf(NullPointerException.class).hasMessage("category must not be null");
        assertThatThrownBy(() -> row().withPrintedCapaian(new BigDecimal("1E+40")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("capaian is too large or too precise to be a figure of a report");
        assertThatThrownBy(() -> row().withPrintedCapaian(new BigDecimal("0E-2147483647")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capaian has too many decimals to be a figure of a report: 0E-2147483647 (at most"
                        + " 100 decimals as printed)");
        assertThat(row().withPrintedCapaian(new BigDecimal("0.00")).printedCapaian()).hasValue(new BigDecimal("0.00"));
        BigDecimal hundredDecimals = new BigDecimal("0E-100");
        assertThat(row().withPrintedCapaian(hundredDecimals).printedCapaian()).hasValue(hundredDecimals);
        assertThatThrownBy(() -> row().withPrintedCapaian(new BigDecimal("0E-101")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100 decimals as printed");
        assertThatThrownBy(() -> AkipRow.of(1800, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be from 1900 to 2999, but was 1800");
        assertThatThrownBy(() -> AkipRow.of(2024, null))
                .isInstanceOf(NullPointerException.class).hasMessage("evaluation must not be null");
        assertThatThrownBy(() -> StandardRow.of(TPAK, BigDecimal.TEN, Realization.of(BigDecimal.ONE), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standardName must not be blank, but was ''");
    }

    @Test
    void listsAreCopiedAndTheReportReadsWell() {
        List<PerformanceRow> rows = new java.util.ArrayList<>(List.of(row()));
        PerformanceReport report = PerformanceReport.of("Dinas Contoh", 2024).withPerformance(rows);
        rows.clear();
        assertThat(report.performance()).hasSize(1);
        assertThatThrownBy(() -> report.performance().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(report).hasToString("LKjIP Dinas Contoh 2024 (1 indicator, 0 budget lines, 0 Renstra indicators,"
                + " 0 efficiency rows, 0 standards, 0 AKIP evaluations)");
        assertThat(report.withBudget(BudgetTable.of(List.of(BudgetRow.of("2.07.01", "P", BigDecimal.TEN,
                BigDecimal.ONE)))).budget().lines()).hasSize(1);
    }
}
