package io.github.sakip.audit;

import java.util.Map;

/**
 * How many decimals the audit expects a printed percentage to carry.
 * <p>
 * Reports differ: many print two decimals ({@code 97,04}), some one ({@code 97,0}) or none, and a report is
 * consistent within a table far more often than across tables. The default, {@link #INFERRED}, judges each column of
 * each table (the audit's {@link Location#table()} and {@link Location#column()}) at the precision most of its printed
 * figures carry; {@link #TWO_DECIMALS} keeps the strict reading of earlier versions, two decimals everywhere.
 * <p>
 * At a column's precision {@code p}, a figure printed with {@code d} decimals is right when it is its exact value, or
 * that value rounded half-up to {@code d} decimals with {@code d ≥ p}; correctly rounded but with {@code d < p} it is
 * a {@link Severity#NOTE} (printed coarser than the rest of its column); anything else is wrong.
 * <p>
 * A report may state the precision of a table or a column of percentages itself
 * ({@link io.github.sakip.report.StatedPrecision}, {@link io.github.sakip.report.PerformanceReport#withPrecisions}).
 * Under {@link #INFERRED}, a stated column is read at its stated precision instead of the inferred one, whatever its
 * figures carry (a statement about the column wins over one about its table): a figure printed coarser than stated
 * but correctly rounded is a note that says the report states more decimals; one printed finer than stated and
 * right is no finding. Under {@link #TWO_DECIMALS} the stated precisions are ignored: the strict reading stays
 * two decimals everywhere, as asked, so that the strict option means the same on every report.
 */
public enum Precision {

    /**
     * Each column at its own precision, inferred from its printed figures: the number of decimals carried by the
     * most figures of the column, a tie going to the larger number of decimals (the stricter reading, so that a
     * figure coarser than half its column is still pointed out). A figure that is its exact value written without
     * trailing zeros ({@code 100} for 100, {@code 97,5} for 97,5) says nothing of the precision and does not count;
     * a figure the library cannot compute does not count either. A column where no figure counts is read at two
     * decimals.
     */
    INFERRED,

    /**
     * Every column at two decimals, as reports are asked to print: a figure with fewer is a note. A precision the
     * report states ({@link io.github.sakip.report.StatedPrecision}) does not change this reading.
     */
    TWO_DECIMALS;

    /** The precision of a column where no figure says anything of it. */
    static final int DEFAULT_DECIMALS = 2;

    /**
     * Infers a column's precision from the number of its figures that carry each number of decimals.
     *
     * @param counts for each number of decimals, how many figures carry it
     * @return the number of decimals most figures carry, the larger on a tie; {@value #DEFAULT_DECIMALS} when
     *         {@code counts} is empty
     */
    static int infer(Map<Integer, Integer> counts) {
        int best = DEFAULT_DECIMALS;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int decimals = e.getKey();
            int count = e.getValue();
            if (count > bestCount || count == bestCount && decimals > best) {
                best = decimals;
                bestCount = count;
            }
        }
        return best;
    }
}
