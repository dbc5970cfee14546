package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.AkipPredicate;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.BudgetTree.Column;
import io.github.sakip.BudgetTree.Discrepancy;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.Figure;
import io.github.sakip.Permendagri86;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.Realization;
import io.github.sakip.RenstraPlan;
import io.github.sakip.RenstraProgress;
import io.github.sakip.StandardComparison;
import io.github.sakip.Target;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import io.github.sakip.report.AkipRow;
import io.github.sakip.report.BudgetRow;
import io.github.sakip.report.EfficiencyRow;
import io.github.sakip.report.PerformanceReport;
import io.github.sakip.report.PerformanceRow;
import io.github.sakip.report.RenstraRow;
import io.github.sakip.report.StandardRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes every figure a report printed and lists those that are not what its own data give.
 * <p>
 * The checks, each a {@link Check}: the capaian and category of every Perjanjian Kinerja row; the absorption of
 * every budget line, the printed total of every program and kegiatan against the sum of the lines below it, the
 * grand totals, orphan lines and duplicate codes; the capaian, absorption and PMK 214 efficiency of every
 * performance-and-budget row; the Renstra progress against the realisation to date and the real end target (the
 * target of the plan's last year), the printed end target, and the Perjanjian Kinerja targets against the
 * Renstra's; comparisons with standards; and the AKIP total and predicate.
 * <p>
 * A printed percentage is right when it is the exact figure rounded half-up to two decimals (or the exact figure
 * itself). One that is correctly rounded to fewer decimals is a {@link Severity#NOTE}; one within a unit of its
 * last printed digit (truncated, rounded twice, rounded the wrong way) a {@link Severity#WARNING}; anything else
 * an {@link Severity#ERROR}. Amounts in Rupiah must be exact. A figure that is right gives no finding.
 * <p>
 * The audit runs when it is made; this class is immutable and thread-safe.
 */
public final class Audit {

    private static final String PK = "Perjanjian Kinerja";
    private static final String BUDGET = "Capaian Anggaran";
    private static final String EFFICIENCY = "Efisiensi Anggaran";
    private static final String RENSTRA = "Kemajuan Renstra";
    private static final String STANDARD = "Perbandingan dengan Standar";
    private static final String AKIP = "Evaluasi AKIP";

    /**
     * The policies an audit computes with.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param capaian the capaian policy (formula for negative indicators, zero targets)
     * @param categories the category scale
     * @param outputCap whether PMK 214 caps output achievement at 100 %
     */
    public record Options(Capaian.Policy capaian, CategoryScale categories, Pmk214.OutputCap outputCap)
            implements Serializable {

        /** The defaults: {@link Capaian.Policy#DEFAULT}, {@link Permendagri86#SCALE}, no cap. */
        public static final Options DEFAULT = new Options(Capaian.Policy.DEFAULT, Permendagri86.SCALE,
                Pmk214.OutputCap.NONE);

        /**
         * Creates options.
         *
         * @param capaian the capaian policy
         * @param categories the category scale
         * @param outputCap the PMK 214 output cap
         * @throws NullPointerException naming the component that is null
         */
        public Options {
            Decimals.notNull(capaian, "capaian");
            Decimals.notNull(categories, "categories");
            Decimals.notNull(outputCap, "outputCap");
        }
    }

    private final PerformanceReport report;
    private final Options options;
    private final List<Finding> findings;

    private Audit(PerformanceReport report, Options options) {
        this.report = report;
        this.options = options;
        List<Finding> found = new ArrayList<>();
        performance(found);
        budget(found);
        efficiency(found);
        renstra(found);
        standards(found);
        akip(found);
        this.findings = Collections.unmodifiableList(found);
    }

    /**
     * Audits a report with the default policies.
     *
     * @param report the report, with the figures it printed
     * @return the audit
     * @throws NullPointerException if {@code report} is null
     */
    public static Audit of(PerformanceReport report) {
        return of(report, Options.DEFAULT);
    }

    /**
     * Audits a report with the given policies.
     *
     * @param report the report, with the figures it printed
     * @param options the policies to compute with
     * @return the audit
     * @throws NullPointerException naming the argument that is null
     */
    public static Audit of(PerformanceReport report, Options options) {
        return new Audit(Decimals.notNull(report, "report"), Decimals.notNull(options, "options"));
    }

    /**
     * Returns the findings, in the order of the report's tables.
     *
     * @return the findings; empty when every printed figure is right
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of a severity.
     *
     * @param severity the severity
     * @return the findings of that severity, in order
     * @throws NullPointerException if {@code severity} is null
     */
    public List<Finding> findings(Severity severity) {
        Decimals.notNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Tells whether any printed figure is wrong.
     *
     * @return true if there is a finding of severity {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns the report audited.
     *
     * @return the report
     */
    public PerformanceReport report() {
        return report;
    }

    private Achievement capaian(Polarity polarity, Target target, Realization realization) {
        return options.capaian().of(polarity, target, realization);
    }

    private String scaleName() {
        return options.categories().equals(Permendagri86.SCALE) ? "Permendagri 86/2017"
                : options.categories().toString();
    }

    private void performance(List<Finding> found) {
        for (PerformanceRow row : report.performance()) {
            String where = row.number() + " " + row.indicator().name();
            Achievement a = capaian(row.indicator().polarity(), row.target(), row.realization());
            row.printedCapaian().ifPresent(printed -> percent(found, Check.CAPAIAN,
                    new Location(PK, where, "Capaian"), printed, a));
            row.printedCategory().ifPresent(printed -> {
                Optional<Category> right = a.category(options.categories());
                if (right.isEmpty() || right.get() != printed) {
                    found.add(new Finding(Severity.ERROR, Check.CATEGORY, new Location(PK, where, "Kategori"),
                            printed.label(), right.map(Category::label).orElse("not computable"),
                            right.isPresent() ? a.explain() + " is " + right.get().label() + " under "
                                    + scaleName() : a.explain()));
                }
            });
        }
    }

    private void percent(List<Finding> found, Check check, Location location, BigDecimal printed, Figure a) {
        if (a.isComputable()) {
            Figures.percent(check, location, printed, a.value(), a::explain).ifPresent(found::add);
        } else {
            found.add(new Finding(Severity.ERROR, check, location, IndonesianNumbers.format(printed),
                    "not computable", a.explain()));
        }
    }

    private void budget(List<Finding> found) {
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetRow row : report.budget().lines()) {
            BudgetLine line;
            try {
                line = new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi());
            } catch (IllegalArgumentException e) {
                found.add(new Finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(BUDGET, row.code(),
                        "Kode"), row.code(), "a Kepmendagri code", e.getMessage()));
                continue;
            }
            lines.add(line);
            row.printedPercent().ifPresent(printed -> percent(found, Check.ABSORPTION,
                    new Location(BUDGET, row.code() + " " + row.name(), "Persentase"), printed,
                    line.absorptionFigure()));
        }
        BudgetTree tree = BudgetTree.of(lines);
        for (Discrepancy discrepancy : tree.reconcile()) {
            found.add(budgetFinding(discrepancy));
        }
        report.budget().printedTotalPagu().flatMap(p -> tree.checkGrandTotal(Column.PAGU, p))
                .map(this::budgetFinding).ifPresent(found::add);
        report.budget().printedTotalRealisasi().flatMap(p -> tree.checkGrandTotal(Column.REALISASI, p))
                .map(this::budgetFinding).ifPresent(found::add);
    }

    private static String columnName(Column column) {
        return column == Column.PAGU ? "Anggaran" : "Realisasi";
    }

    private Finding budgetFinding(Discrepancy discrepancy) {
        if (discrepancy instanceof Discrepancy.TotalMismatch m) {
            return new Finding(Severity.ERROR, Check.PARENT_TOTAL, new Location(BUDGET, m.code().toString(),
                    columnName(m.column())), IndonesianNumbers.format(m.printed()),
                    IndonesianNumbers.format(m.sumOfChildren()), "sum of the lines below " + m.code() + " is "
                    + IndonesianNumbers.format(m.sumOfChildren()) + "; difference "
                    + IndonesianNumbers.format(m.difference()));
        }
        if (discrepancy instanceof Discrepancy.GrandTotalMismatch m) {
            return new Finding(Severity.ERROR, Check.GRAND_TOTAL, new Location(BUDGET, "Jumlah",
                    columnName(m.column())), IndonesianNumbers.format(m.printed()),
                    IndonesianNumbers.format(m.computed()), "sum of the budget lines is "
                    + IndonesianNumbers.format(m.computed()) + "; difference "
                    + IndonesianNumbers.format(m.difference()));
        }
        if (discrepancy instanceof Discrepancy.Orphan o) {
            return new Finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(BUDGET, o.line().code()
                    .toString(), "Kode"), o.line().code().toString(), "a line under " + o.missingParent(),
                    "its parent " + o.missingParent() + " is not in the table");
        }
        if (discrepancy instanceof Discrepancy.Cycle c) {
            return new Finding(Severity.ERROR, Check.BUDGET_STRUCTURE, new Location(BUDGET, c.line().code()
                    .toString(), "Kode"), c.line().code().toString(), "a line under " + c.parent(), c.toString());
        }
        Discrepancy.Duplicate d = (Discrepancy.Duplicate) discrepancy;
        return new Finding(Severity.ERROR, Check.DUPLICATE_CODE, new Location(BUDGET, d.code().toString(), "Kode"),
                d.code() + " on " + d.lines().size() + " lines", "one line per code",
                "the code is printed on " + d.lines().size() + " lines; totals count the first");
    }

    private void efficiency(List<Finding> found) {
        for (EfficiencyRow row : report.efficiency()) {
            Achievement a = capaian(row.polarity(), row.target(), row.realization());
            row.printedCapaian().ifPresent(printed -> percent(found, Check.CAPAIAN,
                    new Location(EFFICIENCY, row.sasaran(), "Capaian Kinerja"), printed, a));
            Achievement absorption = BudgetLine.absorptionOf(row.pagu(), row.realisasiAnggaran());
            row.printedAbsorption().ifPresent(printed -> percent(found, Check.ABSORPTION,
                    new Location(EFFICIENCY, row.sasaran(), "Persentase Anggaran"), printed, absorption));
            row.printedEfficiency().ifPresent(printed -> {
                Quantity e = a.isComputable()
                        ? Pmk214.efficiencyFigure(List.of(new Pmk214.Output(row.pagu(),
                                row.realisasiAnggaran(), a.percent())), options.outputCap())
                        : Quantity.notComputable(Figure.Unit.PERCENT, "the capaian is not computable: "
                                + a.reason().orElseThrow());
                Location location = new Location(EFFICIENCY, row.sasaran(), "Efisiensi");
                int before = found.size();
                percent(found, Check.EFFICIENCY, location, printed, e);
                if (found.size() > before && a.isComputable() && row.pagu().signum() > 0 && a.percent().signum() > 0) {
                    found.set(before, explainHundredMinusRatio(found.get(before), printed, row, a.percent()));
                }
            });
        }
    }

    /**
     * Some reports print {@code 100 − ΣRAK / Σ(PAK × CK)}: the ratio taken from 100 instead of from 1, which is
     * {@code 99 + E / 100}. Where the printed figure is that, the finding says so.
     */
    private static Finding explainHundredMinusRatio(Finding finding, BigDecimal printed, EfficiencyRow row,
            BigDecimal capaian) {
        BigDecimal ratio = Decimals.divide(row.realisasiAnggaran().multiply(Decimals.HUNDRED),
                row.pagu().multiply(capaian));
        BigDecimal misread = Decimals.HUNDRED.subtract(ratio);
        if (misread.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP).compareTo(printed) != 0) {
            return finding;
        }
        return new Finding(finding.severity(), finding.check(), finding.location(), finding.printed(),
                finding.expected(), finding.working() + "; it is 100 − ΣRAK / Σ(PAK × CK) = 100 − "
                        + IndonesianNumbers.format(ratio, 4, RoundingMode.HALF_UP)
                        + ", the ratio taken from 100 instead of from 1");
    }

    private void renstra(List<Finding> found) {
        for (RenstraRow row : report.renstra()) {
            RenstraPlan plan = row.plan();
            String where = plan.indicator().name();
            Optional<Target> end = plan.endTarget();
            row.printedEndTarget().ifPresent(printed -> {
                if (end.isEmpty()) {
                    return;
                }
                BigDecimal right = end.get().upper();
                Figures.amount(Check.RENSTRA_END_TARGET, new Location(RENSTRA, where, "Target Akhir Renstra"),
                        printed, right, () -> "the end target of the Renstra " + plan.firstYear() + "–"
                        + plan.lastYear() + " is the target of " + plan.lastYear() + yearsWith(plan, printed))
                        .ifPresent(found::add);
            });
            boolean inPeriod = plan.covers(report.year());
            row.printedProgress().ifPresent(printed -> percent(found, Check.RENSTRA_PROGRESS,
                    new Location(RENSTRA, where, "Tingkat Kemajuan"), printed, inPeriod
                            ? RenstraProgress.of(plan, row.realizations(), report.year(), options.capaian())
                            : Achievement.notComputable("the report's year " + report.year() + " is outside the"
                                    + " Renstra period " + plan.firstYear() + "–" + plan.lastYear())));
            for (PerformanceRow pk : report.performance()) {
                if (!inPeriod) {
                    break;
                }
                if (!pk.indicator().name().equalsIgnoreCase(plan.indicator().name())) {
                    continue;
                }
                plan.compareWithAgreement(report.year(), pk.target()).filter(RenstraPlan.TargetComparison::differs)
                        .ifPresent(c -> found.add(new Finding(Severity.NOTE, Check.RENSTRA_TARGET,
                                new Location(PK, pk.number() + " " + pk.indicator().name(), "Target"),
                                c.agreement().format(), c.renstra().format(),
                                "the Renstra's target for " + report.year() + " is " + c.renstra().format()
                                        + "; the Perjanjian Kinerja sets " + c.agreement().format())));
            }
        }
    }

    private static String yearsWith(RenstraPlan plan, BigDecimal value) {
        List<String> years = new ArrayList<>();
        plan.targets().forEach((year, target) -> {
            if (!target.isRange() && target.lower().compareTo(value) == 0) {
                years.add(Integer.toString(year));
            }
        });
        return years.isEmpty() ? "" : "; the printed figure is the target of " + String.join(", ", years);
    }

    private void standards(List<Finding> found) {
        for (StandardRow row : report.standards()) {
            Achievement a = StandardComparison.of(options.capaian(), row.indicator().polarity(),
                    Target.of(row.standard()), row.realization(), row.standardName());
            row.printedPercent().ifPresent(printed -> percent(found, Check.STANDARD,
                    new Location(STANDARD, row.indicator().name(), "Persentase Capaian"), printed, a));
        }
    }

    private void akip(List<Finding> found) {
        for (AkipRow row : report.akip()) {
            BigDecimal total = row.evaluation().total();
            String where = Integer.toString(row.year());
            row.printedTotal().ifPresent(printed -> Figures.percent(Check.AKIP_TOTAL,
                    new Location(AKIP, where, "Nilai"), printed, total, row.evaluation()::explain)
                    .ifPresent(found::add));
            row.printedPredicate().ifPresent(printed -> {
                AkipPredicate right = row.evaluation().predicate();
                if (right != printed) {
                    found.add(new Finding(Severity.ERROR, Check.AKIP_PREDICATE, new Location(AKIP, where,
                            "Predikat"), printed.name(), right.name(), "a score of "
                            + IndonesianNumbers.formatOperand(total) + " is " + right.name() + " (" + right.label()
                            + ") under PermenPAN-RB 88/2021"));
                }
            });
        }
    }

    /**
     * Returns a summary.
     *
     * @return such as {@code "Audit[LKjIP ... 2024: 6 errors, 3 warnings, 2 notes]"}
     */
    @Override
    public String toString() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return "Audit[LKjIP " + report.agency() + " " + report.year() + ": " + counts.getOrDefault(Severity.ERROR,
                0L) + " errors, " + counts.getOrDefault(Severity.WARNING, 0L) + " warnings, "
                + counts.getOrDefault(Severity.NOTE, 0L) + " notes]";
    }
}
