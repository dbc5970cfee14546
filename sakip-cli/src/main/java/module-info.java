/**
 * The sakip command line: {@code java -jar sakip.jar audit FILE…} audits reports read from JSON, CSV or XLSX (one,
 * a directory of them, or a JSON array of many, streamed on every core), {@code recompute} prints a report's tables
 * recomputed, and {@code template} writes the spreadsheet template to fill.
 * <pre>{@code
 * java -jar sakip.jar audit laporan.xlsx
 * java -jar sakip.jar audit --format xlsx --output kertas-kerja.xlsx laporan.json
 * PerformanceReport report = ReportTables.readWorkbook(Path.of("laporan.xlsx"));
 * }</pre>
 * {@link io.github.sakip.cli.Sakip} is the program; {@link io.github.sakip.cli.tables.ReportTables} reads and writes
 * the template for other programs.
 */
module io.github.sakip.cli {
    requires transitive io.github.sakip.core;
    requires io.github.sakip.json;
    requires info.picocli;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires org.apache.commons.csv;

    exports io.github.sakip.cli;
    exports io.github.sakip.cli.tables;

    // picocli reads the commands' annotations and sets their fields by reflection.
    opens io.github.sakip.cli to info.picocli;
}
