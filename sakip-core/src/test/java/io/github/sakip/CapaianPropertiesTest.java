package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Permendagri86.GapPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of capaian and categories, checked over generated decimals. */
class CapaianPropertiesTest {

    /** Decimals from -10^8 to 10^8 with up to 6 decimals: every shape of figure a report prints. */
    static Gen<BigDecimal> decimals() {
        return longs().between(-100_000_000_000_000L, 100_000_000_000_000L)
                .zip(integers().between(0, 6), BigDecimal::valueOf);
    }

    static Gen<BigDecimal> positiveDecimals() {
        return longs().between(1, 100_000_000_000L).zip(integers().between(0, 6), BigDecimal::valueOf);
    }

    @Test
    void positiveCapaianIsMonotoneInTheRealisation() {
        qt().forAll(positiveDecimals(), decimals(), decimals()).checkAssert((t, r1, r2) -> {
            BigDecimal low = r1.min(r2);
            BigDecimal high = r1.max(r2);
            assertThat(Capaian.of(Polarity.POSITIVE, t, low).percent())
                    .isLessThanOrEqualTo(Capaian.of(Polarity.POSITIVE, t, high).percent());
        });
    }

    @Test
    void negativeCapaianIsAntiMonotoneInTheRealisationUnderBothFormulas() {
        Capaian.Policy inverse = Capaian.Policy.DEFAULT.withNegativeFormula(Capaian.NegativeFormula.INVERSE);
        qt().forAll(positiveDecimals(), positiveDecimals(), positiveDecimals()).checkAssert((t, r1, r2) -> {
            BigDecimal low = r1.min(r2);
            BigDecimal high = r1.max(r2);
            assertThat(Capaian.of(Polarity.NEGATIVE, t, low).percent())
                    .isGreaterThanOrEqualTo(Capaian.of(Polarity.NEGATIVE, t, high).percent());
            assertThat(inverse.of(Polarity.NEGATIVE, t, low).percent())
                    .isGreaterThanOrEqualTo(inverse.of(Polarity.NEGATIVE, t, high).percent());
        });
    }

    @Test
    void negativeCapaianIsNeverBelowZero() {
        qt().forAll(positiveDecimals(), decimals()).checkAssert((t, r) ->
                assertThat(Capaian.of(Polarity.NEGATIVE, t, r).percent()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    }

    @Test
    void rangeCapaianIsMonotoneAndHundredInside() {
        qt().forAll(positiveDecimals(), positiveDecimals(), decimals(), decimals()).checkAssert((a, b, r1, r2) -> {
            Target range = Target.range(a.min(b), a.max(b));
            BigDecimal low = r1.min(r2);
            BigDecimal high = r1.max(r2);
            Achievement pLow = Capaian.of(Polarity.POSITIVE, range, Realization.of(low));
            Achievement pHigh = Capaian.of(Polarity.POSITIVE, range, Realization.of(high));
            assertThat(pLow.percent()).isLessThanOrEqualTo(pHigh.percent());
            Achievement nLow = Capaian.of(Polarity.NEGATIVE, range, Realization.of(low));
            Achievement nHigh = Capaian.of(Polarity.NEGATIVE, range, Realization.of(high));
            assertThat(nLow.percent()).isGreaterThanOrEqualTo(nHigh.percent());
            BigDecimal inside = range.lower();
            assertThat(Capaian.of(Polarity.POSITIVE, range, Realization.of(inside)).percent()).isEqualTo("100");
        });
    }

    @Test
    void categorizeIsTotalAndMonotoneOverAllDecimals() {
        qt().forAll(decimals(), decimals()).checkAssert((x, y) -> {
            for (GapPolicy policy : GapPolicy.values()) {
                Category cx = Permendagri86.categorize(x.min(y), policy);
                Category cy = Permendagri86.categorize(x.max(y), policy);
                // Category is declared from the highest to the lowest: a larger value never gets a lower band.
                assertThat(cx.ordinal()).isGreaterThanOrEqualTo(cy.ordinal());
            }
        });
    }

    @Test
    void categorizeAgreesWithTheRoundedFigure() {
        qt().forAll(decimals()).checkAssert(x -> assertThat(Permendagri86.categorize(x))
                .isEqualTo(Permendagri86.categorize(x.setScale(2, RoundingMode.HALF_UP))));
    }

    @Test
    void everyHundredthHasExactlyTheBandOfItsPrintedBounds() {
        // No gaps at two decimals: every value from -1 to 130 in steps of 0.01 has the band its lower bound says.
        for (int hundredths = -100; hundredths <= 13_000; hundredths++) {
            BigDecimal value = BigDecimal.valueOf(hundredths, 2);
            Category expected = value.compareTo(new BigDecimal("91")) >= 0 ? Category.SANGAT_TINGGI
                    : value.compareTo(new BigDecimal("76")) >= 0 ? Category.TINGGI
                    : value.compareTo(new BigDecimal("66")) >= 0 ? Category.SEDANG
                    : value.compareTo(new BigDecimal("51")) >= 0 ? Category.RENDAH
                    : Category.SANGAT_RENDAH;
            assertThat(Permendagri86.categorize(value)).as("%s", value).isEqualTo(expected);
        }
    }

    @Test
    void roundedIsIdempotent() {
        qt().forAll(positiveDecimals(), decimals()).checkAssert((t, r) -> {
            Achievement a = Capaian.of(Polarity.POSITIVE, t, r);
            BigDecimal once = a.rounded();
            assertThat(once.scale()).isEqualTo(2);
            assertThat(Achievement.of(once, "w").rounded()).isEqualTo(once);
            assertThat(once.setScale(2, RoundingMode.HALF_UP)).isEqualTo(once);
        });
    }

    @Test
    void equalsOfValueTypesAgreesWithNumericEquality() {
        qt().forAll(decimals(), integers().between(0, 5)).checkAssert((x, extraZeros) -> {
            BigDecimal padded = x.setScale(x.scale() + extraZeros);
            assertThat(Target.of(padded)).isEqualTo(Target.of(x));
            assertThat(Target.of(padded).hashCode()).isEqualTo(Target.of(x).hashCode());
            assertThat(Realization.of(padded)).isEqualTo(Realization.of(x));
            assertThat(Achievement.of(padded, "a")).isEqualTo(Achievement.of(x, "b"));
            assertThat(CategoryScale.Band.atLeast(Category.TINGGI, padded.setScale(Math.min(padded.scale(), 6))))
                    .isEqualTo(CategoryScale.Band.atLeast(Category.TINGGI, x));
        });
    }

    @Test
    void normalisationIsIdempotent() {
        qt().forAll(decimals()).checkAssert(x -> {
            BigDecimal once = Target.of(x).value();
            assertThat(Target.of(once).value()).isEqualTo(once);
            assertThat(once.scale()).isGreaterThanOrEqualTo(0);
        });
    }
}
