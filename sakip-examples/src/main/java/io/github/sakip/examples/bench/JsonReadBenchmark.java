package io.github.sakip.examples.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.examples.national.NationalAudit;
import io.github.sakip.examples.national.NationalDataset;
import io.github.sakip.json.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a file of reports of the national dataset with {@code sakip-json}, against Jackson reading the same
 * bytes into a plain tree ({@code JsonNode}). Both walk the top-level array with one parser and bind one report at
 * a time, as the national-scale audit does.
 * <p>
 * The file holds one agency of each of the 548 local governments (about 26 MB): the national file is 40 times
 * that, and reading scales linearly, so the ratio is the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonReadBenchmark {

    private final ObjectMapper sakip = new ObjectMapper().registerModule(new SakipModule());
    private final ObjectMapper plain = new ObjectMapper();
    private byte[] json;

    /** Creates the benchmark; JMH calls it. */
    public JsonReadBenchmark() {
    }

    /**
     * Writes the reports to memory.
     *
     * @throws IOException never, in memory
     */
    @Setup
    public void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalAudit.write(new NationalDataset(NationalDataset.GOVERNMENTS, 1, 60, 10, 20_241_128L), out);
        json = out.toByteArray();
    }

    /**
     * Binds every report to a {@link PerformanceReport}, validated.
     *
     * @param blackhole consumes the reports
     * @return the number of reports
     * @throws IOException if the JSON is broken
     */
    @Benchmark
    public int sakipJson(Blackhole blackhole) throws IOException {
        int count = 0;
        try (JsonParser parser = sakip.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                blackhole.consume(sakip.readValue(parser, PerformanceReport.class));
                count++;
            }
        }
        return count;
    }

    /**
     * Reads every report into a plain Jackson tree.
     *
     * @param blackhole consumes the trees
     * @return the number of reports
     * @throws IOException if the JSON is broken
     */
    @Benchmark
    public int jacksonTree(Blackhole blackhole) throws IOException {
        int count = 0;
        try (JsonParser parser = plain.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                blackhole.consume(plain.readTree(parser));
                count++;
            }
        }
        return count;
    }
}
