package io.github.sakip.audit;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

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
 * A finding is written in one language, that of its audit ({@link Audit.Options#withLanguage(Locale)}): its texts
 * ({@link #expected()} where it is not a figure, {@link #working()}) and its one line ({@link #toString()}) are in
 * {@link #language()}, Bahasa Indonesia unless English was asked for. The names of the report's tables, rows and
 * columns in its {@link #location()} are quotes of the report and stay as printed; the constants of
 * {@link #severity()} and {@link #check()} are identifiers.
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
 *        {@code "68,12 / 70,20 × 100% = 97,04%; angka tercetak dipotong, bukan dibulatkan setengah ke atas"}
 * @param related the other places of the report the finding is about, such as the table that printed the figure
 *        this one disagrees with; empty for a finding about one place
 * @param language the language of the texts, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
 */
public record Finding(Severity severity, Check check, Location location, String printed, String expected,
        String working, List<Location> related, Locale language) implements Serializable {

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
     * @param language the language of the texts; only the language of the locale counts, and it is kept as
     *        {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @throws NullPointerException naming the component that is null, or the place of a null related location
     * @throws IllegalArgumentException naming the text component that is blank, or if the language is neither
     *         Indonesian nor English
     */
    public Finding {
        Decimals.notNull(severity, "severity");
        Decimals.notNull(check, "check");
        Decimals.notNull(location, "location");
        printed = Decimals.notBlank(printed, "printed");
        expected = Decimals.notBlank(expected, "expected");
        working = Decimals.notBlank(working, "working");
        related = Decimals.copyOf(related, "related");
        language = Languages.check(language);
    }

    /**
     * Creates a finding about one place, with no related location, in a language.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason
     * @param language the language of the texts, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the text component that is blank, or if the language is neither
     *         Indonesian nor English
     */
    public Finding(Severity severity, Check check, Location location, String printed, String expected,
            String working, Locale language) {
        this(severity, check, location, printed, expected, working, List.of(), language);
    }

    /**
     * Creates a finding in Bahasa Indonesia.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason, in Bahasa Indonesia
     * @param related the other places the finding is about, in order; empty for a finding about one place
     * @throws NullPointerException naming the component that is null, or the place of a null related location
     * @throws IllegalArgumentException naming the text component that is blank
     */
    public Finding(Severity severity, Check check, Location location, String printed, String expected,
            String working, List<Location> related) {
        this(severity, check, location, printed, expected, working, related, Languages.INDONESIAN);
    }

    /**
     * Creates a finding about one place, with no related location, in Bahasa Indonesia.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason, in Bahasa Indonesia
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the text component that is blank
     */
    public Finding(Severity severity, Check check, Location location, String printed, String expected,
            String working) {
        this(severity, check, location, printed, expected, working, List.of(), Languages.INDONESIAN);
    }

    /**
     * Returns the finding as one line an auditor can paste into a review, in the finding's language.
     *
     * @return such as {@code "KESALAHAN Perjanjian Kinerja, baris 20 ..., kolom Capaian: tercetak 121,72,
     *         seharusnya 121,32 (80,07 / 66 × 100% = 121,32%; angka yang tercetak tidak sesuai dengan datanya)"}, in
     *         English {@code "ERROR Perjanjian Kinerja, row 20 ..., column Capaian: printed 121,72, should be 121,32
     *         (...)"}; the related locations, if any, follow the location as {@code " [dan Perjanjian Kinerja, baris
     *         29 ..., kolom Capaian]"} ({@code " [and ...]"} in English)
     */
    @Override
    public String toString() {
        String where = location.describe(language);
        if (!related.isEmpty()) {
            where = Text.of("finding.related", where, String.join("; ", related.stream()
                    .map(r -> r.describe(language)).toList())).in(language);
        }
        return Text.of("finding", severity.label(language), where, printed, expected, working).in(language);
    }
}
