package io.github.sakip.audit;

import io.github.sakip.report.PerformanceReport;

/**
 * The checks of one table or form of a report: the figures it printed against those its own data give.
 * <p>
 * Each implementation is small enough to read at once, and {@link Audit} composes them; a new table of a report is
 * a new checker. A checker audits each row through {@link Findings#eachRow}, so that a row it cannot check becomes a
 * finding in its place while the others are still audited.
 */
interface TableChecker {

    /**
     * Audits the checker's table of a report.
     *
     * @param report the report
     * @param options the policies to compute with
     * @param findings where the findings go
     */
    void check(PerformanceReport report, Audit.Options options, Findings findings);
}
