package io.github.sakip.examples.national;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.BudgetLine;
import io.github.sakip.Capaian;
import io.github.sakip.Achievement;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic national-scale dataset of performance reports: every agency (perangkat daerah) of every local
 * government, each report with its Perjanjian Kinerja and its budget table as printed. Report {@code i} depends only
 * on the seed and {@code i}, so the dataset is the same on every machine and can be produced one report at a time,
 * never held in memory whole.
 * <p>
 * About one printed figure in twenty is wrong the way real reports are (a truncated capaian, a program total that
 * does not add up), so that an audit has something to find.
 */
public final class NationalDataset implements Iterable<PerformanceReport> {

    /** Local governments (pemerintah daerah) of Indonesia: 38 provinces and 508 kabupaten/kota, rounded up. */
    public static final int GOVERNMENTS = 548;

    /** Agencies per local government. */
    public static final int AGENCIES = 40;

    private static final String[] UNITS = {"Persen", "Indeks", "Nilai", "Dokumen", "Orang", "Laporan"};

    private final int governments;
    private final int agencies;
    private final int indicators;
    private final int programs;
    private final long seed;

    /**
     * Creates a dataset.
     *
     * @param governments the number of local governments
     * @param agencies the number of agencies of each
     * @param indicators the number of Perjanjian Kinerja indicators of each report
     * @param programs the number of programs of each budget table; each has one kegiatan with eight sub kegiatan,
     *        so a report has {@code programs × 10} budget lines
     * @param seed the seed
     */
    public NationalDataset(int governments, int agencies, int indicators, int programs, long seed) {
        if (governments < 1 || agencies < 1 || indicators < 1 || programs < 1 || programs > 99) {
            throw new IllegalArgumentException("sizes must be positive (programs at most 99), but were "
                    + governments + ", " + agencies + ", " + indicators + ", " + programs);
        }
        this.governments = governments;
        this.agencies = agencies;
        this.indicators = indicators;
        this.programs = programs;
        this.seed = seed;
    }

    /**
     * The national dataset of the benchmark: 548 governments × 40 agencies, 60 indicators and 100 budget lines each.
     *
     * @return the dataset
     */
    public static NationalDataset national() {
        return new NationalDataset(GOVERNMENTS, AGENCIES, 60, 10, 20_241_128L);
    }

    /**
     * Returns the number of reports.
     *
     * @return governments × agencies
     */
    public int size() {
        return governments * agencies;
    }

    @Override
    public Iterator<PerformanceReport> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public PerformanceReport next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return report(next++);
            }
        };
    }

    /**
     * Builds one report.
     *
     * @param index the report's index, from 0 to {@code size() - 1}
     * @return the report
     */
    public PerformanceReport report(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String agency = "Perangkat Daerah " + (index % agencies + 1) + " Pemda " + (index / agencies + 1);
        return PerformanceReport.of(agency, 2024)
                .withPerformance(performance(random))
                .withBudget(budget(random))
                .withAkip(List.of(akip(random)));
    }

    private List<PerformanceRow> performance(SplittableRandom random) {
        List<PerformanceRow> rows = new ArrayList<>(indicators);
        for (int i = 1; i <= indicators; i++) {
            Polarity polarity = random.nextInt(10) == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE;
            String unit = UNITS[random.nextInt(UNITS.length)];
            Accumulation accumulation = unit.equals("Dokumen") || unit.equals("Orang") || unit.equals("Laporan")
                    ? Accumulation.FLOW : Accumulation.STOCK;
            BigDecimal target = BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(3));
            BigDecimal realisasi = target.multiply(BigDecimal.valueOf(50 + random.nextInt(80), 2))
                    .setScale(2, RoundingMode.HALF_UP);
            Achievement a = Capaian.of(polarity, target, realisasi);
            BigDecimal printed = random.nextInt(20) == 0 ? a.rounded(2, RoundingMode.DOWN) : a.rounded();
            rows.add(PerformanceRow.of(Integer.toString(i), "Sasaran " + (1 + (i - 1) / 5),
                    Indicator.of("Indikator kinerja " + i, unit, polarity, accumulation), Target.of(target),
                    Realization.of(realisasi)).withPrintedCapaian(printed)
                    .withPrintedCategory(a.category().orElseThrow()));
        }
        return rows;
    }

    private BudgetTable budget(SplittableRandom random) {
        List<BudgetRow> lines = new ArrayList<>(programs * 10);
        BigDecimal totalPagu = BigDecimal.ZERO;
        BigDecimal totalRealisasi = BigDecimal.ZERO;
        for (int p = 1; p <= programs; p++) {
            String program = String.format(Locale.ROOT, "2.07.%02d", p);
            String kegiatan = program + ".2.01";
            List<BudgetRow> subs = new ArrayList<>(8);
            BigDecimal pagu = BigDecimal.ZERO;
            BigDecimal realisasi = BigDecimal.ZERO;
            for (int s = 1; s <= 8; s++) {
                BigDecimal subPagu = BigDecimal.valueOf(1_000_000L + random.nextLong(5_000_000_000L));
                BigDecimal subRealisasi = subPagu.multiply(BigDecimal.valueOf(random.nextInt(10_001), 4))
                        .setScale(0, RoundingMode.DOWN);
                subs.add(row(String.format(Locale.ROOT, "%s.%02d", kegiatan, s), "Sub kegiatan " + s, subPagu,
                        subRealisasi));
                pagu = pagu.add(subPagu);
                realisasi = realisasi.add(subRealisasi);
            }
            BigDecimal printedPagu = random.nextInt(20) == 0 ? pagu.add(BigDecimal.valueOf(1_000_000)) : pagu;
            lines.add(row(program, "Program " + p, printedPagu, realisasi));
            lines.add(row(kegiatan, "Kegiatan " + p, pagu, realisasi));
            lines.addAll(subs);
            totalPagu = totalPagu.add(pagu);
            totalRealisasi = totalRealisasi.add(realisasi);
        }
        return BudgetTable.of(lines).withPrintedTotalPagu(totalPagu).withPrintedTotalRealisasi(totalRealisasi);
    }

    private static BudgetRow row(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        return BudgetRow.of(code, name, pagu, realisasi)
                .withPrintedPercent(BudgetLine.absorptionOf(pagu, realisasi).rounded());
    }

    private static AkipRow akip(SplittableRandom random) {
        AkipEvaluation evaluation = AkipEvaluation.of(BigDecimal.valueOf(random.nextInt(3001), 2),
                BigDecimal.valueOf(random.nextInt(3001), 2), BigDecimal.valueOf(random.nextInt(1501), 2),
                BigDecimal.valueOf(random.nextInt(2501), 2));
        return AkipRow.of(2023, evaluation).withPrintedTotal(evaluation.total().setScale(2, RoundingMode.UNNECESSARY))
                .withPrintedPredicate(evaluation.predicate());
    }
}
