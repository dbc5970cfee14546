package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * The working of a computable {@link Figure}, built on first use and then kept: most figures are computed in bulk
 * and never explained, and formatting their numbers costs more than the arithmetic.
 */
final class Working {

    /** Builds the working; null once given or built. */
    private final Supplier<String> source;
    /** The working once given or built. */
    private volatile String text;

    Working(String text) {
        this.source = null;
        this.text = Decimals.notBlank(text, "working");
    }

    Working(Supplier<String> source) {
        this.source = Decimals.notNull(source, "working");
    }

    String get() {
        String built = text;
        if (built == null) {
            // A race builds the same text twice at worst: the supplier is pure.
            built = Decimals.notBlank(source.get(), "working");
            text = built;
        }
        return built;
    }

    /** Checks the arguments of {@link Figure#rounded(int, RoundingMode)}. */
    static void checkRounding(int decimals, RoundingMode mode) {
        Decimals.notNull(mode, "mode");
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be from 0 to 100, but was " + decimals);
        }
    }
}
