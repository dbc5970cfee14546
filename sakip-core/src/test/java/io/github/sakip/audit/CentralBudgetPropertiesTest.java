package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the audit of a K/L report: one whose every printed figure the library computed has no finding, and one
 * printed amount changed by one Rupiah gives exactly one finding, there.
 */
class CentralBudgetPropertiesTest {

    private static final String TABLE = CentralBudgetChecker.TABLE;

    /** The lines of a generated K/L budget: a program, its kegiatan (parent given), KRO, RO and uncoded lines. */
    private static List<CentralBudgetRow> data(Random random) {
        List<CentralBudgetRow> leaves = new ArrayList<>();
        int kegiatans = 1 + random.nextInt(3);
        for (int k = 0; k < kegiatans; k++) {
            String kegiatan = Integer.toString(3165 + k);
            boolean withKro = random.nextBoolean();
            int ros = 1 + random.nextInt(3);
            for (int r = 1; r <= ros; r++) {
                BigDecimal pagu = BigDecimal.valueOf(1_000_000 + (random.nextLong() & 0xFFFFFFFFL));
                BigDecimal realisasi = pagu.multiply(BigDecimal.valueOf(random.nextInt(10_001), 4))
                        .setScale(0, RoundingMode.DOWN);
                CentralBudgetRow ro = CentralBudgetRow.of(kegiatan + ".QAH.00" + r, "RO " + r, pagu, realisasi)
                        .withOutput(BigDecimal.valueOf(1 + random.nextInt(20)), BigDecimal.valueOf(1
                                + random.nextInt(25)));
                leaves.add(withKro ? ro : ro.withParent(kegiatan));
            }
            if (random.nextBoolean()) {
                BigDecimal pagu = BigDecimal.valueOf(random.nextInt(5_000_000));
                leaves.add(CentralBudgetRow.of("", "Belanja tanpa kode " + k, pagu, pagu).withParent(kegiatan));
            }
        }
        return leaves;
    }

