package io.github.sakip.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that write a report's figures: {@code --format} and {@code --output}. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "text|json|xlsx",
            description = "text (the default), json (docs/cli.md), or xlsx: the auditor's working paper, which needs"
                    + " --output.")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; the file appears only when all went well.")
    Path output;

    /** Refuses a workbook to standard output before any work is done. */
    void check(Texts texts) {
        if (format == Format.XLSX && output == null) {
            throw new BadInput(texts.get("error.xlsxNeedsOutput"));
        }
    }
}
