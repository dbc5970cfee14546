package io.github.sakip.audit;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;

/**
 * A printed figure of a report that is not what the report's own data give: where it is, what was printed, what
 * it should be, and the working that shows why.
 * <p>
 * Figures are given as a report prints them, with Indonesian decimal commas ({@code "97,03"}), so that a finding
 * can be compared with the page. The audit makes no finding for a figure that is right.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param severity how serious the finding is
 * @param check the check that made it
 * @param location where the figure stands
 * @param printed what the report printed, such as {@code "97,03"}; {@code "-"} where it printed nothing
 * @param expected what it should be, such as {@code "97,04"}
 * @param working the calculation and the reason, such as
 *        {@code "68,12 / 70,20 × 100% = 97,0370...%; printed truncated instead of rounded half-up"}
 */
public record Finding(Severity severity, Check check, Location location, String printed, String expected,
        String working) implements Serializable {

    /**
     * Creates a finding.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the text component that is blank
     */
    public Finding {
        Decimals.notNull(severity, "severity");
        Decimals.notNull(check, "check");
        Decimals.notNull(location, "location");
        printed = Decimals.notBlank(printed, "printed");
        expected = Decimals.notBlank(expected, "expected");
        working = Decimals.notBlank(working, "working");
    }

    /**
     * Returns the finding as one line an auditor can paste into a review.
     *
     * @return such as {@code "ERROR Tabel 3.2 Perjanjian Kinerja, row 20 ..., column Capaian: printed 121,72,
     *         should be 121,32 (80,07 / 66 × 100% = 121,32%)"}
     */
    @Override
    public String toString() {
        return severity + " " + location + ": printed " + printed + ", should be " + expected + " (" + working
                + ")";
    }
}
