package io.github.sakip.audit;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.util.List;

/**
 * A printed figure of a report that is not what the report's own data give: where it is, what was printed, what
 * it should be, and the working that shows why.
 * <p>
 * Figures are given as a report prints them, with Indonesian decimal commas ({@code "97,03"}), so that a finding
 * can be compared with the page. The audit makes no finding for a figure that is right.
 * <p>
 * A finding about two places of a report that disagree (a capaian printed for the same indicator in two tables, a
 * sasaran's budget and the budget table's lines) stands at one of them, {@link #location()}, and names the others
 * in {@link #related()}; a finding about one place has no related location.
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
 * @param related the other places of the report the finding is about, such as the table that printed the figure
 *        this one disagrees with; empty for a finding about one place
 */
public record Finding(Severity severity, Check check, Location location, String printed, String expected,
        String working, List<Location> related) implements Serializable {

    /**
     * Creates a finding.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason
     * @param related the other places the finding is about, in order; empty for a finding about one place
     * @throws NullPointerException naming the component that is null, or the place of a null related location
     * @throws IllegalArgumentException naming the text component that is blank
     */
    public Finding {
        Decimals.notNull(severity, "severity");
        Decimals.notNull(check, "check");
        Decimals.notNull(location, "location");
        printed = Decimals.notBlank(printed, "printed");
        expected = Decimals.notBlank(expected, "expected");
        working = Decimals.notBlank(working, "working");
        related = Decimals.copyOf(related, "related");
    }

    /**
     * Creates a finding about one place, with no related location.
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
    public Finding(Severity severity, Check check, Location location, String printed, String expected,
            String working) {
        this(severity, check, location, printed, expected, working, List.of());
    }

    /**
     * Returns the finding as one line an auditor can paste into a review.
     *
     * @return such as {@code "ERROR Tabel 3.2 Perjanjian Kinerja, row 20 ..., column Capaian: printed 121,72,
     *         should be 121,32 (80,07 / 66 × 100% = 121,32%)"}; the related locations, if any, follow the location
     *         as {@code " [and Perjanjian Kinerja, row 29 ..., column Capaian]"}
     */
    @Override
    public String toString() {
        return severity + " " + location + (related.isEmpty() ? "" : " [and " + String.join("; ",
                related.stream().map(Location::toString).toList()) + "]") + ": printed " + printed + ", should be "
                + expected + " (" + working + ")";
    }
}
