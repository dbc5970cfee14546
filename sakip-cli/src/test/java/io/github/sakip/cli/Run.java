package io.github.sakip.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one run of the command line, in the test's JVM with no standard input, printed and returned.
 *
 * @param status the exit status
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record Run(int status, String out, String err) {

    /** Runs the command line with these arguments. */
    static Run of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Sakip.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
                new PrintStream(err, true), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies the reference report (LKjIP Disnaker Tapin 2024, as JSON) into a directory, as {@code tapin.json}. */
    static Path copyReference(Path dir) throws IOException {
        Path report = dir.resolve("tapin.json");
        try (InputStream in = Run.class.getResourceAsStream("tapin-disnaker-2024.json")) {
            Files.copy(in, report);
        }
        return report;
    }
}
