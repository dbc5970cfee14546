package io.github.sakip.audit;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.io.Serializable;
import java.util.Locale;

/**
 * A printed figure of a report that is not what the report's own data give: where it is, what was printed, what
 * it should be, and the working that shows why.
 * <p>
 * Figures are given as a report prints them, with Indonesian decimal commas ({@code "97,03"}), so that a finding
 * can be compared with the page. The audit makes no finding for a figure that is right.
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
 * @param language the language of the texts, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
 */
public record Finding(Severity severity, Check check, Location location, String printed, String expected,
        String working, Locale language) implements Serializable {

    /**
     * Creates a finding.
     *
     * @param severity how serious the finding is
     * @param check the check that made it
     * @param location where the figure stands
     * @param printed what the report printed
     * @param expected what it should be
     * @param working the calculation and the reason
     * @param language the language of the texts; only the language of the locale counts, and it is kept as
     *        {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @throws NullPointerException naming the component that is null
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
        language = Languages.check(language);
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
     * @throws NullPointerException naming the component that is null
     * @throws IllegalArgumentException naming the text component that is blank
     */
    public Finding(Severity severity, Check check, Location location, String printed, String expected,
            String working) {
        this(severity, check, location, printed, expected, working, Languages.INDONESIAN);
    }

    /**
     * Returns the finding as one line an auditor can paste into a review, in the finding's language.
     *
     * @return such as {@code "KESALAHAN Perjanjian Kinerja, baris 20 ..., kolom Capaian: tercetak 121,72,
     *         seharusnya 121,32 (80,07 / 66 × 100% = 121,32%; angka yang tercetak tidak sesuai dengan datanya)"}, in
     *         English {@code "ERROR Perjanjian Kinerja, row 20 ..., column Capaian: printed 121,72, should be 121,32
     *         (...)"}
     */
    @Override
    public String toString() {
        return Text.of("finding", severity.label(language), location.describe(language), printed, expected,
                working).in(language);
    }
}
