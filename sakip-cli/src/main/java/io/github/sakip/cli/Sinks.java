package io.github.sakip.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.audit.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Where the audits of a batch go, in the order of their sources: as text, as JSON, or as a workbook. */
final class Sinks {

    private Sinks() {
    }

    /** Receives the audits in order, then the totals. */
    interface Sink {
        void accept(Batch.Audited audited) throws IOException;

        /** Ends the output; returns the key of the text that says what was written. */
        String finish(long reports, Counts totals) throws IOException;
    }

    /** The name of an audited report's source: the file, and its index for an element of an array. */
    static String label(Batch.Audited audited) {
        return audited.index() < 0 ? audited.source() : audited.source() + "[" + audited.index() + "]";
    }

    /** Text for people: a line per report with its counts, then its findings, one a line. */
    static Sink text(Writer out, Texts texts) {
        return new Sink() {
            @Override
            public void accept(Batch.Audited audited) throws IOException {
                StringBuilder text = new StringBuilder();
                text.append(texts.get("report.header", "LKjIP " + audited.agency(), Integer.toString(audited.year()),
                        label(audited), texts.counts(audited.counts()))).append('\n');
                for (Finding finding : audited.findings()) {
                    text.append(finding).append('\n');
                }
                out.write(text.append('\n').toString());
            }

            @Override
            public String finish(long reports, Counts totals) throws IOException {
                out.flush();
                return "what.findings.text";
            }
        };
    }

    /**
     * JSON for machines: {@code {"reports": [...], "reportCount", "errors", "warnings", "notes"}}, each report with
     * its source (and index in its array), agency, year, counts and findings; written as the audits come, so that
     * a batch is never held whole.
     */
    static Sink json(Writer out, ObjectMapper mapper) throws IOException {
        JsonGenerator gen = mapper.createGenerator(out).useDefaultPrettyPrinter();
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.writeStartObject();
        gen.writeArrayFieldStart("reports");
        return new Sink() {
            @Override
            public void accept(Batch.Audited audited) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("source", audited.source());
                if (audited.index() >= 0) {
                    gen.writeNumberField("index", audited.index());
                }
                gen.writeStringField("agency", audited.agency());
                gen.writeNumberField("year", audited.year());
                counts(gen, audited.counts());
                gen.writeArrayFieldStart("findings");
                for (Finding finding : audited.findings()) {
                    gen.writeObject(finding);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }

            @Override
            public String finish(long reports, Counts totals) throws IOException {
                gen.writeEndArray();
                gen.writeNumberField("reportCount", reports);
                counts(gen, totals);
                gen.writeEndObject();
                gen.close();
                out.write('\n');
                out.flush();
                return "what.findings.json";
            }
        };
    }

    private static void counts(JsonGenerator gen, Counts counts) throws IOException {
        gen.writeNumberField("errors", counts.errors());
        gen.writeNumberField("warnings", counts.warnings());
        gen.writeNumberField("notes", counts.notes());
    }

    /**
     * A workbook: the working paper when the batch is one report from a file of its own; otherwise a summary with
     * a row per report and a sheet of every finding, written as the audits come.
     */
    static Sink workbook(OutputStream out, Texts texts) {
        return new Sink() {
            private Batch.Audited first;
            private Workbook workbook;
            private Worksheet findings;
            private int findingRow;
            private final List<Object[]> summary = new ArrayList<>();

            @Override
            public void accept(Batch.Audited audited) throws IOException {
                if (first == null && workbook == null) {
                    first = audited;
                    return;
                }
                if (workbook == null) {
                    start();
                    add(first);
                    first = null;
                }
                add(audited);
            }

            private void start() {
                workbook = new Workbook(out, "sakip", null);
                findings = workbook.newWorksheet("Temuan");
                String[] headers = {"Sumber", "Instansi", "Tahun", "Tingkat", "Pemeriksaan", "Tabel", "Baris",
                    "Kolom", "Dicetak", "Seharusnya", "Perhitungan"};
                for (int c = 0; c < headers.length; c++) {
                    findings.value(0, c, headers[c]);
                }
                findings.range(0, 0, 0, headers.length - 1).style().bold().fillColor("D9E1F2").set();
                findings.freezePane(0, 1);
                int[] widths = {28, 40, 8, 10, 18, 24, 40, 18, 16, 16, 90};
                for (int c = 0; c < widths.length; c++) {
                    findings.width(c, widths[c]);
                }
                findingRow = 1;
            }

            private void add(Batch.Audited audited) throws IOException {
                summary.add(new Object[] {label(audited), audited.agency(), audited.year(),
                    audited.counts().errors(), audited.counts().warnings(), audited.counts().notes()});
                for (Finding f : audited.findings()) {
                    int r = findingRow++;
                    findings.value(r, 0, label(audited));
                    findings.value(r, 1, audited.agency());
                    findings.value(r, 2, audited.year());
                    findings.value(r, 3, f.severity().name());
                    findings.style(r, 3).fillColor(WorkingPaper.FILL.get(f.severity())).set();
                    findings.value(r, 4, f.check().name());
                    findings.value(r, 5, f.location().table());
                    findings.value(r, 6, f.location().row());
                    findings.value(r, 7, f.location().column());
                    findings.value(r, 8, f.printed());
                    findings.value(r, 9, f.expected());
                    findings.value(r, 10, f.working());
                    if (r % 1000 == 0) {
                        findings.flush();
                    }
                }
            }

            @Override
            public String finish(long reports, Counts totals) throws IOException {
                if (workbook == null && first != null && first.report() != null) {
                    new WorkingPaper(new Recomputed(first.report(), texts), first.source(), texts).write(out);
                    out.flush();
                    return "what.paper";
                }
                if (workbook == null) {
                    start();
                    if (first != null) {
                        add(first);
                    }
                }
                findings.finish();
                Worksheet sheet = workbook.newWorksheet("Ringkasan");
                String[] headers = {"Sumber", "Instansi", "Tahun", "Kesalahan", "Peringatan", "Catatan"};
                for (int c = 0; c < headers.length; c++) {
                    sheet.value(0, c, headers[c]);
                }
                sheet.range(0, 0, 0, headers.length - 1).style().bold().fillColor("D9E1F2").set();
                sheet.freezePane(0, 1);
                int r = 1;
                for (Object[] row : summary) {
                    for (int c = 0; c < row.length; c++) {
                        WorkingPaper.value(sheet, r, c, row[c]);
                    }
                    r++;
                }
                sheet.value(r, 0, texts.counts(totals));
                sheet.style(r, 0).bold().set();
                int[] widths = {28, 40, 8, 12, 12, 12};
                for (int c = 0; c < widths.length; c++) {
                    sheet.width(c, widths[c]);
                }
                sheet.finish();
                workbook.sortWorksheets((a, b) -> a.getName().equals("Ringkasan") ? -1
                        : b.getName().equals("Ringkasan") ? 1 : 0);
                workbook.finish();
                out.flush();
                return "what.summary";
            }
        };
    }
}
