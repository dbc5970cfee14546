package io.github.sakip;

/**
 * Reads the text of a budget code: which form its first segment announces, then that form strictly, with messages
 * that name the form and the segment. Scans the text once without splitting it, so reading a regional code
 * allocates only the code. The forms are described in {@link BudgetCode} and {@code docs/budget-codes.md}.
 */
final class BudgetCodes {

    /** The longest code read, in characters, after white space around it is removed. */
    static final int MAX_LENGTH = 64;

    private static final String KEPMENDAGRI = "Kepmendagri 050-5889/2021";
    private static final String RKA_KL = "RKA-K/L, PMK 62/2023";

    /** Segment names of a regional code, in order; group is the kegiatan group digit. */
    private static final String[] REGIONAL = {"urusan", "bidang", "program", "kegiatan group", "kegiatan",
        "sub kegiatan"};
    private static final String[] REGIONAL_EXAMPLE = {"2", "07", "01", "2", "01", "0001"};
    private static final String[] REGIONAL_LEVEL = {"urusan", "bidang urusan", "program", null, "kegiatan",
        "sub kegiatan"};
    private static final String[] REGIONAL_RULE = {"one digit, 1 to 9 (or X in SIPD's placeholder X.XX)",
        "two digits, 01 to 99", "two digits, 01 to 99", "one digit, 1 to 9", "two digits, 01 to 99",
        "two or four digits, not all 0"};

    /** Segment names of a full central code, in order; a short one starts at the kegiatan (index 3). */
    private static final String[] CENTRAL = {"bagian anggaran", "eselon I", "program", "kegiatan", "KRO", "RO",
        "komponen", "sub komponen"};
    private static final String[] CENTRAL_EXAMPLE = {"063", "01", "WA", "3165", "QAH", "001", "051", "A"};
    private static final String[] CENTRAL_RULE = {"three digits, 001 to 999", "two digits, 01 to 99",
        "two capital letters (since 2021) or two digits, 01 to 99 (before)", "four digits, 0001 to 9999",
        "three capital letters", "three digits, 001 to 999", "three digits, 001 to 999", "one capital letter"};
    private static final int SHORT_START = 3;

    /** Widths of the segments of a SIPD organisation unit code, such as 2.07.0.00.0.00.01.0000. */
    private static final int[] UNIT_WIDTHS = {1, 2, 1, 2, 1, 2, 2, 4};

    private BudgetCodes() {
    }

    static BudgetCode parse(String text) {
        String t = strip(text);
        if (t.length() > MAX_LENGTH) {
            throw tooLong(t);
        }
        if (t.isEmpty()) {
            return BudgetCode.FreeForm.BLANK;
        }
        int first = firstSegmentLength(t);
        if (first == 1 && isRegionalStart(t.charAt(0))) {
            return regional(t, dots(t));
        }
        if ((first == 3 || first == 4) && allDigits(t, first)) {
            return central(t, dots(t), first == 3);
        }
        if (startsAtProgram(t, first)) {
            throw new IllegalArgumentException("'" + t + "' looks like a K/L code that starts at its program, as the"
                    + " MAK of a POK or DIPA prints it (program.kegiatan.KRO.RO…), which does not say its bagian"
                    + " anggaran and eselon I: write it in full, as bagian anggaran.eselon I." + t + ", or from the"
                    + " kegiatan, as " + t.substring(first + 1) + " (" + RKA_KL + ")");
        }
        return new BudgetCode.FreeForm(t);
    }

    /** Two capital letters, then a kegiatan of four digits: WA.4611.EBA.994. */
    private static boolean startsAtProgram(String t, int first) {
        return first == 2 && t.length() >= 7 && isCapital(t.charAt(0)) && isCapital(t.charAt(1))
                && (t.length() == 7 || t.charAt(7) == '.') && allDigits(t.substring(3, 7), 4);
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Removes white space around a code, including the no-break spaces a PDF's text carries; returns the text itself
     * when there is none.
     */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Tells whether a stripped, non-blank text starts as a regional or central code. */
    static boolean isOfKnownForm(String t) {
        if (t.isEmpty()) {
            return false;
        }
        int first = firstSegmentLength(t);
        return first == 1 && isRegionalStart(t.charAt(0)) || (first == 3 || first == 4) && allDigits(t, first)
                || startsAtProgram(t, first);
    }

    private static int firstSegmentLength(String t) {
        int dot = t.indexOf('.');
        return dot < 0 ? t.length() : dot;
    }

    private static boolean isRegionalStart(char c) {
        return Character.isDigit(c) || c == 'X' || c == 'x';
    }

    private static boolean allDigits(String t, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The positions of the dots; segment i runs from {@code start(d, i)} to {@code end(t, d, i)}. */
    private static int[] dots(String t) {
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '.') {
                count++;
            }
        }
        int[] dots = new int[count];
        for (int i = 0, k = 0; i < t.length(); i++) {
            if (t.charAt(i) == '.') {
                dots[k++] = i;
            }
        }
        return dots;
    }

