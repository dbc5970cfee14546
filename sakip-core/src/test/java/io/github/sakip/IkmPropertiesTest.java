package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Ikm.Policy;
import io.github.sakip.Ikm.Weight;
import io.github.sakip.Mutu.GapPolicy;
import io.github.sakip.Mutu.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the IKM, its grades and the sample size, over generated surveys. */
class IkmPropertiesTest {

    private static final long SEED = 20_170_414L;

    /** A survey drawn from a seed: 1 to 40 respondents, 1 to 12 unsur, answers 1 to 4, about one blank in ten. */
    private record Survey(Policy policy, List<List<Integer>> answers) {

        static Survey of(long seed, boolean blanks) {
            Random random = new Random(seed);
            int unsur = 1 + random.nextInt(12);
            int respondents = 1 + random.nextInt(40);
            List<List<Integer>> answers = new ArrayList<>();
            for (int r = 0; r < respondents; r++) {
                List<Integer> row = new ArrayList<>();
                for (int i = 0; i < unsur; i++) {
                    row.add(blanks && random.nextInt(10) == 0 ? null : 1 + random.nextInt(4));
                }
                answers.add(row);
            }
            Policy policy = Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, unsur).mapToObj(i -> "U" + i).toList());
            return new Survey(policy, answers);
        }

        Ikm ikm(Weight weight) {
            return policy.withWeight(weight).ofAnswers(answers);
        }
    }

    /** Indices from 15 to 110 with six decimals, which reach into the gaps between printed intervals. */
    static Gen<BigDecimal> indices() {
        return longs().between(15_000_000L, 110_000_000L).map(unscaled -> BigDecimal.valueOf(unscaled, 6));
    }

    @Test
    void theExactIkmIsWithin25And100AndThePrintedWithinItsWeightsBounds() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Survey survey = Survey.of(seed, true);
            Ikm exact = survey.ikm(Weight.EXACT);
            if (!exact.isComputable()) {
                assertThat(exact.reason()).isPresent();
                return;
            }
            assertThat(exact.value()).isBetween(BigDecimal.valueOf(25), BigDecimal.valueOf(100));
            assertThat(exact.index()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(4));
            for (Ikm.Unsur unsur : exact.unsur()) {
                assertThat(unsur.nrr()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(4));
            }
            int n = survey.policy().unsur().size();
            for (Weight weight : List.of(Weight.PRINTED, Weight.PRINTED_TWO_DECIMALS)) {
                BigDecimal total = weight.of(n).multiply(BigDecimal.valueOf(n));
                assertThat(survey.ikm(weight).value()).isBetween(total.multiply(BigDecimal.valueOf(25)),
                        total.multiply(BigDecimal.valueOf(100)));
            }
        });
    }

    @Test
    void theIkmRisesWithEveryAnswerAndItsGradeNeverFalls() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all(), integers().all()).checkAssert((seed, pick) -> {
            Survey survey = Survey.of(seed, true);
            List<int[]> raisable = new ArrayList<>();
            for (int r = 0; r < survey.answers().size(); r++) {
                for (int i = 0; i < survey.answers().get(r).size(); i++) {
                    Integer answer = survey.answers().get(r).get(i);
                    if (answer != null && answer < 4) {
                        raisable.add(new int[] {r, i});
                    }
                }
            }
            if (raisable.isEmpty() || !survey.ikm(Weight.EXACT).isComputable()) {
                return;
            }
            int[] cell = raisable.get(Math.floorMod(pick, raisable.size()));
            List<List<Integer>> raised = new ArrayList<>();
            for (List<Integer> row : survey.answers()) {
                raised.add(new ArrayList<>(row));
            }
            raised.get(cell[0]).set(cell[1], raised.get(cell[0]).get(cell[1]) + 1);
            for (Weight weight : Weight.values()) {
                Ikm before = survey.ikm(weight);
                Ikm after = survey.policy().withWeight(weight).ofAnswers(raised);
                assertThat(after.value()).isGreaterThan(before.value());
                assertThat(after.mutu().ordinal()).isLessThanOrEqualTo(before.mutu().ordinal());
                assertThat(after.unsur().get(cell[1]).nrr()).isGreaterThan(before.unsur().get(cell[1]).nrr());
            }
        });
    }

    @Test
    void answersAndTheirTotalsGiveTheSameIkm() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Survey survey = Survey.of(seed, false);
            int n = survey.policy().unsur().size();
            List<BigDecimal> totals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int column = i;
                totals.add(BigDecimal.valueOf(survey.answers().stream().mapToInt(row -> row.get(column)).sum()));
            }
            for (Weight weight : Weight.values()) {
                assertThat(survey.ikm(weight))
                        .isEqualTo(survey.policy().withWeight(weight).ofTotals(survey.answers().size(), totals));
            }
        });
    }

    @Test
    void everyPrintedIndexHasExactlyTheGradeOfItsPrintedInterval() {
        // No gap and no overlap under the default policy: each two-decimal IKM from 25,00 to 100,00 lies in the
        // printed interval of the grade it gets, under both tables.
        for (Scale scale : Scale.values()) {
            for (int hundredths = 2500; hundredths <= 10_000; hundredths++) {
                BigDecimal ikm = BigDecimal.valueOf(hundredths, 2);
                Mutu mutu = scale.of(ikm);
                assertThat(ikm).as("%s %s", scale, ikm).isBetween(scale.lowest(mutu), scale.highest(mutu));
                assertThat(scale.of(ikm, GapPolicy.LOWER_BAND)).isEqualTo(mutu);
            }
        }
    }

    @Test
    void gradesAreMonotoneAndTheDefaultGradesThePrintedFigure() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(indices(), indices()).checkAssert((x, y) -> {
            BigDecimal low = x.min(y);
            BigDecimal high = x.max(y);
            for (GapPolicy policy : GapPolicy.values()) {
                assertThat(Mutu.of(low, policy).ordinal()).isGreaterThanOrEqualTo(Mutu.of(high, policy).ordinal());
            }
            assertThat(Mutu.of(x)).isEqualTo(Mutu.of(x.setScale(2, RoundingMode.HALF_UP)));
            assertThat(Mutu.of(x, GapPolicy.LOWER_BAND).ordinal()).isGreaterThanOrEqualTo(Mutu.of(x).ordinal());
            assertThat(Mutu.ofNrr(x.divide(BigDecimal.valueOf(25)))).isEqualTo(Mutu.of(x));
        });
    }

    @Test
    void theSampleGrowsWithThePopulationAndNeverExceedsIt() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(longs().between(1, 1_000_000_000_000L)).checkAssert(n -> {
            SampleSize size = SampleSize.of(n);
            assertThat(size.required()).isBetween(1, 384);
            assertThat((long) size.required()).isLessThanOrEqualTo(n);
            assertThat(SampleSize.of(n + 1).required()).isGreaterThanOrEqualTo(size.required());
        });
    }
}
