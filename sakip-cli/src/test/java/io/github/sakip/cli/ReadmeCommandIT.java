package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a new user runs it: its {@code java -jar} line on the jar this build made
 * ({@code sakip.jar}, given by the build as the system property {@code sakip.jar}), from the repository's root.
 */
class ReadmeCommandIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The lines of the README's first {@code sh} block. */
    private static List<String> firstCommand() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("```sh");
        assertThat(start).as("the README has a sh block").isNotNegative();
        List<String> command = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.equals("```")) {
                return command;
            }
            command.add(line);
        }
        throw new AssertionError("the README's first sh block does not end");
    }

    @Test
    void theReadmesFirstCommandBuildsTheJarAndAuditsTheBundledReport() throws Exception {
        List<String> command = firstCommand();
        assertThat(command).containsExactly("./mvnw -B -q -pl sakip-cli -am -DskipTests package",
                "java -jar sakip-cli/target/sakip.jar audit sakip-examples/src/main/resources/tapin-disnaker-2024.json");

        List<String> args = new ArrayList<>(List.of(command.get(1).split(" ")));
        assertThat(Path.of(System.getProperty("sakip.jar"))).isEqualTo(ROOT.resolve(args.get(2)));
        args.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path out = Files.createTempFile("sakip-readme", ".out");
        Path err = Files.createTempFile("sakip-readme", ".err");
        try {
            Process process = new ProcessBuilder(args).directory(ROOT.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertThat(process.waitFor()).as(Files.readString(err)).isEqualTo(Sakip.ERRORS);
            assertThat(Files.readString(out, StandardCharsets.UTF_8))
                    .startsWith("LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 (" + args.get(4)
                            + "): 18 kesalahan, 4 peringatan, 16 catatan\n")
                    .doesNotContain("\u001b[");
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("sakip: 1 laporan diaudit:"
                    + " 18 kesalahan, 4 peringatan, 16 catatan; temuan (teks) ditulis ke keluaran standar\n");
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
