package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the jshell start-up script through the JDK's jshell API, as the README tells a user to. */
class JshellScriptTest {

    private JShell shell;

    @BeforeEach
    void startWithTheScript() throws IOException {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        String script = Files.readString(Path.of("jshell", "sakip.jsh"), StandardCharsets.UTF_8);
        for (String snippet : snippets(script)) {
            List<SnippetEvent> events = shell.eval(snippet);
            assertThat(events).as("snippet %s", snippet).allSatisfy(e -> {
                assertThat(e.status()).as("status of %s", snippet).isEqualTo(Snippet.Status.VALID);
                assertThat(e.exception()).isNull();
            });
        }
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private List<String> snippets(String source) {
        List<String> snippets = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.source().isBlank()) {
                snippets.add(info.source());
            }
            remaining = info.remaining();
        }
        return snippets;
    }

    private String eval(String expression) {
        List<SnippetEvent> events = shell.eval(shell.sourceCodeAnalysis().analyzeCompletion(expression).source());
        assertThat(events).isNotEmpty();
        SnippetEvent event = events.get(0);
        assertThat(event.status()).as("status of %s: %s", expression,
                shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
                .isEqualTo(Snippet.Status.VALID);
        assertThat(event.exception()).as("exception of %s", expression).isNull();
        return event.value();
    }

    @Test
    void aCapaianEvaluatesAsTheReadmeSays() {
        assertThat(eval("var a = Capaian.of(Polarity.POSITIVE, d(\"70.20\"), d(\"68.12\"))"))
                .isEqualTo("Achievement[97.04% Sangat Tinggi, exact 97.03703703703703703703703703703704]");
        assertThat(eval("a.rounded()")).isEqualTo("97.04");
        assertThat(eval("a.explain()")).isEqualTo("\"68,12 / 70,20 × 100% = 97,04%\"");
        assertThat(eval("Permendagri86.categorize(d(\"90.50\"))")).isEqualTo("Tinggi");
    }

    @Test
    void theReferenceReportCanBeAuditedFromTheScript() {
        assertThat(eval("Audit.of(io.github.sakip.examples.TapinReport.load()).toString()"))
                .isEqualTo("\"Audit[LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: 18 errors, 4 warnings, 16 notes]\"");
    }

    @Test
    void theReportAndTheEvaluationFormsImportedTogetherShareNoName() {
        assertThat(eval("RenstraRow.class.getName()")).isEqualTo("\"io.github.sakip.report.RenstraRow\"");
        assertThat(eval("RenstraEvaluationRow.class.getName()"))
                .isEqualTo("\"io.github.sakip.evaluation.RenstraEvaluationRow\"");
        assertThat(eval("IndicatorRow.of(Indicator.of(\"Pencari kerja dilatih\", \"Orang\", Polarity.POSITIVE,"
                + " Accumulation.FLOW), Target.of(d(\"1536\")), Realization.of(d(\"470\")), Target.of(d(\"512\")),"
                + " Quarters.reported(d(\"100\"), d(\"150\"), d(\"140\"))).renstraAchievement().rounded()"))
                .isEqualTo("55.99");
    }
}
