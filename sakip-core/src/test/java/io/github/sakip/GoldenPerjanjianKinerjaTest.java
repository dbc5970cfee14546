package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every row of Tabel 2.4 / 3.2 of the reference report (LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024),
 * recomputed, rounded and categorised, against the capaian the report printed.
 */
class GoldenPerjanjianKinerjaTest {

    record Row(int no, String indicator, BigDecimal target, BigDecimal realisasi, BigDecimal printed) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> r : TapinCsv.read("/tapin-2024/perjanjian-kinerja-2024.csv")) {
            rows.add(new Row(Integer.parseInt(r.get("no")), r.get("indikator"), new BigDecimal(r.get("target")),
                    new BigDecimal(r.get("realisasi")), new BigDecimal(r.get("reported_capaian"))));
        }
        return rows;
    }

    @Test
    void everyRowIsComputedAndEveryWrongPrintedFigureIsKnown() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(36);
        Map<Integer, String> differences = new TreeMap<>();
        for (Row row : rows) {
            Achievement a = Capaian.of(Polarity.POSITIVE, row.target(), row.realisasi());
            assertThat(a.isComputable()).isTrue();
            if (a.rounded().compareTo(row.printed()) != 0) {
                String kind = a.rounded(2, RoundingMode.DOWN).compareTo(row.printed()) == 0 ? "truncated" : "wrong";
                differences.put(row.no(), kind + ": printed " + row.printed().toPlainString() + ", exact "
                        + a.rounded().toPlainString());
            }
        }
        assertThat(differences).containsExactly(
                // 68,12 / 70,20 = 97,0370...: the report cut the figure to 97,03 instead of rounding it to 97,04.
                Map.entry(1, "truncated: printed 97.03, exact 97.04"),
                // 80,07 / 66 = 121,3181...: the printed 121,72 follows from no figure of the row (121,72 would
                // need a realisasi of 80,34).
                Map.entry(20, "wrong: printed 121.72, exact 121.32"),
                // 80,02 / 80 = 100,025 exactly: half-up gives 100,03 (truncation 100,02); the printed 100,25 moves
                // the decimal point (0,025 read as 0,25).
                Map.entry(29, "wrong: printed 100.25, exact 100.03"));
    }

    @Test
    void handCheckedFiguresOfTheIku() throws IOException {
        List<Row> rows = rows();
        // The three IKU of the agency, all printed Sangat Tinggi in Tabel 3.2.
        Achievement tpak = Capaian.of(Polarity.POSITIVE, rows.get(0).target(), rows.get(0).realisasi());
        Achievement sakip = Capaian.of(Polarity.POSITIVE, rows.get(1).target(), rows.get(1).realisasi());
        Achievement ipAsn = Capaian.of(Polarity.POSITIVE, rows.get(2).target(), rows.get(2).realisasi());
        assertThat(tpak.rounded()).isEqualTo(new BigDecimal("97.04"));
        assertThat(sakip.percent()).isEqualTo(new BigDecimal("97.6"));
        assertThat(ipAsn.rounded()).isEqualTo(new BigDecimal("121.74"));
        assertThat(List.of(tpak, sakip, ipAsn)).allSatisfy(a ->
                assertThat(a.category()).contains(Category.SANGAT_TINGGI));
        assertThat(tpak.explain()).isEqualTo("68,12 / 70,20 × 100% = 97,04%");
    }

    @Test
    void categoriesOfEveryRow() throws IOException {
        Map<Category, Integer> counts = new TreeMap<>();
        Map<Integer, Category> notSangatTinggi = new TreeMap<>();
        for (Row row : rows()) {
            Category category = Capaian.of(Polarity.POSITIVE, row.target(), row.realisasi()).category().orElseThrow();
            counts.merge(category, 1, Integer::sum);
            if (category != Category.SANGAT_TINGGI) {
                notSangatTinggi.put(row.no(), category);
            }
            // The printed figures put every row in the same category as the exact ones, even where wrong.
            assertThat(Permendagri86.categorize(row.printed())).as("row %d", row.no()).isEqualTo(category);
        }
        // 78,89 (row 6), 88,89 (row 17) and 90,00 (row 32) are Tinggi; 5,00 (row 30) is Sangat Rendah.
        assertThat(notSangatTinggi).containsExactly(Map.entry(6, Category.TINGGI), Map.entry(17, Category.TINGGI),
                Map.entry(30, Category.SANGAT_RENDAH), Map.entry(32, Category.TINGGI));
        assertThat(counts).containsEntry(Category.SANGAT_TINGGI, 32);
    }
}
