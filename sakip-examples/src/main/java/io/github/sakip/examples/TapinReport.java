package io.github.sakip.examples;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reference report, LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024, as a {@link PerformanceReport}, built from
 * the CSV tables in {@code /tapin-2024/} with the figures exactly as the report printed them.
 * <p>
 * Where the report's tables need a reading, this class says which one it takes:
 * <ul>
 * <li>Every indicator of the Perjanjian Kinerja is of positive polarity (the table says so). Indicators counted
 * in documents, letters, hours or companies are flows; percentages, indices and scores are stocks.</li>
 * <li>Rows 1–3 are the agency's IKU; Tabel 3.2 prints their category, Sangat Tinggi for all three.</li>
 * <li>The Renstra runs 2022–2026 (Tabel 2.1), with 2021 as its baseline year. The indicator of industrial
 * disputes comes from the Renstra matrix of the 2024–2026 period, with its 2023 figure as the baseline, and lower
 * is better.</li>
 * <li>The report printed the grand total of realisasi (13.743.121.859) but its grand total of anggaran is
 * illegible: only the first is kept as printed.</li>
 * <li>Tabel 3.5 compares the TPAK of 68,12 with the national 70,63 (BPS, Agustus 2024) and prints 96,5.</li>
 * <li>Tabel 3.3 prints the same capaian for 2024 as Tabel 3.2: 97,03, 97,60 and 121,74.</li>
 * <li>The cascade (pohon kinerja) is Tabel 2.1's tujuan, Tabel 3.8's sasaran, programs and kegiatan, and the budget
 * codes whose printed figures Tabel 3.7's budget per sasaran adds up: programs 2.07.03, 2.07.04 and 2.07.05 for the
 * first sasaran, sub kegiatan 2.07.01.2.01.06 for the second, kegiatan 2.07.01.2.05 for the third. The derivation
 * is in the comment of {@code pohon-kinerja-2024.csv}.</li>
 * </ul>
 */
public final class TapinReport {

    /** The agency. */
    public static final String AGENCY = "Dinas Tenaga Kerja Kabupaten Tapin";

    /** The year reported on. */
    public static final int YEAR = 2024;

    private static final Set<String> STOCK_UNITS = Set.of("Persen", "Indeks", "Nilai");

    private TapinReport() {
    }

    /**
     * Builds the reference report from its tables.
     *
     * @return the report with the figures it printed
     */
    public static PerformanceReport load() {
        List<PerformanceRow> performance = performance();
        return PerformanceReport.of(AGENCY, YEAR)
                .withPerformance(performance)
                .withBudget(budget())
                .withRenstra(renstra())
                .withEfficiency(efficiency())
                .withStandards(List.of(StandardRow.of(performance.get(0).indicator(), new BigDecimal("70.63"),
                        Realization.of(new BigDecimal("68.12")), "Nasional (BPS, Agustus 2024)")
                        .withPrintedPercent(new BigDecimal("96.5"))))
                .withAkip(akip())
                .withCascade(cascade());
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static List<PerformanceRow> performance() {
        List<PerformanceRow> rows = new ArrayList<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/perjanjian-kinerja-2024.csv")) {
            String unit = r.get("satuan");
            Indicator indicator = Indicator.of(r.get("indikator"), unit, Polarity.POSITIVE,
                    STOCK_UNITS.contains(unit) ? Accumulation.STOCK : Accumulation.FLOW);
            int number = Integer.parseInt(r.get("no"));
            PerformanceRow row = PerformanceRow.of(r.get("no"), r.get("sasaran"), indicator,
                    Target.of(d(r.get("target"))), Realization.of(d(r.get("realisasi"))))
                    .withPrintedCapaian(d(r.get("reported_capaian")));
            rows.add(number <= 3 ? row.withPrintedCategory(Category.SANGAT_TINGGI) : row);
        }
        return rows;
    }

