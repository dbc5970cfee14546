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
import io.github.sakip.report.EfficiencyRow;
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
            default:
                throw new IllegalStateException("no rows for " + sheet);
        }
        return rows;
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
