package io.github.sakip.json.testdata;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.sakip.Accumulation;
import io.github.sakip.AkipEvaluation;
import io.github.sakip.AkipPredicate;
import io.github.sakip.Category;
import io.github.sakip.Ikm;
import io.github.sakip.Indicator;
import io.github.sakip.Mutu;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetLink;
import io.github.sakip.report.BudgetPerformanceRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.BudgetTable;
import io.github.sakip.report.CentralBudgetRow;
import io.github.sakip.report.CentralBudgetTable;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.EvaluationForm;
import io.github.sakip.report.FormColumn;
import io.github.sakip.report.FormEntry;
import io.github.sakip.report.FormIndicatorRow;
import io.github.sakip.report.IkmTable;
import io.github.sakip.report.PercentColumn;
import io.github.sakip.report.PercentTable;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.ProgramRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.Sasaran;
import io.github.sakip.report.SasaranIndicator;
import io.github.sakip.report.StandardRow;
import io.github.sakip.report.StatedPrecision;
import io.github.sakip.report.Tujuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated reports for the laws both JSON bindings obey (writing then reading is the identity) and for comparing
 * them (both write the same bytes): every part of a report, strings with quotes, backslashes, accents and symbols
 * ({@code Ω}, {@code é–}), decimals of either sign at up to four decimals, Rupiah, ranges and absent realisations.
 */
public final class Reports {

    private Reports() {
    }

