package io.github.sakip.assertj;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Check;
import io.github.sakip.audit.Finding;
import io.github.sakip.audit.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Audit}. Failure messages list the findings, one line each.
 */
public class AuditAssert extends AbstractAssert<AuditAssert, Audit> {

    /**
     * Creates the assertion; use {@link SakipAssertions#assertThat(Audit)}.
     *
     * @param actual the audit under test
     */
    protected AuditAssert(Audit actual) {
        super(actual, AuditAssert.class);
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A severity with its article, as a message says it: "an error", "a warning", "a note". */
    private static String describe(Severity severity) {
        String name = severity.name().toLowerCase(java.util.Locale.ROOT);
        return (severity == Severity.ERROR ? "an " : "a ") + name;
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
            failWithMessage("Expected no wrong figure in %s but found %s:%n%s", actual.report(),
                    count(errors.size(), "wrong figure"), lines(errors));
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
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expected no finding in %s but found %s:%n%s", actual.report(),
                    count(actual.findings().size(), "finding"), lines(actual.findings()));
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
            failWithMessage("Expected %s finding of %s in a row containing <%s> but %s", describe(severity), check,
                    rowPart, actual.findings().isEmpty() ? "there was no finding"
                            : "the findings were:" + System.lineSeparator() + lines(actual.findings()));
        }
        return this;
    }
}
