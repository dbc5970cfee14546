package io.github.sakip.examples;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Polarity;
import io.github.sakip.format.IndonesianNumbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the Perjanjian Kinerja of the reference report (LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024) with every
 * capaian recomputed, next to the figure the report printed.
 */
public final class ReferenceReport {

    private ReferenceReport() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.println("Perjanjian Kinerja 2024, Dinas Tenaga Kerja Kabupaten Tapin: capaian recomputed");
        out.printf("%-4s %-60s %10s %10s %10s %10s  %s%n", "No", "Indikator", "Target", "Realisasi", "Dicetak",
                "Dihitung", "Kategori");
        for (String[] row : rows("/tapin-2024/perjanjian-kinerja-2024.csv")) {
            BigDecimal target = new BigDecimal(row[5]);
            BigDecimal realisasi = new BigDecimal(row[6]);
            Achievement a = Capaian.of(Polarity.POSITIVE, target, realisasi);
            String name = row[3].length() > 60 ? row[3].substring(0, 57) + "..." : row[3];
            out.printf("%-4s %-60s %10s %10s %10s %10s  %s%s%n", row[0], name, IndonesianNumbers.format(target),
                    IndonesianNumbers.format(realisasi), IndonesianNumbers.format(new BigDecimal(row[7])),
                    IndonesianNumbers.formatPercent(a.percent()), a.category().orElseThrow().label(),
                    a.rounded().compareTo(new BigDecimal(row[7])) == 0 ? "" : "   <- printed figure differs");
        }
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = ReferenceReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(split(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
