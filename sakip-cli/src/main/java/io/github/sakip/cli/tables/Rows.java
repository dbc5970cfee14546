package io.github.sakip.cli.tables;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipEvaluation.Component;
import io.github.sakip.Ikm;
import io.github.sakip.Indicator;
import io.github.sakip.Mutu;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.Category;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormColumn.Half;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A report as the rows of the template's sheets, each a list of values in the order of the sheet's columns: text
 * ({@link String}), a year ({@link Integer}), a number ({@link BigDecimal}, a printed figure at its printed scale),
 * or null for an empty cell. Reading these rows back gives the same report.
 */
final class Rows {

    private Rows() {
    }

    /**
     * The rows of a sheet.
     *
     * @param report the report
     * @param sheet the sheet
     * @return the rows
     * @throws IllegalArgumentException if the report has what the template cannot hold: AKIP weights other than
     *         the regulation's
     */
    static List<List<Object>> of(PerformanceReport report, Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        switch (sheet) {
            case LAPORAN:
                rows.add(row(report.agency(), report.year(), report.budget().printedTotalPagu().orElse(null),
                        report.budget().printedTotalRealisasi().orElse(null),
                        report.centralBudget().printedTotalPagu().orElse(null),
                        report.centralBudget().printedTotalRealisasi().orElse(null)));
                break;
            case PERJANJIAN_KINERJA:
                for (PerformanceRow r : report.performance()) {
                    Indicator i = r.indicator();
                    rows.add(row(r.number(), r.sasaran(), i.name(), i.unit(), polarity(i.polarity()),
                            accumulation(i.accumulation()), r.target().lower(), upper(r.target()),
                            realization(r.realization()), r.printedCapaian().orElse(null),
                            r.printedCategory().map(c -> c.label()).orElse(null)));
                }
                break;
            case ANGGARAN:
                for (BudgetRow r : report.budget().lines()) {
                    rows.add(row(r.code(), r.name(), r.pagu(), r.realisasi(), r.printedPercent().orElse(null)));
                }
                break;
            case RENSTRA:
                for (RenstraRow r : report.renstra()) {
                    RenstraPlan p = r.plan();
                    Indicator i = p.indicator();
                    Optional<RenstraPlan.Baseline> base = p.baseline();
                    rows.add(row(i.name(), i.unit(), polarity(i.polarity()), accumulation(i.accumulation()),
                            p.firstYear(), p.lastYear(), base.map(b -> (Object) b.year()).orElse(null),
                            base.map(b -> b.value()).orElse(null), r.printedEndTarget().orElse(null),
                            r.printedProgress().orElse(null)));
                }
                break;
            case RENSTRA_TAHUNAN:
                for (RenstraRow r : report.renstra()) {
                    RenstraPlan p = r.plan();
                    SortedSet<Integer> years = new TreeSet<>(r.realizations().keySet());
                    for (int year = p.firstYear(); year <= p.lastYear(); year++) {
                        if (p.target(year).isPresent()) {
                            years.add(year);
                        }
                    }
                    for (int year : years) {
                        Optional<Target> target = year >= p.firstYear() && year <= p.lastYear() ? p.target(year)
                                : Optional.empty();
                        Realization realization = r.realizations().get(year);
                        rows.add(row(p.indicator().name(), year, target.map(Target::lower).orElse(null),
                                target.map(Rows::upper).orElse(null),
                                realization == null ? null : realization(realization)));
                    }
                }
                break;
            case EFISIENSI:
                for (EfficiencyRow r : report.efficiency()) {
                    rows.add(row(r.sasaran(), polarity(r.polarity()), r.target().lower(), upper(r.target()),
                            realization(r.realization()), r.pagu(), r.realisasiAnggaran(),
                            r.printedCapaian().orElse(null), r.printedAbsorption().orElse(null),
                            r.printedEfficiency().orElse(null)));
                }
                break;
            case STANDAR:
                for (StandardRow r : report.standards()) {
                    Indicator i = r.indicator();
                    rows.add(row(i.name(), i.unit(), polarity(i.polarity()), accumulation(i.accumulation()),
                            realization(r.realization()), r.standard(), r.standardName(),
                            r.printedPercent().orElse(null)));
                }
                break;
            case EVALUASI_AKIP:
                for (AkipRow r : report.akip()) {
                    AkipEvaluation e = r.evaluation();
                    for (Component c : Component.values()) {
                        if (e.weight(c).compareTo(AkipEvaluation.DEFAULT_WEIGHTS.get(c)) != 0) {
                            throw new IllegalArgumentException("the AKIP evaluation of " + r.year() + " weighs "
                                    + c.label() + " " + e.weight(c).toPlainString() + " instead of "
                                    + AkipEvaluation.DEFAULT_WEIGHTS.get(c).toPlainString()
                                    + ": the template holds the regulation's weights only; use JSON");
                        }
                    }
                    rows.add(row(r.year(), e.score(Component.PERENCANAAN_KINERJA),
                            e.score(Component.PENGUKURAN_KINERJA), e.score(Component.PELAPORAN_KINERJA),
                            e.score(Component.EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL),
                            r.printedTotal().orElse(null), r.printedPredicate().map(Enum::name).orElse(null)));
                }
                break;
            case IKM:
                for (IkmTable t : report.ikm()) {
                    if (t.scale() != Mutu.Scale.PERMENPAN_RB_14_2017) {
                        throw new IllegalArgumentException("the survey " + t.unit() + " grades by " + t.scale()
                                + ": the template holds the grades of PermenPAN-RB 14/2017 only; use JSON");
                    }
                    rows.add(row(t.unit(), t.respondents(), t.statedWeight().map(Rows::weight).orElse(null),
                            t.population().isPresent() ? BigDecimal.valueOf(t.population().getAsLong()) : null,
                            t.printedIndex().orElse(null), t.printedIkm().orElse(null),
                            t.printedMutu().map(Enum::name).orElse(null),
                            t.printedSampleSize().isPresent() ? t.printedSampleSize().getAsInt() : null));
                }
                break;
            case IKM_UNSUR:
                for (IkmTable t : report.ikm()) {
                    for (int i = 0; i < t.unsur().size(); i++) {
                        int at = i;
                        rows.add(row(t.unit(), t.unsur().get(i), t.totals().get(i),
                                t.printedNrr().map(l -> l.get(at)).orElse(null),
                                t.printedConverted().map(l -> l.get(at)).orElse(null),
                                t.printedWeightedNrr().map(l -> l.get(at)).orElse(null),
                                t.printedUnsurMutu().map(l -> l.get(at).name()).orElse(null)));
                    }
                }
                break;
            case ANGGARAN_KL:
                for (CentralBudgetRow r : report.centralBudget().lines()) {
                    rows.add(row(r.code(), r.name(), r.parent().orElse(null), r.pagu(), r.realisasi(),
                            r.outputTarget().orElse(null), r.outputRealization().orElse(null),
                            r.printedAbsorption().orElse(null), r.printedOutputAchievement().orElse(null),
                            r.printedEfficiency().orElse(null), r.printedEfficiencyScore().orElse(null)));
                }
                break;
            case NILAI_KINERJA_ANGGARAN:
                for (BudgetPerformanceRow r : report.budgetPerformance()) {
                    rows.add(row(r.year(), r.absorption(), r.consistency(), r.outputAchievement(),
                            r.efficiency().orElse(null), r.printedEfficiencyScore().orElse(null),
                            r.printedValue().orElse(null)));
                }
                break;
            case FORMULIR_EVALUASI:
                for (int i = 0; i < report.evaluationForms().size(); i++) {
                    EvaluationForm f = report.evaluationForms().get(i);
                    List<Object> row = new ArrayList<>(row(Integer.toString(i + 1), f.kind().yearPlan(),
                            f.renstraToDate() == RenstraToDate.BY_ACCUMULATION ? null : "7 + 13",
                            reading(f.predicateReading()), f.measure() == Measure.RENSTRA_TO_DATE ? null : "13/8"));
                    for (FormColumn column : FORM_PRINTED) {
                        row.add(f.printed(column).orElse(null));
                    }
                    row.add(f.printedPredicate(Half.K).map(Category::label).orElse(null));
                    row.add(f.printedPredicate(Half.RP).map(Category::label).orElse(null));
                    for (EvaluationForm.Text text : EvaluationForm.Text.values()) {
                        row.add(f.text(text).orElse(null));
                    }
                    row.add(f.source().orElse(null));
                    rows.add(row);
                }
                break;
            case FORMULIR_EVALUASI_BARIS:
                for (int i = 0; i < report.evaluationForms().size(); i++) {
                    for (FormEntry entry : report.evaluationForms().get(i).entries()) {
                        entryRows(Integer.toString(i + 1), entry, rows);
                    }
                }
                break;
            default:
                throw new IllegalStateException("no rows for " + sheet);
        }
        return rows;
    }

