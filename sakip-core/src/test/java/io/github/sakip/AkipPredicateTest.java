package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AkipPredicateTest {

    @Test
    void contractExample() {
        assertThat(AkipPredicate.of(new BigDecimal("73.20"))).isEqualTo(AkipPredicate.BB);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "100, AA", "100.00, AA", "90.01, AA", "90, A", "90.00, A", "80.01, A", "80, BB", "70.01, BB", "70, B",
        "60.01, B", "60, CC", "50.01, CC", "50, C", "30.01, C", "30, D", "0.01, D", "0, D", "72.00, BB", "73.20, BB",
    })
    void placesEveryBoundary(BigDecimal score, AkipPredicate expected) {
        assertThat(AkipPredicate.of(score)).isEqualTo(expected);
        assertThat(AkipPredicate.ofExact(score)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: of {1}, ofExact {2}")
    @CsvSource({
        "90.001, A, AA",    // prints as 90,00: the default agrees with the printed score
        "90.005, AA, AA",   // prints as 90,01
        "30.004, D, C",
        "0.001, D, D",
        "99.999, AA, AA",
    })
    void roundsToTwoDecimalsBeforePlacingByDefault(BigDecimal score, AkipPredicate rounded, AkipPredicate exact) {
        assertThat(AkipPredicate.of(score)).isEqualTo(rounded);
        assertThat(AkipPredicate.ofExact(score)).isEqualTo(exact);
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "100.01", "100.001", "-0.001", "1000"})
    void refusesScoresOutsideZeroToHundred(String score) {
        String expected = "score must be from 0 to 100, but was " + score;
        assertThatThrownBy(() -> AkipPredicate.of(new BigDecimal(score)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> AkipPredicate.ofExact(new BigDecimal(score)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
    }

    @Test
    void refusesNullNamingIt() {
        assertThatThrownBy(() -> AkipPredicate.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("score must not be null");
    }

    @ParameterizedTest
    @CsvSource({
        "AA, Sangat Memuaskan", "A, Memuaskan", "BB, Sangat Baik", "B, Baik", "CC, Cukup", "C, Kurang",
        "D, Sangat Kurang",
    })
    void labels(AkipPredicate predicate, String label) {
        assertThat(predicate.label()).isEqualTo(label);
        assertThat(predicate).hasToString(predicate.name() + " (" + label + ")");
    }

    @Test
    void bandsTileZeroToHundredWithoutGaps() {
        AkipPredicate[] all = AkipPredicate.values();
        assertThat(all[0].upperBound()).isEqualByComparingTo("100");
        assertThat(all[all.length - 1].lowerBound()).isEqualByComparingTo("0");
        for (int i = 1; i < all.length; i++) {
            assertThat(all[i].upperBound()).isEqualByComparingTo(all[i - 1].lowerBound());
        }
    }

    @Test
    void predicateIsMonotoneInTheScore() {
        qt().forAll(longs().between(0, 10_000), longs().between(0, 10_000)).check((a, b) -> {
            BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 2);
            BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 2);
            // enum order runs from best to worst: a higher score never gets a later (worse) predicate
            return AkipPredicate.of(high).ordinal() <= AkipPredicate.of(low).ordinal()
                    && AkipPredicate.ofExact(high).ordinal() <= AkipPredicate.ofExact(low).ordinal();
        });
    }

    @Test
    void placesEachScoreInsideItsBand() {
        qt().forAll(longs().between(0, 100_000)).check(n -> {
            BigDecimal score = BigDecimal.valueOf(n, 3);
            AkipPredicate p = AkipPredicate.ofExact(score);
            boolean aboveLower = p == AkipPredicate.D ? score.signum() >= 0 : score.compareTo(p.lowerBound()) > 0;
            return aboveLower && score.compareTo(p.upperBound()) <= 0;
        });
    }
}
