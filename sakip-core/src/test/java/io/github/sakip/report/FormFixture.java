package io.github.sakip.report;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small Renja evaluation form whose every figure was worked out by hand (see the tests that use it), with an
 * indicator of every kind: a positive flow with triwulan IV not reported yet (A), a negative stock (B), a positive
 * stock with a realisation to last year (the kegiatan's own outcome), and a positive flow on a kegiatan without sub
 * kegiatan (K2).
 * <pre>
 * sasaran Meningkatnya Kualitas Ketenagakerjaan Daerah
 *   program 2.07.03
 *     kegiatan 2.07.03.2.01 (own indicator: 6 = 95, 7 = 91, 8 = 93, quarters 90, 91, 92, 93,5)
 *       sub kegiatan 2.07.03.2.01.01 A: flow, 6 = 15, 7 = 5, 8 = 5, quarters 1, 1, 2, -
 *                                       Rp 6.093.199.996 / 0 / 600.448.289, quarters 100.000.000, 150.000.000,
 *                                       172.289.600, -
 *       sub kegiatan 2.07.03.2.01.03 B: negative stock, 6 = 2, 7 = 3, 8 = 2,5, quarters 3, 2,5, 2, 2,4
 *                                       Rp 2.750.000.000 / 0 / 581.661.700, quarters 100.000.000, 200.000.000,
 *                                       120.596.454, 100.000.000
 *     kegiatan 2.07.03.2.02 K2: flow, 6 = 26, 7 = 0, 8 = 19, quarters 5, 5, 5, 4
 *                               Rp 96.341.650 / 0 / 9.921.000, quarters 2.000.000, 3.000.000, 2.500.000, 2.418.000
 * </pre>
 */
public final class FormFixture {

    public static final Indicator PACKAGES = Indicator.of("Jumlah paket pelatihan", "Paket", Polarity.POSITIVE,
            Accumulation.FLOW);
    public static final Indicator ACCIDENTS = Indicator.of("Persentase kecelakaan kerja di LPK", "Persen",
            Polarity.NEGATIVE, Accumulation.STOCK);
    public static final Indicator TRAINED = Indicator.of("Persentase angkatan kerja terlatih yang berkualitas",
            "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    public static final Indicator INSTITUTIONS = Indicator.of("Jumlah LPK yang dibina", "Lembaga", Polarity.POSITIVE,
            Accumulation.FLOW);

    private FormFixture() {
    }

    public static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    public static IndicatorRow packagesRow() {
        return IndicatorRow.of(PACKAGES, Target.of(d("15")), Realization.of(d("5")), Target.of(d("5")),
                Quarters.reported(d("1"), d("1"), d("2")));
    }

    public static IndicatorRow accidentsRow() {
        return IndicatorRow.of(ACCIDENTS, Target.of(d("2")), Realization.of(d("3")), Target.of(d("2.5")),
                Quarters.reported(d("3"), d("2.5"), d("2"), d("2.4")));
    }

    public static IndicatorRow trainedRow() {
        return IndicatorRow.of(TRAINED, Target.of(d("95")), Realization.of(d("91")), Target.of(d("93")),
                Quarters.reported(d("90"), d("91"), d("92"), d("93.5")));
    }

    public static IndicatorRow institutionsRow() {
        return IndicatorRow.of(INSTITUTIONS, Target.of(d("26")), Realization.of(d("0")), Target.of(d("19")),
                Quarters.reported(d("5"), d("5"), d("5"), d("4")));
    }

    public static FormEntry subA() {
        return FormEntry.leaf(Level.SUB_KEGIATAN, "2.07.03.2.01.01", "Proses Pelaksanaan Pelatihan",
                List.of(FormIndicatorRow.of(packagesRow())), RowBudget.of(d("6093199996"), d("0"), d("600448289"),
                        Quarters.reported(d("100000000"), d("150000000"), d("172289600"))));
    }

    public static FormEntry subB() {
        return FormEntry.leaf(Level.SUB_KEGIATAN, "2.07.03.2.01.03", "Pengadaan Sarana Pelatihan Kerja",
                List.of(FormIndicatorRow.of(accidentsRow())), RowBudget.of(d("2750000000"), d("0"), d("581661700"),
                        Quarters.reported(d("100000000"), d("200000000"), d("120596454"), d("100000000"))));
    }

    public static FormEntry kegiatan(FormEntry a, FormEntry b) {
        return FormEntry.parent(Level.KEGIATAN, "2.07.03.2.01", "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
                List.of(FormIndicatorRow.of(trainedRow())), List.of(a, b));
    }

    public static FormEntry kegiatanTwo() {
        return FormEntry.leaf(Level.KEGIATAN, "2.07.03.2.02", "Pembinaan Lembaga Pelatihan Kerja Swasta",
                List.of(FormIndicatorRow.of(institutionsRow())), RowBudget.of(d("96341650"), d("0"), d("9921000"),
                        Quarters.reported(d("2000000"), d("3000000"), d("2500000"), d("2418000"))));
    }

    public static FormEntry program(FormEntry kegiatan, FormEntry kegiatanTwo) {
        return FormEntry.parent(Level.PROGRAM, "2.07.03", "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
                List.of(), List.of(kegiatan, kegiatanTwo));
    }

    public static FormEntry sasaran(FormEntry program) {
        return FormEntry.parent(Level.SASARAN, "", "Meningkatnya Kualitas Ketenagakerjaan Daerah", List.of(),
                List.of(program));
    }

    /** The form with nothing printed. */
    public static EvaluationForm form() {
        return EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(sasaran(program(kegiatan(subA(), subB()),
                kegiatanTwo()))));
    }

    /** A report holding only the form. */
    public static PerformanceReport report(EvaluationForm form) {
        return PerformanceReport.of("Dinas Contoh", 2024).withEvaluationForms(List.of(form));
    }
}
