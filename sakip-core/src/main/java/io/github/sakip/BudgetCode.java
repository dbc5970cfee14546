package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.util.Optional;

/**
 * The code of a budget line in the nomenclature of Kepmendagri 050-5889/2021 (which carries on that of
 * Permendagri 90/2019): {@code urusan.bidang.program[.kegiatan-group.kegiatan[.sub-kegiatan]]}.
 * <ul>
 * <li>{@code 2.07.01}: a program ({@link BudgetLevel#PROGRAM}): urusan (one digit), bidang urusan (two digits),
 * program (two digits).</li>
 * <li>{@code 2.07.01.2.01}: a kegiatan ({@link BudgetLevel#KEGIATAN}): the program, then the kegiatan group (one
 * digit) and its number (two digits).</li>
 * <li>{@code 2.07.01.2.01.02} or {@code 2.07.01.2.01.0002}: a sub kegiatan ({@link BudgetLevel#SUB_KEGIATAN}):
 * the kegiatan, then the sub kegiatan number in two digits (Permendagri 90/2019, and the reference report) or
 * four (Kepmendagri 050-5889/2021).</li>
 * </ul>
 * Every segment is ASCII digits of exactly its width, and no segment is 0 (a sub kegiatan {@code 00} is
 * refused rather than read as its kegiatan).
 * <p>
 * Equality: a code is its numbers, not its text. {@code 2.07.01.2.01.02} and {@code 2.07.01.2.01.0002} denote
 * the same sub kegiatan number in the two widths and are equal; {@link #toString()} gives the canonical form,
 * which writes the sub kegiatan number in two digits when it is below 100 and in four otherwise, so
 * {@code parse("2.07.01.2.01.0002").toString()} is {@code "2.07.01.2.01.02"}. Codes compare in code order: a
 * parent before its children, siblings by number.
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param urusan the urusan digit, such as {@code 2}
 * @param bidang the bidang urusan number, such as {@code 7}
 * @param program the program number, such as {@code 1}
 * @param kegiatanGroup the kegiatan group digit, such as {@code 2}, or 0 for a program
 * @param kegiatan the kegiatan number, such as {@code 1}, or 0 for a program
 * @param subKegiatan the sub kegiatan number, such as {@code 2}, or 0 for a program or a kegiatan
 */
