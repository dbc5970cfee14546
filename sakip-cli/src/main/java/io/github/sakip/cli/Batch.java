package io.github.sakip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.cli.tables.ReportTables;
import io.github.sakip.cli.tables.TableFormatException;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audits the reports of many sources on every core, and hands the audits to a sink in the order of the sources
 * and of each array.
 * <p>
 * A JSON array is never read whole: {@link ArrayChunks} cuts it, as it is read, into chunks of whole reports,
 * which the audit threads parse and audit while the next chunk is read; at most a few chunks per thread are in
 * flight, so memory stays bounded whatever the size of the file. A workbook, CSV tables and a single JSON report are
 * each one task. The first report that cannot be read stops the batch with one error that names it.
 */
final class Batch {

    /** The size of a chunk of a JSON array. */
    static final int CHUNK = 4 << 20;

    /**
     * The audit of one report.
     *
     * @param source the source's name
     * @param index the report's index in its array, from 0; -1 for a report that is its file's only one
     * @param agency the agency
     * @param year the year
     * @param report the report, kept for a source of one report only (for its working paper); else null
     * @param findings the findings
     * @param counts the findings of each severity
     */
    record Audited(String source, long index, String agency, int year, PerformanceReport report,
            List<Finding> findings, Counts counts) {

        static Audited of(String source, long index, PerformanceReport report, boolean keep,
                java.util.Locale language) {
            List<Finding> findings = Audit.of(report, Audit.Options.DEFAULT.withLanguage(language)).findings();
            return new Audited(source, index, report.agency(), report.year(), keep ? report : null, findings,
                    Counts.of(findings));
        }
    }

    private final ObjectReader reader;
    private final int threads;
    private final Progress progress;
    private final Texts texts;
    private final InputStream stdin;

    private ExecutorService pool;
    private final Deque<Future<List<Audited>>> window = new ArrayDeque<>();
    private Sinks.Sink sink;
    private long reports;
    private Counts totals = Counts.NONE;
    private long bytesBefore;
    private long bytesTotal;

    Batch(ObjectMapper mapper, int threads, Progress progress, Texts texts, InputStream stdin) {
        this.reader = mapper.readerFor(PerformanceReport.class);
        this.threads = threads;
        this.progress = progress;
        this.texts = texts;
        this.stdin = stdin;
    }

    /**
     * How many reports, how many findings of each severity, and what was written.
     *
     * @param reports the reports audited
     * @param counts the findings of each severity
     * @param what the key of the text that says what was written
     */
    record Result(long reports, Counts counts, String what) {
    }

    /**
     * Audits the reports of the sources.
     *
     * @param sources the sources
     * @param to where the audits go, in order
     * @return the totals
     * @throws BadInput for the first report that cannot be read
     * @throws TableFormatException for the first workbook or CSV table that cannot be read
     * @throws IOException if writing to the sink fails
     */
    Result run(List<Inputs.Source> sources, Sinks.Sink to) throws IOException {
        this.sink = to;
        for (Inputs.Source source : sources) {
            bytesTotal += source.size();
        }
        AtomicInteger number = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sakip-audit-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Inputs.Source source : sources) {
                if (source instanceof Inputs.Json json) {
                    json(json);
                } else if (source instanceof Inputs.Workbook workbook) {
                    submit(() -> List.of(Audited.of(workbook.name(), -1,
                            ReportTables.readWorkbook(workbook.file()), true, texts.locale())));
                } else {
                    Inputs.Csv csv = (Inputs.Csv) source;
                    submit(() -> List.of(Audited.of(csv.name(), -1, csv.directory() != null
                            ? ReportTables.readCsv(csv.directory()) : ReportTables.readCsv(csv.files()), true,
                            texts.locale())));
                }
                bytesBefore += source.size();
            }
            drain(0);
            progress.finish();
            String what = sink.finish(reports, totals);
            return new Result(reports, totals, what);
        } finally {
            progress.finish();
            pool.shutdownNow();
        }
    }

    private void json(Inputs.Json json) throws IOException {
        try (InputStream in = json.file() == null ? stdin : Files.newInputStream(json.file())) {
            byte[] buf = new byte[CHUNK];
            int len = in.readNBytes(buf, 0, buf.length);
            int pos = 0;
            if (len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
            while (pos < len && (buf[pos] == ' ' || buf[pos] == '\n' || buf[pos] == '\r' || buf[pos] == '\t')) {
                pos++;
            }
            if (pos < len && buf[pos] == '[') {
                ArrayChunks chunks = new ArrayChunks(in, buf, len, pos + 1, CHUNK);
                while (true) {
                    ArrayChunks.Chunk chunk;
                    try {
                        chunk = chunks.next();
                    } catch (ArrayChunks.Malformed e) {
                        throw new BadInput(texts.get("error.notArray", json.name(), e.getMessage()));
                    }
                    if (chunk == null) {
                        break;
                    }
                    submit(() -> chunk(json.name(), chunk));
                    progress.update(reports, bytesBefore + chunks.consumed(), bytesTotal);
                }
                return;
            }
            byte[] all = len < buf.length ? Arrays.copyOf(buf, len) : concat(buf, in.readAllBytes());
            submit(() -> List.of(one(json.name(), all)));
        } catch (NoSuchFileException e) {
            throw new BadInput(texts.get("error.noSuchFile", json.name()));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private Audited one(String name, byte[] bytes) {
        PerformanceReport report;
        try {
            report = reader.readValue(bytes);
        } catch (JsonProcessingException e) {
            throw new BadInput(texts.get("error.notReport", name, Inputs.oneLine(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Audited.of(name, -1, report, true, texts.locale());
    }

    private List<Audited> chunk(String name, ArrayChunks.Chunk chunk) {
        List<Audited> audited = new ArrayList<>(chunk.count());
        for (int i = 0; i < chunk.count(); i++) {
            long index = chunk.firstIndex() + i;
            PerformanceReport report;
            try {
                report = reader.readValue(chunk.bytes(), chunk.starts()[i], chunk.ends()[i] - chunk.starts()[i]);
            } catch (JsonProcessingException e) {
                throw new BadInput(texts.get("error.notReport", name + "[" + index + "]", Inputs.oneLine(e)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            audited.add(Audited.of(name, index, report, false, texts.locale()));
        }
        return audited;
    }

    private void submit(Callable<List<Audited>> task) throws IOException {
        window.add(pool.submit(task));
        drain(2 * threads + 2);
    }

    /** Hands the finished audits at the head of the window to the sink; waits while more than {@code max} wait. */
    private void drain(int max) throws IOException {
        while (!window.isEmpty() && (window.size() > max || window.peekFirst().isDone())) {
            List<Audited> done;
            try {
                done = window.pollFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BadInput(texts.get("error.internal", "interrupted"));
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            }
            for (Audited audited : done) {
                sink.accept(audited);
                reports++;
                totals = totals.plus(audited.counts());
            }
            progress.update(reports, bytesBefore, bytesTotal);
        }
    }

    private IOException unwrap(Throwable cause) {
        if (cause instanceof BadInput bad) {
            throw bad;
        }
        if (cause instanceof TableFormatException table) {
            return table;
        }
        if (cause instanceof NoSuchFileException missing) {
            throw new BadInput(texts.get("error.noSuchFile", missing.getFile()));
        }
        if (cause instanceof UncheckedIOException unchecked) {
            throw new BadInput(texts.get("error.cannotRead", "", unchecked.getCause().getMessage()));
        }
        if (cause instanceof IOException io) {
            throw new BadInput(texts.get("error.cannotRead", "", io.getMessage()));
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
