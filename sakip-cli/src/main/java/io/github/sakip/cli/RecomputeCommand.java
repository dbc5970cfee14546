package io.github.sakip.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sakip recompute FILE}: a report's tables as the library computes them, and the audit of its figures. */
@Command(name = "recompute", mixinStandardHelpOptions = true, versionProvider = Sakip.Version.class)
final class RecomputeCommand implements Callable<Integer> {

    @ParentCommand
    private Sakip sakip;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private String file;

    @Override
    public Integer call() throws IOException {
        Texts texts = sakip.texts();
        output.check(texts);
        PerformanceReport report = Inputs.readOne(file, sakip.mapper(), sakip.stdin(), texts);
        Recomputed recomputed = new Recomputed(report, texts);
        PrintWriter err = spec.commandLine().getErr();
        String what;
        try (Output out = Output.open(output.output, spec.commandLine().getOut(), texts)) {
            switch (output.format) {
                case JSON: {
                    Writer writer = out.writer();
                    try (JsonGenerator gen = sakip.mapper().createGenerator(writer).useDefaultPrettyPrinter()) {
                        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        recomputed.json(gen);
                    }
                    writer.write('\n');
                    what = "what.tables.json";
                    break;
                }
                case XLSX:
                    new WorkingPaper(recomputed, file, texts).write(out.stream());
                    what = "what.paper";
                    break;
                default:
                    out.writer().write(recomputed.text());
                    what = "what.tables.text";
            }
            out.commit();
            err.println(texts.get("recomputed", "LKjIP " + report.agency() + " " + report.year(),
                    texts.counts(Counts.of(recomputed.audit().findings())), texts.get(what), out.where()));
        }
        return recomputed.audit().hasErrors() ? Sakip.ERRORS : Sakip.OK;
    }
}
