package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the audit over generated reports: a report whose every printed figure was computed by the library has
 * no finding, and changing one printed figure by one unit in its last place gives exactly one finding, there.
 */
class AuditPropertiesTest {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /** A consistent report generated from a seed, with every printed figure as the library computes it. */
    static PerformanceReport consistent(long seed) {
        Random random = new Random(seed);
        List<PerformanceRow> rows = new ArrayList<>();
        int indicators = 1 + random.nextInt(6);
        for (int i = 1; i <= indicators; i++) {
            Polarity polarity = random.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE;
            BigDecimal target = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3));
            BigDecimal realisasi = BigDecimal.valueOf(random.nextInt(150_000), random.nextInt(3));
            Indicator indicator = Indicator.of("Indikator " + i, "Persen", polarity, Accumulation.STOCK);
            Achievement a = Capaian.of(polarity, target, realisasi);
            rows.add(PerformanceRow.of(Integer.toString(i), "Sasaran " + i, indicator, Target.of(target),
                    Realization.of(realisasi)).withPrintedCapaian(a.rounded())
                    .withPrintedCategory(a.category().orElseThrow()));
        }
        List<BudgetRow> lines = new ArrayList<>();
        BigDecimal totalPagu = BigDecimal.ZERO;
        BigDecimal totalRealisasi = BigDecimal.ZERO;
        int programs = 1 + random.nextInt(2);
        for (int p = 1; p <= programs; p++) {
            String program = "2.07.0" + p;
            List<BudgetRow> below = new ArrayList<>();
            BigDecimal programPagu = BigDecimal.ZERO;
            BigDecimal programRealisasi = BigDecimal.ZERO;
            int kegiatans = 1 + random.nextInt(3);
            for (int k = 1; k <= kegiatans; k++) {
                String kegiatan = program + ".2.0" + k;
                List<BudgetRow> subs = new ArrayList<>();
                BigDecimal kegiatanPagu = BigDecimal.ZERO;
                BigDecimal kegiatanRealisasi = BigDecimal.ZERO;
                int subCount = 1 + random.nextInt(3);
                for (int s = 1; s <= subCount; s++) {
                    BigDecimal pagu = BigDecimal.valueOf(1_000_000 + (random.nextLong() & 0xFFFFFFFFFL));
                    BigDecimal realisasi = pagu.multiply(BigDecimal.valueOf(random.nextInt(10_001), 4))
                            .setScale(0, RoundingMode.DOWN);
                    subs.add(row(kegiatan + ".0" + s, pagu, realisasi));
                    kegiatanPagu = kegiatanPagu.add(pagu);
                    kegiatanRealisasi = kegiatanRealisasi.add(realisasi);
                }
                below.add(row(kegiatan, kegiatanPagu, kegiatanRealisasi));
                below.addAll(subs);
                programPagu = programPagu.add(kegiatanPagu);
                programRealisasi = programRealisasi.add(kegiatanRealisasi);
            }
            lines.add(row(program, programPagu, programRealisasi));
            lines.addAll(below);
            totalPagu = totalPagu.add(programPagu);
            totalRealisasi = totalRealisasi.add(programRealisasi);
        }
        PerformanceRow first = rows.get(0);
        Achievement firstCapaian = Capaian.of(first.indicator(), first.target(), first.realization());
        BigDecimal pagu = lines.get(0).pagu();
        BigDecimal spent = lines.get(0).realisasi();
        List<EfficiencyRow> efficiency = new ArrayList<>();
        if (firstCapaian.percent().signum() > 0) {
            Quantity e = Pmk214.efficiencyFigure(List.of(new Pmk214.Output(pagu, spent,
                    firstCapaian.percent())));
            efficiency.add(EfficiencyRow.of(first.sasaran(), first.indicator().polarity(), first.target(),
                    first.realization(), pagu, spent).withPrintedCapaian(firstCapaian.rounded())
                    .withPrintedAbsorption(BudgetLine.absorptionOf(pagu, spent).rounded())
                    .withPrintedEfficiency(e.rounded()));
        }
        AkipEvaluation akip = AkipEvaluation.of(BigDecimal.valueOf(random.nextInt(3001), 2),
                BigDecimal.valueOf(random.nextInt(3001), 2), BigDecimal.valueOf(random.nextInt(1501), 2),
                BigDecimal.valueOf(random.nextInt(2501), 2));
        return PerformanceReport.of("Dinas " + seed, 2024)
                .withPerformance(rows)
                .withBudget(BudgetTable.of(lines).withPrintedTotalPagu(totalPagu)
                        .withPrintedTotalRealisasi(totalRealisasi))
                .withEfficiency(efficiency)
                .withAkip(List.of(AkipRow.of(2024, akip).withPrintedTotal(akip.total().setScale(2))
                        .withPrintedPredicate(akip.predicate())));
    }

    /** The table with other lines and the same printed totals. */
    private static BudgetTable withLines(BudgetTable table, List<BudgetRow> lines) {
        BudgetTable changed = BudgetTable.of(lines);
        changed = table.printedTotalPagu().map(changed::withPrintedTotalPagu).orElse(changed);
        return table.printedTotalRealisasi().map(changed::withPrintedTotalRealisasi).orElse(changed);
    }

    private static BudgetRow row(String code, BigDecimal pagu, BigDecimal realisasi) {
        return BudgetRow.of(code, "Baris " + code, pagu, realisasi)
                .withPrintedPercent(BudgetLine.absorptionOf(pagu, realisasi).rounded());
    }

    @Test
    void aReportWhosePrintedFiguresTheLibraryComputedHasNoFinding() {
        qt().withFixedSeed(20_241_128L).withExamples(300).forAll(longs().all())
                .checkAssert(seed -> assertThat(Audit.of(consistent(seed)).findings()).isEmpty());
    }

    @Test
    void onePrintedPercentageOffByOneHundredthGivesExactlyOneFindingThere() {
        qt().withFixedSeed(20_241_128L).withExamples(300).forAll(longs().all(), integers().between(0, 1_000),
                integers().between(0, 1)).checkAssert((seed, pick, sign) -> {
                    PerformanceReport report = consistent(seed);
                    BigDecimal delta = sign == 0 ? HUNDREDTH : HUNDREDTH.negate();
                    int capaians = report.performance().size();
                    int budgetLines = report.budget().lines().size();
                    int index = pick % (capaians + budgetLines);
                    PerformanceReport changed;
                    Location expected;
                    if (index < capaians) {
                        List<PerformanceRow> rows = new ArrayList<>(report.performance());
                        PerformanceRow row = rows.get(index);
                        rows.set(index, row.withPrintedCapaian(row.printedCapaian().orElseThrow().add(delta)));
                        changed = report.withPerformance(rows);
                        expected = new Location("Perjanjian Kinerja", row.number() + " " + row.indicator().name(),
                                "Capaian");
                    } else {
                        List<BudgetRow> lines = new ArrayList<>(report.budget().lines());
                        BudgetRow line = lines.get(index - capaians);
                        lines.set(index - capaians, line.withPrintedPercent(line.printedPercent().orElseThrow()
                                .add(delta)));
                        changed = report.withBudget(withLines(report.budget(), lines));
                        expected = new Location("Capaian Anggaran", line.code() + " " + line.name(), "Persentase");
                    }
                    List<Finding> findings = Audit.of(changed).findings();
                    assertThat(findings).singleElement().satisfies(f -> {
                        assertThat(f.location()).isEqualTo(expected);
                        assertThat(f.severity()).isIn(Severity.WARNING, Severity.ERROR);
                    });
                });
    }

    @Test
    void onePrintedTotalOffByOneRupiahGivesExactlyOneFindingThere() {
        qt().withFixedSeed(20_241_128L).withExamples(300).forAll(longs().all(), integers().between(0, 1_000),
                integers().between(0, 1)).checkAssert((seed, pick, sign) -> {
                    PerformanceReport report = consistent(seed);
                    BigDecimal delta = sign == 0 ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    List<BudgetRow> parents = report.budget().lines().stream()
                            .filter(l -> l.code().split("\\.").length < 6).toList();
                    BudgetRow parent = parents.get(pick % parents.size());
                    boolean pagu = pick % 2 == 0;
                    List<BudgetRow> lines = new ArrayList<>(report.budget().lines());
                    int at = lines.indexOf(parent);
                    // The printed percentage stays as printed: only the one total changes.
                    BudgetRow changedParent = BudgetRow.of(parent.code(), parent.name(),
                            pagu ? parent.pagu().add(delta) : parent.pagu(),
                            pagu ? parent.realisasi() : parent.realisasi().add(delta).abs());
                    lines.set(at, parent.printedPercent().map(changedParent::withPrintedPercent)
                            .orElse(changedParent));
                    PerformanceReport changed = report.withBudget(withLines(report.budget(), lines));
                    // A change of one Rupiah may also tip the row's own printed absorption over a rounding
                    // boundary; that finding is at the same row and is not the law under test.
                    List<Finding> findings = Audit.of(changed).findings().stream()
                            .filter(f -> f.check() != Check.ABSORPTION).toList();
                    assertThat(findings).singleElement().satisfies(f -> {
                        assertThat(f.check()).isEqualTo(Check.PARENT_TOTAL);
                        assertThat(f.location()).isEqualTo(new Location("Capaian Anggaran", parent.code(),
                                pagu ? "Anggaran" : "Realisasi"));
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    });
                });
    }
}
