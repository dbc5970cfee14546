package io.github.sakip.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that write a report's figures: {@code --format} and {@code --output}. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "text|json|xlsx")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    /** Refuses a workbook to standard output before any work is done. */
    void check(Texts texts) {
        if (format == Format.XLSX && output == null) {
            throw new BadInput(texts.get("error.xlsxNeedsOutput"));
        }
    }
}
