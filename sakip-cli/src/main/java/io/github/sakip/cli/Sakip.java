package io.github.sakip.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.cli.tables.TableFormatException;
import io.github.sakip.json.SakipModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The sakip command line, {@code java -jar sakip.jar}: audits reports of Indonesian government performance
 * accountability (SAKIP, LKjIP), recomputes their tables, and writes the spreadsheet template to fill.
 * <pre>
 * sakip audit [--format text|json|xlsx] [--output FILE] [--lang id|en] FILE…
 * sakip recompute [--format text|json|xlsx] [--output FILE] [--lang id|en] FILE
 * sakip template [--from REPORT] FILE.xlsx|DIRECTORY
 * </pre>
 * A report is read from JSON ({@code docs/json.md}; an array of reports is streamed), from a workbook filled in the
 * template or from its tables as CSV files ({@code docs/spreadsheets.md}); a directory of such files is every report
 * in it; {@code -} is JSON on standard input. Exit status: {@value #OK} when no report has an error,
 * {@value #ERRORS} when one has, {@value #BAD_INPUT} for bad input (a file that is missing or not a report, an
 * unknown option, an output that cannot be written), with one line on standard error, and {@value #FAILURE} for a
 * failure of sakip itself. Every command says on standard error what it wrote where, and how many findings of each
 * severity there are. Texts for people are in Bahasa Indonesia unless {@code --lang en} asks for English; the help
 * too, whose texts are in {@code help_id.properties} and {@code help_en.properties} (picocli's resource bundle
 * keys), chosen by {@code --lang} anywhere in the arguments, never by the JVM's default locale.
 */
@Command(name = "sakip", mixinStandardHelpOptions = true, versionProvider = Sakip.Version.class,
        subcommands = {AuditCommand.class, RecomputeCommand.class, TemplateCommand.class})
public final class Sakip implements Callable<Integer> {

    /** Exit status when no report has an error. */
    public static final int OK = 0;
    /** Exit status when a report printed a figure wrongly. */
    public static final int ERRORS = 1;
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure of sakip itself. */
    public static final int FAILURE = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "id|en")
    private Texts.Language language = Texts.Language.ID;

    private final InputStream stdin;
    private final boolean terminal;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());

    /** Creates the program as {@code java -jar} runs it: standard input, and a progress bar on a terminal. */
    public Sakip() {
        this(System.in, System.console() != null);
    }

    Sakip(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args the arguments, such as {@code audit report.json}
     */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new Unclosed(System.out), StandardCharsets.UTF_8),
                true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new Unclosed(System.err), StandardCharsets.UTF_8),
                true);
        int status = commandLine(new Sakip(), out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the program as {@link #main} does, with the given streams, and returns its exit status instead of
     * exiting; for programs that run sakip in their own process. No progress bar is shown.
     *
     * @param in standard input, read for a report given as {@code -}
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit status: {@value #OK}, {@value #ERRORS}, {@value #BAD_INPUT} or {@value #FAILURE}
     */
    public static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(new Unclosed(err), StandardCharsets.UTF_8), true);
        int status = commandLine(new Sakip(in, false), o, e, args).execute(args);
        o.flush();
        e.flush();
        return status;
    }

    /**
     * The command line of a program, with its streams, its handlers of errors, and its help in the language that
     * {@code --lang} asks for anywhere in the arguments ({@link Texts#scan}): the help is built before the options
     * are set, so the arguments are read for {@code --lang} first. Never the JVM's default locale.
     */
    static CommandLine commandLine(Sakip app, PrintWriter out, PrintWriter err, String... args) {
        app.language = Texts.scan(args);
        CommandLine cl = new CommandLine(app);
        cl.setResourceBundle(Texts.help(app.language));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, command, parsed) -> app.failed(e, command.getErr()));
        cl.setParameterExceptionHandler((e, arguments) -> app.usage(e));
        return cl;
    }

    /** The texts in the language asked for. */
    Texts texts() {
        return Texts.of(language);
    }

    InputStream stdin() {
        return stdin;
    }

    boolean terminal() {
        return terminal;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** With no command: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), texts().get("error.noCommand"));
    }

    /** The one line of an error of a command, and its exit status. */
    int failed(Exception e, PrintWriter err) {
        Texts texts = texts();
        if (e instanceof BadInput) {
            err.println(texts.get("error", e.getMessage()));
            return BAD_INPUT;
        }
        if (e instanceof TableFormatException table) {
            err.println(texts.get("error", texts.table(table)));
            return BAD_INPUT;
        }
        err.println(texts.get("error", texts.get("error.internal", e)));
        return FAILURE;
    }

    /** The one line of a usage error, and its exit status. */
    private int usage(ParameterException e) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName(" ");
        String sub = name.equals("sakip") ? "" : name.substring("sakip ".length()) + " ";
        Texts texts = texts();
        command.getErr().println(texts.get("error", texts.get("error.usage", usageMessage(e, texts), sub)));
        return BAD_INPUT;
    }

    /**
     * What is wrong with the command line, in the language of the texts where sakip knows the kind of error (an
     * unknown option or argument, a missing one, a value that is not one of the choices); otherwise picocli's own
     * message, which is in English.
     */
    private static String usageMessage(ParameterException e, Texts texts) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return texts.get("error.unmatched", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            if (missing.getMissing().get(0) instanceof OptionSpec option) {
                return texts.get("error.missingValue", option.longestName(), option.paramLabel());
            }
            List<String> names = new ArrayList<>();
            for (ArgSpec arg : missing.getMissing()) {
                names.add(arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel());
            }
            return texts.get("error.missing", String.join(", ", names));
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            ArgSpec arg = e.getArgSpec();
            String option = arg instanceof OptionSpec spec ? spec.longestName() : arg.paramLabel();
            return texts.get("error.badValue", option, e.getValue(), arg.paramLabel());
        }
        return e.getMessage();
    }

    /** The version of sakip, from the build. */
    static final class Version implements IVersionProvider {

        static final String NUMBER = read();

        private static String read() {
            Properties build = new Properties();
            try (InputStream in = Sakip.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing from sakip-cli: a broken build");
                }
                build.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version of sakip-cli", e);
            }
            return build.getProperty("version");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"sakip " + NUMBER, "Java " + System.getProperty("java.version") + " ("
                    + System.getProperty("java.vendor") + ")"};
        }
    }

    /** A stream whose close leaves the stream below open: standard output outlives a command. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
