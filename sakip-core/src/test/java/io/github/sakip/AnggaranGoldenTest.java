package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy.TotalMismatch;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tabel 3.9 of LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024: 51 budget lines in three levels. Every expected
 * figure below was checked by hand (sums of the printed rows).
 */
class AnggaranGoldenTest {

    private static final List<Map<String, String>> ROWS = TapinCsv.read("/tapin-2024/anggaran-2024.csv");

    private static List<BudgetLine> lines() {
        return ROWS.stream()
                .map(r -> new BudgetLine(r.get("code"), r.get("name"), new BigDecimal(r.get("anggaran")),
                        new BigDecimal(r.get("realisasi"))))
                .collect(Collectors.toList());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void tableHas51LinesInThreeLevelsAndTheCsvLevelAgreesWithTheCode() {
        assertThat(ROWS).hasSize(51);
        for (Map<String, String> row : ROWS) {
            assertThat(BudgetCode.parse(row.get("code")).level().name()).as(row.get("code"))
                    .isEqualTo(row.get("level"));
        }
        BudgetTree tree = BudgetTree.of(lines());
        assertThat(tree.roots()).extracting(n -> n.code().toString())
                .containsExactly("2.07.01", "2.07.03", "2.07.04", "2.07.05");
        assertThat(tree.nodes()).hasSize(51);
    }

    @Test
    void everyPrintedAbsorptionButOneIsRealisasiOverPaguRoundedHalfUp() {
        List<String> differing = new ArrayList<>();
        for (Map<String, String> row : ROWS) {
            BudgetLine line = new BudgetLine(row.get("code"), row.get("name"), bd(row.get("anggaran")),
                    bd(row.get("realisasi")));
            BigDecimal printed = bd(row.get("reported_percent"));
            BigDecimal rounded = line.absorption().setScale(2, RoundingMode.HALF_UP);
            if (rounded.compareTo(printed) != 0) {
                differing.add(row.get("code"));
            }
        }
        // Only one row differs, and by truncation: 2.440.276.254 / 3.992.854.514 = 61,1160...%, printed 61,11.
        assertThat(differing).containsExactly("2.07.01.2.09.09");
        BudgetLine gedung = new BudgetLine("2.07.01.2.09.09", "Pemeliharaan/Rehabilitasi Gedung Kantor",
                bd("3992854514"), bd("2440276254"));
        assertThat(gedung.absorption().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("61.1160823778");
        assertThat(gedung.absorptionFigure().rounded()).isEqualByComparingTo("61.12");
        assertThat(gedung.absorption().setScale(2, RoundingMode.DOWN)).isEqualByComparingTo("61.11");
    }

    @Test
    void contractShapeOfProgramAbsorption() {
        BudgetLine program = new BudgetLine("2.07.01", "PROGRAM PENUNJANG", bd("10521583280"), bd("8192268093"));
        assertThat(program.absorption().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("77.86");
        assertThat(program.absorption().precision()).isGreaterThanOrEqualTo(30);
        assertThat(program.absorptionFigure().explain(Languages.ENGLISH))
                .isEqualTo("8.192.268.093 / 10.521.583.280 × 100% = 77,86%");
    }

    @Test
    void reconciliationFindsExactlyTheThreeInconsistentProgramTotals() {
        List<Discrepancy> found = BudgetTree.of(lines()).reconcile();
        assertThat(found).containsExactly(
                // 2.07.01: pagu adds up (10.521.583.280), realisasi does not: its kegiatan sum to 8.190.291.768.
                new TotalMismatch(BudgetCode.parse("2.07.01"), Column.REALISASI, bd("8192268093"),
                        bd("8190291768"), bd("1976325")),
                // 2.07.03: both columns are far below its two kegiatan (1.182.109.989 + 9.921.000).
                new TotalMismatch(BudgetCode.parse("2.07.03"), Column.PAGU, bd("914466926"), bd("1192030989"),
                        bd("-277564063")),
                new TotalMismatch(BudgetCode.parse("2.07.03"), Column.REALISASI, bd("758774600"),
                        bd("1052804054"), bd("-294029454")));
        assertThat(found.get(1).describe(Languages.ENGLISH)).isEqualTo(
                "2.07.03 pagu: printed 914.466.926, sum of its children 1.192.030.989, difference -277.564.063");
        assertThat(found.get(1)).hasToString("2.07.03 pagu: tercetak 914.466.926, jumlah baris di bawahnya"
                + " 1.192.030.989, selisih -277.564.063");
    }

    @Test
    void everyKegiatanAndTheOtherProgramsAddUp() {
        BudgetTree tree = BudgetTree.of(lines());
        for (BudgetTree.Node node : tree.nodes()) {
            if (node.isLeaf()) {
                continue;
            }
            for (Column column : Column.values()) {
                boolean known = node.code().toString().equals("2.07.03")
                        || node.code().toString().equals("2.07.01") && column == Column.REALISASI;
                assertThat(node.sumOfChildren(column).orElseThrow().compareTo(node.printed(column)) == 0)
                        .as(node.code() + " " + column).isEqualTo(!known);
            }
        }
        assertThat(tree.node("2.07.04").orElseThrow().sumOfChildren(Column.PAGU)).contains(bd("3208494952"));
        assertThat(tree.node("2.07.05").orElseThrow().sumOfChildren(Column.REALISASI)).contains(bd("1388701200"));
    }

    @Test
    void printedGrandTotalOfRealisasiIsTheSumOfTheLeavesNotOfThePrintedPrograms() {
        BudgetTree tree = BudgetTree.of(lines());
        assertThat(tree.grandTotalRealisasi()).isEqualTo(bd("13743121859"));
        assertThat(tree.grandTotalPagu()).isEqualTo(bd("16377888751"));
        assertThat(tree.checkGrandTotal(Column.REALISASI, bd("13743121859"))).isEmpty();
        // Adding up the printed program rows gives less, because of 2.07.01 and 2.07.03.
        assertThat(tree.sumOfPrintedTopLevel(Column.REALISASI)).isEqualTo(bd("13451068730"));
        assertThat(tree.sumOfPrintedTopLevel(Column.PAGU)).isEqualTo(bd("16100324688"));
        assertThat(tree.checkGrandTotal(Column.REALISASI, bd("13451068730"))).contains(
                new Discrepancy.GrandTotalMismatch(Column.REALISASI, bd("13451068730"), bd("13743121859"),
                        bd("-292053129")));
        assertThat(tree.grandTotalAbsorption().percent().setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo("83.9126585114");
    }

    @Test
    void computedAbsorptionOfTheInconsistentProgramsDiffersFromThePrintedOne() {
        BudgetTree tree = BudgetTree.of(lines());
        BudgetTree.Node pelatihan = tree.node("2.07.03").orElseThrow();
        assertThat(pelatihan.line().absorptionFigure().rounded()).isEqualByComparingTo("82.97");
        assertThat(pelatihan.computedPagu()).isEqualTo(bd("1192030989"));
        assertThat(pelatihan.computedAbsorption().explain(Languages.ENGLISH))
                .isEqualTo("1.052.804.054 / 1.192.030.989 × 100% = 88,32%");
        BudgetTree.Node penunjang = tree.node("2.07.01").orElseThrow();
        assertThat(penunjang.computedAbsorption().rounded()).isEqualByComparingTo("77.84");
        assertThat(penunjang.line().absorptionFigure().rounded()).isEqualByComparingTo("77.86");
    }
}