public record BudgetCode(int urusan, int bidang, int program, int kegiatanGroup, int kegiatan, int subKegiatan)
        implements Comparable<BudgetCode>, Serializable {

    /**
     * Creates a code from its numbers; {@link #parse(String)} is the usual way.
     *
     * @param urusan the urusan digit, such as {@code 2}
     * @param bidang the bidang urusan number, such as {@code 7}
     * @param program the program number, such as {@code 1}
     * @param kegiatanGroup the kegiatan group digit, such as {@code 2}, or 0 for a program
     * @param kegiatan the kegiatan number, such as {@code 1}, or 0 for a program
     * @param subKegiatan the sub kegiatan number, such as {@code 2}, or 0 for a program or a kegiatan
     * @throws IllegalArgumentException naming the number that is out of range, or if the levels are
     *         inconsistent (a sub kegiatan without a kegiatan)
     */
    public BudgetCode {
        range(urusan, 1, 9, "urusan");
        range(bidang, 1, 99, "bidang");
        range(program, 1, 99, "program");
        if (kegiatan == 0) {
            if (kegiatanGroup != 0 || subKegiatan != 0) {
                throw new IllegalArgumentException("a program code has no kegiatan group or sub kegiatan, but"
                        + " kegiatanGroup was " + kegiatanGroup + " and subKegiatan was " + subKegiatan);
            }
        } else {
            range(kegiatanGroup, 1, 9, "kegiatanGroup");
            range(kegiatan, 1, 99, "kegiatan");
            range(subKegiatan, 0, 9999, "subKegiatan");
        }
    }

    private static void range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", but was " + value);
        }
    }

    /**
     * Parses a code strictly: three, five or six dot-separated segments of ASCII digits, each of its exact
     * width (1, 2, 2, 1, 2, then 2 or 4), no spaces, no other characters.
     *
     * @param text the code, such as {@code "2.07.01.2.01.02"}
     * @return the code
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if it is not such a code
     */
    public static BudgetCode parse(String text) {
        Decimals.notNull(text, "text");
        if (text.length() > 40) {
            throw invalid(text, "it is too long");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 && parts.length != 5 && parts.length != 6) {
            throw invalid(text, "it has " + parts.length + " segment" + (parts.length == 1 ? "" : "s")
                    + ", and a code has 3 (program), 5 (kegiatan) or 6 (sub kegiatan)");
        }
        int[] numbers = new int[6];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean widthOk = i < 5 ? part.length() == WIDTHS[i] : part.length() == 2 || part.length() == 4;
            if (!widthOk || !asciiDigits(part)) {
                throw invalid(text, "segment " + (i + 1) + " '" + part + "' is not "
                        + (i < 5 ? WIDTHS[i] : "2 or 4") + " ASCII digit" + (i < 5 && WIDTHS[i] == 1 ? "" : "s"));
            }
            numbers[i] = Integer.parseInt(part);
            if (numbers[i] == 0) {
                throw invalid(text, "segment " + (i + 1) + " '" + part + "' is 0, and no level is numbered 0");
            }
        }
        try {
            return new BudgetCode(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
    }

    private static final int[] WIDTHS = {1, 2, 2, 1, 2};

    private static boolean asciiDigits(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new IllegalArgumentException("not a budget code (Kepmendagri 050-5889/2021): '" + shown + "': "
                + why);
    }

    /**
     * Returns the level of this code.
     *
     * @return program, kegiatan or sub kegiatan
     */
    public BudgetLevel level() {
        if (kegiatan == 0) {
            return BudgetLevel.PROGRAM;
        }
        return subKegiatan == 0 ? BudgetLevel.KEGIATAN : BudgetLevel.SUB_KEGIATAN;
    }

    /**
     * Returns the code of the level above.
     *
     * @return the kegiatan of a sub kegiatan, the program of a kegiatan, or empty for a program
     */
    public Optional<BudgetCode> parent() {
        switch (level()) {
            case SUB_KEGIATAN:
                return Optional.of(new BudgetCode(urusan, bidang, program, kegiatanGroup, kegiatan, 0));
            case KEGIATAN:
                return Optional.of(new BudgetCode(urusan, bidang, program, 0, 0, 0));
            default:
                return Optional.empty();
        }
    }

    /**
     * Tells whether this code is the given code or lies below it.
     *
     * @param ancestor the code that may contain this one
     * @return true if {@code ancestor} is this code, its parent or its parent's parent
     * @throws NullPointerException if {@code ancestor} is null
     */
    public boolean isWithin(BudgetCode ancestor) {
        Decimals.notNull(ancestor, "ancestor");
        Optional<BudgetCode> code = Optional.of(this);
        while (code.isPresent()) {
            if (code.get().equals(ancestor)) {
                return true;
            }
            code = code.get().parent();
        }
        return false;
    }

    /**
     * Compares in code order: by urusan, bidang, program, kegiatan group, kegiatan and sub kegiatan number, so a
     * parent comes before its children. Consistent with {@code equals}.
     *
     * @param other the other code
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(BudgetCode other) {
        // Called for every insertion into a budget tree: compare field by field without allocating.
        int c = Integer.compare(urusan, other.urusan);
        if (c == 0) {
            c = Integer.compare(bidang, other.bidang);
        }
        if (c == 0) {
            c = Integer.compare(program, other.program);
        }
        if (c == 0) {
            c = Integer.compare(kegiatanGroup, other.kegiatanGroup);
        }
        if (c == 0) {
            c = Integer.compare(kegiatan, other.kegiatan);
        }
        return c == 0 ? Integer.compare(subKegiatan, other.subKegiatan) : c;
    }

    /**
     * Returns the canonical code.
     *
     * @return such as {@code "2.07.01"}, {@code "2.07.01.2.01"} or {@code "2.07.01.2.01.02"}; a sub kegiatan
     *         number of 100 or more in four digits, such as {@code "2.07.01.2.01.0123"}
     */
    @Override
    public String toString() {
        String code = urusan + "." + two(bidang) + "." + two(program);
        if (kegiatan == 0) {
            return code;
        }
        code += "." + kegiatanGroup + "." + two(kegiatan);
        if (subKegiatan == 0) {
            return code;
        }
        return code + "." + (subKegiatan < 100 ? two(subKegiatan) : four(subKegiatan));
    }

    private static String four(int number) {
        return number < 1000 ? "0" + number : Integer.toString(number);
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
