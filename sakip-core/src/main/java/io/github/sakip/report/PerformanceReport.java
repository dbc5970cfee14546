package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Years;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;

/**
 * One performance report of an agency (Laporan Kinerja Instansi Pemerintah, LKjIP, under PermenPAN-RB 53/2014):
 * its data and the figures it printed.
 * <p>
 * The document holds the Perjanjian Kinerja (performance agreement) rows with their targets and realisations, the
 * budget table, the strategic plan (Renstra) indicators, the comparison of performance with budget, comparisons
 * with national standards, the AKIP evaluations, the community satisfaction surveys (IKM), the cascade (pohon
 * kinerja) from tujuan to sasaran to the budget codes and programs that serve each sasaran, and the filled
 * evaluation forms of Permendagri 86/2017 ({@link EvaluationForm}); a document may hold any of them alone, such as
 * one filled form. The report of a ministry, agency or satuan kerja (kementerian, lembaga, K/L: its LKj or LAKIP)
 * holds its Perjanjian Kinerja rows too, its budget by program, kegiatan and rincian output
 * ({@link CentralBudgetTable}) and its budget performance values ({@link BudgetPerformanceRow}); a region's report
 * leaves those two empty, and a K/L report may leave the regional tables empty.
 * <p>
 * Every printed figure is optional: a report that printed
 * nothing still computes, and {@link io.github.sakip.audit.Audit} checks only what was printed.
 * <p>
 * Start from {@link #of(String, int)} and add the tables with the {@code with} methods, each of which returns a
 * copy. A report may also state how many decimals a table or a column of percentages is printed with
 * ({@link #withPrecisions(List)}), which the audit then reads it at.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param agency the agency (perangkat daerah), such as "Dinas Tenaga Kerja Kabupaten Tapin"
 * @param year the year reported on
 * @param performance the Perjanjian Kinerja / IKU rows
 * @param budget the budget table
 * @param renstra the Renstra indicators
 * @param efficiency the rows comparing performance with budget
 * @param standards the comparisons with national or provincial standards
 * @param akip the AKIP evaluations, one per year
 * @param centralBudget the budget table of a ministry or agency (K/L) by program, kegiatan and rincian output;
 *        empty in a region's report
 * @param budgetPerformance the budget performance values (Nilai Kinerja Anggaran) of a ministry or agency, one per
 *        year; empty in a region's report
 * @param ikm the community satisfaction surveys (survei kepuasan masyarakat), one table each
 * @param cascade the cascade (pohon kinerja): the tujuan, with their sasaran
 * @param evaluationForms the filled Renja (or RKPD) evaluation forms of Permendagri 86/2017
 * @param precisions the precisions the report states its tables or columns of percentages are printed with, at most
 *        one per table and one per column ({@link StatedPrecision}); empty where the report states none, and the
 *        audit then infers each column's precision from its figures
 */
