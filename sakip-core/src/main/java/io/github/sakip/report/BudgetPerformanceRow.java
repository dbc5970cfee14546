package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Years;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's budget performance value (Nilai Kinerja Anggaran, NKA) of a ministry, agency or satuan kerja as its
 * performance report prints it: the components of the implementation aspect (aspek implementasi) of PMK
 * 22/PMK.02/2021, which carries on PMK 214/PMK.02/2017, and the value they make.
 * <p>
 * The components are absorption (penyerapan anggaran), consistency of absorption with the plan (konsistensi), output
 * achievement (capaian keluaran, capaian RO) and efficiency: the efficiency E (efisiensi) where the report prints it,
 * and the efficiency score NE (nilai efisiensi) it gives. Obtain a row with
 * {@link #of(int, BigDecimal, BigDecimal, BigDecimal)} and add E and the printed NE and value with the {@code with…}
 * methods, each of which returns a copy.
 * <p>
 * Every figure of the row is printed, and kept at its printed scale. The audit recomputes the NE from E (where E is
 * printed) and the value from the components with the weights of {@link io.github.sakip.Pmk214}; and, for the
 * report's own year, it checks absorption, output achievement and E against the report's
 * {@link CentralBudgetTable}, where the report has one. Consistency needs the plan of withdrawals (rencana penarikan
 * dana), which no table of the report holds: it is taken as printed. {@code equals} compares figures by value and
 * scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class BudgetPerformanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final BigDecimal absorption;
    private final BigDecimal consistency;
    private final BigDecimal outputAchievement;
    /** E as printed, or null. */
    private final BigDecimal efficiency;
    private final BigDecimal printedEfficiencyScore;
    private final BigDecimal printedValue;

    private BudgetPerformanceRow(int year, BigDecimal absorption, BigDecimal consistency,
            BigDecimal outputAchievement, BigDecimal efficiency, BigDecimal printedEfficiencyScore,
            BigDecimal printedValue) {
        this.year = Years.checked(year, "year");
        this.absorption = component(absorption, "absorption");
        this.consistency = component(consistency, "consistency");
        this.outputAchievement = component(outputAchievement, "outputAchievement");
        this.efficiency = efficiency;
        this.printedEfficiencyScore = printedEfficiencyScore;
        this.printedValue = printedValue;
    }

    private static BigDecimal component(BigDecimal value, String name) {
        BigDecimal printed = Printed.checked(value, name);
        if (printed.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, but was " + printed.toPlainString());
        }
        return printed;
    }

    /**
     * Obtains a row with the components the report printed and nothing else.
     *
     * @param year the year the value is of, from 1900 to 2999
     * @param absorption the absorption (penyerapan anggaran) in percent, scale as printed
     * @param consistency the consistency of absorption with the plan (konsistensi) in percent, scale as printed
     * @param outputAchievement the output achievement (capaian keluaran, capaian RO) in percent, scale as printed
     * @return the row
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if the year is out of range, or a
     *         figure is negative or absurdly large or precise
     */
    public static BudgetPerformanceRow of(int year, BigDecimal absorption, BigDecimal consistency,
            BigDecimal outputAchievement) {
        return new BudgetPerformanceRow(year, absorption, consistency, outputAchievement, null, null, null);
    }

    /**
     * Returns a copy with the efficiency E (efisiensi) the report printed, from which the efficiency score follows.
     *
     * @param efficiency E in percent, scale as printed, such as {@code 3.99}
     * @return a copy with E
     * @throws NullPointerException if {@code efficiency} is null
     * @throws IllegalArgumentException if {@code efficiency} is absurdly large or precise
     */
    public BudgetPerformanceRow withEfficiency(BigDecimal efficiency) {
        return new BudgetPerformanceRow(year, absorption, consistency, outputAchievement,
                Printed.checked(efficiency, "efficiency"), printedEfficiencyScore, printedValue);
    }

    /**
     * Returns a copy with the efficiency score NE (nilai efisiensi) the report printed.
     *
     * @param efficiencyScore NE in percent, scale as printed, such as {@code 59.98}
     * @return a copy with the printed NE
     * @throws NullPointerException if {@code efficiencyScore} is null
     * @throws IllegalArgumentException if {@code efficiencyScore} is negative, or absurdly large or precise
     */
    public BudgetPerformanceRow withPrintedEfficiencyScore(BigDecimal efficiencyScore) {
        return new BudgetPerformanceRow(year, absorption, consistency, outputAchievement, efficiency,
                component(efficiencyScore, "efficiencyScore"), printedValue);
    }

    /**
     * Returns a copy with the budget performance value (Nilai Kinerja Anggaran of the implementation aspect) the
     * report printed.
     *
     * @param value the printed value, scale as printed, such as {@code 87.93}
     * @return a copy with the printed value
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is absurdly large or precise
     */
    public BudgetPerformanceRow withPrintedValue(BigDecimal value) {
        return new BudgetPerformanceRow(year, absorption, consistency, outputAchievement, efficiency,
                printedEfficiencyScore, Printed.checked(value, "value"));
    }

    /**
     * Returns the year the value is of.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the absorption (penyerapan anggaran) as printed.
     *
     * @return the percentage at its printed scale
     */
    public BigDecimal absorption() {
        return absorption;
    }

    /**
     * Returns the consistency of absorption with the plan (konsistensi) as printed.
     *
     * @return the percentage at its printed scale
     */
    public BigDecimal consistency() {
        return consistency;
    }

    /**
     * Returns the output achievement (capaian keluaran) as printed.
     *
     * @return the percentage at its printed scale
     */
    public BigDecimal outputAchievement() {
        return outputAchievement;
    }

    /**
     * Returns the efficiency E as printed.
     *
     * @return E in percent at its printed scale, or empty where the report printed only the efficiency score
     */
    public Optional<BigDecimal> efficiency() {
        return Optional.ofNullable(efficiency);
    }

    /**
     * Returns the efficiency score NE the report printed.
     *
     * @return NE in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedEfficiencyScore() {
        return Optional.ofNullable(printedEfficiencyScore);
    }

    /**
     * Returns the budget performance value the report printed.
     *
     * @return the value at its printed scale, or empty
     */
    public Optional<BigDecimal> printedValue() {
        return Optional.ofNullable(printedValue);
    }

    /**
     * Compares every part; figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetPerformanceRow that && year == that.year && absorption.equals(that.absorption)
                && consistency.equals(that.consistency) && outputAchievement.equals(that.outputAchievement)
                && Objects.equals(efficiency, that.efficiency)
                && Objects.equals(printedEfficiencyScore, that.printedEfficiencyScore)
                && Objects.equals(printedValue, that.printedValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, absorption, consistency, outputAchievement, efficiency, printedEfficiencyScore,
                printedValue);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "BudgetPerformanceRow[2021, absorption 95.53, consistency 99.61, output achievement
     *         99.72, printed efficiency score 59.98, printed value 87.93]"}
     */
    @Override
    public String toString() {
        return "BudgetPerformanceRow[" + year + ", absorption " + absorption.toPlainString() + ", consistency "
                + consistency.toPlainString() + ", output achievement " + outputAchievement.toPlainString()
                + (efficiency == null ? "" : ", efficiency " + efficiency.toPlainString())
                + (printedEfficiencyScore == null ? ""
                        : ", printed efficiency score " + printedEfficiencyScore.toPlainString())
                + (printedValue == null ? "" : ", printed value " + printedValue.toPlainString()) + "]";
    }

    private Object writeReplace() {
        return new Ser(year, absorption, consistency, outputAchievement, efficiency, printedEfficiencyScore,
                printedValue);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(BudgetPerformanceRow.class);
    }

    /** The serialized form; absent figures are null. Read back through the factories. */
    private record Ser(int year, BigDecimal absorption, BigDecimal consistency, BigDecimal outputAchievement,
            BigDecimal efficiency, BigDecimal printedEfficiencyScore, BigDecimal printedValue)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(BudgetPerformanceRow.class, () -> {
                BudgetPerformanceRow row = of(year, absorption, consistency, outputAchievement);
                row = efficiency == null ? row : row.withEfficiency(efficiency);
                row = printedEfficiencyScore == null ? row : row.withPrintedEfficiencyScore(printedEfficiencyScore);
                return printedValue == null ? row : row.withPrintedValue(printedValue);
            });
        }
    }
}
