package io.github.sakip.audit;

/**
 * How serious a {@link Finding} is.
 */
public enum Severity {

    /** The printed figure is wrong: it does not follow from the report's own data. */
    ERROR,

    /**
     * The printed figure differs from the right one only by rounding: truncated instead of rounded half-up,
     * rounded twice, or rounded the wrong way in its last printed digit.
     */
    WARNING,

    /**
     * Worth an auditor's attention but not wrong: a figure printed with fewer decimals than reports use, or two
     * documents of the agency that disagree (a Perjanjian Kinerja target that is not the Renstra's).
     */
    NOTE
}
