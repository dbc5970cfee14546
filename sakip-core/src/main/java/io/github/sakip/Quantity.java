package io.github.sakip;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Text;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A computed {@link Figure} that is not an achievement, with the working that produced it; or the statement that it
 * is not computable, and why: the efficiency of PMK 214 ({@link Pmk214#efficiencyFigure(java.util.List)}), the
 * unspent share and the efficiency index ({@link EfficiencyMeasures}), a change from one year to the next
 * ({@link YearOverYear.Change}), the difference between two targets ({@link RenstraPlan.TargetComparison}).
 * <p>
 * Unlike an {@link Achievement} it has no category: the categories of Permendagri 86/2017 place achievements, and
 * mean nothing for an efficiency of 2,86 % or a change of −2,02 points. Its {@link #unit()} says whether the value
 * is a percentage or a plain number.
 * <p>
 * Equality: two quantities are equal when they have the same unit and are both computable with numerically equal
 * values, or both not computable for the same reason. The working is an explanation and is not compared.
 * <p>
 * This class is immutable, thread-safe and serializable. It is serialised as its unit, value, reason and working
 * (built if it was not yet), and a deserialised quantity is validated by the same factories as a new one.
 *
 * @serial exclude
 */
public final class Quantity implements Figure {

    private static final long serialVersionUID = 1L;

    private final Unit unit;
    private final BigDecimal value;
    /** Why the quantity is not computable; null for one that is. */
    private final Text reason;
    /** The working of a computable quantity; null for one that is not computable. */
    private final Working working;

    private Quantity(Unit unit, BigDecimal value, Text reason, Working working) {
        this.unit = unit;
        this.value = value;
        this.reason = reason;
        this.working = working;
    }

    /**
     * Obtains a computable quantity.
     *
     * @param value the value, at full precision; normalised
     * @param unit whether the value is a percentage or a plain number
     * @param working the calculation that produced it, in the report's terms, such as
     *        {@code "(5.413.445.366,28 − 5.258.800.637) / 5.413.445.366,28 × 100% = 2,86%"}; the same in every
     *        language
     * @return the quantity
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code working} is blank or {@code value} absurdly large or precise
     */
    public static Quantity of(BigDecimal value, Unit unit, String working) {
        BigDecimal checked = Decimals.checked(value, "value");
        return new Quantity(Decimals.notNull(unit, "unit"), checked, null, new Working(Text.literal(Decimals.notBlank(working, "working"))));
    }

    /**
     * Obtains a computable quantity whose working is built only when {@link #explain()} first asks for it.
     *
     * A result of more than {@value Decimals#MAX_INTEGER_DIGITS} digits before the decimal point is not a figure of a
     * report: the quantity is then not computable, and its reason quotes the result.
     *
     * @param value the value, at full precision, already normalised
     * @param unit the unit
     * @param working builds the calculation that produced it; a pure function of values it captured
     * @return the quantity, or a not-computable one if {@code value} is too large to be a figure
     */
    static Quantity of(BigDecimal value, Unit unit, Supplier<Text> working) {
        Decimals.notNull(value, "value");
        Decimals.notNull(unit, "unit");
        if (!Decimals.fits(value)) {
            return notComputable(unit, Achievement.tooLarge(value, unit == Unit.PERCENT ? "%" : ""));
        }
        return new Quantity(unit, Decimals.checkedNormal(value, "value"), null, new Working(working));
    }

    /**
     * Obtains a quantity that cannot be computed.
     *
     * @param unit the unit it would have
     * @param reason why, such as {@code "pagu 0: sisa anggaran adalah pembagian dengan nol"}; the same in every
     *        language
     * @return the not-computable quantity
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Quantity notComputable(Unit unit, String reason) {
        Decimals.notNull(unit, "unit");
        return new Quantity(unit, null, Text.literal(Decimals.notBlank(reason, "reason")), null);
    }

    /**
     * Obtains a quantity that cannot be computed, for a reason of the library's own texts.
     *
     * @param unit the unit it would have
     * @param reason why
     * @return the not-computable quantity
     * @throws NullPointerException naming the argument that is null
     */
    static Quantity notComputable(Unit unit, Text reason) {
        return new Quantity(Decimals.notNull(unit, "unit"), null, Decimals.notNull(reason, "reason"), null);
    }

    @Override
    public boolean isComputable() {
        return value != null;
    }

    @Override
    public BigDecimal value() {
        if (value == null) {
            throw new IllegalStateException("figure is not computable: " + reason.in(Languages.ENGLISH));
        }
        return value;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    @Override
    public Optional<String> reason(Locale language) {
        Locale checked = Languages.check(language);
        return reason == null ? Optional.empty() : Optional.of(reason.in(checked));
    }

    @Override
    public String explain(Locale language) {
        return explanation().in(Languages.check(language));
    }

    /** The working, or for a quantity that is not computable the statement and the reason. */
    Text explanation() {
        return value != null ? working.get() : Text.of("figure.notComputable", reason);
    }

    /** The reason, or null for a computable quantity. */
    Text reasonText() {
        return reason;
    }

    /**
     * Compares by unit, computability, numeric value and reason; the working is not compared.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity that
                && unit == that.unit
                && Objects.equals(value, that.value)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, value, reason);
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "Quantity[2.86%, exact 2.856...]"}, {@code "Quantity[1.03, exact 1.0294...]"} or
     *         {@code "Quantity[not computable: pagu 0: ...]"}: for programmers, in English, quoting the reason in
     *         Bahasa Indonesia
     */
    @Override
    public String toString() {
        if (value == null) {
            return "Quantity[not computable: " + reason + "]";
        }
        return "Quantity[" + rounded().toPlainString() + (unit == Unit.PERCENT ? "%" : "") + ", exact "
                + value.toPlainString() + "]";
    }

    private Object writeReplace() {
        return new Ser(unit, value, reason, value == null ? null : working.get());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(Quantity.class);
    }

    /** The serialized form: the unit, and the value and working of a computable quantity or the reason of one not. */
    private record Ser(Unit unit, BigDecimal value, Text reason, Text working) implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(Quantity.class, () -> {
                if (value == null) {
                    return notComputable(unit, reason);
                }
                if (reason != null) {
                    throw new IllegalArgumentException("a computable quantity has no reason, but had '" + reason
                            + "'");
                }
                return new Quantity(Decimals.notNull(unit, "unit"), Decimals.checked(value, "value"), null,
                        new Working(Decimals.notNull(working, "working")));
            });
        }
    }
}
