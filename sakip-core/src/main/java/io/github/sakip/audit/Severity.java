package io.github.sakip.audit;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.util.Locale;

/**
 * How serious a {@link Finding} is.
 * <p>
 * The constants' names are identifiers, the same in every language (they are the values of a finding's
 * {@code "severity"} in JSON); a finding's text names its severity by its label ({@link #label(Locale)}): in Bahasa
 * Indonesia {@code KESALAHAN}, {@code PERINGATAN} and {@code CATATAN}, the words of an Inspektorat's working paper
 * (a reviu ends in a catatan hasil reviu), in English {@code ERROR}, {@code WARNING} and {@code NOTE}.
 */
public enum Severity {

    /** The printed figure is wrong: it does not follow from the report's own data. */
    ERROR,

    /**
     * The printed figure differs from the right one only by rounding: truncated instead of rounded half-up,
     * rounded twice, or rounded the wrong way in its last printed digit. Also a community satisfaction survey with
     * fewer respondents than its population needs: its figures may follow from its answers, but they do not stand
     * for the population as PermenPAN-RB 14/2017 requires.
     */
    WARNING,

    /**
     * Worth an auditor's attention but not wrong: a figure printed with fewer decimals than reports use, or two
     * documents of the agency that disagree (a Perjanjian Kinerja target that is not the Renstra's).
     */
    NOTE;

    /**
     * Returns the label of this severity in Bahasa Indonesia.
     *
     * @return {@code "KESALAHAN"}, {@code "PERINGATAN"} or {@code "CATATAN"}
     */
    public String label() {
        return label(Languages.INDONESIAN);
    }

    /**
     * Returns the label of this severity in a language, as a finding's text begins.
     *
     * @param language the language, {@link Languages#INDONESIAN} or {@link Languages#ENGLISH}
     * @return such as {@code "KESALAHAN"} in Bahasa Indonesia, {@code "ERROR"} in English
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    public String label(Locale language) {
        Text label = switch (this) {
            case ERROR -> Text.of("severity.error");
            case WARNING -> Text.of("severity.warning");
            case NOTE -> Text.of("severity.note");
        };
        return label.in(language);
    }
}