public record PerformanceReport(String agency, int year, List<PerformanceRow> performance, BudgetTable budget,
        List<RenstraRow> renstra, List<EfficiencyRow> efficiency, List<StandardRow> standards, List<AkipRow> akip,
        CentralBudgetTable centralBudget, List<BudgetPerformanceRow> budgetPerformance, List<IkmTable> ikm,
        List<Tujuan> cascade, List<EvaluationForm> evaluationForms, List<StatedPrecision> precisions)
        implements Serializable {

    /**
     * Creates a report, validating it and copying its lists.
     *
     * @param agency the agency
     * @param year the year reported on, from 1900 to 2999
     * @param performance the Perjanjian Kinerja rows
     * @param budget the budget table
     * @param renstra the Renstra indicators
     * @param efficiency the performance-and-budget rows
     * @param standards the comparisons with standards
     * @param akip the AKIP evaluations
     * @param centralBudget the K/L budget table
     * @param budgetPerformance the budget performance values
     * @param ikm the community satisfaction surveys
     * @param cascade the cascade: the tujuan, with their sasaran
     * @param evaluationForms the filled evaluation forms
     * @param precisions the stated precisions, at most one per table and one per column
     * @throws NullPointerException naming the component that is null, or if a list holds a null
     * @throws IllegalArgumentException if the agency is blank, the year is out of range, or two precisions are
     *         stated for the same table or the same column
     */
    public PerformanceReport {
        agency = Decimals.notBlank(agency, "agency");
        Years.checked(year, "year");
        performance = Decimals.copyOf(performance, "performance");
        Decimals.notNull(budget, "budget");
        renstra = Decimals.copyOf(renstra, "renstra");
        efficiency = Decimals.copyOf(efficiency, "efficiency");
        standards = Decimals.copyOf(standards, "standards");
        akip = Decimals.copyOf(akip, "akip");
        Decimals.notNull(centralBudget, "centralBudget");
        budgetPerformance = Decimals.copyOf(budgetPerformance, "budgetPerformance");
        ikm = Decimals.copyOf(ikm, "ikm");
        cascade = Decimals.copyOf(cascade, "cascade");
        evaluationForms = Decimals.copyOf(evaluationForms, "evaluationForms");
        precisions = Decimals.copyOf(precisions, "precisions");
        for (int i = 0; i < precisions.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (precisions.get(i).table() == precisions.get(j).table()
                        && precisions.get(i).column().equals(precisions.get(j).column())) {
                    throw new IllegalArgumentException("precisions must state each table or column once, but "
                            + precisions.get(i).column().map(Object::toString).orElse(precisions.get(i).table()
                                    .toString()) + " is stated twice: " + precisions);
                }
            }
        }
    }

    /**
     * Creates a report that states no precision, as reports were made before precisions were part of the document.
     *
     * @param agency the agency
     * @param year the year reported on, from 1900 to 2999
     * @param performance the Perjanjian Kinerja rows
     * @param budget the budget table
     * @param renstra the Renstra indicators
     * @param efficiency the performance-and-budget rows
     * @param standards the comparisons with standards
     * @param akip the AKIP evaluations
     * @param centralBudget the K/L budget table
     * @param budgetPerformance the budget performance values
     * @param ikm the community satisfaction surveys
     * @param cascade the cascade: the tujuan, with their sasaran
     * @param evaluationForms the filled evaluation forms
     * @throws NullPointerException naming the component that is null, or if a list holds a null
     * @throws IllegalArgumentException if the agency is blank or the year is out of range
     */
    public PerformanceReport(String agency, int year, List<PerformanceRow> performance, BudgetTable budget,
            List<RenstraRow> renstra, List<EfficiencyRow> efficiency, List<StandardRow> standards,
            List<AkipRow> akip, CentralBudgetTable centralBudget, List<BudgetPerformanceRow> budgetPerformance,
            List<IkmTable> ikm, List<Tujuan> cascade, List<EvaluationForm> evaluationForms) {
        this(agency, year, performance, budget, renstra, efficiency, standards, akip, centralBudget,
                budgetPerformance, ikm, cascade, evaluationForms, List.of());
    }

    /**
     * Creates a region's report without the K/L parts, surveys, cascade or evaluation forms, as reports were made
     * before those were part of the document.
     *
     * @param agency the agency
     * @param year the year reported on, from 1900 to 2999
     * @param performance the Perjanjian Kinerja rows
     * @param budget the budget table
     * @param renstra the Renstra indicators
     * @param efficiency the performance-and-budget rows
     * @param standards the comparisons with standards
     * @param akip the AKIP evaluations
     * @throws NullPointerException naming the component that is null, or if a list holds a null
     * @throws IllegalArgumentException if the agency is blank or the year is out of range
     */
    public PerformanceReport(String agency, int year, List<PerformanceRow> performance, BudgetTable budget,
            List<RenstraRow> renstra, List<EfficiencyRow> efficiency, List<StandardRow> standards,
            List<AkipRow> akip) {
        this(agency, year, performance, budget, renstra, efficiency, standards, akip, CentralBudgetTable.EMPTY,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Obtains an empty report of an agency for a year.
     *
     * @param agency the agency
     * @param year the year reported on
     * @return a report with no tables
     * @throws NullPointerException if {@code agency} is null
     * @throws IllegalArgumentException if the agency is blank or the year is out of range
     */
    public static PerformanceReport of(String agency, int year) {
        return new PerformanceReport(agency, year, List.of(), BudgetTable.EMPTY, List.of(), List.of(), List.of(),
                List.of(), CentralBudgetTable.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Returns a copy with these Perjanjian Kinerja rows.
     *
     * @param rows the rows
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withPerformance(List<PerformanceRow> rows) {
        return new PerformanceReport(agency, year, rows, budget, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with this budget table.
     *
     * @param table the budget table
     * @return a copy with the table
     * @throws NullPointerException if {@code table} is null
     */
    public PerformanceReport withBudget(BudgetTable table) {
        return new PerformanceReport(agency, year, performance, table, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these Renstra indicators.
     *
     * @param rows the rows
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withRenstra(List<RenstraRow> rows) {
        return new PerformanceReport(agency, year, performance, budget, rows, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these performance-and-budget rows.
     *
     * @param rows the rows
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withEfficiency(List<EfficiencyRow> rows) {
        return new PerformanceReport(agency, year, performance, budget, renstra, rows, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these comparisons with standards.
     *
     * @param rows the rows
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withStandards(List<StandardRow> rows) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, rows, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these AKIP evaluations.
     *
     * @param rows the rows
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withAkip(List<AkipRow> rows) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, rows,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with this budget table of a ministry or agency (K/L).
     *
     * @param table the K/L budget table
     * @return a copy with the table
     * @throws NullPointerException if {@code table} is null
     */
    public PerformanceReport withCentralBudget(CentralBudgetTable table) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip, table,
                budgetPerformance, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these budget performance values (Nilai Kinerja Anggaran).
     *
     * @param rows the rows, one per year
     * @return a copy with the rows
     * @throws NullPointerException if {@code rows} or one of them is null
     */
    public PerformanceReport withBudgetPerformance(List<BudgetPerformanceRow> rows) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip,
                centralBudget, rows, ikm, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these community satisfaction surveys.
     *
     * @param tables the surveys, one table each
     * @return a copy with the surveys
     * @throws NullPointerException if {@code tables} or one of them is null
     */
    public PerformanceReport withIkm(List<IkmTable> tables) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, tables, cascade, evaluationForms, precisions);
    }

    /**
     * Returns a copy with this cascade (pohon kinerja).
     *
     * @param tujuan the tujuan, with their sasaran, in the order printed
     * @return a copy with the cascade
     * @throws NullPointerException if {@code tujuan} or one of them is null
     */
    public PerformanceReport withCascade(List<Tujuan> tujuan) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, tujuan, evaluationForms, precisions);
    }

    /**
     * Returns a copy with these filled evaluation forms of Permendagri 86/2017.
     *
     * @param forms the forms, such as the Renja evaluation form of the year
     * @return a copy with the forms
     * @throws NullPointerException if {@code forms} or one of them is null
     */
    public PerformanceReport withEvaluationForms(List<EvaluationForm> forms) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, forms, precisions);
    }

    /**
     * Returns a copy stating the precisions its tables or columns of percentages are printed with, replacing those
     * stated before. The audit judges a stated column at its stated precision instead of the one inferred from its
     * figures ({@link io.github.sakip.audit.Precision}).
     *
     * @param stated the precisions, at most one per table and one per column, such as
     *        {@code List.of(StatedPrecision.of(PercentColumn.CAPAIAN, 1))}; empty to state none
     * @return a copy with the precisions
     * @throws NullPointerException if {@code stated} or one of them is null
     * @throws IllegalArgumentException if two are stated for the same table or the same column
     */
    public PerformanceReport withPrecisions(List<StatedPrecision> stated) {
        return new PerformanceReport(agency, year, performance, budget, renstra, efficiency, standards, akip,
                centralBudget, budgetPerformance, ikm, cascade, evaluationForms, stated);
    }

    /**
     * Returns the number of decimals the report states a column of percentages is printed with: the precision
     * stated for the column, or else the one stated for its table.
     *
     * @param column the column, such as {@link PercentColumn#CAPAIAN}
     * @return the stated number of decimals, or empty if the report states none for the column or its table
     * @throws NullPointerException if {@code column} is null
     */
    public OptionalInt statedPrecision(PercentColumn column) {
        Decimals.notNull(column, "column");
        OptionalInt ofTable = OptionalInt.empty();
        for (StatedPrecision stated : precisions) {
            if (stated.column().isPresent() && stated.appliesTo(column)) {
                return OptionalInt.of(stated.decimals());
            }
            if (stated.column().isEmpty() && stated.appliesTo(column)) {
                ofTable = OptionalInt.of(stated.decimals());
            }
        }
        return ofTable;
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024 (36 indicators, 51 budget lines, ...)"}
     */
    @Override
    public String toString() {
        return "LKjIP " + agency + " " + year + " (" + count(performance.size(), "indicator") + ", "
                + count(budget.lines().size(), "budget line") + ", " + count(renstra.size(), "Renstra indicator")
                + ", " + count(efficiency.size(), "efficiency row") + ", " + count(standards.size(), "standard")
                + ", " + count(akip.size(), "AKIP evaluation") + centralParts() + cascadeSize() + ")";
    }

    /**
     * The K/L parts, the IKM surveys, the evaluation forms and the stated precisions, named only where the report has them, so that a
     * region's description stays as it was.
     */
    private String centralParts() {
        return (centralBudget.lines().isEmpty() ? "" : ", " + count(centralBudget.lines().size(), "K/L budget line"))
                + (budgetPerformance.isEmpty() ? ""
                        : ", " + count(budgetPerformance.size(), "budget performance value"))
                + (ikm.isEmpty() ? "" : ", " + count(ikm.size(), "IKM survey"))
                + (evaluationForms.isEmpty() ? "" : ", " + count(evaluationForms.size(), "evaluation form"))
                + (precisions.isEmpty() ? "" : ", " + count(precisions.size(), "stated precision"));
    }

    /** The size of the cascade, or nothing for a report without one, as reports were described before it. */
    private String cascadeSize() {
        return cascade.isEmpty() ? "" : ", cascade of " + cascade.stream().mapToInt(t -> t.sasaran().size()).sum()
                + " sasaran";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
