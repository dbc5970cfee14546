package io.github.sakip.internal;

import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Parsing of the enums that have a label, the inverse of their {@code toString}.
 * <p>
 * Not part of the API: the package is exported only to the library's own modules.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * Finds the constant whose name, label or {@code toString} a text is, ignoring case and surrounding or repeated
     * white space.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @param text the text, such as {@code "Sangat Tinggi"}, {@code "sangat  tinggi"} or {@code "SANGAT_TINGGI"}
     * @param label the label of a constant
     * @param what what the enum is, for the message, such as {@code "a category of Permendagri 86/2017"}
     * @return the constant
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text and listing the constants if none has it
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> label, String what) {
        Decimals.notNull(text, "text");
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.toString().equals(text)) {
                return constant;
            }
        }
        String wanted = text.strip().replaceAll("\\s+", " ");
        for (E constant : constants) {
            if (constant.toString().equalsIgnoreCase(wanted) || label.apply(constant).equalsIgnoreCase(wanted)
                    || constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        StringJoiner expected = new StringJoiner(", ");
        for (E constant : constants) {
            expected.add(constant.toString());
        }
        throw new IllegalArgumentException("label '" + text + "' is not " + what + "; expected one of " + expected);
    }
}
