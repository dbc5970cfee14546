package io.github.sakip.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows found by name as {@link String#equalsIgnoreCase(String)} matches names, without comparing a name with
 * every row: the rows are grouped once by a key that names equal ignoring case share, and a name is compared only
 * with the rows of its group. Building is linear in the rows, a look-up linear in the rows it finds.
 * <p>
 * The key maps each code point {@code c} to {@code toLowerCase(toUpperCase(c))}, which is how
 * {@code equalsIgnoreCase} compares code points: two names it calls equal have the same key. Names with the same
 * key are still compared with {@code equalsIgnoreCase}, so a look-up finds exactly what comparing every row would.
 */
final class NameIndex<R> {

    private final Map<String, List<R>> byKey = new HashMap<>();
    private final Function<R, String> name;
    private long comparisons;

    /**
     * Indexes rows by name.
     *
     * @param rows the rows, in order
     * @param name a row's name
     */
    NameIndex(List<R> rows, Function<R, String> name) {
        this.name = name;
        for (R row : rows) {
            byKey.computeIfAbsent(key(name.apply(row)), k -> new ArrayList<>()).add(row);
        }
    }

    /**
     * Returns the rows whose name equals a name, ignoring case, in the order they were given.
     *
     * @param wanted the name
     * @return the rows, possibly none
     */
    List<R> matching(String wanted) {
        List<R> candidates = byKey.getOrDefault(key(wanted), List.of());
        List<R> matches = new ArrayList<>(candidates.size());
        for (R row : candidates) {
            comparisons++;
            if (name.apply(row).equalsIgnoreCase(wanted)) {
                matches.add(row);
            }
        }
        return matches;
    }

    /**
     * Returns how many names this index has compared, for tests that pin the work a look-up does.
     *
     * @return the number of {@code equalsIgnoreCase} comparisons so far
     */
    long comparisons() {
        return comparisons;
    }

    /** The key of a name: the same for every two names that are equal ignoring case. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }
}
