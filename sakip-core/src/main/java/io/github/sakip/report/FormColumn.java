package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import java.util.EnumSet;
import java.util.Set;

/**
 * A column of figures of the Renja (or RKPD) evaluation form of Permendagri 86/2017 that the form derives, and so a
 * printed cell the audit can check: its number in the regulation's form and its half, K (kinerja, performance) or
 * Rp (anggaran, budget).
 * <p>
 * What a cell holds depends on the row it is on ({@link FormIndicatorRow}, {@link FormEntry}, or the bottom rows of
 * the {@link EvaluationForm}); each of those says which columns it accepts. Columns 6 to 12 are the data of a row
 * (targets, budgets, quarters), and derived only on a row that adds up the rows below it.
 */
public enum FormColumn {

    /** Column 13 K, the realisation this year (from the quarters: a sum for a flow, the latest for a stock). */
    K13(Half.K, "13"),

    /** Column 14 K, the realisation of the plan up to this year. */
    K14(Half.K, "14"),

    /** Column 15 K, the level of achievement of the plan up to this year, {@code 14 / 6 × 100 %}. */
    K15(Half.K, "15"),

    /** The achievement of the year, {@code 13 / 8 × 100 %}, that some forms print between columns 13 and 14. */
    K_YEAR(Half.K, "13/8"),

    /** Column 6 Rp, the plan's budget over its period (pagu Renstra). */
    RP6(Half.RP, "6"),

    /** Column 7 Rp, the plan's budget realised up to last year. */
    RP7(Half.RP, "7"),

    /** Column 8 Rp, this year's budget (pagu). */
    RP8(Half.RP, "8"),

    /** Column 9 Rp, the budget realised in triwulan I. */
    RP9(Half.RP, "9"),

    /** Column 10 Rp, the budget realised in triwulan II. */
    RP10(Half.RP, "10"),

    /** Column 11 Rp, the budget realised in triwulan III. */
    RP11(Half.RP, "11"),

    /** Column 12 Rp, the budget realised in triwulan IV. */
    RP12(Half.RP, "12"),

    /** Column 13 Rp, the budget realised this year. */
    RP13(Half.RP, "13"),

    /** Column 14 Rp, the plan's budget realised up to this year, {@code 7 + 13}. */
    RP14(Half.RP, "14"),

    /** Column 15 Rp, the absorption of the plan's budget up to this year, {@code 14 / 6 × 100 %}. */
    RP15(Half.RP, "15"),

    /** The absorption of this year's budget, {@code 13 / 8 × 100 %}. */
    RP_YEAR(Half.RP, "13/8");

    /** The two halves of every column of figures of the form. */
    public enum Half {

        /** K (kinerja): performance, in the indicator's unit or in percent. */
        K("K"),

        /** Rp (anggaran): budget, in Rupiah or in percent. */
        RP("Rp");

        private final String label;

        Half(String label) {
            this.label = label;
        }

        /**
         * Returns the half as the form heads it.
         *
         * @return {@code "K"} or {@code "Rp"}
         */
        public String label() {
            return label;
        }
    }

    /** The columns in percent: the achievements and absorptions. */
    private static final Set<FormColumn> PERCENT = EnumSet.of(K15, K_YEAR, RP15, RP_YEAR);

    private final Half half;
    private final String number;

    FormColumn(Half half, String number) {
        this.half = half;
        this.number = number;
    }

    /**
     * Returns the half of the column.
     *
     * @return K or Rp
     */
    public Half half() {
        return half;
    }

    /**
     * Returns the column's number in the regulation's form (the layout with the code column).
     *
     * @return such as {@code "15"}, or {@code "13/8"} for the year's achievement
     */
    public String number() {
        return number;
    }

    /**
     * Returns the column as a finding names it.
     *
     * @return such as {@code "15 K"} or {@code "13/8 Rp"}
     */
    public String label() {
        return number + " " + half.label();
    }

    /**
     * Tells whether the column holds a percentage (an achievement or an absorption) rather than an amount.
     *
     * @return true for {@link #K15}, {@link #K_YEAR}, {@link #RP15} and {@link #RP_YEAR}
     */
    public boolean isPercent() {
        return PERCENT.contains(this);
    }

    /**
     * Returns the column of a half with a number.
     *
     * @param half K or Rp
     * @param number the number as {@link #number()} gives it, such as {@code "15"} or {@code "13/8"}
     * @return the column
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException quoting the number if the half has no derived column of that number
     */
    public static FormColumn of(Half half, String number) {
        Decimals.notNull(half, "half");
        Decimals.notNull(number, "number");
        for (FormColumn column : values()) {
            if (column.half == half && column.number.equals(number)) {
                return column;
            }
        }
        throw new IllegalArgumentException("the " + half.label() + " half has no column '" + number
                + "' that a row can print (K: 13, 14, 15, 13/8; Rp: 6 to 15, 13/8)");
    }
}
