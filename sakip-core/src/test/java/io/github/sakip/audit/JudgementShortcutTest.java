package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.BudgetLine;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A printed absorption known, by two products, to be its figure rounded at its own decimals
 * ({@link Judgement#rounded}) votes and is judged exactly as the full judgement with the figure does, at every
 * column precision, inferred or stated, and makes the figure only when a finding may be made.
 */
class JudgementShortcutTest {

    private static final Location WHERE = new Location("Capaian Anggaran", "1.01 Program", "Persentase");

    private static Judgement full(BigDecimal printed, BigDecimal pagu, BigDecimal realisasi) {
        return Findings.percent(Check.ABSORPTION, WHERE, printed, BudgetLine.absorptionOf(pagu, realisasi));
    }

    private static Judgement quick(BigDecimal printed, BigDecimal pagu, BigDecimal realisasi, AtomicInteger made) {
        return Judgement.rounded(Check.ABSORPTION, WHERE, printed, () -> {
            made.incrementAndGet();
            return BudgetLine.absorptionOf(pagu, realisasi);
        }, Figures.isExactly(printed, realisasi, pagu));
    }

    @ParameterizedTest(name = "{0} for {2} / {1}: rounded {3}, exactly {4}")
    @CsvSource({
        // printed, pagu, realisasi, rounded at its own decimals, exactly the figure
        "97.04, 70.20, 68.12, true, false",
        "97.0, 70.20, 68.12, true, false",     // one decimal: 97,037... rounds to 97,0
        "97, 70.20, 68.12, true, false",
        "97.1, 70.20, 68.12, false, false",
        "125, 60, 75, true, true",
        "125.00, 60, 75, true, true",
        "12.5, 8, 1, true, true",
        "13, 8, 1, true, false",                // 12,5 half-up at no decimal
        "12, 8, 1, false, false",
        "0.00, 5, 0, true, true",
    })
    void knowsWithoutDividing(BigDecimal printed, BigDecimal pagu, BigDecimal realisasi, boolean rounded,
            boolean exactly) {
        assertThat(Figures.roundsWithoutDividing(printed, realisasi, pagu)).isEqualTo(rounded);
        assertThat(Figures.isExactly(printed, realisasi, pagu)).isEqualTo(exactly);
    }

    @Test
    void votesAndJudgesAsTheFullJudgement() {
        qt().withFixedSeed(20_261_129L).withExamples(5_000)
                .forAll(longs().between(1, 9_999_999_999L), longs().between(0, 12_999_999_999L),
                        integers().between(0, 3), integers().between(0, 3))
                .checkAssert((p, r, decimals, precision) -> {
                    BigDecimal pagu = BigDecimal.valueOf(p, 2);
                    BigDecimal realisasi = BigDecimal.valueOf(r, 2);
                    BigDecimal exact = BudgetLine.absorptionOf(pagu, realisasi).percent();
                    for (BigDecimal printed : new BigDecimal[] {exact.setScale(decimals, RoundingMode.HALF_UP),
                            exact.setScale(decimals, RoundingMode.DOWN), exact.stripTrailingZeros()}) {
                        if (printed.scale() > 6 || !Figures.roundsWithoutDividing(printed, realisasi, pagu)) {
                            continue;
                        }
                        AtomicInteger made = new AtomicInteger();
                        Judgement quick = quick(printed, pagu, realisasi, made);
                        Judgement full = full(printed, pagu, realisasi);
                        String as = printed + " for " + realisasi + " / " + pagu + " at " + precision;
                        assertThat(quick.vote()).as(as).isEqualTo(full.vote());
                        for (boolean stated : new boolean[] {false, true}) {
                            assertThat(quick.judge(precision, false, stated, Languages.INDONESIAN)).as(as)
                                    .isEqualTo(full.judge(precision, false, stated, Languages.INDONESIAN));
                        }
                        if (Math.max(printed.scale(), 0) >= precision) {
                            assertThat(made).as(as).hasValue(0);
                        }
                    }
                });
    }
}
