package io.github.sakip.examples.bench;

import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Polarity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Capaian and its Permendagri 86/2017 category for 1.000.000 indicators: the library against a hand-written loop
 * that does the same {@code BigDecimal} arithmetic with no library types.
 *
 * <p>Run it as {@code docs/benchmarks.md} says; it is never part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CapaianBenchmark {

    /** The number of indicators each operation computes. */
    public static final int COUNT = 1_000_000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal B91 = BigDecimal.valueOf(91);
    private static final BigDecimal B76 = BigDecimal.valueOf(76);
    private static final BigDecimal B66 = BigDecimal.valueOf(66);
    private static final BigDecimal B51 = BigDecimal.valueOf(51);

    private Indicators indicators;

    /** Creates the benchmark; JMH calls it. */
    public CapaianBenchmark() {
    }

    /**
     * Generates the indicators and checks once that both loops give every indicator the same category.
     *
     * @throws IllegalStateException if the baseline and the library disagree on an indicator
     */
    @Setup
    public void generate() {
        indicators = Indicators.generate(COUNT, Indicators.SEED);
        for (int i = 0; i < COUNT; i++) {
            String library = Capaian.of(indicators.polarities[i], indicators.targets[i], indicators.realizations[i])
                    .category().orElseThrow().label();
            String baseline = baseline(indicators.polarities[i], indicators.targets[i], indicators.realizations[i]);
            if (!library.equals(baseline)) {
                throw new IllegalStateException("indicator " + i + " (" + indicators.polarities[i] + ", T = "
                        + indicators.targets[i] + ", R = " + indicators.realizations[i] + "): library " + library
                        + ", baseline " + baseline);
            }
        }
    }

    /**
     * The library: {@code Capaian.of(polarity, target, realisasi).category()} for every indicator.
     *
     * @param blackhole consumes each category
     */
    @Benchmark
    public void library(Blackhole blackhole) {
        Polarity[] polarities = indicators.polarities;
        BigDecimal[] targets = indicators.targets;
        BigDecimal[] realizations = indicators.realizations;
        for (int i = 0; i < polarities.length; i++) {
            Optional<Category> category = Capaian.of(polarities[i], targets[i], realizations[i]).category();
            blackhole.consume(category);
        }
    }

    /**
     * The baseline: the same arithmetic written by hand.
     *
     * @param blackhole consumes each category label
     */
    @Benchmark
    public void baseline(Blackhole blackhole) {
        Polarity[] polarities = indicators.polarities;
        BigDecimal[] targets = indicators.targets;
        BigDecimal[] realizations = indicators.realizations;
        for (int i = 0; i < polarities.length; i++) {
            blackhole.consume(baseline(polarities[i], targets[i], realizations[i]));
        }
    }

    /**
     * R × 100 / T (positive) or (2T − R) × 100 / T floored at 0 (negative) in DECIMAL128, to two decimals half-up,
     * placed in the Permendagri 86/2017 bands with a value in a gap falling to the lower band.
     */
    private static String baseline(Polarity polarity, BigDecimal t, BigDecimal r) {
        BigDecimal percent = polarity == Polarity.POSITIVE
                ? r.multiply(HUNDRED).divide(t, MathContext.DECIMAL128)
                : TWO.multiply(t).subtract(r).multiply(HUNDRED).divide(t, MathContext.DECIMAL128).max(BigDecimal.ZERO);
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(B91) >= 0) {
            return "Sangat Tinggi";
        }
        if (rounded.compareTo(B76) >= 0) {
            return "Tinggi";
        }
        if (rounded.compareTo(B66) >= 0) {
            return "Sedang";
        }
        if (rounded.compareTo(B51) >= 0) {
            return "Rendah";
        }
        return "Sangat Rendah";
    }
}
