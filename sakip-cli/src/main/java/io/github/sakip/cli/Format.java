package io.github.sakip.cli;

/** The output formats: text for people, JSON for machines, a workbook for auditors. */
enum Format {
    /** Plain text, Indonesian numbers. */
    TEXT,
    /** JSON, as sakip-json writes it. */
    JSON,
    /** An XLSX workbook: the auditor's working paper. */
    XLSX
}
