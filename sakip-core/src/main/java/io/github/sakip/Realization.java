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
     * An absent realisation: no value was measured, and why.
     * <p>
     * The reason is a text for people: one given ({@link #Absent(String)}), the same in every language, or one of
     * the library's own ({@code "tidak ada nilai untuk 2023"}), in Bahasa Indonesia by default and in English on
     * request ({@link #reason(Locale)}). Two absences are equal when their reasons read the same in Bahasa
     * Indonesia.
     * <p>
     * This class is immutable, thread-safe and serializable. It is serialised as its reason, and a deserialised
     * absence is validated as a new one is.
     *
     * @serial exclude
     */
    final class Absent implements Realization {

        private static final long serialVersionUID = 1L;

        private final Text reason;

        /**
         * Creates an absent realisation.
         *
         * @param reason why there is no value, such as {@code "indikator baru"}; the same in every language
         * @throws NullPointerException if {@code reason} is null
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public Absent(String reason) {
            this.reason = Text.literal(Decimals.notBlank(reason, "reason"));
        }

        /** An absence for a reason of the library's own texts. */
        Absent(Text reason) {
            this.reason = Decimals.notNull(reason, "reason");
        }

        /**
         * Returns why there is no value, in Bahasa Indonesia.
         *
         * @return the reason, such as {@code "indikator baru"}
         */
        public String reason() {
            return reason.in(Languages.INDONESIAN);
        }

        /**
         * Returns why there is no value, in a language.
         *
         * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
         * @return the reason
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if the language is neither Indonesian nor English
         */
        public String reason(Locale language) {
            return reason.in(Languages.check(language));
        }

        /** The reason as the library keeps it. */
        Text reasonText() {
            return reason;
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
         * Compares the reasons, as they read in Bahasa Indonesia.
         *
         * @param other the other object
         * @return true if the other is an absence for the same reason
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Absent that && reason.equals(that.reason);
        }

        @Override
        public int hashCode() {
            return reason.hashCode();
        }

        /**
         * Returns the absence and its reason, for programmers.
         *
         * @return such as {@code "absent (indikator baru)"}, the reason in Bahasa Indonesia
         */
        @Override
        public String toString() {
            return "absent (" + reason() + ")";
        }

        private Object writeReplace() {
            return new Ser(reason);
        }

        private void readObject(ObjectInputStream in) throws InvalidObjectException {
            throw Serialized.proxyRequired(Absent.class);
        }

        /** The serialized form: the reason. */
        private record Ser(Text reason) implements Serializable {

            private Object readResolve() throws InvalidObjectException {
                return Serialized.resolve(Absent.class, () -> new Absent(reason));
            }
        }
    }
}
