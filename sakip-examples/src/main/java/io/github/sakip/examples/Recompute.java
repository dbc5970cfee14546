package io.github.sakip.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.format.Languages;
import io.github.sakip.json.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The command-line example: reads a report and prints its tables recomputed, then the audit of the figures it
 * printed.
 * <pre>
 * Recompute [--json] [--language id|en] [--output FILE] [report.json]
 * </pre>
 * Without a file it reads the bundled reference report, LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024
 * ({@code /tapin-disnaker-2024.json}). {@code --json} prints the same as JSON; {@code --output FILE} writes it to a
 * file instead of standard output (Maven's own console output cannot then mix with it). {@code --language en} writes
 * the texts for people (titles, findings, reasons) in English; Bahasa Indonesia ({@code id}) is the default, and the
 * JVM's default locale is never used. Exit status: 0 when the report has no
 * error findings, 1 when it has, 2 for bad input, with a one-line message on standard error.
 */
public final class Recompute {

    /** Exit status when no printed figure is wrong. */
    static final int OK = 0;
    /** Exit status when the audit found at least one error. */
    static final int ERRORS = 1;
    /** Exit status for bad input. */
    static final int BAD_INPUT = 2;

    /** The bundled reference report. */
    static final String REFERENCE = "/tapin-disnaker-2024.json";

    private static final String USAGE = "usage: Recompute [--json] [--language id|en] [--output FILE] [report.json]";

    private Recompute() {
    }

    /**
     * Runs the example and exits with its status.
     *
     * @param args {@code [--json] [--language id|en] [--output FILE] [report.json]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream console, PrintStream err) {
        boolean json = false;
        String file = null;
        String output = null;
        Locale language = Languages.INDONESIAN;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--output") || arg.equals("-o")) {
                if (i + 1 == args.length) {
                    err.println("sakip: " + arg + " needs a file; " + USAGE);
                    return BAD_INPUT;
                }
                output = args[++i];
            } else if (arg.equals("--language") || arg.equals("-l")) {
                if (i + 1 == args.length) {
                    err.println("sakip: " + arg + " needs a language, id or en; " + USAGE);
                    return BAD_INPUT;
                }
                try {
                    language = Languages.check(Locale.forLanguageTag(args[++i]));
                } catch (IllegalArgumentException e) {
                    err.println("sakip: " + e.getMessage() + "; " + USAGE);
                    return BAD_INPUT;
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                console.println(USAGE);
                return OK;
            } else if (arg.startsWith("-")) {
                err.println("sakip: unknown option " + arg + "; " + USAGE);
                return BAD_INPUT;
            } else if (file == null) {
                file = arg;
            } else {
                err.println("sakip: more than one report given (" + file + ", " + arg + "); " + USAGE);
                return BAD_INPUT;
            }
        }
        ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
        PerformanceReport report;
        try {
            report = read(mapper, file);
        } catch (NoSuchFileException e) {
            err.println("sakip: no such file: " + file);
            return BAD_INPUT;
        } catch (JsonProcessingException e) {
            err.println("sakip: " + (file == null ? REFERENCE : file) + " is not a report: " + oneLine(e));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("sakip: cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
        Recomputed recomputed = new Recomputed(report, language);
        if (output == null) {
            return print(recomputed, json, mapper, console, err);
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(output)), false,
                StandardCharsets.UTF_8)) {
            return print(recomputed, json, mapper, out, err);
        } catch (IOException e) {
            err.println("sakip: cannot write " + output + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static int print(Recomputed recomputed, boolean json, ObjectMapper mapper, PrintStream out,
            PrintStream err) {
        if (json) {
            try (JsonGenerator gen = mapper.createGenerator(out).useDefaultPrettyPrinter()) {
                gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                recomputed.json(gen);
            } catch (IOException e) {
                err.println("sakip: cannot write JSON: " + e.getMessage());
                return BAD_INPUT;
            }
            out.println();
        } else {
            out.print(recomputed.text());
        }
        out.flush();
        return recomputed.audit().hasErrors() ? ERRORS : OK;
    }

    private static PerformanceReport read(ObjectMapper mapper, String file) throws IOException {
        if (file != null) {
            return mapper.readValue(Files.newInputStream(Path.of(file)), PerformanceReport.class);
        }
        try (InputStream in = Recompute.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new NoSuchFileException(REFERENCE);
            }
            return mapper.readValue(in, PerformanceReport.class);
        }
    }

    /** Jackson's message without the source excerpt, on one line, with the JSON path where there is one. */
    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            message = message + " (at " + path + ")";
        }
        if (e.getLocation() != null) {
            message = message + " [line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "]";
        }
        return message;
    }
}
