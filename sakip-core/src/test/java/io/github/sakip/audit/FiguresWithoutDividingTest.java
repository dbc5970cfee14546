package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The check of a printed percentage by multiplication agrees with the full comparison of {@link Figures#percent}:
 * it says "right" only where that comparison makes no finding, and it says so for the right figures of ordinary
 * reports.
 */
class FiguresWithoutDividingTest {

    private static final Location WHERE = new Location("Tabel", "1", "Capaian");

    private static boolean fullyRight(BigDecimal printed, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal exact = Decimals.divide(numerator.multiply(Decimals.HUNDRED), denominator);
        return Figures.percent(io.github.sakip.format.Languages.INDONESIAN, Check.CAPAIAN, WHERE, printed, exact,
                () -> io.github.sakip.internal.Text.literal("working")).isEmpty();
    }

    @ParameterizedTest(name = "{0} for 100 × {1} / {2}: {3}")
    @CsvSource({
        // printed, numerator, denominator, right without dividing
        "97.04, 68.12, 70.20, true",      // 97,037...: rounds to 97,04
        "97.03, 68.12, 70.20, false",     // truncated
        "97.035, 68.12, 70.20, false",    // three decimals: the full comparison decides
        "97.040, 68.12, 70.20, true",     // 97,04 with a trailing zero
        "97.0, 97, 100, true",            // one decimal, exactly the figure
        "50.03, 1.0005, 2, true",         // 50,025 exactly on the edge rounds up, half-up
        "50.02, 1.0005, 2, false",        // ... not down
        "50.03, 1.0006, 2, true",         // 50,03 exactly
        "0, 0, 5, true",                  // a realisation of 0 is 0 %
        "0.01, 0.0001, 1, true",          // 0,01 exactly
        "100, 7, 0, false",               // target 0: not computable, the full check says so
        "100, -7, 7, false",              // a negative figure: the full check
        "-1, 1, 100, false",              // a negative printed figure: the full check
        "5, 1E+31, 1, false",             // too large for the products to stand for the 34-digit quotient
        "33.33, 1, 3, true",
        "33.34, 1, 3, false",
        "66.67, 2, 3, true"
    })
    void edgesAndRefusals(BigDecimal printed, BigDecimal numerator, BigDecimal denominator, boolean right) {
        assertThat(Figures.rightWithoutDividing(printed, numerator, denominator)).isEqualTo(right);
        if (right) {
            assertThat(fullyRight(printed, numerator, denominator)).isTrue();
        }
    }

    @Test
    void saysRightOnlyWhereTheFullComparisonFindsNothing() {
        qt().withFixedSeed(20_241_128L).withExamples(20_000)
                .forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L),
                        integers().between(0, 48), integers().between(-2, 2))
                .checkAssert((n, d, scales, offset) -> {
                    BigDecimal numerator = BigDecimal.valueOf(n, scales / 7);
                    BigDecimal denominator = BigDecimal.valueOf(d, scales % 7);
                    BigDecimal exact = Decimals.divide(numerator.multiply(Decimals.HUNDRED), denominator);
                    BigDecimal printed = exact.setScale(2, RoundingMode.HALF_UP)
                            .add(BigDecimal.valueOf(offset, 2));
                    boolean quick = Figures.rightWithoutDividing(printed, numerator, denominator);
                    boolean full = fullyRight(printed, numerator, denominator);
                    if (quick) {
                        assertThat(full).as("%s for 100 × %s / %s", printed, numerator, denominator).isTrue();
                    }
                    if (offset == 0 && printed.signum() >= 0) {
                        assertThat(quick).as("%s for 100 × %s / %s", printed, numerator, denominator).isTrue();
                    }
                });
    }

    @Test
    void theEdgesOfRoundingHalfUpAreExact() {
        // 100 × 1 / 8 = 12,5 exactly; printed 12,50 is right, 12,49 and 12,51 are not.
        assertThat(Figures.rightWithoutDividing(new BigDecimal("12.50"), BigDecimal.ONE, new BigDecimal("8")))
                .isTrue();
        assertThat(Figures.rightWithoutDividing(new BigDecimal("12.49"), BigDecimal.ONE, new BigDecimal("8")))
                .isFalse();
        assertThat(Figures.rightWithoutDividing(new BigDecimal("12.51"), BigDecimal.ONE, new BigDecimal("8")))
                .isFalse();
        // 100 × 1 / 16 = 6,25 exactly, and 100 × 1 / 32 = 3,125: half-up makes it 3,13.
        assertThat(Figures.rightWithoutDividing(new BigDecimal("3.13"), BigDecimal.ONE, new BigDecimal("32")))
                .isTrue();
        assertThat(Figures.rightWithoutDividing(new BigDecimal("3.12"), BigDecimal.ONE, new BigDecimal("32")))
                .isFalse();
    }
}
