package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The realisation (realisasi) of an indicator for a period: a measured value, or the explicit absence of one.
 * <p>
 * Absence is not zero. A realisation of {@code 0} is a real value that gives a capaian of 0 %; an absent
 * realisation ("indikator baru", "n/a", not measured yet) gives an achievement that is not computable. The two
 * are different types, so that no code can confuse them.
 * <p>
 * Implementations are immutable, thread-safe and serializable; a deserialised realisation is validated as a new one
 * is.
 */
public sealed interface Realization extends Serializable permits Realization.Measured, Realization.Absent {

    /**
     * Obtains a measured realisation.
     *
     * @param value the measured value; negative values are allowed (a fall in a growth rate)
     * @return the realisation
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
     */
    static Realization of(BigDecimal value) {
        return new Measured(value);
    }

    /**
     * Obtains an absent realisation.
     *
     * @param reason why there is no value, such as {@code "indikator baru"}
     * @return the absent realisation
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    static Realization absent(String reason) {
        return new Absent(reason);
    }

    /**
     * Tells whether a value was measured.
     *
     * @return true for a measured value
     */
    boolean isPresent();

    /**
     * Returns the measured value, if any.
     *
     * @return the value, or empty if the realisation is absent
     */
    Optional<BigDecimal> valueIfPresent();

    /**
     * A measured realisation. The value is normalised, so {@code equals} agrees with numeric equality.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param value the value, normalised
     */
    record Measured(BigDecimal value) implements Realization {

        /**
         * Creates a measured realisation.
         *
         * @param value the measured value
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException quoting the value if it is absurdly large or precise
         */
        public Measured {
            value = Decimals.checked(value, "value");
        }

        @Override
        public boolean isPresent() {
            return true;
        }

        @Override
        public Optional<BigDecimal> valueIfPresent() {
            return Optional.of(value);
        }

        /**
         * Returns the value as a plain number.
         *
         * @return such as {@code "68.12"}
         */
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /**
     * An absent realisation: no value was measured.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param reason why there is no value
     */
    record Absent(String reason) implements Realization {

        /**
         * Creates an absent realisation.
         *
         * @param reason why there is no value
         * @throws NullPointerException if {@code reason} is null
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public Absent {
            reason = Decimals.notBlank(reason, "reason");
        }

        @Override
        public boolean isPresent() {
            return false;
        }

        @Override
        public Optional<BigDecimal> valueIfPresent() {
            return Optional.empty();
        }

        /**
         * Returns the absence and its reason.
         *
         * @return such as {@code "absent (indikator baru)"}
         */
        @Override
        public String toString() {
            return "absent (" + reason + ")";
        }
    }
}
