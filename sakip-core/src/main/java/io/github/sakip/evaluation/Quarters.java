package io.github.sakip.evaluation;

import io.github.sakip.Accumulation;
import io.github.sakip.Accumulations;
import io.github.sakip.Realization;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The realisations of one row in the four quarters (triwulan I–IV) of a year: columns 9 to 12 of the evaluation
 * forms of Permendagri 86/2017, either their K half (performance, in the indicator's unit) or their Rp half
 * (budget, in Rupiah).
 * <p>
 * A quarter that is not reported yet is {@linkplain Realization.Absent absent}, never zero: a form filled at the end
 * of triwulan II has no value for triwulan III and IV, and a realisation of 0 is a real value. The year's figure
 * (column 13) follows the indicator's {@link Accumulation}: the sum of the reported quarters for a flow, the latest
 * reported quarter for a stock or rate ({@link #accumulate(Accumulation)}); budget realisations always add up
 * ({@link #sum()}).
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param first triwulan I
 * @param second triwulan II
 * @param third triwulan III
 * @param fourth triwulan IV
 */
public record Quarters(Realization first, Realization second, Realization third, Realization fourth)
        implements Serializable {

    /**
     * Creates the quarters.
     *
     * @param first triwulan I
     * @param second triwulan II
     * @param third triwulan III
     * @param fourth triwulan IV
     * @throws NullPointerException naming the quarter that is null
     */
    public Quarters {
        Decimals.notNull(first, "first");
        Decimals.notNull(second, "second");
        Decimals.notNull(third, "third");
        Decimals.notNull(fourth, "fourth");
    }

    /**
     * Obtains the quarters.
     *
     * @param first triwulan I
     * @param second triwulan II
     * @param third triwulan III
     * @param fourth triwulan IV
     * @return the quarters
     * @throws NullPointerException naming the quarter that is null
     */
    public static Quarters of(Realization first, Realization second, Realization third, Realization fourth) {
        return new Quarters(first, second, third, fourth);
    }

    /**
     * Obtains four quarters none of which is reported yet.
     *
     * @return the quarters, each absent as {@code "triwulan I tidak dilaporkan"} (in English {@code "triwulan I not reported"}) and so on
     */
    public static Quarters none() {
        return reported();
    }

    /**
     * Obtains the quarters of a form filled up to some quarter: the values of triwulan I onwards, in order; the
     * quarters after them are not reported yet. A value of zero is a real value.
     *
     * @param values the values of triwulan I, II, … in order; at most four
     * @return the quarters
     * @throws NullPointerException if {@code values} or one of them is null
     * @throws IllegalArgumentException if there are more than four values, or a value is absurdly large or precise
     */
    public static Quarters reported(BigDecimal... values) {
        Decimals.notNull(values, "values");
        if (values.length > 4) {
            throw new IllegalArgumentException("values must be at most four, one per triwulan, but were "
                    + values.length);
        }
        List<Realization> quarters = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            quarters.add(i < values.length ? Realization.of(Decimals.notNull(values[i], "values element"))
                    : FigureTexts.access().absent(Text.of("quarters.notReported", Workings.roman(i + 1))));
        }
        return fromList(quarters);
    }

    private static Quarters fromList(List<Realization> quarters) {
        return new Quarters(quarters.get(0), quarters.get(1), quarters.get(2), quarters.get(3));
    }

    /**
     * Returns one quarter.
     *
     * @param quarter the quarter, from 1 to 4
     * @return its realisation, possibly absent
     * @throws IllegalArgumentException quoting the quarter if it is not from 1 to 4
     */
    public Realization get(int quarter) {
        return asList().get(Workings.checkQuarter(quarter, "quarter") - 1);
    }

    /**
     * Returns the four quarters in order.
     *
     * @return triwulan I to IV, unmodifiable
     */
    public List<Realization> asList() {
        return List.of(first, second, third, fourth);
    }

    /**
     * Returns the last quarter that has a value.
     *
     * @return the quarter from 1 to 4, or 0 if none is reported
     */
    public int lastReported() {
        List<Realization> quarters = asList();
        for (int quarter = 4; quarter >= 1; quarter--) {
            if (quarters.get(quarter - 1).isPresent()) {
                return quarter;
            }
        }
        return 0;
    }

    /**
     * Returns the quarters as they stood at the end of a quarter: the later quarters are not reported yet. This is
     * the form as filled each quarter.
     *
     * @param quarter the last quarter to keep, from 0 (none) to 4 (all)
     * @return a copy with the quarters after {@code quarter} absent
     * @throws IllegalArgumentException quoting the quarter if it is not from 0 to 4
     */
    public Quarters upTo(int quarter) {
        Workings.checkUpTo(quarter);
        List<Realization> quarters = new ArrayList<>(asList());
        for (int later = quarter + 1; later <= 4; later++) {
            quarters.set(later - 1, FigureTexts.access().absent(quarter == 0
                    ? Text.of("quarters.notReportedByEndOfNone", Workings.roman(later))
                    : Text.of("quarters.notReportedByEnd", Workings.roman(later), Workings.roman(quarter))));
        }
        return fromList(quarters);
    }

    /**
     * Returns the realisation of the year from its quarters (column 13): for a {@link Accumulation#FLOW} the sum of
     * the reported quarters, for a {@link Accumulation#STOCK} the latest reported quarter. Quarters that are not
     * reported are left out, never read as zero.
     *
     * @param accumulation how the quarters combine
     * @return the year's realisation with its working, such as {@code "jumlah triwulan I, II: 10 + 12 = 22"} or
     *         {@code "realisasi terakhir yang dilaporkan, triwulan II: 68,12"}; absent if no quarter is reported
     * @throws NullPointerException if {@code accumulation} is null
     */
    public DerivedValue accumulate(Accumulation accumulation) {
        Decimals.notNull(accumulation, "accumulation");
        List<Realization> quarters = asList();
        Realization year = Accumulations.accumulate(accumulation, quarters);
        if (!year.isPresent()) {
            return DerivedValue.absent(Text.of("quarters.noneReported"));
        }
        BigDecimal value = year.valueIfPresent().orElseThrow();
        if (accumulation == Accumulation.STOCK) {
            return DerivedValue.of(value, () -> Workings.withNotReported(Text.of("quarters.latest",
                    Workings.roman(lastReported()), Workings.number(value)), quarters));
        }
        return DerivedValue.of(value, () -> Workings.withNotReported(Workings.sum(quarters), quarters));
    }

    /**
     * Returns the sum of the reported quarters, as budget realisations (Rp) always add up; the same as
     * {@code accumulate(Accumulation.FLOW)}.
     *
     * @return the sum with its working; absent if no quarter is reported
     */
    public DerivedValue sum() {
        return accumulate(Accumulation.FLOW);
    }

    /**
     * Adds two rows' quarters, quarter by quarter, as a parent's budget is the sum of its children's: a quarter is
     * the sum of the values reported in it, and absent only if neither row reports it (with this row's reason).
     *
     * @param other the other row's quarters
     * @return the sums
     * @throws NullPointerException if {@code other} is null
     */
    public Quarters plus(Quarters other) {
        Decimals.notNull(other, "other");
        List<Realization> sums = new ArrayList<>(4);
        for (int quarter = 1; quarter <= 4; quarter++) {
            sums.add(add(get(quarter), other.get(quarter)));
        }
        return fromList(sums);
    }

    private static Realization add(Realization a, Realization b) {
        if (!b.isPresent()) {
            return a;
        }
        if (!a.isPresent()) {
            return b;
        }
        return Realization.of(a.valueIfPresent().orElseThrow().add(b.valueIfPresent().orElseThrow()));
    }

    /**
     * Returns the quarters as a short text.
     *
     * @return such as {@code "Quarters[10, 12, -, -]"}, a dash for a quarter not reported
     */
    @Override
    public String toString() {
        List<String> texts = new ArrayList<>(4);
        for (Realization quarter : asList()) {
            texts.add(quarter.valueIfPresent().map(BigDecimal::toPlainString).orElse("-"));
        }
        return "Quarters[" + String.join(", ", texts) + "]";
    }
}
