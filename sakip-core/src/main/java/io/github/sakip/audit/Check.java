package io.github.sakip.audit;

/**
 * The check of the audit that produced a {@link Finding}.
 */
public enum Check {

    /** A printed capaian against the one computed from target and realisation. */
    CAPAIAN,

    /** A printed category against the Permendagri 86/2017 category of the computed capaian. */
    CATEGORY,

    /** A printed budget absorption (penyerapan) against realisasi / pagu × 100. */
    ABSORPTION,

    /** The printed total of a program or kegiatan against the sum of the lines below it. */
    PARENT_TOTAL,

    /** A printed grand total against the sum of the lowest budget lines. */
    GRAND_TOTAL,

    /**
     * A budget line whose parent line is missing, whose explicit parents go round in a circle, or whose code (or
     * parent's code) is not one {@link io.github.sakip.BudgetCode#parse(String)} reads.
     */
    BUDGET_STRUCTURE,

    /** A budget code printed more than once. */
    DUPLICATE_CODE,

    /** A printed efficiency against PMK 214/PMK.02/2017. */
    EFFICIENCY,

    /** A printed Renstra progress (tingkat kemajuan) against the realisation to date and the real end target. */
    RENSTRA_PROGRESS,

    /** A printed end target of the Renstra against the target of its last year. */
    RENSTRA_END_TARGET,

    /** A target of the Perjanjian Kinerja that is not the Renstra's target for the same year. */
    RENSTRA_TARGET,

    /** A printed comparison with a national or provincial standard. */
    STANDARD,

    /** A printed AKIP total against the sum of its components. */
    AKIP_TOTAL,

    /** A printed AKIP predicate against the predicate of the score. */
    AKIP_PREDICATE,

    /**
     * A printed output achievement (capaian RO, capaian keluaran) against the output target and realisation of a
     * rincian output, or against the rincian outputs of the budget table.
     */
    OUTPUT_ACHIEVEMENT,

    /** A printed efficiency score NE (nilai efisiensi) against {@code 50 + (E / 20) × 50} of PMK 214/PMK.02/2017. */
    EFFICIENCY_SCORE,

    /**
     * A printed budget performance value (Nilai Kinerja Anggaran) against the weighted sum of its components (PMK
     * 22/PMK.02/2021).
     */
    BUDGET_PERFORMANCE_VALUE,

    /**
     * A printed community satisfaction index (IKM, 25 to 100) or index (nilai indeks, 1 to 4) against the one the
     * survey's answers give under PermenPAN-RB 14/2017.
     */
    IKM,

    /** A printed mean (NRR), converted mean (NRR × 25) or weighted mean (NRR tertimbang) of an element of service. */
    IKM_UNSUR,

    /** A printed quality of service (mutu pelayanan) of a unit or an element against the grade of its right figure. */
    IKM_MUTU,

    /**
     * A survey with fewer respondents than its population needs, or a printed sample size against Krejcie–Morgan
     * (PermenPAN-RB 14/2017).
     */
    IKM_SAMPLE,

    /**
     * A capaian printed for the same indicator in two tables (the Perjanjian Kinerja, the comparison of years, the
     * comparison of performance and budget, the cascade) that disagree; the finding names both places.
     */
    CROSS_TABLE_CAPAIAN,

    /**
     * A sasaran's printed budget or budget realisation (Tabel 3.7) against the sum of the lowest lines of the budget
     * codes that serve it in the cascade; the finding names both places.
     */
    SASARAN_BUDGET,

    /** A capaian printed in the cascade against the target and realisation the cascade gives. */
    CASCADE_CAPAIAN,

    /**
     * A code of the cascade that is not a code of the budget table, or a program of the cascade's table of programs
     * that serves none of its sasaran's budget.
     */
    CASCADE_CODE,

    /**
     * Budget lines that serve two sasaran without a split the report states, or stated parts of a code that add up
     * to more than its lines.
     */
    CASCADE_SPLIT,

    /** The budget that serves no sasaran of the cascade. */
    BUDGET_WITHOUT_SASARAN,

    /** A sasaran of the cascade that no budget code serves. */
    SASARAN_WITHOUT_BUDGET,

    /**
     * A capaian of the cascade's table of programs that is the absorption of the program's own budget line: a budget
     * figure printed as a performance figure.
     */
    BUDGET_AS_CAPAIAN,

    /**
     * A realisation printed on an evaluation form of Permendagri 86/2017 (column 13 or 14 K) against the quarters
     * and the realisation to last year.
     */
    FORM_REALIZATION,

    /** An achievement printed on an indicator row of an evaluation form (column 15 or 13/8 K) against its targets. */
    FORM_ACHIEVEMENT,

    /** A figure of the Rp half of an evaluation form (columns 6 to 15 and 13/8 Rp) against the budgets it sums. */
    FORM_BUDGET,

    /**
     * The K half of an entry of an evaluation form, or of its bottom row (rata-rata capaian kinerja), against the
     * mean of the achievements below it.
     */
    FORM_ROLL_UP,

    /** A predicate (predikat kinerja) printed on an evaluation form against the predicate of its figure. */
    FORM_PREDICATE
}
