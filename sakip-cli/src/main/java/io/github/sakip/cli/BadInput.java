package io.github.sakip.cli;

/**
 * Input the command cannot use (a file that is missing or not a report, an output that cannot be written): its
 * message is the one line, for people, that the command prints before it exits with status 2.
 */
final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message, null, false, false);
    }
}
