package io.github.sakip.report;

import io.github.sakip.Indicator;
import io.github.sakip.Realization;
import io.github.sakip.Target;
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
 * One row of the cascade's table of programs (Tabel 3.8 "Analisis Keberhasilan dan Kegagalan Program dan
 * Kegiatan", columns 5 to 9): a program, kegiatan or sub kegiatan that serves a sasaran, one of its indicators with
 * the capaian printed for it, and the qualitative columns, whether it supports the sasaran ("Menunjang / Tidak
 * Menunjang") and the analysis, kept as text.
 * <p>
 * The code is the line's code in the budget table (Tabel 3.9), such as {@code "2.07.03.2.01"}, which the table of
 * programs itself may not print; the audit finds the line by it. A program with two indicators is two rows.
 * <p>
 * Obtain a row with {@link #of(String, String, Indicator)} when the table prints only the capaian, or with
 * {@link #of(String, String, Indicator, Target, Realization)} when it prints the target and realisation too; add
 * what it printed with the {@code with…} methods, each of which returns a copy.
 * <p>
 * The printed capaian keeps its printed scale, and {@code equals} compares it by value and scale.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised row is validated as a new one is.
 *
 * @serial exclude
 */
public final class ProgramRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final Indicator indicator;
    /** The target, or null where the table gives none (then the realisation is null too). */
    private final Target target;
    /** The realisation, or null where the table gives none. */
    private final Realization realization;
    /** The printed capaian, or null. */
    private final BigDecimal printedCapaian;
    /** The "Menunjang / Tidak Menunjang" column, or null. */
    private final String support;
    /** The analysis column, or null. */
    private final String analysis;

    private ProgramRow(String code, String name, Indicator indicator, Target target, Realization realization,
            BigDecimal printedCapaian, String support, String analysis) {
        this.code = Decimals.notBlank(code, "code");
        this.name = Decimals.notBlank(name, "name");
        this.indicator = Decimals.notNull(indicator, "indicator");
        this.target = target;
        this.realization = realization;
        this.printedCapaian = printedCapaian;
        this.support = support;
        this.analysis = analysis;
    }

    /**
     * Obtains a row for which the table gives no target or realisation.
     *
     * @param code the code of the program, kegiatan or sub kegiatan in the budget table, such as
     *        {@code "2.07.03.2.01"}
     * @param name its name as printed
     * @param indicator the indicator
     * @return the row with nothing printed
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting it if {@code code} or {@code name} is blank
     */
    public static ProgramRow of(String code, String name, Indicator indicator) {
        return new ProgramRow(code, name, indicator, null, null, null, null, null);
    }

    /**
     * Obtains a row with the target and realisation the table gives.
     *
     * @param code the code of the program, kegiatan or sub kegiatan in the budget table
     * @param name its name as printed
     * @param indicator the indicator
     * @param target the target of the year
     * @param realization the realisation of the year, or its absence
     * @return the row with nothing printed
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting it if {@code code} or {@code name} is blank
     */
    public static ProgramRow of(String code, String name, Indicator indicator, Target target,
            Realization realization) {
        return new ProgramRow(code, name, indicator, Decimals.notNull(target, "target"),
                Decimals.notNull(realization, "realization"), null, null, null);
    }

    /**
     * Returns a copy with the capaian the table printed.
     *
     * @param capaian the printed capaian in percent, scale as printed
     * @return a copy with the printed capaian
     * @throws NullPointerException if {@code capaian} is null
     * @throws IllegalArgumentException if {@code capaian} is absurdly large or precise
     */
    public ProgramRow withPrintedCapaian(BigDecimal capaian) {
        return new ProgramRow(code, name, indicator, target, realization, Printed.checked(capaian, "capaian"),
                support, analysis);
    }

    /**
     * Returns a copy with the "Menunjang / Tidak Menunjang" column as printed.
     *
     * @param support the text, such as {@code "Menunjang"}
     * @return a copy with the text
     * @throws NullPointerException if {@code support} is null
     * @throws IllegalArgumentException quoting it if {@code support} is blank
     */
    public ProgramRow withSupport(String support) {
        return new ProgramRow(code, name, indicator, target, realization, printedCapaian,
                Decimals.notBlank(support, "support"), analysis);
    }

    /**
     * Returns a copy with the analysis column as printed.
     *
     * @param analysis the text
     * @return a copy with the text
     * @throws NullPointerException if {@code analysis} is null
     * @throws IllegalArgumentException quoting it if {@code analysis} is blank
     */
    public ProgramRow withAnalysis(String analysis) {
        return new ProgramRow(code, name, indicator, target, realization, printedCapaian, support,
                Decimals.notBlank(analysis, "analysis"));
    }

    /**
     * Returns the code of the program, kegiatan or sub kegiatan in the budget table.
     *
     * @return the code as given, such as {@code "2.07.03.2.01"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name of the program, kegiatan or sub kegiatan as printed.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator
     */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * Returns the target the table gives.
     *
     * @return the target, or empty (then the realisation is empty too)
     */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the realisation the table gives.
     *
     * @return the realisation or its absence, or empty where the table gives no target and realisation
     */
    public Optional<Realization> realization() {
        return Optional.ofNullable(realization);
    }

    /**
     * Returns the capaian the table printed.
     *
     * @return the printed capaian in percent at its printed scale, or empty
     */
    public Optional<BigDecimal> printedCapaian() {
        return Optional.ofNullable(printedCapaian);
    }

    /**
     * Returns the "Menunjang / Tidak Menunjang" column as printed.
     *
     * @return the text, or empty
     */
    public Optional<String> support() {
        return Optional.ofNullable(support);
    }

    /**
     * Returns the analysis column as printed.
     *
     * @return the text, or empty
     */
    public Optional<String> analysis() {
        return Optional.ofNullable(analysis);
    }

    /**
     * Compares every part; the printed capaian by value and scale.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProgramRow that && code.equals(that.code) && name.equals(that.name)
                && indicator.equals(that.indicator) && Objects.equals(target, that.target)
                && Objects.equals(realization, that.realization)
                && Objects.equals(printedCapaian, that.printedCapaian) && Objects.equals(support, that.support)
                && Objects.equals(analysis, that.analysis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, indicator, target, realization, printedCapaian, support, analysis);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "ProgramRow[2.07.03.2.01 Pelaksanaan Pelatihan ..., Persentase ... (Persen, POSITIVE,
     *         STOCK), printed capaian 88.22, Menunjang]"}
     */
    @Override
    public String toString() {
        return "ProgramRow[" + code + " " + name + ", " + indicator + (target == null ? "" : ", target " + target
                + ", realization " + realization)
                + (printedCapaian == null ? "" : ", printed capaian " + printedCapaian.toPlainString())
                + (support == null ? "" : ", " + support) + "]";
    }

    private Object writeReplace() {
        return new Ser(code, name, indicator, target, realization, printedCapaian, support, analysis);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(ProgramRow.class);
    }

    /** The serialized form; what is not given or printed is null. Read back through the factories. */
    private record Ser(String code, String name, Indicator indicator, Target target, Realization realization,
            BigDecimal printedCapaian, String support, String analysis) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(ProgramRow.class, () -> {
                ProgramRow row = target == null && realization == null ? of(code, name, indicator)
                        : of(code, name, indicator, target, realization);
                row = printedCapaian == null ? row : row.withPrintedCapaian(printedCapaian);
                row = support == null ? row : row.withSupport(support);
                return analysis == null ? row : row.withAnalysis(analysis);
            });
        }
    }
}