    private static BudgetTable budget() {
        List<BudgetRow> lines = new ArrayList<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/anggaran-2024.csv")) {
            lines.add(BudgetRow.of(r.get("code"), r.get("name"), d(r.get("anggaran")), d(r.get("realisasi")))
                    .withPrintedPercent(d(r.get("reported_percent"))));
        }
        return BudgetTable.of(lines).withPrintedTotalRealisasi(d("13743121859"));
    }

    private static List<RenstraRow> renstra() {
        Map<String, List<Map<String, String>>> byIndicator = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/renstra-2022-2026.csv")) {
            byIndicator.computeIfAbsent(r.get("indikator"), k -> new ArrayList<>()).add(r);
        }
        // Tabel 3.4 as printed: the "target akhir Renstra" and the progress (tingkat kemajuan); and Tabel 3.3's
        // capaian of 2024.
        Map<String, BigDecimal[]> printed = Map.of(
                "Tingkat Partisipasi Angkatan Kerja (TPAK)", new BigDecimal[] {d("70.95"), d("96"), d("97.03")},
                "Nilai SAKIP Perangkat Daerah", new BigDecimal[] {d("71.61"), d("102.22"), d("97.60")},
                "Indeks Profesionalisme ASN (IP-ASN) Perangkat Daerah",
                new BigDecimal[] {d("65"), d("121.74"), d("121.74")});
        List<RenstraRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> entry : byIndicator.entrySet()) {
            List<Map<String, String>> years = entry.getValue();
            Map<String, String> first = years.get(0);
            Polarity polarity = Polarity.valueOf(first.get("polarity"));
            Indicator indicator = Indicator.of(entry.getKey(), first.get("satuan"), polarity, Accumulation.STOCK);
            boolean matrix = polarity == Polarity.NEGATIVE;
            int firstYear = matrix ? 2024 : 2022;
            List<RenstraPlan.YearTarget> targets = new ArrayList<>();
            SortedMap<Integer, Realization> realizations = new TreeMap<>();
            BigDecimal baseline = null;
            int baselineYear = 0;
            for (Map<String, String> y : years) {
                int year = Integer.parseInt(y.get("year"));
                if (!y.get("target").isEmpty()) {
                    targets.add(RenstraPlan.YearTarget.of(year, d(y.get("target"))));
                }
                if (!y.get("realisasi").isEmpty()) {
                    realizations.put(year, Realization.of(d(y.get("realisasi"))));
                    if (year < firstYear) {
                        baseline = d(y.get("realisasi"));
                        baselineYear = year;
                    }
                }
            }
            RenstraPlan plan = RenstraPlan.of(indicator, firstYear, 2026, targets);
            if (baseline != null) {
                plan = plan.withBaseline(baselineYear, baseline);
            }
            RenstraRow row = RenstraRow.of(plan, realizations);
            BigDecimal[] figures = printed.get(entry.getKey());
            rows.add(figures == null ? row : row.withPrintedEndTarget(figures[0]).withPrintedProgress(figures[1])
                    .withPrintedCapaian(figures[2]));
        }
        return rows;
    }

    private static List<EfficiencyRow> efficiency() {
        List<EfficiencyRow> rows = new ArrayList<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/efisiensi-2024.csv")) {
            rows.add(EfficiencyRow.of(r.get("sasaran"), Polarity.POSITIVE, Target.of(d(r.get("target"))),
                    Realization.of(d(r.get("realisasi"))), d(r.get("anggaran")), d(r.get("realisasi_anggaran")))
                    .withPrintedCapaian(d(r.get("reported_capaian")))
                    .withPrintedAbsorption(d(r.get("reported_budget_percent")))
                    .withPrintedEfficiency(d(r.get("reported_efisiensi"))));
        }
        return rows;
    }

    /** Tabel 2.1, 3.7 and 3.8 as the cascade: tujuan, then sasaran with their indicators, budget and programs. */
    private static List<Tujuan> cascade() {
        Map<String, List<String>> sasaranOf = new LinkedHashMap<>();
        Map<String, List<SasaranIndicator>> indicators = new LinkedHashMap<>();
        Map<String, List<BudgetLink>> budget = new LinkedHashMap<>();
        Map<String, List<ProgramRow>> programs = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/pohon-kinerja-2024.csv")) {
            String sasaran = r.get("sasaran");
            List<String> ofTujuan = sasaranOf.computeIfAbsent(r.get("tujuan"), k -> new ArrayList<>());
            if (!ofTujuan.contains(sasaran)) {
                ofTujuan.add(sasaran);
            }
            switch (r.get("kind")) {
                case "SASARAN" -> indicators.computeIfAbsent(sasaran, k -> new ArrayList<>()).add(SasaranIndicator
                        .of(cascadeIndicator(r)).withPrintedCapaian(d(r.get("printed_capaian"))));
                case "BUDGET" -> budget.computeIfAbsent(sasaran, k -> new ArrayList<>()).add(BudgetLink.of(
                        r.get("code")));
                case "PROGRAM" -> {
                    ProgramRow row = ProgramRow.of(r.get("code"), r.get("name"), cascadeIndicator(r))
                            .withPrintedCapaian(d(r.get("printed_capaian"))).withSupport(r.get("support"));
                    programs.computeIfAbsent(sasaran, k -> new ArrayList<>())
                            .add(r.get("analysis").isEmpty() ? row : row.withAnalysis(r.get("analysis")));
                }
                default -> throw new IllegalStateException("unknown kind of cascade row: " + r.get("kind"));
            }
        }
        List<Tujuan> cascade = new ArrayList<>();
        sasaranOf.forEach((tujuan, names) -> cascade.add(Tujuan.of(tujuan, names.stream().map(name -> Sasaran.of(name)
                .withIndicators(indicators.getOrDefault(name, List.of()))
                .withBudget(budget.getOrDefault(name, List.of()))
                .withPrograms(programs.getOrDefault(name, List.of()))).toList())));
        return cascade;
    }

    /** An indicator of the cascade: a percentage, index or score, higher is better. */
    private static Indicator cascadeIndicator(Map<String, String> r) {
        return Indicator.of(r.get("indicator"), r.get("unit"), Polarity.POSITIVE, Accumulation.STOCK);
    }

    private static List<AkipRow> akip() {
        List<Map<String, String>> components = Csv.read("/tapin-2024/evaluasi-akip.csv");
        List<AkipRow> rows = new ArrayList<>();
        Map<Integer, String> printedTotals = Map.of(2022, "72.00", 2023, "73.20");
        for (int year : new int[] {2022, 2023}) {
            String column = "score_" + year;
            AkipEvaluation evaluation = AkipEvaluation.of(d(components.get(0).get(column)),
                    d(components.get(1).get(column)), d(components.get(2).get(column)),
                    d(components.get(3).get(column)));
            rows.add(AkipRow.of(year, evaluation).withPrintedTotal(d(printedTotals.get(year)))
                    .withPrintedPredicate(AkipPredicate.BB));
        }
        return rows;
    }
}
