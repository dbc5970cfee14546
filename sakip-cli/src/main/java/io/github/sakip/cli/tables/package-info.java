/**
 * Reports as spreadsheet tables: {@link io.github.sakip.cli.tables.ReportTables} reads a report from a workbook
 * (XLSX) filled in sakip's template, or from CSV files, one per table, and writes the template, empty or filled;
 * {@link io.github.sakip.cli.tables.TableFormatException} is the one error that names the sheet, the cell and the
 * value that cannot be read.
 * <p>
 * Workbooks are read and written with fastexcel, which streams them. Arguments must not be null: a
 * {@link java.lang.NullPointerException} names the one that is.
 */
package io.github.sakip.cli.tables;
