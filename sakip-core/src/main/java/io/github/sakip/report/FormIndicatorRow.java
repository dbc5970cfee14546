package io.github.sakip.report;

import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy;
import io.github.sakip.evaluation.IndicatorRow;
import io.github.sakip.evaluation.Measure;
import io.github.sakip.evaluation.Quarters;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.report.FormColumn.Half;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One indicator's row of a filled Renja (or RKPD) evaluation form ({@link EvaluationForm}): its data, the K half of
 * columns 5 to 12 ({@link IndicatorRow}), the unit responsible for it (column 16), and the figures the form printed
 * in its derived columns: 13 K, 14 K, 15 K and, where the form has it, 13/8 K ({@link #PRINTED_COLUMNS}), and its
 * predicate (predikat kinerja) where the form prints one per row.
 * <p>
 * Obtain a row with {@link #of(IndicatorRow)} and add what the form printed with the {@code with…} methods, each of
 * which returns a copy. Printed figures keep the scale they were printed with, and {@code equals} compares them by
 * value and scale.
 * <pre>{@code
 * FormIndicatorRow.of(IndicatorRow.of(trained, Target.of(d("1536")), Realization.of(d("470")), Target.of(d("512")),
 *                 Quarters.reported(d("100"), d("150"), d("140"), d("122"))))
 *         .withPrinted(FormColumn.K13, d("512")).withPrinted(FormColumn.K15, d("64.06"));
 * }</pre>
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class FormIndicatorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The derived columns an indicator row prints: 13 K, 14 K, 15 K and 13/8 K. */
    public static final Set<FormColumn> PRINTED_COLUMNS = java.util.Collections.unmodifiableSet(
            EnumSet.of(FormColumn.K13, FormColumn.K14, FormColumn.K15, FormColumn.K_YEAR));

    private final IndicatorRow row;
    /** The unit responsible (column 16), or null. */
    private final String responsible;
    private final PrintedCells printed;

    private FormIndicatorRow(IndicatorRow row, String responsible, PrintedCells printed) {
        this.row = Decimals.notNull(row, "row");
        this.responsible = responsible;
        this.printed = printed;
    }

    /**
     * Obtains a row with nothing printed but its data.
     *
     * @param row the data of the row: the indicator, columns 6 to 12 K
     * @return the row
     * @throws NullPointerException if {@code row} is null
     */
    public static FormIndicatorRow of(IndicatorRow row) {
        return new FormIndicatorRow(row, null, PrintedCells.NONE);
    }

    /**
     * Returns a copy with the unit responsible for the indicator (column 16, unit perangkat daerah penanggung
     * jawab; on the RKPD form, the perangkat daerah).
     *
     * @param unit the unit, as printed
     * @return a copy with the unit
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code unit} is blank
     */
    public FormIndicatorRow withResponsible(String unit) {
        return new FormIndicatorRow(row, Decimals.notBlank(unit, "unit"), printed);
    }

    /**
     * Returns a copy with a figure the form printed in a derived column of the row.
     *
     * @param column the column, one of {@link #PRINTED_COLUMNS}
     * @param figure the printed figure, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the column if an indicator row does not print it, or if the figure
     *         is absurdly large or precise
     */
    public FormIndicatorRow withPrinted(FormColumn column, BigDecimal figure) {
        return new FormIndicatorRow(row, responsible, printed.with(column, figure, PRINTED_COLUMNS,
                "an indicator row"));
    }

    /**
     * Returns a copy with the predicate (predikat kinerja) the form printed for the row's achievement, of the
     * column the form's bottom rows are under ({@link EvaluationForm#measure()}).
     *
     * @param predicate the printed predicate
     * @return a copy with the printed predicate
     * @throws NullPointerException if {@code predicate} is null
     */
    public FormIndicatorRow withPrintedPredicate(Category predicate) {
        return new FormIndicatorRow(row, responsible, printed.withPredicate(Half.K, predicate));
    }

    /**
     * Returns the row recomputed: every derived cell as the library computes it, nothing where it cannot.
     *
     * @param policy the policy of the form
     * @param measure the column of the form's predicates
     * @return the row with its computed figures in place of the printed ones
     */
    FormIndicatorRow withComputedFigures(EvaluationPolicy policy, Measure measure) {
        PrintedCells cells = PrintedCells.NONE;
        cells = put(cells, FormColumn.K13, Computed.value(row.realizationThisYear()));
        cells = put(cells, FormColumn.K14, Computed.value(row.renstraRealizationToDate(policy)));
        cells = put(cells, FormColumn.K15, Computed.percent(row.renstraAchievement(policy)));
        cells = put(cells, FormColumn.K_YEAR, Computed.percent(row.yearAchievement(policy)));
        cells = Computed.predicate(cells, Half.K, row.predicate(measure, policy));
        return new FormIndicatorRow(row, responsible, cells);
    }

    private static PrintedCells put(PrintedCells cells, FormColumn column, Optional<BigDecimal> figure) {
        return figure.isPresent() ? cells.with(column, figure.get(), PRINTED_COLUMNS, "an indicator row") : cells;
    }

    /**
     * Returns the data of the row.
     *
     * @return the indicator and columns 6 to 12 K
     */
    public IndicatorRow row() {
        return row;
    }

    /**
     * Returns the unit responsible (column 16).
     *
     * @return the unit as printed, or empty
     */
    public Optional<String> responsible() {
        return Optional.ofNullable(responsible);
    }

    /**
     * Returns the figure the form printed in a column.
     *
     * @param column the column
     * @return the printed figure at its printed scale, or empty
     * @throws NullPointerException if {@code column} is null
     */
    public Optional<BigDecimal> printed(FormColumn column) {
        return printed.figure(column);
    }

    /**
     * Returns every figure the form printed in the row's derived columns.
     *
     * @return the figures by column, in the order of the form; unmodifiable
     */
    public Map<FormColumn, BigDecimal> printedFigures() {
        return printed.figures();
    }

    /**
     * Returns the predicate the form printed for the row.
     *
     * @return the printed predicate, or empty
     */
    public Optional<Category> printedPredicate() {
        return printed.predicate(Half.K);
    }

    /**
     * Compares the data, the unit and the printed figures (by value and scale).
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FormIndicatorRow that && row.equals(that.row)
                && Objects.equals(responsible, that.responsible) && printed.equals(that.printed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, responsible, printed);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "FormIndicatorRow[Pencari kerja dilatih, Quarters[100, 150, 140, 122], printed 15 K
     *         64.06]"}
     */
    @Override
    public String toString() {
        String figures = printed.toString();
        return "FormIndicatorRow[" + row.indicator().name() + ", " + row.quarters()
                + (responsible == null ? "" : ", " + responsible) + (figures.isEmpty() ? "" : ", " + figures) + "]";
    }

    private Object writeReplace() {
        Quarters quarters = row.quarters();
        return new Ser(row.indicator(), row.renstraTarget().orElse(null), row.renstraRealizationToLastYear(),
                row.yearTarget().orElse(null), quarters.first(), quarters.second(), quarters.third(),
                quarters.fourth(), responsible, printed.copyOfFigures(), printed.predicate(Half.K).orElse(null));
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(FormIndicatorRow.class);
    }

    /** The serialized form; absent parts are null. Read back through the factories. */
    private record Ser(Indicator indicator, Target renstraTarget, Realization renstraRealizationToLastYear,
            Target yearTarget, Realization first, Realization second, Realization third, Realization fourth,
            String responsible, EnumMap<FormColumn, BigDecimal> printed, Category predicate) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(FormIndicatorRow.class, () -> {
                FormIndicatorRow result = of(new IndicatorRow(indicator, Optional.ofNullable(renstraTarget),
                        renstraRealizationToLastYear, Optional.ofNullable(yearTarget),
                        Quarters.of(first, second, third, fourth)));
                result = responsible == null ? result : result.withResponsible(responsible);
                for (Map.Entry<FormColumn, BigDecimal> cell : printed.entrySet()) {
                    result = result.withPrinted(cell.getKey(), cell.getValue());
                }
                return predicate == null ? result : result.withPrintedPredicate(predicate);
            });
        }
    }
}
