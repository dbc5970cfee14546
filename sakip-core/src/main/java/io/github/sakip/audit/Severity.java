package io.github.sakip.audit;

/**
 * How serious a {@link Finding} is.
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
    NOTE
}
