package io.github.sakip.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sakip audit FILE…}: the findings of every report. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Sakip.Version.class)
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    private Sakip sakip;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--threads", paramLabel = "N")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        Texts texts = sakip.texts();
        output.check(texts);
        if (threads < 1) {
            throw new BadInput(texts.get("error.usage", texts.get("error.threads", threads), "audit "));
        }
        List<Inputs.Source> sources = Inputs.resolve(files, texts);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = sakip.terminal() ? Progress.bar(err, texts) : Progress.QUIET;
        Batch.Result result;
        try (Output out = Output.open(output.output, spec.commandLine().getOut(), texts)) {
            Sinks.Sink sink;
            switch (output.format) {
                case JSON:
                    sink = Sinks.json(out.writer(), sakip.mapper());
                    break;
                case XLSX:
                    sink = Sinks.workbook(out.stream(), texts);
                    break;
                default:
                    sink = Sinks.text(out.writer(), texts);
            }
            result = new Batch(sakip.mapper(), threads, progress, texts, sakip.stdin()).run(sources, sink);
            out.commit();
            err.println(texts.get("audited", result.reports(), texts.counts(result.counts()),
                    texts.get(result.what()), out.where()));
        }
        return result.counts().errors() > 0 ? Sakip.ERRORS : Sakip.OK;
    }
}
