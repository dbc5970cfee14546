package io.github.sakip.audit;

import java.util.List;

/**
 * The likely cause of a wrong figure, as a {@link Diagnosis} names it: the key of its sentence in
 * {@link CauseTexts} and the arguments of that sentence (numbers already written as reports print them), so that it
 * can be said in either language.
 *
 * @param key the key of the sentence, such as {@code "audit.cause.truncated"}
 * @param args the arguments of the sentence
 */
record Cause(String key, List<String> args) {

    Cause {
        args = List.copyOf(args);
    }

    /** A cause with its arguments. */
    static Cause of(String key, String... args) {
        return new Cause(key, List.of(args));
    }
}