    /** A consistent K/L report generated from a seed, with every printed figure as the library computes it. */
    static PerformanceReport consistent(long seed) {
        Random random = new Random(seed);
        List<CentralBudgetRow> leaves = data(random);
        // The parents' amounts are the sums of the leaves: computed with the library's tree of the leaves alone.
        List<BudgetLine> leafLines = new ArrayList<>();
        for (CentralBudgetRow leaf : leaves) {
            leafLines.add(CentralBudgets.line(leaf));
        }
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (CentralBudgetRow leaf : leaves) {
            String kegiatan = leaf.code().isEmpty() ? leaf.parent().orElseThrow() : leaf.code().substring(0, 4);
            for (String parent : List.of("063.01.WA", kegiatan, kegiatan + ".QAH")) {
                BigDecimal[] sum = sums.computeIfAbsent(parent, p -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO});
                sum[0] = sum[0].add(leaf.pagu());
                sum[1] = sum[1].add(leaf.realisasi());
            }
        }
        List<CentralBudgetRow> rows = new ArrayList<>();
        rows.add(CentralBudgetRow.of("063.01.WA", "Program", sums.get("063.01.WA")[0], sums.get("063.01.WA")[1]));
        for (String code : sums.keySet().stream().sorted().toList()) {
            boolean hasKro = leaves.stream().anyMatch(l -> l.code().startsWith(code.substring(0, 4))
                    && l.parent().isEmpty());
            if (code.length() == 4) {
                rows.add(CentralBudgetRow.of(code, "Kegiatan " + code, sums.get(code)[0], sums.get(code)[1])
                        .withParent("063.01.WA"));
            } else if (code.endsWith(".QAH") && hasKro) {
                // Under a KRO go only its ROs: the KRO's amounts are theirs.
                BigDecimal[] ro = {BigDecimal.ZERO, BigDecimal.ZERO};
                leaves.stream().filter(l -> l.code().startsWith(code + ".")).forEach(l -> {
                    ro[0] = ro[0].add(l.pagu());
                    ro[1] = ro[1].add(l.realisasi());
                });
                rows.add(CentralBudgetRow.of(code, "KRO " + code, ro[0], ro[1]));
            }
        }
        rows.addAll(leaves);
        // Every printed figure as the library computes it.
        List<BudgetLine> lines = new ArrayList<>();
        Map<BudgetCode, BigDecimal> capaianRo = new HashMap<>();
        for (CentralBudgetRow row : rows) {
            BudgetLine line = CentralBudgets.line(row);
            lines.add(line);
            row.outputTarget().ifPresent(t -> capaianRo.put(line.code(), Capaian.of(Polarity.POSITIVE, t,
                    row.outputRealization().orElseThrow()).percent()));
        }
        BudgetTree tree = BudgetTree.of(lines);
        List<CentralBudgetRow> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CentralBudgetRow row = rows.get(i);
            BudgetLine line = lines.get(i);
            if (row.outputTarget().isPresent()) {
                row = row.withPrintedAbsorption(line.absorptionFigure().rounded())
                        .withPrintedOutputAchievement(Capaian.of(Polarity.POSITIVE, row.outputTarget().get(),
                                row.outputRealization().orElseThrow()).rounded());
            }
            if (!line.code().isBlank()) {
                Quantity e = Pmk214.efficiencyFigure(tree, line.code(), capaianRo);
                if (e.isComputable()) {
                    row = row.withPrintedEfficiency(e.rounded()).withPrintedEfficiencyScore(Pmk214.efficiencyScore(
                            e.value()).setScale(2, RoundingMode.HALF_UP));
                }
            }
            printed.add(row);
        }
        Quantity e = Pmk214.efficiencyFigure(tree, capaianRo);
        BigDecimal absorption = tree.grandTotalAbsorption().rounded();
        BigDecimal outputAchievement = CentralBudgets.meanOutputAchievement(tree, capaianRo).rounded();
        BigDecimal consistency = BigDecimal.valueOf(random.nextInt(10_001), 2);
        BigDecimal efficiency = e.rounded();
        BigDecimal score = Pmk214.efficiencyScore(efficiency);
        BudgetPerformanceRow nka = BudgetPerformanceRow.of(2024, absorption, consistency, outputAchievement)
                .withEfficiency(efficiency).withPrintedEfficiencyScore(score.setScale(2, RoundingMode.HALF_UP))
                .withPrintedValue(Pmk214.implementationAspect(absorption, consistency, outputAchievement, score)
                        .setScale(2, RoundingMode.HALF_UP));
        return PerformanceReport.of("Satker", 2024).withCentralBudget(CentralBudgetTable.of(printed)
                .withPrintedTotalPagu(tree.grandTotalPagu()).withPrintedTotalRealisasi(tree.grandTotalRealisasi()))
                .withBudgetPerformance(List.of(nka));
    }

    @Test
    void aReportWhosePrintedFiguresTheLibraryComputedHasNoFinding() {
        qt().withFixedSeed(20_261_128L).withExamples(200).forAll(longs().all())
                .checkAssert(seed -> assertThat(Audit.of(consistent(seed)).findings()).isEmpty());
    }

    @Test
    void onePrintedAmountOffByOneRupiahGivesExactlyOneFindingThere() {
        qt().withFixedSeed(20_261_128L).withExamples(200).forAll(longs().all(), integers().between(0, 1_000),
                integers().between(0, 1)).checkAssert((seed, pick, sign) -> {
                    PerformanceReport report = consistent(seed);
                    BigDecimal delta = sign == 0 ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    List<CentralBudgetRow> rows = new ArrayList<>(report.centralBudget().lines());
                    // The parents: the lines printed before the first RO or uncoded line.
                    int parents = (int) rows.stream().takeWhile(r -> r.outputTarget().isEmpty()
                            && !r.code().isEmpty()).count();
                    int at = pick % (parents + 2);
                    boolean pagu = pick % 2 == 0;
                    CentralBudgetTable table = report.centralBudget();
                    Location expected;
                    Check check;
                    if (at < parents) {
                        CentralBudgetRow parent = rows.get(at);
                        CentralBudgetRow changed = CentralBudgetRow.of(parent.code(), parent.name(),
                                pagu ? parent.pagu().add(delta) : parent.pagu(),
                                pagu ? parent.realisasi() : parent.realisasi().add(delta).abs());
                        changed = parent.parent().map(changed::withParent).orElse(changed);
                        changed = parent.printedEfficiency().map(changed::withPrintedEfficiency).orElse(changed);
                        changed = parent.printedEfficiencyScore().map(changed::withPrintedEfficiencyScore)
                                .orElse(changed);
                        rows.set(at, changed);
                        table = withLines(table, rows);
                        expected = new Location(TABLE, parent.code(), pagu ? "Anggaran" : "Realisasi");
                        check = Check.PARENT_TOTAL;
                    } else if (at == parents) {
                        table = table.withPrintedTotalPagu(table.printedTotalPagu().orElseThrow().add(delta));
                        expected = new Location(TABLE, "Jumlah", "Anggaran");
                        check = Check.GRAND_TOTAL;
                    } else {
                        table = table.withPrintedTotalRealisasi(table.printedTotalRealisasi().orElseThrow()
                                .add(delta));
                        expected = new Location(TABLE, "Jumlah", "Realisasi");
                        check = Check.GRAND_TOTAL;
                    }
                    List<Finding> findings = Audit.of(report.withCentralBudget(table)).findings();
                    assertThat(findings).singleElement().satisfies(f -> {
                        assertThat(f.check()).isEqualTo(check);
                        assertThat(f.location()).isEqualTo(expected);
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    });
                });
    }

    private static CentralBudgetTable withLines(CentralBudgetTable table, List<CentralBudgetRow> rows) {
        return CentralBudgetTable.of(rows).withPrintedTotalPagu(table.printedTotalPagu().orElseThrow())
                .withPrintedTotalRealisasi(table.printedTotalRealisasi().orElseThrow());
    }
}
