package io.github.sakip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sakip.AkipPredicate;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.report.PerformanceRow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Subclasses of {@code BigDecimal} that lie about their size and change what they say after a check: the library
 * checks and keeps a plain copy of their true number, never their word.
 */
class HostileDecimalTest {

    /** Throws from every method a check or a copy might call: a copy that calls none of them still works. */
    static final class Booby extends BigDecimal {

        private static final long serialVersionUID = 1L;

        Booby(String value) {
            super(value);
        }

        @Override
        public int precision() {
            throw new AssertionError("precision() called");
        }

        @Override
        public int scale() {
            throw new AssertionError("scale() called");
        }

        @Override
        public BigInteger unscaledValue() {
            throw new AssertionError("unscaledValue() called");
        }

        @Override
        public int signum() {
            throw new AssertionError("signum() called");
        }

        @Override
        public String toString() {
            throw new AssertionError("toString() called");
        }
    }

    private static final Duration SOON = Duration.ofSeconds(2);

    @Test
    void aCopyCallsNoneOfTheSubclassesMethods() {
        BigDecimal copy = Decimals.plain(new Booby("-75.250"));
        assertThat(copy.getClass()).isEqualTo(BigDecimal.class);
        assertThat(copy).isEqualTo(new BigDecimal("-75.250"));
        assertThat(Decimals.plain(new Booby("1E+1000000000"))).isEqualTo(new BigDecimal("1E+1000000000"));
        BigDecimal inflated = Decimals.plain(new Booby("1234567890123456789012345678901234567890.5"));
        assertThat(inflated).isEqualTo(new BigDecimal("1234567890123456789012345678901234567890.5"));
    }

    @Test
    void aHugeNumberThatSaysItIsSmallIsRefusedAtOnceQuotingItsTrueSize() {
        LyingDecimal huge = new LyingDecimal(new BigDecimal(BigInteger.ONE, -1_000_000_000), new BigDecimal("75"));
        assertTimeoutPreemptively(SOON, () -> {
            assertThatThrownBy(() -> Target.of(huge)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("value is too large or too precise to be a figure of a report: "
                            + "1E+1000000000");
            assertThatThrownBy(() -> Capaian.of(Polarity.POSITIVE, new BigDecimal("70"), huge))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("realization is too large");
            assertThatThrownBy(() -> AkipPredicate.of(huge)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("score is too large");
        });
        LyingDecimal tiny = new LyingDecimal(new BigDecimal(BigInteger.ONE, 1_000_000_000), new BigDecimal("75"));
        assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> Realization.of(tiny))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value has too many decimals to be a figure of a report: 1E-1000000000 (at most 100"
                        + " decimals)"));
    }

    @Test
    void aValueThatChangesAfterTheCheckIsKeptAsItWas() {
        LyingDecimal mutable = new LyingDecimal(new BigDecimal("75"), new BigDecimal("75"));
        Target target = Target.of(mutable);
        Realization realization = Realization.of(mutable);
        mutable.say(new BigDecimal("999"));
        assertThat(target).hasToString("75").isEqualTo(Target.of(new BigDecimal("75")));
        assertThat(target.value().getClass()).isEqualTo(BigDecimal.class);
        assertThat(realization).hasToString("75");
        assertThat(Capaian.of(Polarity.POSITIVE, Target.of(new BigDecimal("100")), realization).rounded())
                .isEqualByComparingTo("75.00");
    }

    @Test
    void aPrintedFigureIsKeptAsAPlainCopyWithItsPrintedScale() {
        LyingDecimal printed = new LyingDecimal(new BigDecimal("97.03"), BigDecimal.ONE);
        PerformanceRow row = PerformanceRow.of("1", "s", Indicator.of("TPAK", "Persen", Polarity.POSITIVE,
                io.github.sakip.Accumulation.STOCK), Target.of(BigDecimal.TEN), Realization.of(BigDecimal.ONE))
                .withPrintedCapaian(printed);
        printed.say(new BigDecimal("5"));
        BigDecimal kept = row.printedCapaian().orElseThrow();
        assertThat(kept.getClass()).isEqualTo(BigDecimal.class);
        assertThat(kept).isEqualTo(new BigDecimal("97.03"));
    }

    @Test
    void aMessageQuotesTheTrueNumber() {
        assertThat(Decimals.abbreviate(new LyingDecimal(new BigDecimal("0.005"), new BigDecimal("12")))).isEqualTo("0.005");
    }

    @Test
    void theBudgetOfARowOfThePermendagriFormsIsKeptAsPlainCopies() {
        io.github.sakip.RenstraPlan plan = io.github.sakip.RenstraPlan.of(Indicator.of("Dilatih", "Orang",
                Polarity.POSITIVE, io.github.sakip.Accumulation.FLOW), 2022, 2026,
                java.util.List.of(io.github.sakip.RenstraPlan.YearTarget.of(2026, BigDecimal.TEN)));
        LyingDecimal pagu = new LyingDecimal(new BigDecimal("1000.00"), BigDecimal.ONE);
        io.github.sakip.evaluation.RenstraEvaluationRow row = io.github.sakip.evaluation.RenstraEvaluationRow.of(plan,
                java.util.Map.of()).withBudget(java.util.Map.of(2024, pagu), java.util.Map.of(2024, pagu));
        pagu.say(new BigDecimal("999"));
        assertThat(row.pagu().get(2024).getClass()).isEqualTo(BigDecimal.class);
        assertThat(row.pagu().get(2024)).isEqualTo(new BigDecimal("1000"));
        assertThat(row.realisasi().get(2024)).isEqualTo(new BigDecimal("1000"));
    }
}
