package io.github.sakip.report;

import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.evaluation.FormNode;
import io.github.sakip.evaluation.FormSummary;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.PredicateReading;
import io.github.sakip.evaluation.RowBudget;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.report.FormColumn.Half;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filled evaluation form of Permendagri 86/2017 (its annex): "Evaluasi terhadap Hasil Renja Perangkat Daerah"
 * (Formulir E.81 in the applications that number it), or the RKPD form of the same shape ("Evaluasi terhadap Hasil
 * RKPD"), with the figures it printed. A part of a {@link PerformanceReport}
 * ({@link PerformanceReport#withEvaluationForms}); a report may hold only its forms.
 * <p>
 * The form is a tree of {@link FormEntry entries} (sasaran, program, kegiatan, sub kegiatan), each with its
 * {@link FormIndicatorRow indicator rows} (the K half), its budget (the Rp half, on the lowest entries) and the
 * figures printed on its row; then the bottom rows: the average achievement (rata-rata capaian kinerja) and the
 * predicate (predikat kinerja) of each half, the totals of the budget (jumlah), and four rows of text (faktor
 * pendorong, faktor penghambat, tindak lanjut); and where its figures come from ({@link #source()}). The bottom rows print, each checked by the audit
 * ({@link #PRINTED_COLUMNS}):
 * <ul>
 * <li>15 K and 13/8 K: the mean of that column over every indicator row of the form
 * ({@link io.github.sakip.evaluation.FormSummary});</li>
 * <li>6 Rp to 14 Rp: the sums of the lowest entries' budgets, column by column;</li>
 * <li>15 Rp and 13/8 Rp: the absorption of that total budget;</li>
 * <li>the predicate of each half, of the column {@link #measure()} names.</li>
 * </ul>
 * <p>
 * The form states how it was filled, where the regulation leaves a choice; the audit recomputes the form by its
 * statement, so that a form filled consistently under a named reading is not wrong for it:
 * <ul>
 * <li>{@link #renstraToDate()}: how column 14 is formed, by accumulation (the default: a level is not added to a
 * level) or as the heading prints, {@code 7 + 13} for every indicator ({@link RenstraToDate});</li>
 * <li>{@link #predicateReading()}: how the predicate bands are read (default
 * {@link PredicateReading#PRINTED_LOWER_BAND}, the printed table with its gaps falling to the lower band);</li>
 * <li>{@link #measure()}: which column the predicates are of (default {@link Measure#RENSTRA_TO_DATE}, column
 * 15; {@link Measure#YEAR}, 13/8, on a quarterly form).</li>
 * </ul>
 * The formula of a capaian for negative indicators, and the meaning of a zero target, are not the form's: they are
 * the audit's options, as for every table of a report ({@link io.github.sakip.audit.Audit.Options#capaian()}).
 * <p>
 * Obtain a form with {@link #of(Kind, List)} and add the rest with the {@code with…} methods, each of which returns a
 * copy. Printed figures keep their printed scale, and {@code equals} compares them by value and scale.
 * <pre>{@code
 * EvaluationForm form = EvaluationForm.of(EvaluationForm.Kind.RENJA, List.of(sasaran))
 *         .withPrinted(FormColumn.K15, d("87.52"))
 *         .withPrintedPredicate(FormColumn.Half.K, Category.TINGGI);
 * PerformanceReport report = PerformanceReport.of("Dinas Tenaga Kerja Kabupaten Tapin", 2024)
 *         .withEvaluationForms(List.of(form));
 * Audit.of(report).findings();
 * }</pre>
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised form is validated as a new one is.
 *
 * @serial exclude
 */
public final class EvaluationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The derived columns of the bottom rows: 15 K, 13/8 K, and 6 Rp to 15 Rp and 13/8 Rp. */
    public static final Set<FormColumn> PRINTED_COLUMNS = FormEntry.PARENT_PRINTED_COLUMNS;

    /** The forms of this shape. */
    public enum Kind {

        /**
         * "Evaluasi terhadap Hasil Renja Perangkat Daerah": an agency's yearly plan (Renja) against its five-year
         * plan (Renstra).
         */
        RENJA("Evaluasi terhadap Hasil Renja Perangkat Daerah", "Renstra", "Renja"),

        /**
         * "Evaluasi terhadap Hasil RKPD": a regional government's yearly plan (RKPD) against its five-year plan
         * (RPJMD); column 16 names the agency (perangkat daerah) responsible.
         */
        RKPD("Evaluasi terhadap Hasil RKPD", "RPJMD", "RKPD");

        private final String title;
        private final String plan;
        private final String yearPlan;

        Kind(String title, String plan, String yearPlan) {
            this.title = title;
            this.plan = plan;
            this.yearPlan = yearPlan;
        }

        /**
         * Returns the form's title, as printed.
         *
         * @return such as {@code "Evaluasi terhadap Hasil Renja Perangkat Daerah"}
         */
        public String title() {
            return title;
        }

        /**
         * Returns the five-year plan the form evaluates against.
         *
         * @return {@code "Renstra"} or {@code "RPJMD"}
         */
        public String plan() {
            return plan;
        }

        /**
         * Returns the yearly plan the form evaluates.
         *
         * @return {@code "Renja"} or {@code "RKPD"}
         */
        public String yearPlan() {
            return yearPlan;
        }
    }

    /** The rows of text under the bottom rows of figures. */
    public enum Text {

        /** Faktor pendorong keberhasilan kinerja. */
        DRIVING_FACTORS("Faktor pendorong keberhasilan kinerja"),

        /** Faktor penghambat pencapaian kinerja. */
        HINDERING_FACTORS("Faktor penghambat pencapaian kinerja"),

        /** Tindak lanjut yang diperlukan dalam triwulan berikutnya. */
        FOLLOW_UP_NEXT_QUARTER("Tindak lanjut yang diperlukan dalam triwulan berikutnya"),

        /** Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah (or RKPD) berikutnya. */
        FOLLOW_UP_NEXT_PLAN("Tindak lanjut yang diperlukan dalam %s berikutnya");

        private final String heading;

        Text(String heading) {
            this.heading = heading;
        }

        /**
         * Returns the row's heading on a form of a kind.
         *
         * @param kind the kind of form
         * @return such as {@code "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya"}
         * @throws NullPointerException if {@code kind} is null
         */
        public String heading(Kind kind) {
            Decimals.notNull(kind, "kind");
            return heading.replace("%s", kind == Kind.RENJA ? "Renja Perangkat Daerah" : "RKPD");
        }
    }

    private final Kind kind;
    private final List<FormEntry> entries;
    private final RenstraToDate renstraToDate;
    private final PredicateReading predicateReading;
    private final Measure measure;
    private final PrintedCells printed;
    private final EnumMap<Text, String> texts;
    /** Where the form's figures come from, or null. */
    private final String source;

    private EvaluationForm(Kind kind, List<FormEntry> entries, RenstraToDate renstraToDate,
            PredicateReading predicateReading, Measure measure, PrintedCells printed, EnumMap<Text, String> texts,
            String source) {
        this.kind = Decimals.notNull(kind, "kind");
        this.entries = Decimals.copyOf(entries, "entries");
        this.renstraToDate = Decimals.notNull(renstraToDate, "renstraToDate");
        this.predicateReading = Decimals.notNull(predicateReading, "predicateReading");
        this.measure = Decimals.notNull(measure, "measure");
        this.printed = printed;
        this.texts = texts;
        this.source = source;
        List<RowBudget> budgets = new ArrayList<>();
        for (FormEntry entry : this.entries) {
            entry.node().totalBudget().ifPresent(budgets::add);
        }
        if (!budgets.isEmpty()) {
            try {
                // The audit adds the budgets of the whole form up in every column: refused here if they cannot be.
                RowBudget.sum(budgets);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the budgets of the form cannot be added up: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Obtains a form with its entries, the default readings and nothing printed on its bottom rows.
     *
     * @param kind the form
     * @param entries the form's top entries (its sasaran, or its programs), in the form's order
     * @return the form
     * @throws NullPointerException naming the argument, or the element, that is null
     * @throws IllegalArgumentException if the budgets of the entries add up, in some column, to more than 30 digits
     *         before the decimal point
     */
    public static EvaluationForm of(Kind kind, List<FormEntry> entries) {
        return new EvaluationForm(kind, entries, RenstraToDate.BY_ACCUMULATION, PredicateReading.PRINTED_LOWER_BAND,
                Measure.RENSTRA_TO_DATE, PrintedCells.NONE, new EnumMap<>(Text.class), null);
    }

    /**
     * Returns a copy that states how the form formed column 14.
     *
     * @param rule by accumulation (the default), or {@code 7 + 13} as printed
     * @return a copy with the rule
     * @throws NullPointerException if {@code rule} is null
     */
    public EvaluationForm withRenstraToDate(RenstraToDate rule) {
        return new EvaluationForm(kind, entries, rule, predicateReading, measure, printed, texts, source);
    }

    /**
     * Returns a copy that states how the form read the predicate bands.
     *
     * @param reading the reading
     * @return a copy with the reading
     * @throws NullPointerException if {@code reading} is null
     */
    public EvaluationForm withPredicateReading(PredicateReading reading) {
        return new EvaluationForm(kind, entries, renstraToDate, reading, measure, printed, texts, source);
    }

    /**
     * Returns a copy that states which column the form's predicates are of.
     *
     * @param column column 15 (the default) or 13/8
     * @return a copy with the measure
     * @throws NullPointerException if {@code column} is null
     */
    public EvaluationForm withMeasure(Measure column) {
        return new EvaluationForm(kind, entries, renstraToDate, predicateReading, column, printed, texts, source);
    }

    /**
     * Returns a copy with a figure the form printed on its bottom rows.
     *
     * @param column the column, one of {@link #PRINTED_COLUMNS}
     * @param figure the printed figure, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the column if the bottom rows do not print it, or if the figure is
     *         absurdly large or precise
     */
    public EvaluationForm withPrinted(FormColumn column, BigDecimal figure) {
        return new EvaluationForm(kind, entries, renstraToDate, predicateReading, measure,
                printed.with(column, figure, PRINTED_COLUMNS, "the bottom rows"), texts, source);
    }

    /**
     * Returns a copy with the predicate (predikat kinerja) the form printed on its bottom row for a half.
     *
     * @param half K or Rp
     * @param predicate the printed predicate
     * @return a copy with the printed predicate
     * @throws NullPointerException naming the argument that is null
     */
    public EvaluationForm withPrintedPredicate(Half half, Category predicate) {
        return new EvaluationForm(kind, entries, renstraToDate, predicateReading, measure,
                printed.withPredicate(half, predicate), texts, source);
    }

    /**
     * Returns a copy with a row of text filled in.
     *
     * @param row the row
     * @param text the text, as written
     * @return a copy with the text
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public EvaluationForm withText(Text row, String text) {
        Decimals.notNull(row, "row");
        EnumMap<Text, String> copy = new EnumMap<>(texts);
        copy.put(row, Decimals.notBlank(text, "text"));
        return new EvaluationForm(kind, entries, renstraToDate, predicateReading, measure, printed, copy, source);
    }

    /**
     * Returns a copy that says where the form's figures come from, as a table of a report says under it
     * ("Sumber: SIPD"): the system they were taken from, the documents, and what was constructed or corrected.
     *
     * @param text the source, as written
     * @return a copy with the source
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public EvaluationForm withSource(String text) {
        return new EvaluationForm(kind, entries, renstraToDate, predicateReading, measure, printed, texts,
                Decimals.notBlank(text, "text"));
    }

    /**
     * Returns where the form's figures come from.
     *
     * @return the source, or empty if the form does not say
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the kind of form.
     *
     * @return Renja or RKPD
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the form's top entries.
     *
     * @return its sasaran (or programs), in the form's order; unmodifiable
     */
    public List<FormEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries as the evaluation package computes them.
     *
     * @return the top entries as nodes, in order; unmodifiable
     */
    public List<FormNode> nodes() {
        List<FormNode> nodes = new ArrayList<>(entries.size());
        for (FormEntry entry : entries) {
            nodes.add(entry.node());
        }
        return Collections.unmodifiableList(nodes);
    }

    /**
     * Returns how the form formed column 14.
     *
     * @return the rule; {@link RenstraToDate#BY_ACCUMULATION} unless the form states otherwise
     */
    public RenstraToDate renstraToDate() {
        return renstraToDate;
    }

    /**
     * Returns how the form read the predicate bands.
     *
     * @return the reading; {@link PredicateReading#PRINTED_LOWER_BAND} unless the form states otherwise
     */
    public PredicateReading predicateReading() {
        return predicateReading;
    }

    /**
     * Returns which column the form's predicates are of.
     *
     * @return the measure; {@link Measure#RENSTRA_TO_DATE} (column 15) unless the form states otherwise
     */
    public Measure measure() {
        return measure;
    }

    /**
     * Returns the policy the form's figures are computed with: the form's own readings, and a capaian policy.
     *
     * @param capaian the formula for negative indicators and the meaning of a zero target
     * @return the policy
     * @throws NullPointerException if {@code capaian} is null
     */
    public EvaluationPolicy policy(Capaian.Policy capaian) {
        return EvaluationPolicy.DEFAULT.withCapaian(capaian).withRenstraToDate(renstraToDate)
                .withPredicate(predicateReading);
    }

    /**
     * Returns the form recomputed: a copy with every derived cell of every row filled in as the library computes it
     * from the form's data, with the form's readings and a capaian policy. Percentages are rounded as reports print
     * them (two decimals, half-up), amounts and realisations are exact; a cell the library cannot compute (a target of
     * 0, a quarter not reported) is left blank, and a figure the form printed there is dropped. The audit of the copy
     * has no finding: it is the form as it should have been filled.
     *
     * @param capaian the formula for negative indicators and the meaning of a zero target
     * @return the recomputed form
     * @throws NullPointerException if {@code capaian} is null
     */
    public EvaluationForm withComputedFigures(Capaian.Policy capaian) {
        EvaluationPolicy policy = policy(capaian);
        List<FormEntry> computed = new ArrayList<>(entries.size());
        for (FormEntry entry : entries) {
            computed.add(entry.withComputedFigures(policy, measure));
        }
        EvaluationForm form = new EvaluationForm(kind, computed, renstraToDate, predicateReading, measure,
                PrintedCells.NONE, texts, source);
        Map<Measure, FormSummary> summaries = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            summaries.put(m, FormSummary.of(form.nodes(), m, policy));
        }
        PrintedCells cells = PrintedCells.NONE;
        for (FormColumn column : PRINTED_COLUMNS) {
            FormSummary summary = summaries.get(column == FormColumn.K_YEAR || column == FormColumn.RP_YEAR
                    ? Measure.YEAR : Measure.RENSTRA_TO_DATE);
            Optional<BigDecimal> figure = column.half() == Half.K
                    ? Computed.percent(summary.average().achievement())
                    : summary.budget().flatMap(b -> Computed.budget(b, column));
            if (figure.isPresent()) {
                cells = cells.with(column, figure.get(), PRINTED_COLUMNS, "the bottom rows");
            }
        }
        FormSummary summary = summaries.get(measure);
        cells = Computed.predicate(cells, Half.K, predicateReading.categorize(summary.average().achievement()));
        cells = Computed.predicate(cells, Half.RP, predicateReading.categorize(summary.budgetAchievement()));
        return new EvaluationForm(kind, computed, renstraToDate, predicateReading, measure, cells, texts, source);
    }

    /**
     * Returns the figure the form printed in a column of its bottom rows.
     *
     * @param column the column
     * @return the printed figure at its printed scale, or empty
     * @throws NullPointerException if {@code column} is null
     */
    public Optional<BigDecimal> printed(FormColumn column) {
        return printed.figure(column);
    }

    /**
     * Returns every figure the form printed on its bottom rows.
     *
     * @return the figures by column, in the order of the form; unmodifiable
     */
    public Map<FormColumn, BigDecimal> printedFigures() {
        return printed.figures();
    }

    /**
     * Returns the predicate the form printed on its bottom row for a half.
     *
     * @param half K or Rp
     * @return the printed predicate, or empty
     * @throws NullPointerException if {@code half} is null
     */
    public Optional<Category> printedPredicate(Half half) {
        return printed.predicate(half);
    }

    /**
     * Returns a row of text.
     *
     * @param row the row
     * @return the text, or empty if the form leaves it blank
     * @throws NullPointerException if {@code row} is null
     */
    public Optional<String> text(Text row) {
        return Optional.ofNullable(texts.get(Decimals.notNull(row, "row")));
    }

    /**
     * Returns the rows of text the form fills in.
     *
     * @return the texts by row, in the order of the form; unmodifiable
     */
    public Map<Text, String> texts() {
        return Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationForm that && kind == that.kind && entries.equals(that.entries)
                && renstraToDate == that.renstraToDate && predicateReading == that.predicateReading
                && measure == that.measure && printed.equals(that.printed) && texts.equals(that.texts)
                && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, entries, renstraToDate, predicateReading, measure, printed, texts, source);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "EvaluationForm[Evaluasi terhadap Hasil Renja Perangkat Daerah, 2 entries, printed 15 K
     *         87.52]"}
     */
    @Override
    public String toString() {
        String figures = printed.toString();
        return "EvaluationForm[" + kind.title() + ", " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                + (figures.isEmpty() ? "" : ", " + figures) + "]";
    }

    private Object writeReplace() {
        return new Ser(kind, new ArrayList<>(entries), renstraToDate, predicateReading, measure,
                printed.copyOfFigures(), printed.copyOfPredicates(), new EnumMap<>(texts), source);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(EvaluationForm.class);
    }

    /** The serialized form. Read back through the factories. */
    private record Ser(Kind kind, ArrayList<FormEntry> entries, RenstraToDate renstraToDate,
            PredicateReading predicateReading, Measure measure, EnumMap<FormColumn, BigDecimal> printed,
            EnumMap<Half, Category> predicates, EnumMap<Text, String> texts, String source)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(EvaluationForm.class, () -> {
                EvaluationForm form = of(kind, entries).withRenstraToDate(renstraToDate)
                        .withPredicateReading(predicateReading).withMeasure(measure);
                for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                    form = form.withPrinted(cell.getKey(), cell.getValue());
                }
                for (Map.Entry<Half, Category> predicate : predicates.entrySet()) {
                    form = form.withPrintedPredicate(predicate.getKey(), predicate.getValue());
                }
                for (Map.Entry<Text, String> text : texts.entrySet()) {
                    form = form.withText(text.getKey(), text.getValue());
                }
                return source == null ? form : form.withSource(source);
            });
        }
    }
}
