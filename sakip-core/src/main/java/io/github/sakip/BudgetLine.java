package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a budget table: a program, kegiatan or sub kegiatan with its allocation (pagu, anggaran) and its
 * spending (realisasi), in Rupiah, as the report printed them.
 * <p>
 * Absorption (penyerapan, capaian anggaran) is {@code realisasi / pagu × 100}. A pagu of 0 is a legitimate line
 * (a sub kegiatan that received nothing), not an error; its absorption is not computable:
 * {@link #absorptionFigure()} says so as a result, and {@link #absorption()} throws.
 * <p>
 * Amounts are not negative and have at most two decimals (sen). They are normalised, so {@code equals} agrees
 * with numeric equality ({@code 1000} equals {@code 1000.00}). A realisasi above the pagu is accepted: it is what
 * the report printed.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param code the code in the Kepmendagri 050-5889/2021 nomenclature, which gives the line's place in the tree
 * @param name the name as printed, stripped of surrounding white space
 * @param pagu the allocation (pagu, anggaran) in Rupiah; normalised
 * @param realisasi the spending (realisasi) in Rupiah; normalised
 */
public record BudgetLine(BudgetCode code, String name, BigDecimal pagu, BigDecimal realisasi) implements Serializable {

    /**
     * Creates a line.
     *
     * @param code the code in the Kepmendagri 050-5889/2021 nomenclature, which gives the line's place in the tree
     * @param name the name as printed, stripped of surrounding white space
     * @param pagu the allocation (pagu, anggaran) in Rupiah; normalised
     * @param realisasi the spending (realisasi) in Rupiah; normalised
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the component and quoting the value if {@code name} is blank or an
     *         amount is negative, has more than two decimals, or is absurdly large
     */
    public BudgetLine {
        Decimals.notNull(code, "code");
        name = Decimals.notBlank(name, "name");
        pagu = rupiah(pagu, "pagu");
        realisasi = rupiah(realisasi, "realisasi");
    }

    /**
     * Creates a line from the code as printed.
     *
     * @param code the code, such as {@code "2.07.01"}; parsed by {@link BudgetCode#parse(String)}
     * @param name the name as printed
     * @param pagu the allocation in Rupiah
     * @param realisasi the spending in Rupiah
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the code if it is not a budget code, or naming the argument and
     *         quoting the value if {@code name} is blank or an amount is negative, has more than two decimals, or
     *         is absurdly large
     */
    public BudgetLine(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        this(BudgetCode.parse(Decimals.notNull(code, "code")), name, pagu, realisasi);
    }

    static BigDecimal rupiah(BigDecimal amount, String name) {
        BigDecimal checked = Decimals.checkedNonNegative(amount, name);
        if (checked.scale() > 2) {
            throw new IllegalArgumentException(name + " must be Rupiah with at most two decimals, but was "
                    + Decimals.abbreviate(amount));
        }
        return checked;
    }

    /**
     * Returns the level of this line, from its code.
     *
     * @return program, kegiatan or sub kegiatan
     */
    public BudgetLevel level() {
        return code.level();
    }

    /**
     * Returns the absorption (penyerapan) in percent at full precision: {@code realisasi × 100 / pagu}, divided
     * to 34 significant digits. Not rounded: reports print it with two decimals, half-up.
     *
     * @return the absorption, such as {@code 77.86...} for {@code 8.192.268.093 / 10.521.583.280}
     * @throws IllegalStateException naming the code and saying that pagu is 0, if it is; use
     *         {@link #absorptionFigure()} where pagu may be 0
     */
    public BigDecimal absorption() {
        if (pagu.signum() == 0) {
            throw new IllegalStateException("absorption of " + code + " is not computable: pagu is 0");
        }
        return Decimals.divide(realisasi.multiply(Decimals.HUNDRED), pagu);
    }

    /**
     * Returns the absorption (penyerapan) as a figure that explains itself, and that is not computable, with
     * its reason, when pagu is 0. The form to use when pagu may be 0.
     *
     * @return such as an achievement of 77,86 % explained as
     *         {@code "8.192.268.093 / 10.521.583.280 × 100% = 77,86%"}, or not computable with the reason
     *         {@code "pagu is 0: absorption of 2.07.01 is a division by zero"}
     */
    public Achievement absorptionFigure() {
        if (pagu.signum() == 0) {
            return Achievement.notComputable("pagu is 0: absorption of " + code + " is a division by zero");
        }
        return absorptionOf(pagu, realisasi);
    }

    /**
     * Computes the absorption (penyerapan) of any allocation, {@code realisasi × 100 / pagu}, as a result that
     * explains itself: for a sasaran's budget in a table comparing performance and budget, or a sum of lines.
     *
     * @param pagu the allocation, non-negative
     * @param realisasi the realisation, non-negative
     * @return the absorption, or not computable with the reason {@code "pagu is 0: absorption is a division by
     *         zero"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Achievement absorptionOf(BigDecimal pagu, BigDecimal realisasi) {
        BigDecimal p = Decimals.checkedNonNegative(pagu, "pagu");
        BigDecimal r = Decimals.checkedNonNegative(realisasi, "realisasi");
        if (p.signum() == 0) {
            return Achievement.notComputable("pagu is 0: absorption is a division by zero");
        }
        BigDecimal percent = Decimals.divide(r.multiply(Decimals.HUNDRED), p);
        return Achievement.of(percent, () -> formatOperand(r) + " / " + formatOperand(p) + " × 100% = "
                + formatPercent(percent));
    }

    /**
     * Returns what was left unspent (sisa anggaran): {@code pagu − realisasi}.
     *
     * @return the amount in Rupiah; negative if the realisasi exceeds the pagu
     */
    public BigDecimal unspent() {
        return pagu.subtract(realisasi);
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "BudgetLine[2.07.01 PROGRAM PENUNJANG..., pagu 10521583280, realisasi 8192268093]"}
     */
    @Override
    public String toString() {
        return "BudgetLine[" + code + " " + name + ", pagu " + pagu.toPlainString() + ", realisasi "
                + realisasi.toPlainString() + "]";
    }
}
