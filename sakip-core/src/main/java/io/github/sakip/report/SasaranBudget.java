package io.github.sakip.report;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLine;
import io.github.sakip.Pmk214;
import io.github.sakip.Quantity;
import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The budget of one sasaran of a report's cascade, from the lowest lines of the budget codes that serve it: its
 * pagu and realisasi, and from them its absorption and its efficiency under PMK 214/PMK.02/2017 against the
 * sasaran's capaian. Obtained from {@link CascadeBudget#sasaran()}.
 * <p>
 * A code serves the sasaran with the pagu and realisasi computed from the lowest lines below it
 * ({@code BudgetTree.Node.computedPagu()}), never with the totals printed for it; a share gives that percentage of
 * them, rounded half-up to the sen; stated amounts give those amounts. A code below another code of the same
 * sasaran adds nothing, since the upper code already holds its lines.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SasaranBudget {

    private final Sasaran sasaran;
    private final List<BudgetLink> counted;
    private final boolean complete;
    private final BigDecimal pagu;
    private final BigDecimal realisasi;
    private final CascadeBudget.Positions positions;
    /** The preorder positions of the counted codes' lines, ascending; their subtrees are disjoint. */
    private final int[] first;
    /** The last preorder position in each counted line's subtree, in the order of {@link #first}. */
    private final int[] last;

    SasaranBudget(Sasaran sasaran, List<BudgetLink> counted, boolean complete, BigDecimal pagu,
            BigDecimal realisasi, CascadeBudget.Positions positions, int[] first, int[] last) {
        this.sasaran = sasaran;
        this.counted = List.copyOf(counted);
        this.complete = complete;
        this.pagu = Decimals.normalize(pagu);
        this.realisasi = Decimals.normalize(realisasi);
        this.positions = positions;
        this.first = first.clone();
        this.last = last.clone();
    }

    /**
     * Returns the sasaran.
     *
     * @return the sasaran of the cascade
     */
    public Sasaran sasaran() {
        return sasaran;
    }

    /**
     * Returns the name of the sasaran.
     *
     * @return the sasaran as printed
     */
    public String name() {
        return sasaran.name();
    }

    /**
     * Returns the links that count in the budget: those whose code is a line of the budget table and does not lie
     * below another code of the same sasaran.
     *
     * @return the links, in the order of the table's tree (code order)
     */
    public List<BudgetLink> counted() {
        return counted;
    }

    /**
     * Tells whether every code that serves the sasaran is a line of the budget table. If one is not, the budget
     * lacks its lines, and {@link CascadeBudget#discrepancies()} says which.
     *
     * @return true if every code of the sasaran was found
     */
    public boolean isComplete() {
        return complete;
    }

    /**
     * Returns the pagu that serves the sasaran.
     *
     * @return the sum of the counted links' pagu, in Rupiah
     */
    public BigDecimal pagu() {
        return pagu;
    }

    /**
     * Returns the realisasi of the budget that serves the sasaran.
     *
     * @return the sum of the counted links' realisasi, in Rupiah
     */
    public BigDecimal realisasi() {
        return realisasi;
    }

    /**
     * Returns the absorption (penyerapan) of the sasaran's budget: {@code realisasi × 100 / pagu}.
     *
     * @return the absorption with its working; not computable when the pagu is 0
     */
    public Achievement absorptionFigure() {
        return BudgetLine.absorptionOf(pagu, realisasi);
    }

    /**
     * Returns the efficiency E of the sasaran's budget under PMK 214/PMK.02/2017, with the sasaran's capaian as the
     * output achievement (CK) of all of it; see {@link Pmk214#efficiencyFigure(BigDecimal, BigDecimal, Achievement,
     * Pmk214.OutputCap)}.
     *
     * @param capaian the sasaran's capaian kinerja
     * @param cap whether CK is capped at 1
     * @return E in percent with its working, or not computable with the reason
     * @throws NullPointerException naming the argument that is null
     */
    public Quantity efficiencyFigure(Achievement capaian, Pmk214.OutputCap cap) {
        return Pmk214.efficiencyFigure(pagu, realisasi, capaian, cap);
    }

    /**
     * Tells whether a budget code shares lines with the sasaran's budget: whether it lies at or below a counted
     * code of the sasaran, or one lies below it. A program whose kegiatan serves the sasaran overlaps it; a
     * kegiatan beside that kegiatan does not. Takes time logarithmic in the number of the sasaran's codes.
     *
     * @param code a code of the budget table
     * @return true if the code's lines and the sasaran's budget share a line; false also for a code that is no
     *         line of the table
     * @throws NullPointerException if {@code code} is null
     */
    public boolean overlaps(BudgetCode code) {
        int at = positions.of(Decimals.notNull(code, "code"));
        if (at < 0) {
            return false;
        }
        int end = positions.last(at);
        // The counted subtree that starts last at or before the code's subtree ends: the only one that may meet it.
        int i = Arrays.binarySearch(first, end);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 && (first[i] >= at || last[i] >= at);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "SasaranBudget[Meningkatnya ..., 2.07.03, 2.07.04: pagu 4400525941, realisasi
     *         4164128891]"}
     */
    @Override
    public String toString() {
        return "SasaranBudget[" + sasaran.name() + ", " + (counted.isEmpty() ? "no code" : String.join(", ",
                counted.stream().map(BudgetLink::toString).toList())) + ": pagu " + pagu.toPlainString()
                + ", realisasi " + realisasi.toPlainString() + (complete ? "" : ", incomplete") + "]";
    }
}