    private static int start(int[] dots, int segment) {
        return segment == 0 ? 0 : dots[segment - 1] + 1;
    }

    private static int end(String t, int[] dots, int segment) {
        return segment == dots.length ? t.length() : dots[segment];
    }

    private static String segment(String t, int[] dots, int segment) {
        return t.substring(start(dots, segment), end(t, dots, segment));
    }

    /** The number of the segment if it is exactly {@code width} ASCII digits from min to max, else -1. */
    private static int number(String t, int[] dots, int segment, int width, int min, int max) {
        int from = start(dots, segment);
        int to = end(t, dots, segment);
        if (to - from != width) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value < min || value > max ? -1 : value;
    }

    private static boolean isLetters(String t, int[] dots, int segment, int width) {
        int from = start(dots, segment);
        int to = end(t, dots, segment);
        if (to - from != width) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static BudgetCode regional(String t, int[] dots) {
        int n = dots.length + 1;
        if (n >= UNIT_WIDTHS.length && isUnit(t, dots)) {
            throw unit(t, dots);
        }
        if (n == 4 || n > 6) {
            throw new IllegalArgumentException("'" + t + "' looks like a regional code (" + KEPMENDAGRI + ") but has "
                    + n + " segments, and a regional code has 1 (urusan, 2), 2 (bidang urusan, 2.07), 3 (program,"
                    + " 2.07.01), 5 (kegiatan, 2.07.01.2.01) or 6 (sub kegiatan, 2.07.01.2.01.0001)");
        }
        int urusan;
        int bidang = 0;
        if (t.charAt(0) == 'X') {
            if (n < 3) {
                throw new IllegalArgumentException("'" + t + "' looks like SIPD's placeholder X.XX, which stands for"
                        + " the bidang of the programs common to every bidang and comes only before a program, as"
                        + " X.XX.01 (" + KEPMENDAGRI + ")");
            }
            if (!"XX".equals(segment(t, dots, 1))) {
                throw malformed(t, regionalForm(n), REGIONAL[1], segment(t, dots, 1), "XX, after the placeholder X");
            }
            urusan = 0;
        } else {
            urusan = regionalNumber(t, dots, n, 0, 1, 1, 9);
            if (n > 1) {
                bidang = regionalNumber(t, dots, n, 1, 2, 1, 99);
            }
        }
        int program = n > 2 ? regionalNumber(t, dots, n, 2, 2, 1, 99) : 0;
        int group = n > 3 ? regionalNumber(t, dots, n, 3, 1, 1, 9) : 0;
        int kegiatan = n > 4 ? regionalNumber(t, dots, n, 4, 2, 1, 99) : 0;
        int sub = 0;
        if (n > 5) {
            sub = number(t, dots, 5, 2, 1, 99);
            if (sub < 0) {
                sub = regionalNumber(t, dots, n, 5, 4, 1, 9999);
            }
        }
        return new BudgetCode.Regional(urusan, bidang, program, group, kegiatan, sub);
    }

    private static int regionalNumber(String t, int[] dots, int n, int segment, int width, int min, int max) {
        int value = number(t, dots, segment, width, min, max);
        if (value < 0) {
            throw malformed(t, regionalForm(n), REGIONAL[segment], segment(t, dots, segment),
                    REGIONAL_RULE[segment]);
        }
        return value;
    }

    private static String regionalForm(int n) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder example = new StringBuilder();
        for (int i = 0; i < n; i++) {
            pattern.append(i == 0 ? "" : ".").append(REGIONAL[i]);
            example.append(i == 0 ? "" : ".").append(REGIONAL_EXAMPLE[i]);
        }
        return "a regional " + REGIONAL_LEVEL[n - 1] + " code (" + KEPMENDAGRI + ", " + pattern + " as " + example
                + ")";
    }

