package io.github.sakip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals#divide(BigDecimal, BigDecimal)} takes a shortcut for quotients that terminate: it must give the
 * very value (and scale) of the general path, {@code normalize(dividend.divide(divisor, DECIMAL128))} with the
 * quotient's scale capped at {@value Decimals#MAX_SCALE}.
 */
class TerminatingQuotientTest {

    /** The general path, as {@link Decimals#divide} took it before the shortcut. */
    private static BigDecimal general(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal quotient = dividend.divide(divisor, Decimals.DIVISION);
        if (quotient.scale() > Decimals.MAX_SCALE) {
            quotient = quotient.setScale(Decimals.MAX_SCALE, Decimals.DIVISION.getRoundingMode());
        }
        return Decimals.normalize(quotient);
    }

    @ParameterizedTest
    @CsvSource({
        // dividend, divisor, quotient (hand-checked), whether the shortcut gives it
        "7500, 60, 125, true",
        "6812, 70.20, 97.03703703703703703703703703703704, false",
        "1, 8, 0.125, true",
        "-1, 8, -0.125, true",
        "1, -0.008, -125, true",
        "0, 7, 0, true",
        "0.00, 0.3, 0, true",
        "5E+2, 4, 125, true",
        "3, 1.5, 2, true",
        "1, 3, 0.3333333333333333333333333333333333, false",
        "100, 1024, 0.09765625, true",
        "999999999999999999, 0.000000000000000001, 999999999999999999000000000000000000, true",
        "1, 1E+20, 0.00000000000000000001, true",
        "1E-99, 4, 2E-100, false", // 2,5E-100 has 101 decimals: the general path rounds it half-even
    })
    void givesTheGeneralPathsValue(BigDecimal dividend, BigDecimal divisor, BigDecimal quotient, boolean shortcut) {
        BigDecimal result = Decimals.divide(dividend, divisor);
        assertThat(result).isEqualTo(general(dividend, divisor));
        assertThat(result.compareTo(quotient)).as("%s vs %s", result, quotient).isZero();
        assertThat(Decimals.terminatingQuotient(dividend, divisor) != null).isEqualTo(shortcut);
    }

    @Test
    void leavesToTheGeneralPathWhatItCannotTakeExactly() {
        // A quotient beyond MAX_SCALE decimals is rounded by the general path.
        assertThat(Decimals.terminatingQuotient(new BigDecimal("1E-100"), new BigDecimal("8"))).isNull();
        // 19-digit operands, and a quotient whose digits overflow a long.
        assertThat(Decimals.terminatingQuotient(new BigDecimal("1234567890123456789"), BigDecimal.ONE)).isNull();
        assertThat(Decimals.terminatingQuotient(new BigDecimal("999999999999999999"), new BigDecimal("1024")))
                .isNull();
        assertThat(Decimals.terminatingQuotient(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void everyQuotientIsTheGeneralPaths() {
        qt().withFixedSeed(20_261_129L).withExamples(20_000)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(-4, 8),
                        longs().between(-99_999L, 99_999L), integers().between(-3, 6))
                .assuming((a, sa, b, sb) -> b != 0)
                .checkAssert((a, sa, b, sb) -> {
                    BigDecimal dividend = BigDecimal.valueOf(a, sa);
                    // Divisors made of 2s and 5s give terminating quotients, the others mostly do not.
                    for (BigDecimal divisor : new BigDecimal[] {BigDecimal.valueOf(b, sb),
                            BigDecimal.valueOf(Long.signum(b) * (1L << (Math.abs(b) % 40)), sb),
                            BigDecimal.valueOf(b % 2 == 0 ? 625 : -3125, sb)}) {
                        assertThat(Decimals.divide(dividend, divisor)).isEqualTo(general(dividend, divisor));
                    }
                });
    }
}
