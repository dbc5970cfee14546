package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CascadeBudget;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranBudget;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Laws of the cascade over generated reports: a report whose every printed figure, cascade included, the library
 * computed has no finding; and a change to one budget line's amount shows up once in the budget table (at its
 * program's printed total) and once for every sasaran the line serves (at that sasaran's budget in the comparison of
 * performance and budget), and nowhere else.
 */
class CascadePropertiesTest {

    /** A generated report, with which sasaran each lowest line serves, as the generator assigned them. */
    record Generated(PerformanceReport report, Map<String, Set<String>> servedBy) {
    }

    private static BigDecimal decimal(Random random, int bound, int scale) {
        return BigDecimal.valueOf(1 + random.nextInt(bound), scale);
    }

    /**
     * A consistent report: programs over kegiatan (the lowest lines), each program serving one sasaran whole, or
     * its kegiatan serving sasaran one by one, or split by shares between two sasaran; every line serves a sasaran
     * and every sasaran has a line. Every printed figure is the library's.
     */
    static Generated consistent(long seed) {
        Random random = new Random(seed);
        int programs = 1 + random.nextInt(4);
        int sasaranCount = 1 + random.nextInt(Math.min(3, programs));
        List<String> names = new ArrayList<>();
        for (int s = 1; s <= sasaranCount; s++) {
            names.add("Sasaran " + s);
        }
        Map<String, List<BudgetLink>> links = new LinkedHashMap<>();
        Map<String, List<String>> linkedCodes = new LinkedHashMap<>();
        names.forEach(n -> {
            links.put(n, new ArrayList<>());
            linkedCodes.put(n, new ArrayList<>());
        });
        Map<String, Set<String>> servedBy = new LinkedHashMap<>();
        List<BudgetRow> lines = new ArrayList<>();
        for (int p = 1; p <= programs; p++) {
            String program = "2.07.0" + p;
            String owner = names.get((p - 1) % sasaranCount);
            String other = names.get(random.nextInt(sasaranCount));
            int how = random.nextInt(3);
            int kegiatans = 1 + random.nextInt(3);
            List<BudgetRow> below = new ArrayList<>();
            BigDecimal pagu = BigDecimal.ZERO;
            BigDecimal realisasi = BigDecimal.ZERO;
            for (int k = 1; k <= kegiatans; k++) {
                String code = program + ".2.0" + k;
                BigDecimal linePagu = BigDecimal.valueOf(1_000_000 + random.nextInt(900_000_000));
                BigDecimal lineRealisasi = linePagu.multiply(BigDecimal.valueOf(random.nextInt(101)))
                        .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN);
                below.add(BudgetRow.of(code, "Kegiatan " + code, linePagu, lineRealisasi));
                pagu = pagu.add(linePagu);
                realisasi = realisasi.add(lineRealisasi);
                String served = how == 1 && k > 1 ? other : owner;
                if (how == 1) {
                    links.get(served).add(BudgetLink.of(code));
                    linkedCodes.get(served).add(code);
                }
                servedBy.put(code, how == 2 && !other.equals(owner) ? new LinkedHashSet<>(List.of(owner, other))
                        : new LinkedHashSet<>(List.of(served)));
            }
            lines.add(BudgetRow.of(program, "Program " + program, pagu, realisasi));
            lines.addAll(below);
            if (how == 0 || how == 2 && other.equals(owner)) {
                links.get(owner).add(BudgetLink.of(program));
                linkedCodes.get(owner).add(program);
            } else if (how == 2) {
                BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(99));
                links.get(owner).add(BudgetLink.of(program).withShare(share));
                links.get(other).add(BudgetLink.of(program).withShare(BigDecimal.valueOf(100).subtract(share)));
                linkedCodes.get(owner).add(program);
                linkedCodes.get(other).add(program);
            }
        }
        List<PerformanceRow> agreements = new ArrayList<>();
        List<RenstraRow> renstra = new ArrayList<>();
        List<Sasaran> sasaran = new ArrayList<>();
        for (int s = 0; s < sasaranCount; s++) {
            String name = names.get(s);
            Indicator indicator = Indicator.of("Indikator " + (s + 1), "Persen", Polarity.POSITIVE,
                    Accumulation.STOCK);
            BigDecimal target = decimal(random, 10_000, 2);
            BigDecimal reached = decimal(random, 15_000, 2);
            Achievement a = Capaian.of(Polarity.POSITIVE, target, reached);
            agreements.add(PerformanceRow.of(Integer.toString(s + 1), name, indicator, Target.of(target),
                    Realization.of(reached)).withPrintedCapaian(a.rounded())
                    .withPrintedCategory(a.category().orElseThrow()));
            renstra.add(RenstraRow.of(RenstraPlan.of(indicator, 2024, 2026, List.of(RenstraPlan.YearTarget.of(2024,
                    target))), Map.of(2024, Realization.of(reached))).withPrintedCapaian(a.rounded()));
            List<ProgramRow> rows = new ArrayList<>();
            for (String code : linkedCodes.get(name)) {
                Indicator own = Indicator.of("Indikator program " + code + " " + name, "Persen",
                        Polarity.POSITIVE, Accumulation.STOCK);
                BigDecimal t = decimal(random, 10_000, 1);
                BigDecimal r = decimal(random, 12_000, 1);
                rows.add(ProgramRow.of(code, "Program " + code, own, Target.of(t), Realization.of(r))
                        .withPrintedCapaian(Capaian.of(Polarity.POSITIVE, t, r).rounded()).withSupport("Menunjang"));
            }
            sasaran.add(Sasaran.of(name).withIndicators(List.of(SasaranIndicator.of(indicator)
                    .withPrintedCapaian(a.rounded()))).withBudget(links.get(name)).withPrograms(rows));
        }
        List<Tujuan> cascade = sasaranCount > 1 && random.nextBoolean()
                ? List.of(Tujuan.of("Tujuan 1", sasaran.subList(0, 1)), Tujuan.of("Tujuan 2",
                        sasaran.subList(1, sasaranCount)))
                : List.of(Tujuan.of("Tujuan 1", sasaran));
        PerformanceReport report = PerformanceReport.of("Dinas " + seed, 2024).withPerformance(agreements)
                .withBudget(BudgetTable.of(lines)).withRenstra(renstra).withCascade(cascade);
        List<EfficiencyRow> efficiency = new ArrayList<>();
        for (SasaranBudget budget : CascadeBudget.of(report).sasaran()) {
            PerformanceRow row = agreements.get(names.indexOf(budget.name()));
            Achievement a = Capaian.of(row.indicator(), row.target(), row.realization());
            Quantity e = budget.efficiencyFigure(a, Pmk214.OutputCap.NONE);
            efficiency.add(EfficiencyRow.of(budget.name(), Polarity.POSITIVE, row.target(), row.realization(),
                    budget.pagu(), budget.realisasi()).withPrintedCapaian(a.rounded())
                    .withPrintedAbsorption(BudgetLine.absorptionOf(budget.pagu(), budget.realisasi()).rounded())
                    .withPrintedEfficiency(e.rounded()));
        }
        return new Generated(report.withEfficiency(efficiency), servedBy);
    }

    @Test
    void aReportWhosePrintedFiguresTheLibraryComputedHasNoFindingCascadeIncluded() {
        qt().withFixedSeed(20_241_128L).withExamples(300).forAll(longs().all())
                .checkAssert(seed -> assertThat(Audit.of(consistent(seed).report()).findings()).isEmpty());
    }

    @Test
    void oneLineChangedShowsOnceInTheBudgetTableAndOnceForEverySasaranItServes() {
        qt().withFixedSeed(20_241_128L).withExamples(300).forAll(longs().all(), integers().between(0, 1_000),
                integers().between(1, 5)).checkAssert((seed, pick, thousands) -> {
                    Generated generated = consistent(seed);
                    PerformanceReport report = generated.report();
                    List<String> lowest = new ArrayList<>(generated.servedBy().keySet());
                    String code = lowest.get(pick % lowest.size());
                    boolean pagu = pick % 2 == 0;
                    BigDecimal delta = BigDecimal.valueOf(1_000L * thousands);
                    List<BudgetRow> lines = new ArrayList<>();
                    for (BudgetRow line : report.budget().lines()) {
                        lines.add(!line.code().equals(code) ? line : BudgetRow.of(code, line.name(),
                                pagu ? line.pagu().add(delta) : line.pagu(),
                                pagu ? line.realisasi() : line.realisasi().add(delta)));
                    }
                    PerformanceReport changed = report.withBudget(BudgetTable.of(lines));
                    List<Location> expected = new ArrayList<>();
                    expected.add(new Location("Capaian Anggaran", code.substring(0, 7), pagu ? "Anggaran"
                            : "Realisasi"));
                    for (EfficiencyRow row : report.efficiency()) {
                        if (generated.servedBy().get(code).contains(row.sasaran())) {
                            expected.add(new Location("Efisiensi Anggaran", row.sasaran(), pagu ? "Anggaran"
                                    : "Realisasi Anggaran"));
                        }
                    }
                    List<Finding> findings = Audit.of(changed).findings();
                    assertThat(findings).extracting(Finding::location).containsExactlyElementsOf(expected);
                    assertThat(findings).extracting(Finding::check).containsExactlyElementsOf(
                            expected.stream().map(l -> l.table().equals("Capaian Anggaran") ? Check.PARENT_TOTAL
                                    : Check.SASARAN_BUDGET).toList());
                    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
                });
    }
}
