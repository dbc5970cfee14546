package io.github.sakip;

import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The working of a computable {@link Figure}, built on first use and then kept: most figures are computed in bulk
 * and never explained, and formatting their numbers costs more than the arithmetic. It is kept as a {@link Text},
 * written in the language asked for each time it is read.
 */
final class Working {

    /** Builds the working; null once given or built. */
    private final Supplier<Text> source;
    /** The working once given or built. */
    private volatile Text text;

    Working(Text text) {
        this.source = null;
        this.text = Decimals.notNull(text, "working");
    }

    Working(Supplier<Text> source) {
        this.source = Decimals.notNull(source, "working");
    }

    Text get() {
        Text built = text;
        if (built == null) {
            // A race builds the same text twice at worst: the supplier is pure.
            built = Decimals.notNull(source.get(), "working");
            text = built;
        }
        return built;
    }

    String in(Locale language) {
        return get().in(language);
    }

    /** Checks the arguments of {@link Figure#rounded(int, RoundingMode)}. */
    static void checkRounding(int decimals, RoundingMode mode) {
        Decimals.notNull(mode, "mode");
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be from 0 to 100, but was " + decimals);
        }
    }
}
