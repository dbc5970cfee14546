package io.github.sakip.json;

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
 * The module works on the module path: a child JVM with sakip-core, sakip-json and Jackson as named modules finds
 * {@link SakipModule} through {@code ServiceLoader} (the {@code provides} of {@code module-info.java}) and reads
 * with it, and reports its version from the build; the core's texts are read there too, in both languages, under a
 * German default locale. This also proves that the module names {@code module-info.java} requires are the real
 * ones.
 */
class ModulePathTest {

    private static final String CHECK = String.join("\n",
            "import com.fasterxml.jackson.databind.Module;",
            "import com.fasterxml.jackson.databind.ObjectMapper;",
            "import java.util.ServiceLoader;",
            "public class Check {",
            "    public static void main(String[] args) throws Exception {",
            "        Module found = null;",
            "        for (Module m : ServiceLoader.load(Module.class)) {",
            "            if (m.getClass().getName().equals(\"io.github.sakip.json.SakipModule\")) {",
            "                found = m;",
            "            }",
            "        }",
            "        if (found == null) {",
            "            System.out.println(\"SakipModule not found\");",
            "            System.exit(2);",
            "        }",
            "        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();",
            "        Object report = mapper.readValue(\"{\\\"agency\\\":\\\"Dinas\\\",\\\"year\\\":2024,"
                    + "\\\"performance\\\":[{\\\"number\\\":\\\"1\\\",\\\"sasaran\\\":\\\"S\\\",\\\"indicator\\\":"
                    + "{\\\"name\\\":\\\"TPAK\\\",\\\"unit\\\":\\\"Persen\\\",\\\"polarity\\\":\\\"POSITIVE\\\","
                    + "\\\"accumulation\\\":\\\"STOCK\\\"},\\\"target\\\":\\\"70.20\\\",\\\"realization\\\":68.12}]}\","
                    + " io.github.sakip.report.PerformanceReport.class);",
            "        System.out.println(found.getClass().getModule().getName() + \" \" + found.version() + \" \"",
            "                + report.getClass().getModule().getName() + \" \" + mapper.writeValueAsString(report));",
            // The texts' bundles are read on the module path, whatever the JVM's default locale (German here).
            "        io.github.sakip.report.PerformanceReport printed = ((io.github.sakip.report.PerformanceReport)"
                    + " report).withPerformance(java.util.List.of(((io.github.sakip.report.PerformanceReport) report)"
                    + ".performance().get(0).withPrintedCapaian(new java.math.BigDecimal(\"97.03\"))));",
            "        for (java.util.Locale language : io.github.sakip.format.Languages.supported()) {",
            "            System.out.println(io.github.sakip.audit.Audit.of(printed, io.github.sakip.audit.Audit.Options"
                    + ".DEFAULT.withLanguage(language)).findings().get(0));",
            "        }",
            "    }",
            "}",
            "");

    @Test
    void findsAndUsesTheModuleOnTheModulePath(@TempDir Path dir) throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> modulePath = new ArrayList<>();
        modulePath.add(Paths.get("target", "classes").toAbsolutePath().toString());
        classPath.stream().filter(e -> e.contains("sakip-core")).forEach(modulePath::add);
        classPath.stream().filter(e -> Paths.get(e).getFileName().toString().startsWith("jackson-"))
                .forEach(modulePath::add);
        assertThat(modulePath).hasSize(5);

        Path source = dir.resolve("Check.java");
        Files.writeString(source, CHECK);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--module-path",
                String.join(File.pathSeparator, modulePath), "--add-modules", "io.github.sakip.json",
                "-Duser.language=de", "-Duser.country=DE",
                source.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo("io.github.sakip.json " + System.getProperty("sakip.version")
                + " io.github.sakip.core {\"agency\":\"Dinas\",\"year\":2024,"
                + "\"performance\":[{\"number\":\"1\",\"sasaran\":\"S\",\"indicator\":{\"name\":\"TPAK\","
                + "\"unit\":\"Persen\",\"polarity\":\"POSITIVE\",\"accumulation\":\"STOCK\"},\"target\":70.2,"
                + "\"realization\":68.12}]}\n"
                + "PERINGATAN Perjanjian Kinerja, baris 1 TPAK, kolom Capaian: tercetak 97,03, seharusnya 97,04 (68,12 /"
                + " 70,20 × 100% = 97,04%; kemungkinan penyebab: dipotong, bukan dibulatkan setengah ke atas"
                + " (97,03703… dipotong menjadi 97,03))\n"
                + "WARNING Perjanjian Kinerja, row 1 TPAK, column Capaian: printed 97,03, should be 97,04 (68,12 / 70,20"
                + " × 100% = 97,04%; likely cause: truncated instead of rounded half-up (97,03703… cut to 97,03))");
    }

    @Test
    void listsTheModuleInItsServiceFile() throws Exception {
        Path services = Paths.get("target", "classes", "META-INF", "services", "com.fasterxml.jackson.databind.Module");
        assertThat(Files.readAllLines(services).stream().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.toList())).containsExactly(SakipModule.class.getName());
    }
}
