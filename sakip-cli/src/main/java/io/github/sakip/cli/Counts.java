package io.github.sakip.cli;

import io.github.sakip.audit.Finding;
import java.util.List;

/**
 * How many findings of each severity.
 *
 * @param errors the errors
 * @param warnings the warnings
 * @param notes the notes
 */
record Counts(long errors, long warnings, long notes) {

    static final Counts NONE = new Counts(0, 0, 0);

    static Counts of(List<Finding> findings) {
        long errors = 0;
        long warnings = 0;
        long notes = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR:
                    errors++;
                    break;
                case WARNING:
                    warnings++;
                    break;
                default:
                    notes++;
            }
        }
        return new Counts(errors, warnings, notes);
    }

    Counts plus(Counts other) {
        return new Counts(errors + other.errors, warnings + other.warnings, notes + other.notes);
    }
}
