/**
 * The whole-report document: one LKjIP with its data and the figures it printed.
 * <p>
 * {@link io.github.sakip.report.PerformanceReport} holds the tables of a report as rows:
 * {@link io.github.sakip.report.PerformanceRow} (Perjanjian Kinerja), {@link io.github.sakip.report.BudgetTable}
 * of {@link io.github.sakip.report.BudgetRow} (anggaran), {@link io.github.sakip.report.RenstraRow},
 * {@link io.github.sakip.report.EfficiencyRow}, {@link io.github.sakip.report.StandardRow} and
 * {@link io.github.sakip.report.AkipRow}. Printed figures are optional everywhere and keep the scale they were
 * printed with; the data are normalised as their types say. {@link io.github.sakip.audit.Audit} recomputes the
 * printed figures.
 * <p>
 * Nulls are refused with a {@link java.lang.NullPointerException} naming the component; a figure the report did
 * not print is an empty {@link java.util.Optional}.
 */
package io.github.sakip.report;
