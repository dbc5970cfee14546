package io.github.sakip.report;

import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A budget code that serves a sasaran in the cascade (pohon kinerja) of a report, and how much of it serves the
 * sasaran: all of it, a share, or stated amounts.
 * <p>
 * The code is one of the report's budget table (Tabel 3.9), at any level: a program, kegiatan or sub kegiatan, a
 * K/L program, kegiatan, KRO or RO, or a free-form code; the sasaran is served by the lowest lines below it
 * ({@link CascadeBudget}), never by the totals the table printed for it. Where one code serves two sasaran, the
 * report says how it is split, and each of the two links carries its part ({@link #withShare(BigDecimal)},
 * {@link #withAmounts(BigDecimal, BigDecimal)}); a code that serves two sasaran without a split is a finding of
 * the audit.
 * <p>
 * Obtain a link with {@link #of(String)}, which serves the sasaran with the whole code, and state a split with the
 * {@code with…} methods, each of which returns a copy.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param code the budget code as printed, such as {@code "2.07.03"}
 * @param split how much of the code serves the sasaran
 */
public record BudgetLink(String code, Split split) implements Serializable {

    /**
     * How much of a budget code serves a sasaran: {@link Whole all of it}, a {@link Share}, or {@link Amounts}.
     * <p>
     * Implementations are immutable, thread-safe and serializable.
     */
    public sealed interface Split extends Serializable {

        /** The whole code serves the sasaran: no split. */
        Whole WHOLE = new Whole();
    }

    /**
     * The whole code serves the sasaran: the pagu and realisasi of every line below it.
     * <p>
     * This class is immutable, thread-safe and serializable; use {@link Split#WHOLE}.
     */
    public record Whole() implements Split {

        /**
         * Returns the split as one word.
         *
         * @return {@code "whole"}
         */
        @Override
        public String toString() {
            return "whole";
        }
    }

    /**
     * A share of the code serves the sasaran: that percentage of the pagu and of the realisasi of the lines below
     * it, each rounded half-up to the sen (0,01 Rupiah), since amounts are Rupiah of at most two decimals.
     * <p>
     * The percentage is normalised, so {@code equals} agrees with numeric equality. This class is immutable,
     * thread-safe and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param percent the share in percent, more than 0 and at most 100, such as {@code 40}
     */
    public record Share(BigDecimal percent) implements Split {

        /**
         * Creates a share.
         *
         * @param percent the share in percent
         * @throws NullPointerException if {@code percent} is null
         * @throws IllegalArgumentException quoting the value if it is not more than 0 and at most 100, or is
         *         absurdly large or precise
         */
        public Share {
            percent = Decimals.checked(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(Decimals.HUNDRED) > 0) {
                throw new IllegalArgumentException("percent must be more than 0 and at most 100, but was "
                        + percent.toPlainString());
            }
        }

        /**
         * Returns the share as a report prints it.
         *
         * @return such as {@code "40%"}
         */
        @Override
        public String toString() {
            return IndonesianNumbers.formatOperand(percent) + "%";
        }
    }

    /**
     * Stated amounts of the code serve the sasaran: this pagu and this realisasi, as the report states them.
     * <p>
     * Amounts are normalised, so {@code equals} agrees with numeric equality. This class is immutable, thread-safe
     * and serializable.
     * <p>
     * Serialised as its components, through the canonical constructor, which validates them.
     *
     * @serial exclude
     * @param pagu the part of the allocation, in Rupiah
     * @param realisasi the part of the realisation, in Rupiah
     */
    public record Amounts(BigDecimal pagu, BigDecimal realisasi) implements Split {

        /**
         * Creates stated amounts.
         *
         * @param pagu the part of the allocation, non-negative, at most two decimals
         * @param realisasi the part of the realisation, non-negative, at most two decimals
         * @throws NullPointerException naming the argument that is null
         * @throws IllegalArgumentException naming the argument and quoting the value if it is negative, has more
         *         than two decimals, or is absurdly large
         */
        public Amounts {
            pagu = Decimals.checkedRupiah(pagu, "pagu");
            realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
        }

        /**
         * Returns the amounts as one phrase.
         *
         * @return such as {@code "pagu 500.000.000, realisasi 480.000.000"}
         */
        @Override
        public String toString() {
            return "pagu " + IndonesianNumbers.formatOperand(pagu) + ", realisasi "
                    + IndonesianNumbers.formatOperand(realisasi);
        }
    }

    /**
     * Creates a link.
     *
     * @param code the budget code as printed
     * @param split how much of the code serves the sasaran
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException quoting the code if it is blank
     */
    public BudgetLink {
        code = Decimals.notBlank(code, "code");
        Decimals.notNull(split, "split");
    }

    /**
     * Obtains a link by which the whole code serves the sasaran.
     *
     * @param code the budget code as printed, such as {@code "2.07.03"} or {@code "2.07.01.2.01.06"}
     * @return the link
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException quoting the code if it is blank
     */
    public static BudgetLink of(String code) {
        return new BudgetLink(code, Split.WHOLE);
    }

    /**
     * Returns a copy by which a share of the code serves the sasaran; see {@link Share}.
     *
     * @param percent the share in percent, more than 0 and at most 100
     * @return a copy with the share
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException quoting the value if it is not more than 0 and at most 100
     */
    public BudgetLink withShare(BigDecimal percent) {
        return new BudgetLink(code, new Share(percent));
    }

    /**
     * Returns a copy by which stated amounts of the code serve the sasaran; see {@link Amounts}.
     *
     * @param pagu the part of the allocation, non-negative, at most two decimals
     * @param realisasi the part of the realisation, non-negative, at most two decimals
     * @return a copy with the amounts
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative, has more than
     *         two decimals, or is absurdly large
     */
    public BudgetLink withAmounts(BigDecimal pagu, BigDecimal realisasi) {
        return new BudgetLink(code, new Amounts(pagu, realisasi));
    }

    /**
     * Tells whether the report states how much of the code serves the sasaran.
     *
     * @return true for a share or stated amounts, false when the whole code serves it
     */
    public boolean isSplit() {
        return !(split instanceof Whole);
    }

    /**
     * Returns the link as one phrase.
     *
     * @return such as {@code "2.07.03"}, {@code "2.07.01 (40%)"} or
     *         {@code "2.07.01 (pagu 500.000.000, realisasi 480.000.000)"}
     */
    @Override
    public String toString() {
        return isSplit() ? code + " (" + split + ")" : code;
    }
}
