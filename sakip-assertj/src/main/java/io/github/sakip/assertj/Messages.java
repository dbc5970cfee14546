package io.github.sakip.assertj;

import io.github.sakip.internal.Bundle;
import java.util.Locale;

/**
 * The assertions' messages, in Bahasa Indonesia and English: {@code Messages_id.properties} and
 * {@code Messages_en.properties} next to this class, read as the core reads its own texts.
 */
final class Messages {

    private static final Bundle MESSAGES = Bundle.load("Messages", name -> Messages.class.getResourceAsStream(name));

    private Messages() {
    }

    /**
     * Writes a message.
     *
     * @param language the language, checked
     * @param key the key, a string literal at the call (the bundle test finds the keys so)
     * @param args its arguments: strings, integers or longs
     * @return the message
     */
    static String text(Locale language, String key, Object... args) {
        return MESSAGES.format(language, key, args);
    }

    /** The bundle, for the test of its keys. */
    static Bundle bundle() {
        return MESSAGES;
    }
}
