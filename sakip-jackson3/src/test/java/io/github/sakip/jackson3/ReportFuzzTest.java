package io.github.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.json.testdata.Mutator;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mutation fuzzing of sakip-json, under Jackson 3 and against Jackson 2: the same seeded mutants of the reference
 * report (sakip-json-testdata's {@link Mutator}), of the real K/L report and of a published IKM survey, read as text by
 * both bindings. Every mutant has one of the allowed outcomes under Jackson 3 (refused with a Jackson exception that
 * has a path or a location; or accepted, written back, read back equal and written back the same, and audited without
 * an exception), and the same one under Jackson 2: both refuse it, or both accept it and write the same bytes. Read as
 * bytes, it is refused with a place, or by Jackson 3's encoding detection with its {@link JacksonIOException} without a
 * location (pinned by {@link DocumentsAndEncodingTest}), or accepted; a second run mutates only the first bytes.
 * {@code -Dsakip.fuzz.seed=…} and {@code -Dsakip.fuzz.iterations=…} run it with another seed and for longer; a mutant
 * with a bad outcome is written to {@code target/fuzz-failures}.
 */
class ReportFuzzTest {

    private static final long SEED = Long.getLong("sakip.fuzz.seed", 18L);
    private static final int ITERATIONS = Integer.getInteger("sakip.fuzz.iterations", 500);

    private final JsonMapper jackson3 = JsonMapper.builder().addModule(new SakipModule()).build();
    private final com.fasterxml.jackson.databind.ObjectMapper jackson2 =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new io.github.sakip.json.SakipModule());
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> bad = new ArrayList<>();

    @Test
    void everyMutantHasAnAllowedOutcomeAndTheSameAsUnderJackson2() {
        run(Golden.referenceBytes(), false);
    }

    @Test
    void everyMutantOfTheFirstBytesIsRefusedWithAJacksonExceptionOrRead() {
        run(Golden.referenceBytes(), true);
    }

    /** The parts of a K/L report, which the reference report has not: mutants of the real K/L report. */
    @Test
    void everyMutantOfTheKlReportHasAnAllowedOutcomeAndTheSameAsUnderJackson2() {
        run(Golden.documentBytes(Golden.CENTRAL_NAME), false);
    }

    /** The IKM tables, which neither has: mutants of a published survey of three tables, with printed columns. */
    @Test
    void everyMutantOfAnIkmSurveyHasAnAllowedOutcomeAndTheSameAsUnderJackson2() {
        run(Golden.documentBytes("ikm/lab-worksheet.json"), false);
    }

    private void run(byte[] reference, boolean atTheStart) {
        Mutator mutator = new Mutator(SEED);
        long start = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            StringBuilder how = new StringBuilder();
            byte[] mutant = atTheStart ? mutator.startMutant(reference, how) : mutator.mutant(reference, how);
            check(i, how.toString(), mutant);
        }
        if (System.getProperty("sakip.fuzz.seed") != null || System.getProperty("sakip.fuzz.iterations") != null) {
            System.out.printf("jackson3 report fuzz%s, seed %d, %d mutants: %s%n", atTheStart ? " (first bytes)" : "",
                    SEED, ITERATIONS, outcomes);
        }
        // Generous: a mutant takes milliseconds. Hangs are caught by sakip-json's fuzz test, of the same mutants.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(120 + ITERATIONS / 20));
        assertThat(bad).as("bad outcomes").isEmpty();
        assertThat(outcomes.get("accepted")).as("mutants accepted").isPositive();
    }

    private void check(int i, String how, byte[] mutant) {
        String text = new String(mutant, StandardCharsets.UTF_8);
        String jackson2Written;
        try {
            jackson2Written = jackson2.writeValueAsString(jackson2.readValue(text, PerformanceReport.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            jackson2Written = null;
        }
        PerformanceReport report;
        try {
            report = jackson3.readValue(text, PerformanceReport.class);
        } catch (JacksonException e) {
            boolean placed = e.getLocation() != TokenStreamLocation.NA || !e.getPath().isEmpty();
            count(!placed ? "refused without a place" : jackson2Written != null ? "refused, Jackson 2 accepted"
                    : "refused", i, how, mutant, e);
            bytes(i, how, mutant, false);
            return;
        } catch (RuntimeException | Error e) {
            count("read threw " + e.getClass().getName(), i, how, mutant, e);
            return;
        }
        try {
            String written = jackson3.writeValueAsString(report);
            PerformanceReport again = jackson3.readValue(written, PerformanceReport.class);
            if (!again.equals(report) || !jackson3.writeValueAsString(again).equals(written)) {
                count("round trip differs", i, how, mutant, null);
                return;
            }
            if (!written.equals(jackson2Written)) {
                count(jackson2Written == null ? "accepted, Jackson 2 refused" : "written unlike Jackson 2", i, how,
                        mutant, null);
                return;
            }
            for (Finding finding : Audit.of(report).findings()) {
                finding.toString();
            }
            count("accepted", i, how, mutant, null);
        } catch (RuntimeException | Error e) {
            count("accepted, then threw " + e.getClass().getName(), i, how, mutant, e);
        }
        bytes(i, how, mutant, true);
    }

    /**
     * Reads the mutant as bytes: refused with a Jackson exception that has a place, or by Jackson 3's encoding
     * detection (its {@link JacksonIOException}); or accepted, which its text may not be only where the bytes start
     * with a byte order mark or a zero byte (the text keeps a U+FEFF, or decodes what Jackson 3 reads as UTF-16).
     */
    private void bytes(int i, String how, byte[] mutant, boolean textAccepted) {
        try {
            jackson3.readValue(mutant, PerformanceReport.class);
            if (!textAccepted) {
                count(marked(mutant) ? "bytes accepted, text refused (a byte order mark)"
                        : "bytes accepted, text refused", i, how, mutant, null);
            }
        } catch (JacksonIOException e) {
            count("bytes refused by the encoding detection", i, how, mutant, e);
        } catch (JacksonException e) {
            if (e.getLocation() == TokenStreamLocation.NA && e.getPath().isEmpty()) {
                count("bytes refused without a place", i, how, mutant, e);
            }
        } catch (RuntimeException | Error e) {
            count("bytes threw " + e.getClass().getName(), i, how, mutant, e);
        }
    }

    /** Whether the bytes start with a byte order mark or have a zero byte among their first four. */
    private static boolean marked(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) >= 0xEF) {
            return true;
        }
        for (int k = 0; k < Math.min(4, bytes.length); k++) {
            if (bytes[k] == 0) {
                return true;
            }
        }
        return false;
    }

    private void count(String outcome, int i, String how, byte[] mutant, Throwable thrown) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome.equals("accepted") || outcome.equals("refused")
                || outcome.equals("bytes refused by the encoding detection")
                || outcome.equals("bytes accepted, text refused (a byte order mark)")) {
            return;
        }
        String name = "seed" + SEED + "-mutant" + i;
        bad.add(outcome + ": " + name + how + (thrown == null ? "" : " (" + thrown + ")"));
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".json"), mutant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
