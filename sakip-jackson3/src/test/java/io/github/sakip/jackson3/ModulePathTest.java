package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module works on the module path: a child JVM with sakip-core, sakip-jackson3 and Jackson 3 as named modules
 * finds {@link SakipModule} through {@code ServiceLoader} (the {@code provides} of {@code module-info.java}) and
 * through {@code JsonMapper.builder().findAndAddModules()}, reads with it, and reports its version from the build.
 * This also proves that the module names {@code module-info.java} requires are the real ones.
 */
class ModulePathTest {

    private static final String CHECK = String.join("\n",
            "import tools.jackson.databind.JacksonModule;",
            "import tools.jackson.databind.json.JsonMapper;",
            "import java.util.ServiceLoader;",
            "public class Check {",
            "    public static void main(String[] args) {",
            "        JacksonModule found = null;",
            "        for (JacksonModule m : ServiceLoader.load(JacksonModule.class)) {",
            "            if (m.getClass().getName().equals(\"io.github.sakip.jackson3.SakipModule\")) {",
            "                found = m;",
            "            }",
            "        }",
            "        if (found == null) {",
            "            System.out.println(\"SakipModule not found\");",
            "            System.exit(2);",
            "        }",
            "        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
            "        Object report = mapper.readValue(\"{\\\"agency\\\":\\\"Dinas\\\",\\\"year\\\":2024,"
                    + "\\\"performance\\\":[{\\\"number\\\":\\\"1\\\",\\\"sasaran\\\":\\\"S\\\",\\\"indicator\\\":"
                    + "{\\\"name\\\":\\\"TPAK\\\",\\\"unit\\\":\\\"Persen\\\",\\\"polarity\\\":\\\"POSITIVE\\\","
                    + "\\\"accumulation\\\":\\\"STOCK\\\"},\\\"target\\\":\\\"70.20\\\",\\\"realization\\\":68.12}]}\","
                    + " io.github.sakip.report.PerformanceReport.class);",
            "        System.out.println(found.getClass().getModule().getName() + \" \" + found.version() + \" \"",
            "                + report.getClass().getModule().getName() + \" \" + mapper.writeValueAsString(report));",
            "    }",
            "}",
            "");

    @Test
    void findsAndUsesTheModuleOnTheModulePath(@TempDir Path dir) throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> modulePath = new ArrayList<>();
        modulePath.add(Paths.get("target", "classes").toAbsolutePath().toString());
        classPath.stream().filter(e -> e.contains("sakip-core")).forEach(modulePath::add);
        // Jackson 3 (tools/jackson/...) and the annotations it shares with Jackson 2; not Jackson 2 itself, which
        // is on the test class path only to compare the bindings.
        classPath.stream().filter(e -> e.contains(File.separator + "tools" + File.separator + "jackson" + File.separator)
                || Paths.get(e).getFileName().toString().startsWith("jackson-annotations-")).forEach(modulePath::add);
        assertThat(modulePath).hasSize(5);

        Path source = dir.resolve("Check.java");
        Files.writeString(source, CHECK);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--module-path",
                String.join(File.pathSeparator, modulePath), "--add-modules", "io.github.sakip.jackson3",
                source.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo("io.github.sakip.jackson3 " + System.getProperty("sakip.version")
                + " io.github.sakip.core {\"agency\":\"Dinas\",\"year\":2024,"
                + "\"performance\":[{\"number\":\"1\",\"sasaran\":\"S\",\"indicator\":{\"name\":\"TPAK\","
                + "\"unit\":\"Persen\",\"polarity\":\"POSITIVE\",\"accumulation\":\"STOCK\"},\"target\":70.2,"
                + "\"realization\":68.12}]}");
    }

    @Test
    void listsTheModuleInItsServiceFile() throws Exception {
        Path services = Paths.get("target", "classes", "META-INF", "services", "tools.jackson.databind.JacksonModule");
        assertThat(Files.readAllLines(services).stream().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.toList())).containsExactly(SakipModule.class.getName());
    }
}
