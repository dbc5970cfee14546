package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.json.testdata.Golden;
import io.github.sakip.json.testdata.Mutator;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayInputStream;
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
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the reference report's JSON, seeded: bytes flipped, deleted and inserted, numbers replaced by
 * hostile ones, lines (fields) duplicated, deleted and swapped, strings replaced, the document truncated, and
 * content appended after it. Every mutant has one of three outcomes: refused with a Jackson exception that has a
 * path or a location; or accepted, written back, read back equal and written back the same, and audited without an
 * exception.
 * <p>
 * The mutations are those of sakip-json-testdata's {@link Mutator}, which sakip-jackson3's fuzz test makes too. Bytes
 * are read with a default mapper and the module (which makes it read bytes as UTF-8), and the same mutant as text. A
 * second run mutates only the first bytes, where Jackson detects the encoding. {@code -Dsakip.fuzz.seed=…} and
 * {@code -Dsakip.fuzz.iterations=…} run it with another seed and for longer; a mutant with a bad outcome is written
 * to {@code target/fuzz-failures}.
 */
class ReportFuzzTest {

    private static final long SEED = Long.getLong("sakip.fuzz.seed", 18L);
    private static final int ITERATIONS = Integer.getInteger("sakip.fuzz.iterations", 500);
    /** Far more than any mutant needs (milliseconds), so that a loaded machine does not fail the test. */
    private static final Duration SLOW = Duration.ofSeconds(5);

    private final Mutator mutator = new Mutator(SEED);
    /** A default mapper and the module, as the issue asks: it reads bytes as UTF-8. */
    private final ObjectMapper bytesMapper = new ObjectMapper().registerModule(new SakipModule());
    private final ObjectMapper foundMapper = new ObjectMapper().findAndRegisterModules();
    private final ObjectMapper textMapper = new ObjectMapper().registerModule(new SakipModule());
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> bad = new ArrayList<>();
    private volatile String current = "nothing yet";

    @Test
    void everyMutantIsRefusedWithAJacksonExceptionOrReadWrittenBackAndAudited() throws InterruptedException {
        fuzz(reference -> run(reference, false));
    }

    /**
     * The first bytes, where Jackson detects the encoding, replaced by random bytes and by what UTF-16, UTF-32 and
     * UTF-8 with a byte order mark start with (the issue's {@code 00 00 FE FF} among them), read with a default
     * mapper, as bytes and as a stream, and with one that found the module itself.
     */
    @Test
    void everyMutantOfTheFirstBytesIsRefusedWithAJacksonExceptionOrRead() throws InterruptedException {
        fuzz(reference -> run(reference, true));
    }

    private void fuzz(Consumer<byte[]> run) throws InterruptedException {
        byte[] reference = Golden.referenceBytes();
        Thread worker = new Thread(() -> run.accept(reference), "report-fuzz");
        worker.setDaemon(true);
        Throwable[] failure = new Throwable[1];
        worker.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        worker.start();
        // Generous: a mutant takes milliseconds, and only a mutant that hangs is caught here.
        Duration bound = Duration.ofSeconds(120 + ITERATIONS / 20);
        worker.join(bound.toMillis());
        if (worker.isAlive()) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement element : worker.getStackTrace()) {
                stack.append("\n\tat ").append(element);
            }
            throw new AssertionError("a mutant was not read within " + bound + ": " + current + stack);
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        if (System.getProperty("sakip.fuzz.seed") != null || System.getProperty("sakip.fuzz.iterations") != null) {
            System.out.printf("report fuzz, seed %d, %d mutants: %s%n", SEED, ITERATIONS, outcomes);
        }
        assertThat(bad).as("bad outcomes").isEmpty();
        assertThat(outcomes.get("accepted")).as("mutants accepted").isPositive();
    }

    private void run(byte[] reference, boolean atTheStart) {
        for (int i = 0; i < ITERATIONS; i++) {
            StringBuilder how = new StringBuilder();
            byte[] mutant = atTheStart ? mutator.startMutant(reference, how) : mutator.mutant(reference, how);
            current = "mutant " + i + how;
            check(i, how.toString(), mutant, bytesMapper, Input.BYTES);
            if (atTheStart) {
                check(i, how.toString(), mutant, bytesMapper, Input.STREAM);
                check(i, how.toString(), mutant, foundMapper, Input.BYTES);
            } else {
                check(i, how.toString(), mutant, textMapper, Input.TEXT);
            }
        }
    }

    /** How a mutant is given to the mapper. */
    private enum Input { BYTES, STREAM, TEXT }

    private void check(int i, String how, byte[] mutant, ObjectMapper mapper, Input input) {
        long start = System.nanoTime();
        PerformanceReport report;
        try {
            switch (input) {
                case BYTES:
                    report = mapper.readValue(mutant, PerformanceReport.class);
                    break;
                case STREAM:
                    report = mapper.readValue(new ByteArrayInputStream(mutant), PerformanceReport.class);
                    break;
                default:
                    report = mapper.readValue(new String(mutant, StandardCharsets.UTF_8), PerformanceReport.class);
                    break;
            }
        } catch (JsonProcessingException e) {
            boolean placed = e.getLocation() != null
                    || e instanceof JsonMappingException m && !m.getPath().isEmpty();
            count(placed ? "refused" : "refused without a place", i, how, mutant, e);
            slow(start, i, how, mutant);
            return;
        } catch (IOException | RuntimeException | Error e) {
            count("read threw " + e.getClass().getName(), i, how, mutant, e);
            return;
        }
        try {
            String written = mapper.writeValueAsString(report);
            PerformanceReport again = mapper.readValue(written, PerformanceReport.class);
            if (!again.equals(report) || !mapper.writeValueAsString(again).equals(written)) {
                count("round trip differs", i, how, mutant, null);
                return;
            }
            for (Finding finding : Audit.of(report).findings()) {
                finding.toString();
            }
            count("accepted", i, how, mutant, null);
        } catch (IOException | RuntimeException | Error e) {
            count("accepted, then threw " + e.getClass().getName(), i, how, mutant, e);
        }
        slow(start, i, how, mutant);
    }

    private void slow(long start, int i, String how, byte[] mutant) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(SLOW) > 0) {
            count("slow", i, how, mutant, null);
        }
    }

    private void count(String outcome, int i, String how, byte[] mutant, Throwable thrown) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome.equals("accepted") || outcome.equals("refused")) {
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