    private static boolean isUnit(String t, int[] dots) {
        for (int i = 0; i < UNIT_WIDTHS.length; i++) {
            if (number(t, dots, i, UNIT_WIDTHS[i], 0, 9999) < 0) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException unit(String t, int[] dots) {
        if (dots.length + 1 == UNIT_WIDTHS.length) {
            return new IllegalArgumentException("'" + t + "' is a SIPD organisation unit code (kode SKPD or unit"
                    + " SKPD, Permendagri 90/2019: three bidang urusan, the organisation and the unit, as"
                    + " 2.07.0.00.0.00.01.0000), which is not the code of a budget line: enter one table per unit,"
                    + " with its program, kegiatan and sub kegiatan codes");
        }
        int cut = dots[UNIT_WIDTHS.length - 1];
        return new IllegalArgumentException("'" + t + "' is a budget code prefixed with the SIPD organisation unit"
                + " code " + t.substring(0, cut) + " (kode SKPD or unit SKPD, Permendagri 90/2019): enter one table"
                + " per unit, with the code without the unit ('" + t.substring(cut + 1) + "')");
    }

    private static BudgetCode central(String t, int[] dots, boolean full) {
        int n = dots.length + 1;
        int offset = full ? 0 : SHORT_START;
        if (n + offset > CENTRAL.length) {
            throw new IllegalArgumentException("'" + t + "' looks like a K/L code (" + RKA_KL + ") but has " + n
                    + " segments, and a " + (full ? "full" : "short") + " K/L code has at most "
                    + (CENTRAL.length - offset) + " (" + centralPattern(offset, CENTRAL.length) + ")");
        }
        int ba = 0;
        int eselon = 0;
        String program = "";
        int kegiatan = 0;
        String kro = "";
        int ro = 0;
        int komponen = 0;
        String sub = "";
        for (int i = 0; i < n; i++) {
            int kind = i + offset;
            boolean ok;
            switch (kind) {
                case 0:
                    ba = number(t, dots, i, 3, 1, 999);
                    ok = ba > 0;
                    break;
                case 1:
                    eselon = number(t, dots, i, 2, 1, 99);
                    ok = eselon > 0;
                    break;
                case 2:
                    ok = isLetters(t, dots, i, 2) || number(t, dots, i, 2, 1, 99) > 0;
                    program = ok ? segment(t, dots, i) : "";
                    break;
                case 3:
                    kegiatan = number(t, dots, i, 4, 1, 9999);
                    ok = kegiatan > 0;
                    break;
                case 4:
                    ok = isLetters(t, dots, i, 3);
                    kro = ok ? segment(t, dots, i) : "";
                    break;
                case 5:
                    ro = number(t, dots, i, 3, 1, 999);
                    ok = ro > 0;
                    break;
                case 6:
                    komponen = number(t, dots, i, 3, 1, 999);
                    ok = komponen > 0;
                    break;
                default:
                    ok = isLetters(t, dots, i, 1);
                    sub = ok ? segment(t, dots, i) : "";
                    break;
            }
            if (!ok) {
                String seg = segment(t, dots, i);
                String rule = CENTRAL_RULE[kind];
                if (kind == 4 && number(t, dots, i, 3, 0, 999) >= 0) {
                    rule += " (a klasifikasi rincian output, since the 2021 redesign; the outputs of earlier years,"
                            + " kegiatan.output as 3165.001, are not read)";
                }
                throw malformed(t, "a K/L " + CENTRAL[n - 1 + offset] + " code (" + RKA_KL + ", "
                        + centralPattern(offset, n + offset) + ")", CENTRAL[kind], seg, rule);
            }
        }
        return new BudgetCode.Central(ba, eselon, program, kegiatan, kro, ro, komponen, sub);
    }

    private static String centralPattern(int from, int to) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder example = new StringBuilder();
        for (int i = from; i < to; i++) {
            pattern.append(i == from ? "" : ".").append(CENTRAL[i]);
            example.append(i == from ? "" : ".").append(CENTRAL_EXAMPLE[i]);
        }
        return pattern + " as " + example;
    }

    private static IllegalArgumentException malformed(String t, String form, String name, String segment,
            String rule) {
        boolean foreignDigit = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            foreignDigit |= Character.isDigit(c) && (c < '0' || c > '9');
        }
        return new IllegalArgumentException("'" + t + "' looks like " + form + " but its " + name + " segment '"
                + segment + "' must be " + rule + (foreignDigit ? " (ASCII digits 0 to 9)" : ""));
    }

    static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("'" + text.substring(0, MAX_LENGTH) + "...' is too long for a budget"
                + " code, which has at most " + MAX_LENGTH + " characters");
    }

    static void range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", but was " + value);
        }
    }

    /** Checks that the levels given (non-zero) come from the top without a gap. */
    static void topDown(int[] values, String[] names) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] != 0 && values[i - 1] == 0) {
                throw new IllegalArgumentException(names[i] + " is given, so " + names[i - 1]
                        + " must be too, but it was not");
            }
        }
    }

    static boolean isProgram(String program) {
        if (program.length() != 2) {
            return false;
        }
        char a = program.charAt(0);
        char b = program.charAt(1);
        boolean letters = a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
        boolean digits = a >= '0' && a <= '9' && b >= '0' && b <= '9' && !"00".equals(program);
        return letters || digits;
    }

    static void letters(String value, int width, String name) {
        if (value.isEmpty()) {
            return;
        }
        boolean ok = value.length() == width;
        for (int i = 0; ok && i < value.length(); i++) {
            ok = value.charAt(i) >= 'A' && value.charAt(i) <= 'Z';
        }
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + width + " capital letter" + (width == 1 ? "" : "s")
                    + ", but was '" + value + "'");
        }
    }

    static void pad(StringBuilder b, int number, int width) {
        for (int w = width - 1, p = 10; w > 0; w--, p *= 10) {
            if (number < p) {
                b.append('0');
            }
        }
        b.append(number);
    }
}