    /** The bottom rows' printed columns in the order of the sheet Formulir Evaluasi. */
    private static final List<FormColumn> FORM_PRINTED = List.of(FormColumn.K15, FormColumn.K_YEAR, FormColumn.RP6,
            FormColumn.RP7, FormColumn.RP8, FormColumn.RP9, FormColumn.RP10, FormColumn.RP11, FormColumn.RP12,
            FormColumn.RP13, FormColumn.RP14, FormColumn.RP15, FormColumn.RP_YEAR);

    private static String reading(PredicateReading reading) {
        switch (reading) {
            case PRINTED_WHOLE_PERCENT:
                return "persen bulat";
            case GREATER_THAN:
                return "lebih dari";
            default:
                return null;
        }
    }

    /** An entry's row, its indicators' rows, then the rows of the entries below it. */
    private static void entryRows(String form, FormEntry entry, List<List<Object>> rows) {
        List<Object> row = formRow(form, entry.level().label());
        set(row, "Kode", entry.code().isEmpty() ? null : entry.code());
        set(row, "Uraian", entry.name());
        set(row, "15 K (dicetak)", entry.printed(FormColumn.K15).orElse(null));
        set(row, "13/8 K (dicetak)", entry.printed(FormColumn.K_YEAR).orElse(null));
        if (entry.budget().isPresent()) {
            RowBudget b = entry.budget().get();
            set(row, "6 Rp", b.renstraPagu());
            set(row, "7 Rp", b.renstraRealisasiToLastYear());
            set(row, "8 Rp", b.pagu());
            for (int q = 1; q <= 4; q++) {
                set(row, (8 + q) + " Rp", b.realisasi().get(q).valueIfPresent().orElse(null));
            }
        } else {
            for (int c = 6; c <= 12; c++) {
                set(row, c + " Rp", entry.printed(FormColumn.of(Half.RP, Integer.toString(c))).orElse(null));
            }
        }
        set(row, "13 Rp (dicetak)", entry.printed(FormColumn.RP13).orElse(null));
        set(row, "14 Rp (dicetak)", entry.printed(FormColumn.RP14).orElse(null));
        set(row, "15 Rp (dicetak)", entry.printed(FormColumn.RP15).orElse(null));
        set(row, "13/8 Rp (dicetak)", entry.printed(FormColumn.RP_YEAR).orElse(null));
        set(row, "Predikat K (dicetak)", entry.printedPredicate(Half.K).map(Category::label).orElse(null));
        set(row, "Predikat Rp (dicetak)", entry.printedPredicate(Half.RP).map(Category::label).orElse(null));
        rows.add(row);
        Quarters none = Quarters.none();
        for (FormIndicatorRow indicator : entry.indicators()) {
            IndicatorRow data = indicator.row();
            Indicator i = data.indicator();
            List<Object> line = formRow(form, "indikator");
            set(line, "Indikator", i.name());
            set(line, "Satuan", i.unit());
            set(line, "Polaritas", polarity(i.polarity()));
            set(line, "Akumulasi", accumulation(i.accumulation()));
            set(line, "6 K", data.renstraTarget().map(t -> single(t, i)).orElse(null));
            set(line, "7 K", realization(data.renstraRealizationToLastYear()));
            set(line, "8 K", data.yearTarget().map(t -> single(t, i)).orElse(null));
            for (int q = 1; q <= 4; q++) {
                Realization r = data.quarters().get(q);
                set(line, (8 + q) + " K", r.equals(none.get(q)) ? null : realization(r));
            }
            set(line, "13 K (dicetak)", indicator.printed(FormColumn.K13).orElse(null));
            set(line, "14 K (dicetak)", indicator.printed(FormColumn.K14).orElse(null));
            set(line, "15 K (dicetak)", indicator.printed(FormColumn.K15).orElse(null));
            set(line, "13/8 K (dicetak)", indicator.printed(FormColumn.K_YEAR).orElse(null));
            set(line, "Predikat K (dicetak)", indicator.printedPredicate().map(Category::label).orElse(null));
            set(line, "16 Unit Penanggung Jawab", indicator.responsible().orElse(null));
            rows.add(line);
        }
        for (FormEntry child : entry.children()) {
            entryRows(form, child, rows);
        }
    }

