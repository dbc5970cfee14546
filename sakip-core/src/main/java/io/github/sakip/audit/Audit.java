package io.github.sakip.audit;

import io.github.sakip.Capaian;
import io.github.sakip.CategoryScale;
import io.github.sakip.Permendagri86;
import io.github.sakip.Pmk214;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import io.github.sakip.report.PercentColumn;
import io.github.sakip.report.PerformanceReport;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recomputes every figure a report printed and lists those that are not what its own data give.
 * <p>
 * The checks, each a {@link Check}: the capaian and category of every Perjanjian Kinerja row; the absorption of
 * every budget line, the printed total of every program and kegiatan against the sum of the lines below it, the
 * grand totals, orphan lines and duplicate codes; the capaian, absorption and PMK 214 efficiency of every
 * performance-and-budget row; the Renstra progress against the realisation to date and the real end target (the
 * target of the plan's last year), the printed end target, and the Perjanjian Kinerja targets against the
 * Renstra's; comparisons with standards; the AKIP total and predicate; and every derived figure of the filled
 * evaluation forms of Permendagri 86/2017 (columns 13, 14, 15 and 13/8 of each indicator row, the Rp half and the
 * roll-up of each entry, the bottom rows' averages, totals and predicates), computed with the readings the form
 * states ({@link io.github.sakip.report.EvaluationForm}) and the capaian policy of the options. In the report of a
 * ministry or agency (K/L): the absorption of every line of its budget table, the capaian RO of every rincian output against its output
 * target and realisation, the totals of its tree (codes of RKA-K/L, explicit parents, free-form lines and lines with
 * no code alike), the efficiency E and efficiency score NE of PMK 214/PMK.02/2017 of every line from the rincian
 * outputs below it; and the budget performance value (Nilai Kinerja Anggaran) from its components, NE from E, and
 * absorption, capaian keluaran and E against the budget table. In every report, each community satisfaction
 * survey's means, index, IKM, grades and sample (PermenPAN-RB 14/2017), judged at the decimals they were printed
 * with. Across tables: each sasaran's budget
 * and realisation in the comparison of performance and budget against the lowest lines of the budget codes that
 * serve it in the cascade (pohon kinerja); the cascade's codes, splits and programs against the budget table; the
 * capaian printed for the same indicator in the Perjanjian Kinerja, the comparison of years, the comparison of
 * performance and budget and the cascade, which must agree (an indicator is the same where its name is, ignoring
 * case); and, as notes, the budget that serves no sasaran and the sasaran that no budget serves. A finding about two
 * places names the other in {@link Finding#related()}. The rules are in {@code docs/cascade.md}.
 * <p>
 * A printed percentage is judged at the precision of its column ({@link Precision}: by default the number of decimals
 * most figures of the column carry): it is right when it is the exact figure rounded half-up to its decimals, at
 * least as many as its column's (or the exact figure itself). One that is correctly rounded to fewer decimals than
 * its column is a {@link Severity#NOTE}; one within a unit of its last printed digit (truncated, rounded twice,
 * rounded the wrong way) a {@link Severity#WARNING}; anything else an {@link Severity#ERROR}. Amounts in Rupiah
 * must be exact. A figure that is right gives no finding.
 * <p>
 * A wrong figure's working names its likely cause: the first known mistake, in the order of {@code Diagnoses}
 * (docs/diagnoses.md), that reproduces the printed figure exactly (truncated instead of rounded, rounded twice,
 * another year's target taken as the end target, the ratio taken from 100 instead of from 1...), or says that no
 * known mistake reproduces it.
 * <p>
 * The audit of any report returns its findings. A figure the library cannot compute (a target of 0, a result too
 * large to be a figure) is a finding that says so and why, in its place; and should a row still make a check
 * throw, that row becomes a finding of its own ("the audit could not check this row", with the exception) while
 * the other rows are audited. The audit takes time linear in the report's size (n·log n for the budget tree).
 * <p>
 * The findings are written in the language of the {@link Options} ({@link Options#withLanguage(Locale)}): Bahasa
 * Indonesia by default, English on request, never the JVM's default locale.
 * <p>
 * The audit runs when it is made; this class is immutable and thread-safe.
 */
public final class Audit {

    /**
     * The policies an audit computes with, and the language it writes its findings in.
     * <p>
     * This class is immutable, thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param capaian the capaian policy (formula for negative indicators, zero targets), for every table and form;
     *        an evaluation form's other readings (column 14, predicate bands, measure) are the form's own
     * @param categories the category scale
     * @param outputCap whether PMK 214 caps output achievement at 100 %
     * @param precision how many decimals a printed percentage should carry: each column's own, inferred from its
     *        figures (the default), or two everywhere
     * @param language the language of the findings' texts: {@link Languages#INDONESIAN} (the default) or
     *        {@link Languages#ENGLISH}
     */
    public record Options(Capaian.Policy capaian, CategoryScale categories, Pmk214.OutputCap outputCap,
            Precision precision, Locale language) implements Serializable {

        /**
         * The defaults: {@link Capaian.Policy#DEFAULT}, {@link Permendagri86#SCALE}, no cap, each column at its
         * inferred precision, findings in Bahasa Indonesia.
         */
        public static final Options DEFAULT = new Options(Capaian.Policy.DEFAULT, Permendagri86.SCALE,
                Pmk214.OutputCap.NONE, Precision.INFERRED, Languages.INDONESIAN);

        /**
         * Creates options.
         *
         * @param capaian the capaian policy
         * @param categories the category scale
         * @param outputCap the PMK 214 output cap
         * @param precision the precision printed percentages are read at
         * @param language the language of the findings; only the language of the locale counts, and it is kept as
         *        {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @throws NullPointerException naming the component that is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public Options {
            Decimals.notNull(capaian, "capaian");
            Decimals.notNull(categories, "categories");
            Decimals.notNull(outputCap, "outputCap");
            Decimals.notNull(precision, "precision");
            language = Languages.check(language);
        }

        /**
         * Creates options that read each column at its inferred precision ({@link Precision#INFERRED}), whose
         * findings are in Bahasa Indonesia.
         *
         * @param capaian the capaian policy
         * @param categories the category scale
         * @param outputCap the PMK 214 output cap
         * @throws NullPointerException naming the argument that is null
         */
        public Options(Capaian.Policy capaian, CategoryScale categories, Pmk214.OutputCap outputCap) {
            this(capaian, categories, outputCap, Precision.INFERRED, Languages.INDONESIAN);
        }

        /**
         * Creates options whose findings are in Bahasa Indonesia.
         *
         * @param capaian the capaian policy
         * @param categories the category scale
         * @param outputCap the PMK 214 output cap
         * @param precision the precision printed percentages are read at
         * @throws NullPointerException naming the argument that is null
         */
        public Options(Capaian.Policy capaian, CategoryScale categories, Pmk214.OutputCap outputCap,
                Precision precision) {
            this(capaian, categories, outputCap, precision, Languages.INDONESIAN);
        }

        /**
         * Creates options that read each column at its inferred precision ({@link Precision#INFERRED}).
         *
         * @param capaian the capaian policy
         * @param categories the category scale
         * @param outputCap the PMK 214 output cap
         * @param language the language of the findings
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public Options(Capaian.Policy capaian, CategoryScale categories, Pmk214.OutputCap outputCap,
                Locale language) {
            this(capaian, categories, outputCap, Precision.INFERRED, language);
        }

        /**
         * Returns these options with another precision, such as {@link Precision#TWO_DECIMALS} for the strict
         * reading of earlier versions.
         *
         * @param precision the precision
         * @return the options
         * @throws NullPointerException if {@code precision} is null
         */
        public Options withPrecision(Precision precision) {
            return new Options(capaian, categories, outputCap, precision, language);
        }

        /**
         * Returns a copy whose findings are written in a language.
         *
         * @param language {@link Languages#INDONESIAN} or {@link Languages#ENGLISH} (any locale whose language is
         *        {@code id}, {@code in} or {@code en}, such as {@link Locale#ENGLISH} or {@code Locale.US})
         * @return a copy with the language changed
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException naming the supported languages if the language is neither Indonesian nor
         *         English
         */
        public Options withLanguage(Locale language) {
            return new Options(capaian, categories, outputCap, precision, language);
        }
    }

    private final PerformanceReport report;
    private final Locale language;
    private final List<Finding> findings;

    /**
     * Audits a report with checkers, in order.
     *
     * @param report the report
     * @param options the policies
     * @param checkers the checkers, one per table, each made for this audit
     */
    Audit(PerformanceReport report, Options options, List<TableChecker> checkers) {
        this.report = report;
        this.language = options.language();
        Findings found = new Findings(language, options.precision(), stated(report));
        for (TableChecker checker : checkers) {
            checker.check(report, options, found);
        }
        this.findings = found.toList();
    }

    /** The number of decimals the report states for each column of percentages, by the column's key. */
    private static Map<String, Integer> stated(PerformanceReport report) {
        Map<String, Integer> stated = new HashMap<>();
        for (PercentColumn column : PercentColumn.values()) {
            report.statedPrecision(column).ifPresent(d -> stated.put(Findings.key(column.table().label(),
                    column.label()), d));
        }
        return stated;
    }

    /** The checkers of an audit, one per table of a report, in the order of the report's tables. */
    private static List<TableChecker> checkers() {
        return List.of(new PerformanceChecker(), new BudgetChecker(), new EfficiencyChecker(), new RenstraChecker(),
                new StandardsChecker(), new AkipChecker(), new CentralBudgetChecker(), new BudgetPerformanceChecker(),
                new IkmChecker(), new EvaluationFormChecker(),
                new CascadeChecker(), new ConsistencyChecker());
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
        return new Audit(Decimals.notNull(report, "report"), Decimals.notNull(options, "options"), checkers());
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

    /**
     * Returns the language the findings are written in.
     *
     * @return {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns a summary, in the audit's language.
     *
     * @return such as {@code "Audit[LKjIP ... 2024: 6 kesalahan, 3 peringatan, 2 catatan]"}, in English
     *         {@code "Audit[LKjIP ... 2024: 6 errors, 3 warnings, 2 notes]"}
     */
    @Override
    public String toString() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return Text.of("audit.summary", report.agency(), report.year(), counts.getOrDefault(Severity.ERROR, 0L),
                counts.getOrDefault(Severity.WARNING, 0L), counts.getOrDefault(Severity.NOTE, 0L)).in(language);
    }
}
