package io.github.sakip;

import static io.github.sakip.format.IndonesianNumbers.formatOperand;
import static io.github.sakip.format.IndonesianNumbers.formatPercent;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Serialized;
import io.github.sakip.internal.Text;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a budget table: a program, kegiatan, sub kegiatan, rincian output or any other line with its
 * allocation (pagu, anggaran) and its spending (realisasi), in Rupiah, as the report printed them.
 * <p>
 * The code is regional, central or free-form ({@link BudgetCode}); a blank code is a line with none. It gives the
 * line's place in a {@link BudgetTree} where it carries a parent. Where it does not (a free-form code, or a short
 * K/L kegiatan such as {@code 3165} listed under its program), the parent can be given explicitly with
 * {@link #withParent(String)}: {@code new BudgetLine("3165", name, pagu, realisasi).withParent("063.01.WA")}.
 * <p>
 * Absorption (penyerapan, capaian anggaran) is {@code realisasi / pagu × 100}. A pagu of 0 is a legitimate line
 * (a sub kegiatan that received nothing), not an error; its absorption is not computable:
 * {@link #absorptionFigure()} says so as a result, and {@link #absorption()} throws.
 * <p>
 * Amounts are not negative and have at most two decimals (sen). They are normalised, so {@code equals} agrees
 * with numeric equality ({@code 1000} equals {@code 1000.00}). A realisasi above the pagu is accepted: it is what
 * the report printed.
 * <p>
 * This class is immutable, thread-safe and serializable; a deserialised line is validated as a new one is.
 *
 * @serial exclude
 */
public final class BudgetLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BudgetCode code;
    private final String name;
    private final BigDecimal pagu;
    private final BigDecimal realisasi;
    /** The parent given explicitly, or null to take it from the code. */
    private final BudgetCode parent;

    private BudgetLine(BudgetCode code, String name, BigDecimal pagu, BigDecimal realisasi, BudgetCode parent) {
        this.code = Decimals.notNull(code, "code");
        this.name = Decimals.notBlank(name, "name");
        this.pagu = Decimals.checkedRupiah(pagu, "pagu");
        this.realisasi = Decimals.checkedRupiah(realisasi, "realisasi");
        if (parent != null) {
            checkParent(code, parent);
        }
        this.parent = parent;
    }

    /**
     * Creates a line whose parent, if any, is the one its code carries.
     *
     * @param code the code; blank for a line with none
     * @param name the name as printed
     * @param pagu the allocation in Rupiah
     * @param realisasi the spending in Rupiah
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if {@code name} is blank or an
     *         amount is negative, has more than two decimals, or is absurdly large
     */
    public BudgetLine(BudgetCode code, String name, BigDecimal pagu, BigDecimal realisasi) {
        this(code, name, pagu, realisasi, null);
    }

    /**
     * Creates a line from the code as printed.
     *
     * @param code the code, such as {@code "2.07.01"}, {@code "X.XX.01"}, {@code "063.01.WA"},
     *        {@code "3165.QAH.001"}, {@code "BLUD-01"}, or blank for a line with none; parsed by
     *        {@link BudgetCode#parse(String)}
     * @param name the name as printed
     * @param pagu the allocation in Rupiah
     * @param realisasi the spending in Rupiah
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the code if it is a malformed code of a known form (the message names
     *         the form), or naming the argument and quoting the value if {@code name} is blank or an amount is
     *         negative, has more than two decimals, or is absurdly large
     */
    public BudgetLine(String code, String name, BigDecimal pagu, BigDecimal realisasi) {
        this(BudgetCode.parse(Decimals.notNull(code, "code")), name, pagu, realisasi);
    }

    /**
     * Returns a copy of this line with its parent given explicitly. The parent must have a code (not blank), and
     * must lie above the line: where the line's code carries a parent, the given one must be that parent or one
     * above it ({@code 063.01.WA.3165} for {@code 063.01.WA.3165.QAH.001}, whose KRO a table may leave out); where
     * it carries none, the given one must not be the line's own code or below it.
     *
     * @param parent the parent's code, such as {@code BudgetCode.parse("063.01.WA")}
     * @return a copy with the parent
     * @throws NullPointerException if {@code parent} is null
     * @throws IllegalArgumentException quoting both codes if the parent is blank, is the line itself or below it,
     *         or contradicts the parent the line's code carries
     */
    public BudgetLine withParent(BudgetCode parent) {
        return new BudgetLine(code, name, pagu, realisasi, Decimals.notNull(parent, "parent"));
    }

    /**
     * Returns a copy of this line with its parent given explicitly, from its code as printed; see
     * {@link #withParent(BudgetCode)}.
     *
     * @param parent the parent's code, such as {@code "063.01.WA"}
     * @return a copy with the parent
     * @throws NullPointerException if {@code parent} is null
     * @throws IllegalArgumentException quoting the code if it is a malformed code of a known form, or as
     *         {@link #withParent(BudgetCode)} does
     */
    public BudgetLine withParent(String parent) {
        return withParent(BudgetCode.parse(Decimals.notNull(parent, "parent")));
    }

    private static void checkParent(BudgetCode code, BudgetCode parent) {
        if (parent.isBlank()) {
            throw new IllegalArgumentException("parent of " + describe(code) + " must have a code, but was blank");
        }
        if (parent.isWithin(code)) {
            throw new IllegalArgumentException("parent of " + code + " must lie above it, but was " + parent);
        }
        if (code.parent().isPresent() && !code.isWithin(parent)) {
            throw new IllegalArgumentException("parent of " + code + " must be " + code.parent().get()
                    + " or a code above it, as its code says, but was " + parent);
        }
    }

    private static String describe(BudgetCode code) {
        return code.isBlank() ? "a line with no code" : code.toString();
    }

    /**
     * Returns the code.
     *
     * @return the code, which gives the line's place in the tree where it carries a parent; blank for none
     */
    public BudgetCode code() {
        return code;
    }

    /**
     * Returns the name as printed.
     *
     * @return the name, stripped of surrounding white space
     */
    public String name() {
        return name;
    }

    /**
     * Returns the allocation.
     *
     * @return the pagu (anggaran) in Rupiah, normalised
     */
    public BigDecimal pagu() {
        return pagu;
    }

    /**
     * Returns the spending.
     *
     * @return the realisasi in Rupiah, normalised
     */
    public BigDecimal realisasi() {
        return realisasi;
    }

    /**
     * Returns the parent given explicitly.
     *
     * @return the parent's code, or empty where the parent is the one the code carries (if any)
     */
    public Optional<BudgetCode> parent() {
        return Optional.ofNullable(parent);
    }

    /** The code, or the name for a line with no code: how messages and workings name the line. */
    String label() {
        return code.isBlank() ? "'" + name + "'" : code.toString();
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
            throw new IllegalStateException("absorption of " + label() + " is not computable: pagu is 0");
        }
        return Decimals.divide(realisasi.multiply(Decimals.HUNDRED), pagu);
    }

    /**
     * Returns the absorption (penyerapan) as a figure that explains itself, and that is not computable, with
     * its reason, when pagu is 0. The form to use when pagu may be 0.
     *
     * @return such as an achievement of 77,86 % explained as
     *         {@code "8.192.268.093 / 10.521.583.280 × 100% = 77,86%"}, or not computable with the reason
     *         {@code "pagu 0: penyerapan 2.07.01 adalah pembagian dengan nol"}
     */
    public Achievement absorptionFigure() {
        if (pagu.signum() == 0) {
            return Achievement.notComputable(Text.of("budget.line.zeroPagu", label()));
        }
        return absorptionOf(pagu, realisasi);
    }

    /**
     * Computes the absorption (penyerapan) of any allocation, {@code realisasi × 100 / pagu}, as a result that
     * explains itself: for a sasaran's budget in a table comparing performance and budget, or a sum of lines.
     *
     * @param pagu the allocation, non-negative
     * @param realisasi the realisation, non-negative
     * @return the absorption, or not computable with the reason {@code "pagu 0: penyerapan adalah pembagian dengan
     *         nol"}
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException naming the argument and quoting the value if it is negative or absurdly
     *         large or precise
     */
    public static Achievement absorptionOf(BigDecimal pagu, BigDecimal realisasi) {
        BigDecimal p = Decimals.checkedNonNegative(pagu, "pagu");
        BigDecimal r = Decimals.checkedNonNegative(realisasi, "realisasi");
        if (p.signum() == 0) {
            return Achievement.notComputable(Text.of("budget.zeroPagu"));
        }
        BigDecimal percent = Decimals.divide(r.multiply(Decimals.HUNDRED), p);
        return Achievement.of(percent, () -> Text.literal(formatOperand(r) + " / " + formatOperand(p) + " × 100% = "
                + formatPercent(percent)));
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
     * Compares every part: code, name, amounts (numerically, as they are normalised) and the explicit parent.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetLine that && code.equals(that.code) && name.equals(that.name)
                && pagu.equals(that.pagu) && realisasi.equals(that.realisasi) && Objects.equals(parent, that.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, pagu, realisasi, parent);
    }

    /**
     * Returns a short description for jshell and logs.
     *
     * @return such as {@code "BudgetLine[2.07.01 PROGRAM PENUNJANG..., pagu 10521583280, realisasi 8192268093]"},
     *         {@code "BudgetLine[3165 Kegiatan under 063.01.WA, pagu 100, realisasi 90]"}, or for a line with no code
     *         {@code "BudgetLine[Belanja BLUD, pagu 100, realisasi 90]"}
     */
    @Override
    public String toString() {
        return "BudgetLine[" + (code.isBlank() ? "" : code + " ") + name
                + (parent == null ? "" : " under " + parent) + ", pagu " + pagu.toPlainString() + ", realisasi "
                + realisasi.toPlainString() + "]";
    }

    private Object writeReplace() {
        return new Ser(code, name, pagu, realisasi, parent);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw Serialized.proxyRequired(BudgetLine.class);
    }

    /** The serialized form; the parent is null where it is not given explicitly. Read back through the factories. */
    private record Ser(BudgetCode code, String name, BigDecimal pagu, BigDecimal realisasi, BudgetCode parent)
            implements Serializable {

        private Object readResolve() throws InvalidObjectException {
            return Serialized.resolve(BudgetLine.class, () -> {
                BudgetLine line = new BudgetLine(code, name, pagu, realisasi);
                return parent == null ? line : line.withParent(parent);
            });
        }
    }
}
