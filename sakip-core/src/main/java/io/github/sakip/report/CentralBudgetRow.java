package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Printed;
import io.github.sakip.internal.Serialized;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the budget table of a ministry's or agency's (kementerian/lembaga, K/L) performance report (LKj or
 * LAKIP of a kementerian, lembaga or satuan kerja): a program, kegiatan, KRO, rincian output (RO) or any other line
 * with its allocation (pagu) and realisation (realisasi) in Rupiah as printed, and the figures the report printed
 * for it.
 * <p>
 * Obtain a line with {@link #of(String, String, BigDecimal, BigDecimal)}, and add with the {@code with…} methods,
 * each of which returns a copy:
 * <ul>
 * <li>the parent's code, {@link #withParent(String)}, where the table lists a line under a parent its code does not
 * name (a kegiatan {@code 3165} under the program {@code 063.01.WA}, a line with no code under a kegiatan);</li>
 * <li>for an RO, its output target and realisation in the output's unit, where printed
 * ({@link #withOutput(BigDecimal, BigDecimal)}: 12 laporan planned, 11 made), from which the output achievement
 * (capaian RO) is computed;</li>
 * <li>the printed figures: absorption (penyerapan), output achievement (capaian RO), efficiency E and efficiency
 * score NE of PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021.</li>
 * </ul>
 * The code is kept as printed (trimmed): any form {@link io.github.sakip.BudgetCode#parse(String)} reads, or blank
 * for a line with none. A code it refuses is kept too, so that the audit can say so in its place, as it does for a
 * regional table. The output achievement of an RO is, for the efficiency, the one its output target and realisation
 * give; where the report printed only the percentage, the printed capaian RO is taken as the RO's output achievement.
 * <p>
 * Amounts and output figures are normalised; printed figures keep their printed scale, and {@code equals} compares
 * them by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised line is validated as a new one is.
 *
 * @serial exclude
 */
public final class CentralBudgetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final BigDecimal pagu;
    private final BigDecimal realisasi;
    /** The explicit parent's code, or null. */
    private final String parent;
    /** The output target in the output's unit, or null. */
    private final BigDecimal outputTarget;
    /** The output realisation in the output's unit, or null; given with the target. */
    private final BigDecimal outputRealization;
    private final BigDecimal printedAbsorption;
    private final BigDecimal printedOutputAchievement;
    private final BigDecimal printedEfficiency;
    private final BigDecimal printedEfficiencyScore;

    private CentralBudgetRow(String code, String name, BigDecimal pagu, BigDecimal realisasi, String parent,
            BigDecimal outputTarget, BigDecimal outputRealization, BigDecimal printedAbsorption,
            BigDecimal printedOutputAchievement, BigDecimal printedEfficiency, BigDecimal printedEfficiencyScore) {
        this.code = Decimals.notNull(code, "code").strip();
        this.name = Decimals.notBlank(name, "name");
        this.pagu = Decimals.checkedRupiah(pagu, "pagu");
        this.realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
        this.parent = parent;
        this.outputTarget = outputTarget;
        this.outputRealization = outputRealization;
        this.printedAbsorption = printedAbsorption;
        this.printedOutputAchievement = printedOutputAchievement;
        this.printedEfficiency = printedEfficiency;
        this.printedEfficiencyScore = printedEfficiencyScore;
    }

    /**
     * Obtains a line with nothing printed but its amounts.
     *
     * @param code the code as printed, such as {@code "063.01.WA"}, {@code "3165"}, {@code "3165.QAH.001"}, or blank
     *        for a line with none
     * @param name the name as printed
     * @param pagu the allocation (pagu), non-negative, at most two decimals
     * @param realisasi the realisation, non-negative, at most two decimals
     * @return the line
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if the name is blank, or an amount
     *         is negative, has more than two decimals, or is absurdly large
     */
    public static CentralBudgetRow of(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        return new CentralBudgetRow(code, name, pagu, realisasi, null, null, null, null, null, null, null);
    }

    /**
     * Returns a copy with its parent given explicitly, as the table lists it: see
     * {@link io.github.sakip.BudgetLine#withParent(String)}, which the audit applies.
     *
     * @param parentCode the parent's code as printed, such as {@code "063.01.WA"}
     * @return a copy with the parent
     * @throws NullPointerException if {@code parentCode} is null
     * @throws IllegalArgumentException if {@code parentCode} is blank
     */
    public CentralBudgetRow withParent(String parentCode) {
        return new CentralBudgetRow(code, name, pagu, realisasi, Decimals.notBlank(parentCode, "parentCode"),
                outputTarget, outputRealization, printedAbsorption, printedOutputAchievement, printedEfficiency,
                printedEfficiencyScore);
    }

    /**
     * Returns a copy with the output target and realisation of a rincian output (volume RO), in the output's unit,
     * as printed: its output achievement (capaian RO) is {@code realization / target × 100}.
     *
     * @param target the output target (target volume), such as {@code 12} laporan
     * @param realization the output realised (realisasi volume), such as {@code 11}
     * @return a copy with the output figures
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly large
     *         or precise
     */
    public CentralBudgetRow withOutput(BigDecimal target, BigDecimal realization) {
        return new CentralBudgetRow(code, name, pagu, realisasi, parent, Decimals.checkedNonNegative(target, "target"),
                Decimals.checkedNonNegative(realization, "realization"), printedAbsorption, printedOutputAchievement,
                printedEfficiency, printedEfficiencyScore);
    }

    /**
     * Returns a copy with the absorption (penyerapan) the report printed.
     *
     * @param absorption the printed absorption in percent, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException if {@code absorption} is null
     * @throws IllegalArgumentException if {@code absorption} is absurdly large or precise
     */
    public CentralBudgetRow withPrintedAbsorption(BigDecimal absorption) {
        return new CentralBudgetRow(code, name, pagu, realisasi, parent, outputTarget, outputRealization,
                Printed.checked(absorption, "absorption"), printedOutputAchievement, printedEfficiency,
                printedEfficiencyScore);
    }

    /**
     * Returns a copy with the output achievement (capaian RO) the report printed.
     *
     * @param outputAchievement the printed capaian RO in percent, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException if {@code outputAchievement} is null
     * @throws IllegalArgumentException if {@code outputAchievement} is negative, or absurdly large or precise
     */
    public CentralBudgetRow withPrintedOutputAchievement(BigDecimal outputAchievement) {
        BigDecimal printed = Printed.checked(outputAchievement, "outputAchievement");
        if (printed.signum() < 0) {
            throw new IllegalArgumentException("outputAchievement must not be negative, but was "
                    + printed.toPlainString());
        }
        return new CentralBudgetRow(code, name, pagu, realisasi, parent, outputTarget, outputRealization,
                printedAbsorption, printed, printedEfficiency, printedEfficiencyScore);
    }

    /**
     * Returns a copy with the efficiency E (efisiensi) of PMK 214/PMK.02/2017 the report printed for the line.
     *
     * @param efficiency the printed E in percent, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException if {@code efficiency} is null
     * @throws IllegalArgumentException if {@code efficiency} is absurdly large or precise
     */
    public CentralBudgetRow withPrintedEfficiency(BigDecimal efficiency) {
        return new CentralBudgetRow(code, name, pagu, realisasi, parent, outputTarget, outputRealization,
                printedAbsorption, printedOutputAchievement, Printed.checked(efficiency, "efficiency"),
                printedEfficiencyScore);
    }

    /**
     * Returns a copy with the efficiency score NE (nilai efisiensi) the report printed for the line.
     *
     * @param efficiencyScore the printed NE in percent, scale as printed
     * @return a copy with the printed figure
     * @throws NullPointerException if {@code efficiencyScore} is null
     * @throws IllegalArgumentException if {@code efficiencyScore} is absurdly large or precise
     */
    public CentralBudgetRow withPrintedEfficiencyScore(BigDecimal efficiencyScore) {
        return new CentralBudgetRow(code, name, pagu, realisasi, parent, outputTarget, outputRealization,
                printedAbsorption, printedOutputAchievement, printedEfficiency,
                Printed.checked(efficiencyScore, "efficiencyScore"));
    }

    /**
     * Returns the code as printed.
     *
     * @return the code, trimmed; empty for a line with none
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name as printed.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the allocation.
     *
     * @return the pagu in Rupiah, normalised
     */
    public BigDecimal pagu() {
        return pagu;
    }

    /**
     * Returns the realisation.
     *
     * @return the realisasi in Rupiah, normalised
     */
    public BigDecimal realisasi() {
        return realisasi;
    }

    /**
     * Returns the parent given explicitly.
     *
     * @return the parent's code as printed, or empty where the parent is the one the code carries
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Returns the output target of a rincian output.
     *
     * @return the target volume, normalised, or empty where none was printed
     */
    public Optional<BigDecimal> outputTarget() {
        return Optional.ofNullable(outputTarget);
    }

    /**
     * Returns the output realised of a rincian output.
     *
     * @return the realised volume, normalised, or empty where none was printed
     */
    public Optional<BigDecimal> outputRealization() {
        return Optional.ofNullable(outputRealization);
    }

    /**
     * Returns the absorption the report printed.
     *
     * @return the printed percentage at its printed scale, or empty
     */
    public Optional<BigDecimal> printedAbsorption() {
        return Optional.ofNullable(printedAbsorption);
    }

    /**
     * Returns the output achievement (capaian RO) the report printed.
     *
     * @return the printed percentage at its printed scale, or empty
     */
    public Optional<BigDecimal> printedOutputAchievement() {
        return Optional.ofNullable(printedOutputAchievement);
    }

    /**
     * Returns the efficiency E the report printed.
     *
     * @return the printed percentage at its printed scale, or empty
     */
    public Optional<BigDecimal> printedEfficiency() {
        return Optional.ofNullable(printedEfficiency);
    }

    /**
     * Returns the efficiency score NE the report printed.
     *
     * @return the printed percentage at its printed scale, or empty
     */
    public Optional<BigDecimal> printedEfficiencyScore() {
        return Optional.ofNullable(printedEfficiencyScore);
    }

    /**
     * Compares every part; printed figures by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CentralBudgetRow that && code.equals(that.code) && name.equals(that.name)
                && pagu.equals(that.pagu) && realisasi.equals(that.realisasi) && Objects.equals(parent, that.parent)
                && Objects.equals(outputTarget, that.outputTarget)
                && Objects.equals(outputRealization, that.outputRealization)
                && Objects.equals(printedAbsorption, that.printedAbsorption)
                && Objects.equals(printedOutputAchievement, that.printedOutputAchievement)
                && Objects.equals(printedEfficiency, that.printedEfficiency)
                && Objects.equals(printedEfficiencyScore, that.printedEfficiencyScore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, pagu, realisasi, parent, outputTarget, outputRealization, printedAbsorption,
                printedOutputAchievement, printedEfficiency, printedEfficiencyScore);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "CentralBudgetRow[3165.QAH.001 Layanan Pengujian under 063.01.WA, pagu 1000, realisasi
     *         950, output 11 of 12, printed absorption 95.00]"}
     */
    @Override
    public String toString() {
        return "CentralBudgetRow[" + (code.isEmpty() ? "" : code + " ") + name
                + (parent == null ? "" : " under " + parent) + ", pagu " + pagu.toPlainString() + ", realisasi "
                + realisasi.toPlainString()
                + (outputTarget == null ? "" : ", output " + outputRealization.toPlainString() + " of "
                        + outputTarget.toPlainString())
                + printed("absorption", printedAbsorption) + printed("output achievement", printedOutputAchievement)
                + printed("efficiency", printedEfficiency) + printed("efficiency score", printedEfficiencyScore) + "]";
    }

    private static String printed(String what, BigDecimal figure) {
        return figure == null ? "" : ", printed " + what + " " + figure.toPlainString();
    }

    private Object writeReplace() {
        return new Ser(code, name, pagu, realisasi, parent, outputTarget, outputRealization, printedAbsorption,
                printedOutputAchievement, printedEfficiency, printedEfficiencyScore);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(CentralBudgetRow.class);
    }

    /** The serialized form; absent parts are null. Read back through the factories. */
    private record Ser(String code, String name, BigDecimal pagu, BigDecimal realisasi, String parent,
            BigDecimal outputTarget, BigDecimal outputRealization, BigDecimal printedAbsorption,
            BigDecimal printedOutputAchievement, BigDecimal printedEfficiency, BigDecimal printedEfficiencyScore)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(CentralBudgetRow.class, () -> {
                CentralBudgetRow row = of(code, name, pagu, realisasi);
                row = parent == null ? row : row.withParent(parent);
                if ((outputTarget == null) != (outputRealization == null)) {
                    throw new IllegalArgumentException("output target and realization are given together");
                }
                row = outputTarget == null ? row : row.withOutput(outputTarget, outputRealization);
                row = printedAbsorption == null ? row : row.withPrintedAbsorption(printedAbsorption);
                row = printedOutputAchievement == null ? row
                        : row.withPrintedOutputAchievement(printedOutputAchievement);
                row = printedEfficiency == null ? row : row.withPrintedEfficiency(printedEfficiency);
                return printedEfficiencyScore == null ? row : row.withPrintedEfficiencyScore(printedEfficiencyScore);
            });
        }
    }
}
