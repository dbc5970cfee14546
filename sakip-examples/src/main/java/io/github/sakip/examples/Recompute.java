package io.github.sakip.examples;

import io.github.sakip.cli.Sakip;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The example program: the command line's {@code recompute} of a report, by default the bundled reference report,
 * LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 ({@code /tapin-disnaker-2024.json}).
 * <pre>
 * Recompute [--format text|json|xlsx] [--output FILE] [--lang id|en] [report]
 * </pre>
 * It is {@code java -jar sakip-cli/target/sakip.jar recompute} with the reference report as its default; the
 * options, the output and the exit status are the command line's ({@link Sakip}).
 */
public final class Recompute {

    /** The bundled reference report. */
    static final String REFERENCE = "/tapin-disnaker-2024.json";

    private Recompute() {
    }

    /**
     * Runs the example and exits with its status.
     *
     * @param args the options of {@code sakip recompute}, and the report (by default the reference report)
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> command = new ArrayList<>(List.of("recompute"));
        command.addAll(List.of(args));
        boolean file = false;
        for (int i = 0; i < args.length; i++) {
            boolean valued = args[i].equals("--format") || args[i].equals("-f") || args[i].equals("--output")
                    || args[i].equals("-o") || args[i].equals("--lang");
            if (valued) {
                i++;
            } else if (!args[i].startsWith("-") || args[i].equals("-")) {
                file = true;
            }
        }
        if (file) {
            return Sakip.execute(InputStream.nullInputStream(), out, err, command.toArray(String[]::new));
        }
        command.add(1, "-");
        return Sakip.execute(Recompute.class.getResourceAsStream(REFERENCE), out, err,
                command.toArray(String[]::new));
    }
}