    private static List<Object> formRow(String form, String level) {
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[Sheet.FORMULIR_EVALUASI_BARIS.columns().size()]));
        set(row, "Formulir", form);
        set(row, "Tingkat", level);
        return row;
    }

    private static void set(List<Object> row, String header, Object value) {
        row.set(Sheet.FORMULIR_EVALUASI_BARIS.columns().indexOf(Sheet.FORMULIR_EVALUASI_BARIS.column(header)), value);
    }

    /** A form's target, which the template holds as one number. */
    private static BigDecimal single(Target target, Indicator indicator) {
        if (target.isRange()) {
            throw new IllegalArgumentException("the evaluation form's indicator " + indicator.name()
                    + " has a range as its target: the template holds one number; use JSON");
        }
        return target.value();
    }

    /** The weight as the sheet IKM takes it. */
    static String weight(Ikm.Weight weight) {
        switch (weight) {
            case PRINTED:
                return "0,111";
            case PRINTED_TWO_DECIMALS:
                return "0,11";
            default:
                return "1/n";
        }
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static String polarity(Polarity polarity) {
        return polarity == Polarity.POSITIVE ? "positif" : "negatif";
    }

    static String accumulation(Accumulation accumulation) {
        return accumulation == Accumulation.FLOW ? "kumulatif" : "non-kumulatif";
    }

    private static BigDecimal upper(Target target) {
        return target.isRange() ? target.upper() : null;
    }

    private static Object realization(Realization realization) {
        if (realization instanceof Realization.Absent absent) {
            return absent.reason();
        }
        return realization.valueIfPresent().orElseThrow();
    }
}
