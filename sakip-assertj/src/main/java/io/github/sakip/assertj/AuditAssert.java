package io.github.sakip.assertj;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Severity;
import io.github.sakip.format.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Audit}. Failure messages list the findings, one line each, as the audit wrote them (in
 * the audit's language); the message around them is in the assertion's language: Bahasa Indonesia, or the one given
 * to {@link SakipAssertions#inLanguage(Locale)}.
 */
public class AuditAssert extends AbstractAssert<AuditAssert, Audit> {

    private final Locale language;

    /**
     * Creates the assertion, with messages in Bahasa Indonesia; use {@link SakipAssertions#assertThat(Audit)}.
     *
     * @param actual the audit under test
     */
    protected AuditAssert(Audit actual) {
        this(actual, Languages.INDONESIAN);
    }

    /**
     * Creates the assertion; use {@link SakipAssertions#inLanguage(Locale)}.
     *
     * @param actual the audit under test
     * @param language the language of the messages
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is neither Indonesian nor English
     */
    protected AuditAssert(Audit actual, Locale language) {
        super(actual, AuditAssert.class);
        this.language = Languages.check(language);
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "  " + f).collect(Collectors.joining(System.lineSeparator()));
    }

    /** The report, as a message names it: "LKjIP Dinas Contoh 2024". */
    private String report() {
        return "LKjIP " + actual.report().agency() + " " + actual.report().year();
    }

    /** A severity as a message says it: "KESALAHAN", in English "an error", "a warning", "a note". */
    private String describe(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.text(language, "severity.error");
            case WARNING -> Messages.text(language, "severity.warning");
            case NOTE -> Messages.text(language, "severity.note");
        };
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }

    /**
     * Verifies that no printed figure of the report is wrong (warnings and notes allowed).
     *
     * @return this assertion
     */
    public AuditAssert hasNoErrors() {
        isNotNull();
        List<Finding> errors = actual.findings(Severity.ERROR);
        if (!errors.isEmpty()) {
            fail(Messages.text(language, errors.size() == 1 ? "audit.errors.one" : "audit.errors", report(),
                    errors.size(), System.lineSeparator() + lines(errors)));
        }
        return this;
    }

    /**
     * Verifies that every printed figure of the report is right.
     *
     * @return this assertion
     */
    public AuditAssert hasNoFindings() {
        isNotNull();
        List<Finding> findings = actual.findings();
        if (!findings.isEmpty()) {
            fail(Messages.text(language, findings.size() == 1 ? "audit.findings.one" : "audit.findings", report(),
                    findings.size(), System.lineSeparator() + lines(findings)));
        }
        return this;
    }

    /**
     * Verifies that the audit found a figure of a given check and severity in a row.
     *
     * @param severity the severity
     * @param check the check
     * @param rowPart text the finding's row must contain, such as a budget code or an indicator's name
     * @return this assertion
     */
    public AuditAssert hasFinding(Severity severity, Check check, String rowPart) {
        isNotNull();
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(check, "check must not be null");
        Objects.requireNonNull(rowPart, "rowPart must not be null");
        boolean found = actual.findings().stream().anyMatch(f -> f.severity() == severity && f.check() == check
                && f.location().row().contains(rowPart));
        if (!found) {
            fail(actual.findings().isEmpty()
                    ? Messages.text(language, "audit.finding.none", describe(severity), check.name(), rowPart)
                    : Messages.text(language, "audit.finding.others", describe(severity), check.name(), rowPart,
                            System.lineSeparator() + lines(actual.findings())));
        }
        return this;
    }
}
