/**
 * The audit of a report: {@link io.github.sakip.audit.Audit} recomputes every figure a
 * {@link io.github.sakip.report.PerformanceReport} printed and lists each one that is wrong as a
 * {@link io.github.sakip.audit.Finding}, with where it is, what was printed, what it should be, and the working.
 * <pre>{@code
 * Audit audit = Audit.of(report);
 * audit.findings().forEach(System.out::println);
 * // ERROR Perjanjian Kinerja, row 20 ..., column Capaian: printed 121,72, should be 121,32 (...)
 * }</pre>
 */
package io.github.sakip.audit;
