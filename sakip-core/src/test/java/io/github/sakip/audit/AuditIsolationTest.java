package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.format.Languages;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safety net of the audit: a row whose check throws becomes a finding in its place, and every other row and
 * table is still audited.
 */
class AuditIsolationTest {

    private static PerformanceRow row(String number, String printed) {
        return PerformanceRow.of(number, "s", Indicator.of("Indikator " + number, "Persen", Polarity.POSITIVE,
                Accumulation.STOCK), Target.of(new BigDecimal("70.20")), Realization.of(new BigDecimal("68.12")))
                .withPrintedCapaian(new BigDecimal(printed));
    }

    private static final PerformanceReport REPORT = PerformanceReport.of("Dinas Contoh", 2024)
            .withPerformance(List.of(row("1", "97.00"), row("2", "97.04"), row("3", "90")));

    /** Checks the Perjanjian Kinerja table as the real checker does, but throws on row 2, as a bug would. */
    private static final TableChecker THROWS_ON_ROW_2 = (report, options, findings) -> findings.eachRow(
            PerformanceChecker.TABLE, Check.CAPAIAN, report.performance(), PerformanceChecker::label, row -> {
                if (row.number().equals("2")) {
                    throw new ArithmeticException("Division undefined");
                }
                findings.add(new Finding(Severity.NOTE, Check.CAPAIAN, new Location(PerformanceChecker.TABLE,
                        PerformanceChecker.label(row), "Capaian"), "x", "y", "seen"));
            });

    @Test
    void aRowThatThrowsIsAFindingInItsPlaceAndTheOtherRowsAndTablesAreAudited() {
        Audit audit = new Audit(REPORT, Audit.Options.DEFAULT.withLanguage(Languages.ENGLISH), List.of(THROWS_ON_ROW_2, new PerformanceChecker()));
        assertThat(audit.findings()).extracting(Finding::severity, f -> f.location().row(),
                f -> f.location().column(), Finding::expected).containsExactly(
                        tuple(Severity.NOTE, "1 Indikator 1", "Capaian", "y"),
                        tuple(Severity.ERROR, "2 Indikator 2", "whole row", "not computable"),
                        tuple(Severity.NOTE, "3 Indikator 3", "Capaian", "y"),
                        // The real checker, after the one that threw: rows 1 and 3 printed wrong figures.
                        tuple(Severity.ERROR, "1 Indikator 1", "Capaian", "97,04"),
                        tuple(Severity.ERROR, "3 Indikator 3", "Capaian", "97,04"));
        assertThat(audit.findings().get(1)).hasToString("ERROR Perjanjian Kinerja, row 2 Indikator 2, column whole"
                + " row: printed -, should be not computable (not computable: the audit could not check this row"
                + " (ArithmeticException: Division undefined))");
        assertThat(audit.findings().get(1).check()).isEqualTo(Check.CAPAIAN);
    }

    @Test
    void aRowWhoseLabelThrowsTooIsNamedByItsPlaceInTheTable() {
        Findings findings = new Findings(Languages.ENGLISH);
        findings.eachRow("Tabel", Check.STANDARD, List.of("a", "b"), label -> {
            throw new IllegalStateException();
        }, row -> {
            throw new IllegalStateException();
        });
        assertThat(findings.toList()).extracting(f -> f.location().row(), Finding::working).containsExactly(
                tuple("row 1", "not computable: the audit could not check this row (IllegalStateException)"),
                tuple("row 2", "not computable: the audit could not check this row (IllegalStateException)"));
        Findings indonesian = new Findings(Languages.INDONESIAN);
        indonesian.eachRow("Tabel", Check.STANDARD, List.of("a"), label -> {
            throw new IllegalStateException();
        }, row -> {
            throw new IllegalStateException();
        });
        assertThat(indonesian.toList()).extracting(f -> f.location().row(), f -> f.location().column(),
                Finding::expected, Finding::working).containsExactly(tuple("baris 1", "seluruh baris",
                        "tidak dapat dihitung",
                        "tidak dapat dihitung: audit tidak dapat memeriksa baris ini (IllegalStateException)"));
    }

    @Test
    void aPartOfATableThatThrowsIsAFindingAtItsPlace() {
        Findings findings = new Findings(Languages.ENGLISH);
        findings.whole(Check.PARENT_TOTAL, new Location("Capaian Anggaran", "Jumlah", findings.wholeRow()), () -> {
            throw new IllegalArgumentException("sum too large");
        });
        findings.whole(Check.PARENT_TOTAL, new Location("Capaian Anggaran", "Jumlah", findings.wholeRow()), () -> {
        });
        assertThat(findings.toList()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.PARENT_TOTAL);
            assertThat(f.location().column()).isEqualTo("whole row");
            assertThat(f.working()).isEqualTo("not computable: the audit could not check this part of the table"
                    + " (IllegalArgumentException: sum too large)");
        });
        Findings indonesian = new Findings(Languages.INDONESIAN);
        indonesian.whole(Check.PARENT_TOTAL, new Location("Capaian Anggaran", "Jumlah", indonesian.wholeRow()),
                () -> {
                    throw new IllegalArgumentException("sum too large");
                });
        // The exception's message is a programmer's text, quoted as it is, in English.
        assertThat(indonesian.toList()).singleElement().extracting(Finding::working).isEqualTo("tidak dapat"
                + " dihitung: audit tidak dapat memeriksa bagian tabel ini (IllegalArgumentException: sum too large)");
    }

    @Test
    void theAuditOfAReportComposesOneCheckerPerTableInTheOrderOfTheTables() {
        assertThat(Audit.of(REPORT).findings()).extracting(f -> f.location().row()).containsExactly(
                "1 Indikator 1", "3 Indikator 3");
    }
}
