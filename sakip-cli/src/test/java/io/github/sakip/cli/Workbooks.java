package io.github.sakip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the tests of hand-made workbooks share: writing a sheet with Apache POI (the independent writer), running the
 * command line in the test's JVM, and reading the findings of its JSON output back as lines to compare.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** Writes a sheet of rows: numbers as numeric cells, texts as text cells, null as no cell. */
    static void sheet(XSSFWorkbook wb, String name, List<Object[]> rows) {
        Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                Object value = rows.get(r)[c];
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
    }

    /** Runs the command line with no standard input, its standard output dropped and its standard error kept. */
    static int run(ByteArrayOutputStream err, String... args) {
        return Sakip.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true), args);
    }

    /**
     * Audits one report to a JSON file in {@code dir}, expects the exit status of a report with errors, and returns
     * its findings as lines {@code "SEVERITY | CHECK | [table | ]row | column | printed | expected"}.
     *
     * @param options what comes before the command, such as {@code --lang en}
     */
    static List<String> findings(Path dir, boolean withTable, String report, String... options) throws IOException {
        Path json = dir.resolve("temuan.json");
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("audit", "-f", "json", "-o", json.toString(), report));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(err, args.toArray(String[]::new));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Sakip.ERRORS);
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("reports").get(0).get("findings")) {
            JsonNode at = f.get("location");
            List<String> parts = new ArrayList<>(List.of(f.get("severity").asText(), f.get("check").asText()));
            if (withTable) {
                parts.add(at.get("table").asText());
            }
            parts.addAll(List.of(at.get("row").asText(), at.get("column").asText(), f.get("printed").asText(),
                    f.get("expected").asText()));
            found.add(String.join(" | ", parts));
        }
        return found;
    }
}
