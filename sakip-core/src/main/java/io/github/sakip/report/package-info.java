/**
 * The whole-report document: one LKjIP with its data and the figures it printed.
 * <p>
 * {@link io.github.sakip.report.PerformanceReport} holds the tables of a report as rows:
 * {@link io.github.sakip.report.PerformanceRow} (Perjanjian Kinerja), {@link io.github.sakip.report.BudgetTable}
 * of {@link io.github.sakip.report.BudgetRow} (anggaran), {@link io.github.sakip.report.RenstraRow},
 * {@link io.github.sakip.report.EfficiencyRow}, {@link io.github.sakip.report.StandardRow},
 * {@link io.github.sakip.report.AkipRow}, {@link io.github.sakip.report.IkmTable} for each community satisfaction
 * survey (IKM); its cascade (pohon kinerja): {@link io.github.sakip.report.Tujuan}, then
 * {@link io.github.sakip.report.Sasaran} with its {@link io.github.sakip.report.SasaranIndicator}s, the
 * {@link io.github.sakip.report.BudgetLink}s to the budget codes that serve it and its
 * {@link io.github.sakip.report.ProgramRow}s ({@link io.github.sakip.report.CascadeBudget} computes the budget of
 * each sasaran, {@link io.github.sakip.report.SasaranBudget}, from the lowest budget lines); and the filled
 * evaluation forms of Permendagri 86/2017: {@link io.github.sakip.report.EvaluationForm} of
 * {@link io.github.sakip.report.FormEntry} and {@link io.github.sakip.report.FormIndicatorRow}, whose printed cells
 * are named by {@link io.github.sakip.report.FormColumn}. Printed figures are optional everywhere and keep the
 * scale they were printed with; the data are normalised as their types say. {@link io.github.sakip.audit.Audit}
 * recomputes the printed figures.
 * <p>
 * Every row is built alike: a static {@code of(…)} takes the data, reference before realisation, and a
 * {@code withPrinted…(…)} method per printed figure returns a copy with it; a figure the report did not print is an
 * empty {@link java.util.Optional} from its accessor. No constructor takes an {@code Optional}.
 * <pre>{@code
 * PerformanceRow row = PerformanceRow.of("1", sasaran, tpak, Target.of(d("70.20")), Realization.of(d("68.12")))
 *         .withPrintedCapaian(d("97.03"))
 *         .withPrintedCategory(Category.SANGAT_TINGGI);
 * }</pre>
 * Nulls are refused with a {@link java.lang.NullPointerException} naming the argument. Rows are serializable;
 * a deserialised row is validated by the same factories.
 */
package io.github.sakip.report;
