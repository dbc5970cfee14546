package io.github.sakip.examples.bench;

import io.github.sakip.Polarity;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * A deterministic set of indicators for benchmarks: target, realisation and polarity in three parallel arrays.
 *
 * <p>The figures look like those of real reports: percentages (TPAK 70,20), counts (people trained, 1 to
 * 10.000) and indices or rates with one decimal; each value has 0 to 2 decimals; targets are positive; about a
 * quarter of the indicators are of negative polarity (lower is better); a realisation falls from 30 % to 150 % of
 * its target, so every Permendagri 86/2017 band is well populated. The same seed gives the same indicators.
 */
public final class Indicators {

    /** The seed every benchmark uses. */
    public static final long SEED = 20_240_101L;

    /** The polarity of each indicator. */
    public final Polarity[] polarities;

    /** The target of each indicator, positive. */
    public final BigDecimal[] targets;

    /** The realisation of each indicator, not negative. */
    public final BigDecimal[] realizations;

    private Indicators(int count) {
        polarities = new Polarity[count];
        targets = new BigDecimal[count];
        realizations = new BigDecimal[count];
    }

    /**
     * Generates indicators.
     *
     * @param count how many
     * @param seed the seed of the generator
     * @return the indicators
     */
    public static Indicators generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Indicators indicators = new Indicators(count);
        for (int i = 0; i < count; i++) {
            indicators.polarities[i] = random.nextInt(4) == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE;
            int decimals = random.nextInt(3);
            long unscaledTarget = switch (random.nextInt(3)) {
                case 0 -> 1_000 + random.nextLong(9_000); // a percentage from 10,00 to 99,99 (at 2 decimals)
                case 1 -> 1 + random.nextLong(10_000); // a count
                default -> 10 + random.nextLong(990); // an index or a rate
            };
            BigDecimal target = BigDecimal.valueOf(unscaledTarget, decimals);
            // realisation = target × a factor from 0,30 to 1,50, kept at the target's decimals
            long factorPercent = 30 + random.nextLong(121);
            BigDecimal realisation = BigDecimal.valueOf(unscaledTarget * factorPercent / 100, decimals);
            indicators.targets[i] = target;
            indicators.realizations[i] = realisation;
        }
        return indicators;
    }

    /**
     * Returns the number of indicators.
     *
     * @return the number of indicators
     */
    public int size() {
        return targets.length;
    }
}
