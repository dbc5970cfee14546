package io.github.sakip.examples;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real report of a central-government unit: the LAKIP 2021 of the Pusat Pelatihan dan Pengembangan dan Kajian
 * Manajemen Pemerintahan (Puslatbang KMP) of the Lembaga Administrasi Negara, a satuan kerja of a lembaga, as a
 * {@link PerformanceReport} built from {@code /puslatbang-kmp-lan-2021/nilai-kinerja-anggaran.csv}, with the figures
 * exactly as the report printed them.
 * <p>
 * It holds what could be read of the report: the Perjanjian Kinerja row of its indicator IKK 6.2 "Nilai Evaluasi
 * Kinerja Anggaran" (target 89, realisasi 87,93, capaian 98,80 %) and its budget performance value of 2021 (Nilai
 * Kinerja Anggaran of PMK 22/PMK.02/2021: penyerapan 95,53, konsistensi 99,61, capaian rincian output 99,72, nilai
 * efisiensi 59,98, value 87,93). Its budget table by program, kegiatan and rincian output could not be found, so the
 * report has none: the audit checks the value from its components and the capaian, and both are right.
 * <p>
 * Readings taken: the indicator is a score of which more is better (positive polarity, a stock); the sasaran the
 * indicator belongs to is not on the page read, and is named so; the value of 2021 is the realisasi of Tabel 3.67,
 * whose IKK is this value.
 */
public final class PuslatbangReport {

    /** The agency. */
    public static final String AGENCY = "Pusat Pelatihan dan Pengembangan dan Kajian Manajemen Pemerintahan"
            + " (Puslatbang KMP) LAN";

    /** The year reported on. */
    public static final int YEAR = 2021;

    private PuslatbangReport() {
    }

    /**
     * Builds the report from its table.
     *
     * @return the report with the figures it printed
     */
    public static PerformanceReport load() {
        Map<String, BigDecimal> printed = new HashMap<>();
        for (Map<String, String> r : Csv.read("/puslatbang-kmp-lan-2021/nilai-kinerja-anggaran.csv")) {
            printed.put(r.get("figure"), new BigDecimal(r.get("printed")));
        }
        Indicator nka = Indicator.of("Nilai Evaluasi Kinerja Anggaran", "Nilai", Polarity.POSITIVE,
                Accumulation.STOCK);
        PerformanceRow row = PerformanceRow.of("IKK 6.2", "(the sasaran of IKK 6.2: not on the page read)", nka,
                Target.of(printed.get("target")), Realization.of(printed.get("realisasi")))
                .withPrintedCapaian(printed.get("capaian"));
        BudgetPerformanceRow value = BudgetPerformanceRow.of(YEAR, printed.get("penyerapan"),
                printed.get("konsistensi"), printed.get("capaian_rincian_output"))
                .withPrintedEfficiencyScore(printed.get("nilai_efisiensi"))
                .withPrintedValue(printed.get("realisasi"));
        return PerformanceReport.of(AGENCY, YEAR).withPerformance(List.of(row)).withBudgetPerformance(List.of(value));
    }
}
