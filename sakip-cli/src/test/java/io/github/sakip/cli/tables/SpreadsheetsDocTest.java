package io.github.sakip.cli.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/spreadsheets.md describes every sheet and column of the template, as the code defines them, in order. */
class SpreadsheetsDocTest {

    @Test
    void theDocumentListsEverySheetAndColumnOfTheTemplate() throws IOException {
        String doc = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/spreadsheets.md"),
                StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            expected.add("### " + sheet.title());
            expected.add(sheet.description());
            for (Column column : sheet.columns()) {
                expected.add("| " + column.header() + " | " + (column.required() ? "ya" : "tidak") + " | "
                        + column.kind().name().toLowerCase(Locale.ROOT) + " | " + column.description() + " |");
            }
        }
        int from = 0;
        for (String line : expected) {
            int at = doc.indexOf(line, from);
            assertThat(at).as("docs/spreadsheets.md has, after what came before: %s", line).isNotNegative();
            from = at + line.length();
        }
    }
}
