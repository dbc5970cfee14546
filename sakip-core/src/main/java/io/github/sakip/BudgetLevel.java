package io.github.sakip;

/**
 * The level of a budget line, in the regional nomenclature (Kepmendagri 050-5889/2021), the central one (RKA-K/L,
 * PMK 62/2023), or none (a free-form code). Within one nomenclature the constants are declared from the top down,
 * so a level's {@link #ordinal()} is its depth: {@link #URUSAN} &lt; {@link #BIDANG_URUSAN} &lt; {@link #PROGRAM}
 * &lt; {@link #KEGIATAN} &lt; {@link #SUB_KEGIATAN} in a region's budget, {@link #BAGIAN_ANGGARAN} &lt;
 * {@link #ESELON_I} &lt; {@link #PROGRAM} &lt; {@link #KEGIATAN} &lt; {@link #KRO} &lt; {@link #RO} &lt;
 * {@link #KOMPONEN} &lt; {@link #SUB_KOMPONEN} in a ministry's. Program and kegiatan are levels of both.
 * <p>
 * Every accepted form, with examples, is listed in {@link BudgetCode} and in {@code docs/budget-codes.md}.
 */
public enum BudgetLevel {

    /** A regional urusan (government affairs), such as {@code 2}: one segment. */
    URUSAN,

    /** A regional bidang urusan (field of affairs), such as {@code 2.07}: two segments. */
    BIDANG_URUSAN,

    /** A central bagian anggaran (budget section of a ministry or agency), such as {@code 063}. */
    BAGIAN_ANGGARAN,

    /** A central eselon I unit of a bagian anggaran, such as {@code 063.01}. */
    ESELON_I,

    /**
     * A program: regional {@code 2.07.01} or {@code X.XX.01}, central {@code 063.01.WA} (two letters since 2021,
     * two digits before, {@code 063.01.01}).
     */
    PROGRAM,

    /**
     * An activity (kegiatan): regional {@code 2.07.01.2.01}, central {@code 3165} or in full
     * {@code 063.01.WA.3165}.
     */
    KEGIATAN,

    /** A regional sub-activity (sub kegiatan), such as {@code 2.07.01.2.01.0001} or {@code 2.07.01.2.01.01}. */
    SUB_KEGIATAN,

    /** A central output classification (klasifikasi rincian output, KRO), such as {@code 3165.QAH}. */
    KRO,

    /** A central detailed output (rincian output, RO), the unit of PMK 214, such as {@code 3165.QAH.001}. */
    RO,

    /** A central component (komponen) of a rincian output, such as {@code 3165.QAH.001.051}. */
    KOMPONEN,

    /** A central sub-component (sub komponen) of a komponen, such as {@code 3165.QAH.001.051.A}. */
    SUB_KOMPONEN,

    /** A line with no code, or with a code of no known nomenclature (BLUD, BUMD, an agency's own chart). */
    FREE_FORM
}
