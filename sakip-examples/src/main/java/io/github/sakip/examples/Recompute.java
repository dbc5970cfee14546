package io.github.sakip.examples;

import java.io.PrintStream;

/**
 * The command-line example: reads a report and prints its tables recomputed, then the audit of the figures it
 * printed.
 * <pre>
 * Recompute [--json] [report.json]
 * </pre>
 * Without a file it reads the bundled reference report (LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024).
 * Exit status: 0 when the report has no error findings, 1 when it has, 2 for bad input (with a one-line message).
 */
public final class Recompute {

    /** Exit status when no printed figure is wrong. */
    static final int OK = 0;
    /** Exit status when the audit found at least one error. */
    static final int ERRORS = 1;
    /** Exit status for bad input. */
    static final int BAD_INPUT = 2;

    private Recompute() {
    }

    /**
     * Runs the example and exits with its status.
     *
     * @param args {@code [--json] [report.json]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println("usage: Recompute [--json] [report.json]");
                return OK;
            } else if (arg.startsWith("-")) {
                err.println("sakip: unknown option " + arg + " (usage: Recompute [--json] [report.json])");
                return BAD_INPUT;
            } else if (file == null) {
                file = arg;
            } else {
                err.println("sakip: more than one report given: " + file + ", " + arg);
                return BAD_INPUT;
            }
        }
        Recomputed recomputed = new Recomputed(TapinReport.load());
        out.print(recomputed.text());
        return recomputed.audit().hasErrors() ? ERRORS : OK;
    }
}
