package io.github.sakip;

/**
 * The level of a budget line in the Kepmendagri 050-5889/2021 nomenclature, from the top down.
 */
public enum BudgetLevel {

    /** A program, such as {@code 2.07.01}: three segments. */
    PROGRAM,

    /** An activity (kegiatan) of a program, such as {@code 2.07.01.2.01}: five segments. */
    KEGIATAN,

    /** A sub-activity (sub kegiatan) of a kegiatan, such as {@code 2.07.01.2.01.02}: six segments. */
    SUB_KEGIATAN
}
