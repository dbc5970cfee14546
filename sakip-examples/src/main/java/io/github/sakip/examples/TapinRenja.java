package io.github.sakip.examples;

import io.github.sakip.Accumulation;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.PerformanceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form "Evaluasi terhadap Hasil Renja Perangkat Daerah" 2024 (Permendagri 86/2017) of the reference agency, Dinas
 * Tenaga Kerja Kabupaten Tapin, built from its own data: the Renstra matrix of its LKjIP 2024 (Lampiran 3) gives each
 * indicator, its target for 2024 and for the end of the Renstra, and each sub kegiatan's budget over the Renstra; Tabel
 * 3.9 gives the lines of the 2024 budget, their pagu and the year's realisation. The realisations of the indicators
 * and the quarters are constructed: the CSV files in {@code /tapin-2024/renja-2024-*.csv} say how, and the form's
 * {@link EvaluationForm#source()} says so too.
 * <p>
 * {@link #form()} is the form's data with nothing printed; {@link #filled()} the form as it should be filled, every
 * derived cell as the library computes it (bundled as {@code /tapin-renja-2024.json}). A copy with deliberate errors,
 * {@code /tapin-renja-2024-errors.json}, is the held-back form of {@code docs/permendagri86-forms.md}: its errors are
 * listed there and pinned in the tests, and the example program finds exactly them.
 */
public final class TapinRenja {

    /** The bundled form, filled as the library computes it. */
    public static final String FILLED = "/tapin-renja-2024.json";

    /** The bundled copy of the form with deliberate errors. */
    public static final String WITH_ERRORS = "/tapin-renja-2024-errors.json";

    /** What the form's figures are, in its {@code source}. */
    static final String SOURCE = "Matriks Renstra 2024-2026 (Lampiran 3) dan Tabel 3.9 LKjIP Dinas Tenaga Kerja"
            + " Kabupaten Tapin 2024; realisasi kinerja 2024 dan angka triwulan (kolom 9-12) dikonstruksi, tidak ada"
            + " dalam laporan (sakip-examples, tapin-2024/renja-2024-*.csv)";

    private static final String FIRST_YEAR = "tahun pertama Renstra 2024-2026";

    private TapinRenja() {
    }

    /**
     * Builds the form's data: its entries, indicator rows and budgets, with nothing printed.
     *
     * @return the form
     * @throws IllegalStateException if the CSV files do not agree with each other (a quarter that does not add up to
     *         the year, a budget line of Tabel 3.9 without its Renstra budget)
     */
    public static EvaluationForm form() {
        Map<String, List<FormIndicatorRow>> indicators = indicators();
        Map<String, RowBudget> budgets = budgets();
        List<Map<String, String>> lines = Csv.read("/tapin-2024/anggaran-2024.csv");
        Map<String, FormEntry> programs = new LinkedHashMap<>();
        for (Map<String, String> program : lines) {
            if (!program.get("level").equals("PROGRAM")) {
                continue;
            }
            List<FormEntry> kegiatan = new ArrayList<>();
            for (Map<String, String> line : lines) {
                if (line.get("level").equals("KEGIATAN") && parent(line.get("code")).equals(program.get("code"))) {
                    kegiatan.add(kegiatan(line, lines, indicators, budgets));
                }
            }
            programs.put(program.get("code"), FormEntry.parent(Level.PROGRAM, program.get("code"),
                    program.get("name"), indicators.getOrDefault(program.get("code"), List.of()), kegiatan));
        }
        Map<String, List<FormEntry>> bySasaran = new LinkedHashMap<>();
        for (Map<String, String> link : Csv.read("/tapin-2024/renja-2024-sasaran.csv")) {
            bySasaran.computeIfAbsent(link.get("sasaran"), k -> new ArrayList<>()).add(programs.get(link.get("program")));
        }
        List<FormEntry> sasaran = new ArrayList<>();
        bySasaran.forEach((name, below) -> sasaran.add(FormEntry.parent(Level.SASARAN, "", name, List.of(), below)));
        return EvaluationForm.of(EvaluationForm.Kind.RENJA, sasaran).withSource(SOURCE);
    }

    /**
     * Returns the form as it should be filled: every derived cell as the library computes it with the default
     * policies.
     *
     * @return the filled form
     */
    public static EvaluationForm filled() {
        return form().withComputedFigures(Capaian.Policy.DEFAULT);
    }

    /**
     * Returns a report that holds only the filled form, as {@link #FILLED} bundles it.
     *
     * @return the report
     */
    public static PerformanceReport report() {
        return PerformanceReport.of(TapinReport.AGENCY, TapinReport.YEAR).withEvaluationForms(List.of(filled()));
    }

    private static String parent(String code) {
        return code.substring(0, code.lastIndexOf('.', code.lastIndexOf('.') - 1));
    }

    private static FormEntry kegiatan(Map<String, String> kegiatan, List<Map<String, String>> lines,
            Map<String, List<FormIndicatorRow>> indicators, Map<String, RowBudget> budgets) {
        String code = kegiatan.get("code");
        List<FormEntry> subs = new ArrayList<>();
        for (Map<String, String> line : lines) {
            String sub = line.get("code");
            if (line.get("level").equals("SUB_KEGIATAN") && sub.substring(0, sub.lastIndexOf('.')).equals(code)) {
                RowBudget budget = budgets.get(sub);
                if (budget == null) {
                    throw new IllegalStateException("renja-2024-anggaran.csv has no budget for " + sub);
                }
                BigDecimal realisasi = new BigDecimal(line.get("realisasi"));
                if (budget.realisasiThisYear().value().compareTo(realisasi) != 0) {
                    throw new IllegalStateException("the quarters of " + sub + " do not add up to Tabel 3.9's "
                            + realisasi.toPlainString());
                }
                subs.add(FormEntry.leaf(Level.SUB_KEGIATAN, sub, line.get("name"), indicators.getOrDefault(sub,
                        List.of()), RowBudget.of(budget.renstraPagu(), BigDecimal.ZERO,
                                new BigDecimal(line.get("anggaran")), budget.realisasi())));
            }
        }
        return FormEntry.parent(Level.KEGIATAN, code, kegiatan.get("name"), indicators.getOrDefault(code, List.of()),
                subs);
    }

    private static Map<String, List<FormIndicatorRow>> indicators() {
        Map<String, List<FormIndicatorRow>> byCode = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/renja-2024-indikator.csv")) {
            Indicator indicator = Indicator.of(r.get("indikator"), r.get("satuan"), Polarity.valueOf(r.get("polarity")),
                    Accumulation.valueOf(r.get("accumulation")));
            Quarters quarters = Quarters.reported(d(r.get("tw1")), d(r.get("tw2")), d(r.get("tw3")), d(r.get("tw4")));
            IndicatorRow row = IndicatorRow.of(indicator, Target.of(d(r.get("target_akhir_renstra"))),
                    Realization.absent(FIRST_YEAR), Target.of(d(r.get("target_2024"))), quarters);
            if (row.realizationThisYear().value().compareTo(d(r.get("realisasi_2024"))) != 0) {
                throw new IllegalStateException("the quarters of " + r.get("code") + " " + indicator.name()
                        + " do not give the year's realisation " + r.get("realisasi_2024"));
            }
            FormIndicatorRow formRow = FormIndicatorRow.of(row);
            if (!r.get("penanggung_jawab").isBlank()) {
                formRow = formRow.withResponsible(r.get("penanggung_jawab"));
            }
            byCode.computeIfAbsent(r.get("code"), k -> new ArrayList<>()).add(formRow);
        }
        return byCode;
    }

    /** The Renstra budget and the quarters of each sub kegiatan; the pagu comes from Tabel 3.9. */
    private static Map<String, RowBudget> budgets() {
        Map<String, RowBudget> byCode = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read("/tapin-2024/renja-2024-anggaran.csv")) {
            byCode.put(r.get("code"), RowBudget.of(d(r.get("pagu_renstra")), BigDecimal.ZERO, BigDecimal.ZERO,
                    Quarters.reported(d(r.get("realisasi_tw1")), d(r.get("realisasi_tw2")), d(r.get("realisasi_tw3")),
                            d(r.get("realisasi_tw4")))));
        }
        return byCode;
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
