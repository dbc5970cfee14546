package io.github.sakip.examples.national;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Severity;
import io.github.sakip.json.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The national-scale run: writes the {@link NationalDataset} as one JSON file (an array of reports), then audits it
 * streaming, one report at a time, and reports the time and the peak heap.
 * <pre>
 * NationalAudit generate national.json     # 548 × 40 reports
 * NationalAudit audit national.json [threads]
 * NationalAudit scan national.json          # the floor: a plain Jackson token scan of the file
 * NationalAudit phases national.json [passes] # one thread's CPU for binding and for auditing, pass by pass
 * </pre>
 * The command line audits the same file faster, on every core ({@code java -jar sakip.jar audit national.json});
 * {@code scan} is what it is measured against: reading the file with Jackson's streaming parser and doing nothing
 * with the tokens, the least any reader of the file must do.
 * Streaming: a Jackson {@link JsonParser} walks the top-level array and binds one report at a time with
 * {@code mapper.readValue(parser, PerformanceReport.class)}; the reports go through a small bounded queue to the
 * audit threads and are dropped once audited, so the heap holds a few reports, never the file.
 */
public final class NationalAudit {

    private static final PerformanceReport END = PerformanceReport.of("end", 2024);

    private NationalAudit() {
    }

    /**
     * Runs the generator or the audit.
     *
     * @param args {@code generate FILE}, {@code audit FILE [THREADS]}, {@code scan FILE} or
     *        {@code phases FILE [PASSES]}
     * @throws Exception if the file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            long start = System.nanoTime();
            long bytes = generate(NationalDataset.national(), Path.of(args[1]));
            System.out.printf(Locale.ROOT, "wrote %d reports, %,d bytes, in %s%n",
                    NationalDataset.national().size(), bytes, seconds(System.nanoTime() - start));
        } else if (args.length >= 2 && args[0].equals("audit")) {
            int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
            long start = System.nanoTime();
            Result result = audit(Path.of(args[1]), threads);
            String took = seconds(System.nanoTime() - start);
            System.out.printf(Locale.ROOT, "audited %d reports (%d errors, %d findings) in %s with %d audit threads;"
                    + " peak heap %d MiB (max %d MiB)%n", result.reports(), result.errors(), result.findings(),
                    took, threads, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } else if (args.length >= 2 && args[0].equals("scan")) {
            long start = System.nanoTime();
            long tokens = scan(Path.of(args[1]));
            System.out.printf("scanned %d tokens in %s%n", tokens, seconds(System.nanoTime() - start));
        } else if (args.length >= 2 && args[0].equals("phases")) {
            int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
            for (int pass = 1; pass <= passes; pass++) {
                Phases phases = phases(Path.of(args[1]));
                System.out.printf(Locale.ROOT, "pass %d: %d reports; CPU of this thread: reading and binding %s,"
                        + " auditing %s%n", pass, phases.reports(), seconds(phases.bindNanos()),
                        seconds(phases.auditNanos()));
            }
        } else {
            System.err.println("usage: NationalAudit generate FILE | NationalAudit audit FILE [THREADS]"
                    + " | NationalAudit scan FILE | NationalAudit phases FILE [PASSES]");
            System.exit(2);
        }
    }

    /** Seconds with two decimals, from nanoseconds, in integer arithmetic. */
    static String seconds(long nanos) {
        long hundredths = (nanos + 5_000_000) / 10_000_000;
        return String.format(Locale.ROOT, "%d.%02d s", hundredths / 100, hundredths % 100);
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new SakipModule());
    }

    /**
     * Writes a dataset as a JSON array, one report at a time.
     *
     * @param dataset the dataset
     * @param file the file
     * @return the size of the file in bytes
     * @throws IOException if the file cannot be written
     */
    public static long generate(Iterable<PerformanceReport> dataset, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(dataset, out);
        }
        return Files.size(file);
    }

    /**
     * Writes reports as a JSON array, one report at a time, one report a line.
     *
     * @param dataset the reports
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(Iterable<PerformanceReport> dataset, OutputStream out) throws IOException {
        ObjectMapper mapper = mapper();
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartArray();
            for (PerformanceReport report : dataset) {
                mapper.writeValue(gen, report);
                gen.writeRaw('\n');
            }
            gen.writeEndArray();
        }
    }

    /** What one pass of {@link #phases(Path)} measured: reports, and this thread's CPU for each phase. */
    record Phases(long reports, long bindNanos, long auditNanos) {
    }

    /**
     * Reads, binds and audits every report of a file on this thread alone, measuring this thread's CPU time for
     * reading and binding apart from auditing ({@link java.lang.management.ThreadMXBean#getCurrentThreadCpuTime()}):
     * what the batch audit's time is made of, without the JIT compiler's threads and the garbage collector's, which
     * run beside it. A second pass in the same JVM measures compiled code.
     *
     * @param file the file, a JSON array of reports
     * @return the reports and the CPU time of each phase
     * @throws IOException if the file cannot be read or is not an array of reports
     */
    static Phases phases(Path file) throws IOException {
        var threads = ManagementFactory.getThreadMXBean();
        ObjectMapper mapper = mapper();
        long reports = 0;
        long auditNanos = 0;
        long start = threads.getCurrentThreadCpuTime();
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + " is not a JSON array of reports");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                PerformanceReport report = mapper.readValue(parser, PerformanceReport.class);
                long before = threads.getCurrentThreadCpuTime();
                Audit.of(report);
                auditNanos += threads.getCurrentThreadCpuTime() - before;
                reports++;
            }
        }
        long total = threads.getCurrentThreadCpuTime() - start;
        return new Phases(reports, total - auditNanos, auditNanos);
    }

    /**
     * Reads a file with Jackson's streaming parser, token by token, and does nothing with the tokens: the floor of
     * any reading of the file.
     *
     * @param file the file
     * @return how many tokens it has
     * @throws IOException if the file cannot be read or is not JSON
     */
    static long scan(Path file) throws IOException {
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** What an audit of a file found. */
    record Result(long reports, long findings, long errors) {
    }

    /**
     * Audits every report of a JSON array, streaming.
     *
     * @param file the file
     * @param threads the number of audit threads
     * @return the counts
     * @throws IOException if the file cannot be read or is not an array of reports
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if an audit fails
     */
    static Result audit(Path file, int threads) throws IOException, InterruptedException, ExecutionException {
        ObjectMapper mapper = mapper();
        BlockingQueue<PerformanceReport> queue = new ArrayBlockingQueue<>(64);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                long[] counts = new long[3];
                for (PerformanceReport report = queue.take(); report != END; report = queue.take()) {
                    Audit audit = Audit.of(report);
                    counts[0]++;
                    counts[1] += audit.findings().size();
                    counts[2] += audit.findings(Severity.ERROR).size();
                }
                return counts;
            }));
        }
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + " is not a JSON array of reports");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                queue.put(mapper.readValue(parser, PerformanceReport.class));
            }
        } finally {
            for (int i = 0; i < threads; i++) {
                queue.put(END);
            }
            pool.shutdown();
        }
        long[] total = new long[3];
        for (Future<long[]> worker : workers) {
            long[] counts = worker.get();
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        }
        return new Result(total[0], total[1], total[2]);
    }

    /**
     * Returns the peak heap use since the start of the JVM: the sum of the peaks of the heap pools, which is an
     * upper bound of the true peak.
     *
     * @return bytes
     */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
