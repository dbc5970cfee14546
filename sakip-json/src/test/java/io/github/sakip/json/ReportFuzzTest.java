package io.github.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the reference report's JSON, seeded: bytes flipped, deleted and inserted, numbers replaced by
 * hostile ones, lines (fields) duplicated, deleted and swapped, strings replaced, the document truncated, and
 * content appended after it. Every mutant has one of three outcomes: refused with a Jackson exception that has a
 * path or a location; or accepted, written back, read back equal and written back the same, and audited without an
 * exception.
 * <p>
 * Bytes are read with a mapper that reads them as UTF-8 (the setting {@code docs/json.md} gives for that), and the
 * same mutant as text with a plain mapper. {@code -Dsakip.fuzz.seed=…} and {@code -Dsakip.fuzz.iterations=…} run it
 * with another seed and for longer; a mutant with a bad outcome is written to {@code target/fuzz-failures}.
 */
class ReportFuzzTest {

    private static final long SEED = Long.getLong("sakip.fuzz.seed", 18L);
    private static final int ITERATIONS = Integer.getInteger("sakip.fuzz.iterations", 500);
    /** Far more than any mutant needs (milliseconds), so that a loaded machine does not fail the test. */
    private static final Duration SLOW = Duration.ofSeconds(5);

    private static final List<String> NUMBERS = List.of("1E-100", "-1.2", "0.001", "1E+1000000000", "1e-1000000000",
            "0E-2147483647", "-1E+1000000000", "9.99E+29", "999999999999999999999999999999", "1E+30", "-0", "0",
            "0.005", "1E+29", "7", "-7", "1.0000000000000000000000000000000000000001", "\"1E-100\"", "\"-1.2\"", "1e99999999999",
            "100.00", "90.505", "2147483648", "-2147483649", "1900", "2999", "3000", "true", "null", "\"\"", "[]", "{}");

    private static final List<String> STRINGS = List.of("\"\"", "\" \"", "\"x\"", "\"2.07.01\"", "\"2.07.01.2.01\"",
            "\"2.07.x\"", "\"STOCK\"", "\"FLOW\"", "\"NEGATIVE\"", "\"Sangat Rendah\"", "\"D\"", "\"\\u0000\"",
            "\"ı\"", "\"" + "x".repeat(5000) + "\"", "\"\\uD800\"", "123", "null", "{\"absent\":\"baru\"}");

    private static final List<String> GARBAGE = List.of(" garbage", "\n{}", "{\"agency\":\"x\",\"year\":2024}", "]",
            "}", ",", "\u0000", " // comment", "\n\n", "\uFEFF", "null", "1");

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?[0-9][0-9.eE+-]*");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=: )\"[^\"]*\"");

    private final Random random = new Random(SEED);
    private final ObjectMapper bytesMapper = JsonMapper.builder(JsonFactory.builder()
            .disable(JsonFactory.Feature.CHARSET_DETECTION).build()).addModule(new SakipModule()).build();
    private final ObjectMapper textMapper = new ObjectMapper().registerModule(new SakipModule());
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> bad = new ArrayList<>();
    private volatile String current = "nothing yet";

    @Test
    void everyMutantIsRefusedWithAJacksonExceptionOrReadWrittenBackAndAudited() throws Exception {
        byte[] reference;
        try (InputStream in = ReportFuzzTest.class.getResourceAsStream("/tapin-disnaker-2024.json")) {
            reference = in.readAllBytes();
        }
        Thread worker = new Thread(() -> run(reference), "report-fuzz");
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

    private void run(byte[] reference) {
        for (int i = 0; i < ITERATIONS; i++) {
            StringBuilder how = new StringBuilder();
            byte[] mutant = reference;
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                mutant = mutate(mutant, how);
            }
            current = "mutant " + i + how;
            check(i, how.toString(), mutant, bytesMapper, true);
            check(i, how.toString(), mutant, textMapper, false);
        }
    }

    private void check(int i, String how, byte[] mutant, ObjectMapper mapper, boolean asBytes) {
        long start = System.nanoTime();
        PerformanceReport report;
        try {
            report = asBytes ? mapper.readValue(mutant, PerformanceReport.class)
                    : mapper.readValue(new String(mutant, StandardCharsets.UTF_8), PerformanceReport.class);
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

    /** One mutation, described in {@code how}. */
    private byte[] mutate(byte[] input, StringBuilder how) {
        String text = new String(input, StandardCharsets.UTF_8);
        // Nothing left to flip, delete or cut: an empty mutant only grows.
        switch (input.length == 0 ? 2 : random.nextInt(12)) {
            case 0: {
                int at = random.nextInt(input.length);
                byte[] out = input.clone();
                out[at] = (byte) random.nextInt(256);
                how.append("; byte ").append(at).append(" := ").append(out[at] & 0xFF);
                return out;
            }
            case 1: {
                int at = random.nextInt(input.length);
                int length = 1 + random.nextInt(Math.min(16, input.length - at));
                how.append("; delete ").append(length).append(" bytes at ").append(at);
                return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + length, input.length));
            }
            case 2: {
                int at = random.nextInt(input.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(4)];
                String structural = "{}[],:\"0-.eE \u0000\\";
                for (int k = 0; k < inserted.length; k++) {
                    inserted[k] = (byte) structural.charAt(random.nextInt(structural.length()));
                }
                how.append("; insert ").append(Arrays.toString(inserted)).append(" at ").append(at);
                return concat(Arrays.copyOfRange(input, 0, at), inserted, Arrays.copyOfRange(input, at, input.length));
            }
            case 3:
            case 4:
            case 5:
                return replace(text, NUMBER, NUMBERS, "number", how);
            case 6:
                return replace(text, STRING_VALUE, STRINGS, "string", how);
            case 7:
            case 8: {
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                int at = random.nextInt(lines.size());
                int kind = random.nextInt(3);
                if (kind == 0) {
                    lines.add(at, lines.get(at));
                    how.append("; duplicate line ").append(at + 1);
                } else if (kind == 1) {
                    lines.remove(at);
                    how.append("; delete line ").append(at + 1);
                } else {
                    int other = random.nextInt(lines.size());
                    String swapped = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swapped);
                    how.append("; swap lines ").append(at + 1).append(" and ").append(other + 1);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 9: {
                int at = random.nextInt(input.length);
                how.append("; truncate at ").append(at);
                return Arrays.copyOf(input, at);
            }
            case 10: {
                String garbage = random.nextInt(4) == 0 ? text : GARBAGE.get(random.nextInt(GARBAGE.size()));
                how.append("; append ").append(garbage.length() > 40 ? "the document" : "'" + garbage + "'");
                return (text + garbage).getBytes(StandardCharsets.UTF_8);
            }
            default: {
                // A field's value replaced by another field's value: types and figures where they do not belong.
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                Matcher s = STRING_VALUE.matcher(text);
                List<String> values = new ArrayList<>();
                while (s.find()) {
                    values.add(s.group());
                }
                if (spans.isEmpty() || values.isEmpty()) {
                    return input;
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String value = values.get(random.nextInt(values.size()));
                how.append("; number at ").append(span[0]).append(" := ").append(value);
                return (text.substring(0, span[0]) + value + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] replace(String text, Pattern pattern, List<String> pool, String what, StringBuilder how) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replacement = pool.get(random.nextInt(pool.size()));
        how.append("; ").append(what).append(" at ").append(span[0]).append(" := ")
                .append(replacement.length() > 40 ? replacement.substring(0, 40) + "…" : replacement);
        return (text.substring(0, span[0]) + replacement + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