    private static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12)
            .zip(integers().between(0, 3), (s, i) -> new String[] {"x", "Ω", "é–", "\"\\/"}[i] + s.strip());

    /** A decimal of up to 12 digits and 0–4 decimals, of either sign, its scale kept. */
    private static final Gen<BigDecimal> DECIMAL = longs().between(-999_999_999_999L, 999_999_999_999L)
            .zip(integers().between(0, 4), BigDecimal::valueOf);

    /** Rupiah: not negative, at most two decimals. */
    private static final Gen<BigDecimal> RUPIAH = longs().between(0, 99_999_999_999_999L)
            .zip(integers().between(0, 2), BigDecimal::valueOf);

    private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return in -> integers().between(0, 1).generate(in) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
    }

    private static <T> Gen<List<T>> list(Gen<T> gen, int max) {
        return in -> {
            int size = integers().between(0, max).generate(in);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                out.add(gen.generate(in));
            }
            return out;
        };
    }

    private static <E extends Enum<E>> Gen<E> pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return integers().between(0, values.length - 1).map(i -> values[i]);
    }

    private static final Gen<Target> TARGET = in -> {
        BigDecimal a = DECIMAL.generate(in);
        if (integers().between(0, 2).generate(in) > 0) {
            return Target.of(a);
        }
        BigDecimal b = DECIMAL.generate(in);
        return a.compareTo(b) <= 0 ? Target.range(a, b) : Target.range(b, a);
    };

    private static final Gen<Realization> REALIZATION = in -> integers().between(0, 4).generate(in) == 0
            ? Realization.absent(TEXT.generate(in)) : Realization.of(DECIMAL.generate(in));

    private static final Gen<Indicator> INDICATOR = in -> Indicator.of(TEXT.generate(in), TEXT.generate(in),
            pick(Polarity.class).generate(in), pick(Accumulation.class).generate(in));

    /** A row with a printed figure, if one was generated. */
    private static <R, V> R printed(R row, Optional<V> value, BiFunction<R, V, R> with) {
        return value.map(v -> with.apply(row, v)).orElse(row);
    }

    private static final Gen<PerformanceRow> PERFORMANCE = in -> {
        PerformanceRow row = PerformanceRow.of(TEXT.generate(in), TEXT.generate(in), INDICATOR.generate(in),
                TARGET.generate(in), REALIZATION.generate(in));
        row = printed(row, optional(DECIMAL).generate(in), PerformanceRow::withPrintedCapaian);
        return printed(row, optional(pick(Category.class)).generate(in), PerformanceRow::withPrintedCategory);
    };

    private static final Gen<BudgetTable> BUDGET = in -> {
        BudgetTable table = BudgetTable.of(list(in2 -> printed(BudgetRow.of(TEXT.generate(in2), TEXT.generate(in2),
                RUPIAH.generate(in2), RUPIAH.generate(in2)), optional(DECIMAL).generate(in2),
                BudgetRow::withPrintedPercent), 4).generate(in));
        table = printed(table, optional(RUPIAH).generate(in), BudgetTable::withPrintedTotalPagu);
        return printed(table, optional(RUPIAH).generate(in), BudgetTable::withPrintedTotalRealisasi);
    };

    private static final Gen<RenstraRow> RENSTRA = in -> {
        int first = integers().between(1902, 2990).generate(in);
        int last = first + integers().between(0, 5).generate(in);
        SortedMap<Integer, Target> targets = new TreeMap<>();
        SortedMap<Integer, Realization> realizations = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            if (integers().between(0, 2).generate(in) > 0) {
                targets.put(year, TARGET.generate(in));
            }
            if (integers().between(0, 2).generate(in) > 0) {
                realizations.put(year, REALIZATION.generate(in));
            }
        }
        Optional<RenstraPlan.Baseline> baseline = optional(in2 -> new RenstraPlan.Baseline(
                first - integers().between(0, 2).generate(in2), DECIMAL.generate(in2))).generate(in);
        RenstraPlan plan = printed(RenstraPlan.of(INDICATOR.generate(in), first, last, targets), baseline,
                RenstraPlan::withBaseline);
        RenstraRow row = RenstraRow.of(plan, realizations);
        row = printed(row, optional(DECIMAL).generate(in), RenstraRow::withPrintedEndTarget);
        row = printed(row, optional(DECIMAL).generate(in), RenstraRow::withPrintedProgress);
        return printed(row, optional(DECIMAL).generate(in), RenstraRow::withPrintedCapaian);
    };

    private static final Gen<EfficiencyRow> EFFICIENCY = in -> {
        String sasaran = TEXT.generate(in);
        Polarity polarity = pick(Polarity.class).generate(in);
        Target target = TARGET.generate(in);
        Realization realization = REALIZATION.generate(in);
        Optional<BigDecimal> capaian = optional(DECIMAL).generate(in);
        EfficiencyRow row = EfficiencyRow.of(sasaran, polarity, target, realization, RUPIAH.generate(in),
                RUPIAH.generate(in));
        row = printed(row, capaian, EfficiencyRow::withPrintedCapaian);
        row = printed(row, optional(DECIMAL).generate(in), EfficiencyRow::withPrintedAbsorption);
        return printed(row, optional(DECIMAL).generate(in), EfficiencyRow::withPrintedEfficiency);
    };

    private static final Gen<StandardRow> STANDARD = in -> {
        Indicator indicator = INDICATOR.generate(in);
        Realization realization = REALIZATION.generate(in);
        StandardRow row = StandardRow.of(indicator, DECIMAL.generate(in), realization, TEXT.generate(in));
        return printed(row, optional(DECIMAL).generate(in), StandardRow::withPrintedPercent);
    };

    private static final Gen<AkipRow> AKIP = in -> {
        Map<AkipEvaluation.Component, BigDecimal> scores = new EnumMap<>(AkipEvaluation.Component.class);
        for (AkipEvaluation.Component c : AkipEvaluation.Component.values()) {
            int hundredths = integers().between(0, c.defaultWeight().intValue() * 100).generate(in);
            scores.put(c, BigDecimal.valueOf(hundredths, 2));
        }
        AkipRow row = AkipRow.of(integers().between(1900, 2999).generate(in), AkipEvaluation.of(scores));
        row = printed(row, optional(DECIMAL).generate(in), AkipRow::withPrintedTotal);
        return printed(row, optional(pick(AkipPredicate.class)).generate(in), AkipRow::withPrintedPredicate);
    };

    /** Not negative, at most four decimals: an output volume, a printed component of a budget performance value. */
    private static final Gen<BigDecimal> NON_NEGATIVE = longs().between(0, 999_999_999L)
            .zip(integers().between(0, 4), BigDecimal::valueOf);

    private static final Gen<CentralBudgetRow> CENTRAL_ROW = in -> {
        String code = integers().between(0, 2).generate(in) == 0 ? "" : TEXT.generate(in);
        CentralBudgetRow row = CentralBudgetRow.of(code, "x" + TEXT.generate(in), RUPIAH.generate(in),
                RUPIAH.generate(in));
        row = printed(row, optional(TEXT).generate(in).map(t -> "p" + t), CentralBudgetRow::withParent);
        if (integers().between(0, 1).generate(in) == 0) {
            row = row.withOutput(NON_NEGATIVE.generate(in), NON_NEGATIVE.generate(in));
        }
        row = printed(row, optional(DECIMAL).generate(in), CentralBudgetRow::withPrintedAbsorption);
        row = printed(row, optional(NON_NEGATIVE).generate(in), CentralBudgetRow::withPrintedOutputAchievement);
        row = printed(row, optional(DECIMAL).generate(in), CentralBudgetRow::withPrintedEfficiency);
        return printed(row, optional(DECIMAL).generate(in), CentralBudgetRow::withPrintedEfficiencyScore);
    };

    private static final Gen<CentralBudgetTable> CENTRAL_BUDGET = in -> {
        CentralBudgetTable table = CentralBudgetTable.of(list(CENTRAL_ROW, 4).generate(in));
        table = printed(table, optional(RUPIAH).generate(in), CentralBudgetTable::withPrintedTotalPagu);
        return printed(table, optional(RUPIAH).generate(in), CentralBudgetTable::withPrintedTotalRealisasi);
    };

    private static final Gen<BudgetPerformanceRow> BUDGET_PERFORMANCE = in -> {
        BudgetPerformanceRow row = BudgetPerformanceRow.of(integers().between(1900, 2999).generate(in),
                NON_NEGATIVE.generate(in), NON_NEGATIVE.generate(in), NON_NEGATIVE.generate(in));
        row = printed(row, optional(DECIMAL).generate(in), BudgetPerformanceRow::withEfficiency);
        row = printed(row, optional(NON_NEGATIVE).generate(in), BudgetPerformanceRow::withPrintedEfficiencyScore);
        return printed(row, optional(DECIMAL).generate(in), BudgetPerformanceRow::withPrintedValue);
    };

    /** A survey of one to five unsur (or the nine of PermenPAN-RB 14/2017), as totals or as answers with blanks. */
    private static final Gen<IkmTable> IKM = in -> {
        boolean nine = integers().between(0, 1).generate(in) == 0;
        int count = nine ? 9 : integers().between(1, 5).generate(in);
        List<String> unsur = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            unsur.add(nine ? Ikm.UNSUR_PERMENPAN_RB_14_2017.get(i - 1) : TEXT.generate(in) + " " + i);
        }
        IkmTable table;
        if (integers().between(0, 1).generate(in) == 0) {
            int respondents = integers().between(0, 500).generate(in);
            List<BigDecimal> totals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                totals.add(BigDecimal.valueOf(integers().between(respondents, 4 * respondents).generate(in)));
            }
            table = IkmTable.ofTotals(TEXT.generate(in), unsur, respondents, totals);
        } else {
            List<List<Integer>> answers = new ArrayList<>();
            int respondents = integers().between(0, 6).generate(in);
            for (int r = 0; r < respondents; r++) {
                List<Integer> row = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    int answer = integers().between(0, 4).generate(in);
                    row.add(answer == 0 ? null : answer);
                }
                answers.add(row);
            }
            table = IkmTable.ofAnswers(TEXT.generate(in), unsur, answers);
        }
        table = table.withScale(pick(Mutu.Scale.class).generate(in));
        table = printed(table, optional(pick(Ikm.Weight.class)).generate(in), IkmTable::withStatedWeight);
        table = printed(table, optional(longs().between(1, 10_000_000_000L)).generate(in), IkmTable::withPopulation);
        Gen<List<BigDecimal>> column = in2 -> {
            List<BigDecimal> figures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                figures.add(DECIMAL.generate(in2));
            }
            return figures;
        };
        table = printed(table, optional(column).generate(in), IkmTable::withPrintedNrr);
        table = printed(table, optional(column).generate(in), IkmTable::withPrintedConverted);
        table = printed(table, optional(column).generate(in), IkmTable::withPrintedWeightedNrr);
        table = printed(table, optional(in2 -> {
            List<Mutu> grades = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                grades.add(pick(Mutu.class).generate(in2));
            }
            return grades;
        }).generate(in), IkmTable::withPrintedUnsurMutu);
        table = printed(table, optional(DECIMAL).generate(in), IkmTable::withPrintedIndex);
        table = printed(table, optional(DECIMAL).generate(in), IkmTable::withPrintedIkm);
        table = printed(table, optional(pick(Mutu.class)).generate(in), IkmTable::withPrintedMutu);
        return printed(table, optional(integers().between(1, 400)).generate(in), IkmTable::withPrintedSampleSize);
    };

    /** A link of the cascade: the whole code, a share of 0,01 to 100 %, or stated amounts. */
    private static final Gen<BudgetLink> LINK = in -> {
        BudgetLink link = BudgetLink.of(TEXT.generate(in));
        int how = integers().between(0, 2).generate(in);
        return how == 0 ? link : how == 1 ? link.withShare(BigDecimal.valueOf(integers().between(1, 10_000)
                .generate(in), 2)) : link.withAmounts(RUPIAH.generate(in), RUPIAH.generate(in));
    };

    private static final Gen<SasaranIndicator> SASARAN_INDICATOR = in -> {
        Indicator indicator = INDICATOR.generate(in);
        SasaranIndicator row = integers().between(0, 1).generate(in) == 0 ? SasaranIndicator.of(indicator)
                : SasaranIndicator.of(indicator, TARGET.generate(in), REALIZATION.generate(in));
        return printed(row, optional(DECIMAL).generate(in), SasaranIndicator::withPrintedCapaian);
    };

    private static final Gen<ProgramRow> PROGRAM = in -> {
        String code = TEXT.generate(in);
        String name = TEXT.generate(in);
        Indicator indicator = INDICATOR.generate(in);
        ProgramRow row = integers().between(0, 1).generate(in) == 0 ? ProgramRow.of(code, name, indicator)
                : ProgramRow.of(code, name, indicator, TARGET.generate(in), REALIZATION.generate(in));
        row = printed(row, optional(DECIMAL).generate(in), ProgramRow::withPrintedCapaian);
        row = printed(row, optional(TEXT).generate(in), ProgramRow::withSupport);
        return printed(row, optional(TEXT).generate(in), ProgramRow::withAnalysis);
    };

    /** The cascade (pohon kinerja): a tujuan with up to two sasaran, each with indicators, links and programs. */
    private static final Gen<Tujuan> TUJUAN = in -> Tujuan.of(TEXT.generate(in), list(in2 -> Sasaran.of(
            TEXT.generate(in2)).withIndicators(list(SASARAN_INDICATOR, 2).generate(in2))
            .withBudget(list(LINK, 3).generate(in2)).withPrograms(list(PROGRAM, 3).generate(in2)), 2).generate(in));

    private static final Gen<Quarters> QUARTERS = in -> Quarters.of(REALIZATION.generate(in),
            REALIZATION.generate(in), REALIZATION.generate(in), REALIZATION.generate(in)).upTo(integers()
            .between(0, 4).generate(in));

    private static final Gen<Quarters> RUPIAH_QUARTERS = in -> {
        List<BigDecimal> reported = list(RUPIAH, 4).generate(in);
        return Quarters.reported(reported.toArray(new BigDecimal[0]));
    };

    /** Each column a row of the kind prints, with a figure or not. */
    private static <R> R printedCells(R row, Set<FormColumn> columns, Gen<BigDecimal> figures,
            BiFunction<R, FormColumn, Function<BigDecimal, R>> with, RandomnessSource in) {
        R result = row;
        for (FormColumn column : columns) {
            Optional<BigDecimal> figure = optional(figures).generate(in);
            if (figure.isPresent()) {
                result = with.apply(result, column).apply(figure.get());
            }
        }
        return result;
    }

    private static final Gen<FormIndicatorRow> FORM_ROW = in -> {
        FormIndicatorRow row = FormIndicatorRow.of(new IndicatorRow(INDICATOR.generate(in),
                optional(TARGET).generate(in), REALIZATION.generate(in), optional(TARGET).generate(in),
                QUARTERS.generate(in)));
        row = printed(row, optional(TEXT).generate(in), FormIndicatorRow::withResponsible);
        row = printedCells(row, FormIndicatorRow.PRINTED_COLUMNS, DECIMAL, (r, c) -> f -> r.withPrinted(c, f), in);
        return printed(row, optional(pick(Category.class)).generate(in), FormIndicatorRow::withPrintedPredicate);
    };

    private static final Gen<RowBudget> ROW_BUDGET = in -> RowBudget.of(RUPIAH.generate(in), RUPIAH.generate(in),
            RUPIAH.generate(in), RUPIAH_QUARTERS.generate(in));

    private static FormEntry withPredicates(FormEntry entry, RandomnessSource in) {
        FormEntry result = entry;
        for (FormColumn.Half half : FormColumn.Half.values()) {
            Optional<Category> predicate = optional(pick(Category.class)).generate(in);
            if (predicate.isPresent()) {
                result = result.withPrintedPredicate(half, predicate.get());
            }
        }
        return result;
    }

    private static final Gen<FormEntry> SUB_KEGIATAN = in -> withPredicates(printedCells(FormEntry.leaf(
            FormNode.Level.SUB_KEGIATAN, TEXT.generate(in), TEXT.generate(in), list(FORM_ROW, 2).generate(in),
            ROW_BUDGET.generate(in)), FormEntry.PRINTED_COLUMNS, DECIMAL, (e, c) -> f -> e.withPrinted(c, f), in), in);

    private static final Gen<FormEntry> KEGIATAN = in -> {
        FormEntry kegiatan = FormEntry.parent(FormNode.Level.KEGIATAN, integers().between(0, 1).generate(in) == 0
                ? "" : TEXT.generate(in), TEXT.generate(in), list(FORM_ROW, 1).generate(in),
                list(SUB_KEGIATAN, 3).generate(in));
        return withPredicates(printedCells(kegiatan, kegiatan.children().isEmpty() ? FormEntry.PRINTED_COLUMNS
                : FormEntry.PARENT_PRINTED_COLUMNS, RUPIAH, (e, c) -> f -> e.withPrinted(c, f), in), in);
    };

    /** A filled evaluation form of Permendagri 86/2017: every reading, row and printed cell, with or without. */
    private static final Gen<EvaluationForm> FORM = in -> {
        EvaluationForm form = EvaluationForm.of(pick(EvaluationForm.Kind.class).generate(in),
                list(KEGIATAN, 3).generate(in)).withRenstraToDate(pick(RenstraToDate.class).generate(in))
                .withPredicateReading(pick(PredicateReading.class).generate(in))
                .withMeasure(pick(Measure.class).generate(in));
        form = printedCells(form, EvaluationForm.PRINTED_COLUMNS, DECIMAL, (e, c) -> f -> e.withPrinted(c, f), in);
        form = printed(form, optional(TEXT).generate(in), EvaluationForm::withSource);
        for (EvaluationForm.Text text : EvaluationForm.Text.values()) {
            form = printed(form, optional(TEXT).generate(in), (f, t) -> f.withText(text, t));
        }
        return printed(form, optional(pick(Category.class)).generate(in),
                (f, p) -> f.withPrintedPredicate(FormColumn.Half.RP, p));
    };

    /** The precisions a report states: each table and each column at most once, one in four stated. */
    private static final Gen<List<StatedPrecision>> PRECISIONS = in -> {
        List<StatedPrecision> stated = new ArrayList<>();
        for (PercentTable table : PercentTable.values()) {
            if (integers().between(0, 3).generate(in) == 0) {
                stated.add(StatedPrecision.of(table, integers().between(0, StatedPrecision.MAX_DECIMALS)
                        .generate(in)));
            }
        }
        for (PercentColumn column : PercentColumn.values()) {
            if (integers().between(0, 3).generate(in) == 0) {
                stated.add(StatedPrecision.of(column, integers().between(0, StatedPrecision.MAX_DECIMALS)
                        .generate(in)));
            }
        }
        return stated;
    };

    /** Reports of every part, with and without printed figures, kept small. */
    public static final Gen<PerformanceReport> REPORTS = in -> new PerformanceReport(TEXT.generate(in),
            integers().between(1900, 2999).generate(in), list(PERFORMANCE, 4).generate(in), BUDGET.generate(in),
            list(RENSTRA, 3).generate(in), list(EFFICIENCY, 3).generate(in), list(STANDARD, 2).generate(in),
            list(AKIP, 2).generate(in), CENTRAL_BUDGET.generate(in), list(BUDGET_PERFORMANCE, 2).generate(in),
            list(IKM, 2).generate(in), list(TUJUAN, 2).generate(in), list(FORM, 2).generate(in),
            PRECISIONS.generate(in));
}
