package io.github.sakip.cli;

import io.github.sakip.cli.tables.ReportTables;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sakip template FILE.xlsx}: the spreadsheet template to fill, or a report's tables in it. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Sakip.Version.class)
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private Sakip sakip;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "REPORT")
    private String from;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Override
    public Integer call() throws IOException {
        Texts texts = sakip.texts();
        PerformanceReport report = from == null ? null : Inputs.readOne(from, sakip.mapper(), sakip.stdin(), texts);
        boolean workbook = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        String what = texts.get(workbook ? "what.workbook" : "what.csv");
        try {
            if (workbook) {
                try (Output out = Output.open(file, spec.commandLine().getOut(), texts)) {
                    ReportTables.writeWorkbook(report, out.stream());
                    out.commit();
                }
            } else {
                if (Files.exists(file) && !Files.isDirectory(file)) {
                    throw new BadInput(texts.get("error.cannotWrite", file, texts.get("error.notDirectory")));
                }
                ReportTables.writeCsv(report, file);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInput(texts.get("error.template", e.getMessage()));
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotWrite", file, e.getMessage()));
        }
        spec.commandLine().getErr().println(report == null ? texts.get("template.empty", what, file)
                : texts.get("template.filled", "LKjIP " + report.agency() + " " + report.year(), what, file));
        return Sakip.OK;
    }
}
