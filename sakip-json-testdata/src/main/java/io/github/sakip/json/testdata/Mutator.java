package io.github.sakip.json.testdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutations of the JSON fuzz tests of both bindings, seeded: bytes flipped, deleted and inserted, numbers
 * replaced by hostile ones, lines (fields) duplicated, deleted and swapped, strings replaced, the document
 * truncated, content appended after it, and the first bytes replaced by what another encoding starts with. The same
 * seed gives the same mutants in either binding's test.
 */
public final class Mutator {

    private static final List<String> NUMBERS = List.of("1E-100", "-1.2", "0.001", "1E+1000000000", "1e-1000000000",
            "0E-2147483647", "-1E+1000000000", "9.99E+29", "999999999999999999999999999999", "1E+30", "-0", "0",
            "0.005", "1E+29", "7", "-7", "1.0000000000000000000000000000000000000001", "\"1E-100\"", "\"-1.2\"", "1e99999999999",
            "100.00", "90.505", "2147483648", "-2147483649", "1900", "2999", "3000", "true", "null", "\"\"", "[]", "{}");

    private static final List<String> STRINGS = List.of("\"\"", "\" \"", "\"x\"", "\"2.07.01\"", "\"2.07.01.2.01\"",
            "\"2.07.x\"", "\"STOCK\"", "\"FLOW\"", "\"NEGATIVE\"", "\"Sangat Rendah\"", "\"D\"", "\"\\u0000\"",
            "\"ı\"", "\"" + "x".repeat(5000) + "\"", "\"\\uD800\"", "123", "null", "{\"absent\":\"baru\"}");

    private static final List<String> GARBAGE = List.of(" garbage", "\n{}", "{\"agency\":\"x\",\"year\":2024}", "]",
            "}", ",", "\u0000", " // comment", "\n\n", "\uFEFF", "null", "1");

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?[0-9][0-9.eE+-]*");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=: )\"[^\"]*\"");

    /**
     * What the first bytes of a document in another encoding, or of no text at all, look like; and white space and
     * a UTF-8 byte order mark, which a document may start with.
     */
    private static final List<byte[]> STARTS = List.of(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0},
            new byte[] {0, 0, 0}, new byte[] {0}, new byte[] {0, 0x7B}, new byte[] {0x7B, 0},
            new byte[] {(byte) 0xEF, (byte) 0xBB}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {0x20},
            new byte[] {0x0A}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0x20});

    private final Random random;

    /**
     * A mutator.
     *
     * @param seed the seed of its random choices
     */
    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One to three mutations of a document, anywhere in it.
     *
     * @param input the document
     * @param how what was done is appended here, for a failure's message
     * @return the mutant
     */
    public byte[] mutant(byte[] input, StringBuilder how) {
        byte[] mutant = input;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            mutant = mutate(mutant, how);
        }
        return mutant;
    }

    /**
     * A mutation of the first bytes, where Jackson looks for the encoding: random bytes, or what UTF-16, UTF-32 and
     * UTF-8 with a byte order mark start with, or white space, put in front of the document or in place of up to four
     * of its first bytes; and, a quarter of the time, one more mutation anywhere.
     *
     * @param input the document
     * @param how what was done is appended here, for a failure's message
     * @return the mutant
     */
    public byte[] startMutant(byte[] input, StringBuilder how) {
        byte[] start;
        if (random.nextBoolean()) {
            start = STARTS.get(random.nextInt(STARTS.size()));
        } else {
            start = new byte[1 + random.nextInt(4)];
            random.nextBytes(start);
        }
        int cut = random.nextBoolean() ? 0 : Math.min(input.length, 1 + random.nextInt(4));
        how.append("; first ").append(cut).append(" bytes := ").append(Arrays.toString(start));
        byte[] mutant = concat(start, Arrays.copyOfRange(input, cut, input.length));
        return random.nextInt(4) == 0 ? mutate(mutant, how) : mutant;
    }

    /** One mutation, described in {@code how}. */
    private byte[] mutate(byte[] input, StringBuilder how) {
        String text = new String(input, StandardCharsets.UTF_8);
        // Nothing left to flip, delete or cut: an empty mutant only grows.
        switch (input.length == 0 ? 2 : random.nextInt(12)) {
            case 0: {
                int at = random.nextInt(input.length);
                byte[] out = input.clone();
                out[at] = (byte) random.nextInt(256);
                how.append("; byte ").append(at).append(" := ").append(out[at] & 0xFF);
                return out;
            }
            case 1: {
                int at = random.nextInt(input.length);
                int length = 1 + random.nextInt(Math.min(16, input.length - at));
                how.append("; delete ").append(length).append(" bytes at ").append(at);
                return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + length, input.length));
            }
            case 2: {
                int at = random.nextInt(input.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(4)];
                String structural = "{}[],:\"0-.eE \u0000\\";
                for (int k = 0; k < inserted.length; k++) {
                    inserted[k] = (byte) structural.charAt(random.nextInt(structural.length()));
                }
                how.append("; insert ").append(Arrays.toString(inserted)).append(" at ").append(at);
                return concat(Arrays.copyOfRange(input, 0, at), inserted, Arrays.copyOfRange(input, at, input.length));
            }
            case 3:
            case 4:
            case 5:
                return replace(text, NUMBER, NUMBERS, "number", how);
            case 6:
                return replace(text, STRING_VALUE, STRINGS, "string", how);
            case 7:
            case 8: {
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                int at = random.nextInt(lines.size());
                int kind = random.nextInt(3);
                if (kind == 0) {
                    lines.add(at, lines.get(at));
                    how.append("; duplicate line ").append(at + 1);
                } else if (kind == 1) {
                    lines.remove(at);
                    how.append("; delete line ").append(at + 1);
                } else {
                    int other = random.nextInt(lines.size());
                    String swapped = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swapped);
                    how.append("; swap lines ").append(at + 1).append(" and ").append(other + 1);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 9: {
                int at = random.nextInt(input.length);
                how.append("; truncate at ").append(at);
                return Arrays.copyOf(input, at);
            }
            case 10: {
                String garbage = random.nextInt(4) == 0 ? text : GARBAGE.get(random.nextInt(GARBAGE.size()));
                how.append("; append ").append(garbage.length() > 40 ? "the document" : "'" + garbage + "'");
                return (text + garbage).getBytes(StandardCharsets.UTF_8);
            }
            default: {
                // A field's value replaced by another field's value: types and figures where they do not belong.
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                Matcher s = STRING_VALUE.matcher(text);
                List<String> values = new ArrayList<>();
                while (s.find()) {
                    values.add(s.group());
                }
                if (spans.isEmpty() || values.isEmpty()) {
                    return input;
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String value = values.get(random.nextInt(values.size()));
                how.append("; number at ").append(span[0]).append(" := ").append(value);
                return (text.substring(0, span[0]) + value + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] replace(String text, Pattern pattern, List<String> pool, String what, StringBuilder how) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replacement = pool.get(random.nextInt(pool.size()));
        how.append("; ").append(what).append(" at ").append(span[0]).append(" := ")
                .append(replacement.length() > 40 ? replacement.substring(0, 40) + "…" : replacement);
        return (text.substring(0, span[0]) + replacement + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
