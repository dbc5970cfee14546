package io.github.sakip.audit;

import io.github.sakip.Ikm;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.IkmTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The mistakes that published community satisfaction surveys make, as other ways to compute a survey's figures:
 * another weight than the one the figures are judged by (0,111 or 0,11 for 1/9), each element's mean (NRR) rounded
 * or cut before it is weighted, and each weighted mean rounded before the means are added up. The audit asks which
 * of them, alone or together, gives a printed figure that is wrong, and names the first that does, the simplest
 * first.
 * <p>
 * Every reading is computed in exact fractions, so that a reading gives a printed figure exactly when the figure is
 * the reading's value rounded half-up to the printed decimals; so are the right figures ({@link #nrr(int)} and the
 * rest), against which a figure printed to any number of decimals is judged exactly.
 */
final class IkmReadings {

    /** The most decimals a reading rounds the means or the weighted means to. */
    private static final int MOST_DECIMALS = 6;

    private final int unsurCount;
    private final long[] totals;
    private final int[] answers;
    private final Ikm.Weight rightWeight;
    private final Ikm.Weight stated;
    private final Reading right;
    private final List<Reading> forMeans;
    private final List<Reading> forWeightedMeans;
    private final List<Reading> forIndex;

    IkmReadings(IkmTable table) {
        Ikm ikm = table.ikm();
        this.unsurCount = ikm.unsur().size();
        this.totals = new long[unsurCount];
        this.answers = new int[unsurCount];
        for (int i = 0; i < unsurCount; i++) {
            Ikm.Unsur unsur = ikm.unsur().get(i);
            totals[i] = unsur.total().longValueExact();
            answers[i] = unsur.answers();
        }
        this.rightWeight = table.policy().weight();
        this.stated = table.statedWeight().orElse(null);
        this.right = new Reading(rightWeight, Rounding.NONE, Rounding.NONE);
        List<Integer> nrrDecimals = decimals(table.printedNrr(), List.of(2, 3, 4));
        List<Integer> weightedDecimals = decimals(table.printedWeightedNrr(), List.of());
        List<Ikm.Weight> weights = weights();
        this.forMeans = readings(List.of(rightWeight), nrrDecimals, List.of());
        this.forWeightedMeans = readings(weights, nrrDecimals, List.of());
        this.forIndex = readings(weights, nrrDecimals, weightedDecimals);
    }

    /**
     * The decimals of a printed column, or the given ones if it is not printed; at most {@value #MOST_DECIMALS}, so
     * that a column printed to many decimals cannot make the readings many (a rounding that fine before weighting
     * changes no printed figure a report shows).
     */
    private static List<Integer> decimals(Optional<List<BigDecimal>> column, List<Integer> otherwise) {
        return column.<List<Integer>>map(figures -> new ArrayList<>(new TreeSet<>(figures.stream()
                .map(figure -> Math.max(figure.scale(), 0)).filter(decimals -> decimals <= MOST_DECIMALS)
                .toList()))).orElse(otherwise);
    }

    /** The weight the figures are judged by, then every other whose figure for this many elements differs. */
    private List<Ikm.Weight> weights() {
        List<Ikm.Weight> weights = new ArrayList<>(List.of(rightWeight));
        BigDecimal rightValue = rightWeight.of(unsurCount);
        for (Ikm.Weight weight : Ikm.Weight.values()) {
            if (weight != rightWeight && weight.of(unsurCount).compareTo(rightValue) != 0) {
                weights.add(weight);
            }
        }
        return weights;
    }

    /** Every reading but the right one, those with fewer mistakes first. */
    private List<Reading> readings(List<Ikm.Weight> weights, List<Integer> nrrDecimals,
            List<Integer> weightedDecimals) {
        List<Rounding> nrr = new ArrayList<>(List.of(Rounding.NONE));
        nrrDecimals.forEach(d -> nrr.add(new Rounding(d, RoundingMode.HALF_UP)));
        nrrDecimals.forEach(d -> nrr.add(new Rounding(d, RoundingMode.DOWN)));
        List<Rounding> weighted = new ArrayList<>(List.of(Rounding.NONE));
        weightedDecimals.forEach(d -> weighted.add(new Rounding(d, RoundingMode.HALF_UP)));
        List<Reading> all = new ArrayList<>();
        for (Rounding n : nrr) {
            for (Rounding w : weighted) {
                for (Ikm.Weight weight : weights) {
                    Reading reading = new Reading(weight, n, w);
                    if (reading.mistakes() > 0) {
                        all.add(reading);
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Reading::mistakes));
        return all;
    }

    /** The right mean (NRR) of an element that has answers. */
    Fraction nrr(int unsur) {
        return right.nrr(unsur);
    }

    /** The right mean of an element that has answers, converted to the IKM scale (NRR × 25). */
    Fraction converted(int unsur) {
        return right.nrr(unsur).times(25);
    }

    /** The right weighted mean of an element that has answers. */
    Fraction weightedNrr(int unsur) {
        return right.weighted(unsur);
    }

    /** The sum of the right means, every element having answers. */
    Fraction sumOfNrr() {
        Fraction sum = Fraction.ZERO;
        for (int i = 0; i < unsurCount; i++) {
            sum = sum.plus(right.nrr(i));
        }
        return sum;
    }

    /** The right index, every element having answers. */
    Fraction index() {
        return right.index();
    }

    /** The right IKM, every element having answers. */
    Fraction ikm() {
        return right.index().times(25);
    }

    /** What gives a printed mean converted to the IKM scale (NRR × 25) of an element, if a reading does. */
    Optional<String> whyConverted(int unsur, BigDecimal printed) {
        return first(forMeans, printed, reading -> reading.nrr(unsur).times(25));
    }

    /** What gives a printed weighted mean of an element, if a reading does. */
    Optional<String> whyWeightedNrr(int unsur, BigDecimal printed) {
        return first(forWeightedMeans, printed, reading -> reading.weighted(unsur));
    }

    /** What gives a printed index (the sum of the weighted means), if a reading does. */
    Optional<String> whyIndex(BigDecimal printed) {
        return first(forIndex, printed, Reading::index);
    }

    /** What gives a printed IKM (the index × 25), if a reading does. */
    Optional<String> whyIkm(BigDecimal printed) {
        return first(forIndex, printed, reading -> reading.index().times(25));
    }

    private Optional<String> first(List<Reading> readings, BigDecimal printed, Function<Reading, Fraction> figure) {
        int decimals = Math.max(printed.scale(), 0);
        for (Reading reading : readings) {
            if (figure.apply(reading).rounded(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
                return Optional.of("the printed figure is computed " + reading.describe());
            }
        }
        return Optional.empty();
    }

    /** The weight as a working shows it: 1/9, 0,111, 0,11. */
    static String shown(Ikm.Weight weight, int unsurCount) {
        return weight == Ikm.Weight.EXACT ? "1/" + unsurCount : IndonesianNumbers.format(weight.of(unsurCount));
    }

    /** A rounding of figures before they are used further: none, or to some decimals in a mode. */
    private record Rounding(int decimals, RoundingMode mode) {

        static final Rounding NONE = new Rounding(-1, RoundingMode.UNNECESSARY);

        boolean isNone() {
            return decimals < 0;
        }

        Fraction apply(Fraction value) {
            return isNone() ? value : Fraction.of(value.rounded(decimals, mode));
        }
    }

    /** One way of computing the figures: a weight, and how the means and the weighted means are rounded. */
    private final class Reading {

        private final Ikm.Weight weight;
        private final Rounding nrr;
        private final Rounding weighted;

        Reading(Ikm.Weight weight, Rounding nrr, Rounding weighted) {
            this.weight = weight;
            this.nrr = nrr;
            this.weighted = weighted;
        }

        int mistakes() {
            return (weight == rightWeight ? 0 : 1) + (nrr.isNone() ? 0 : 1) + (weighted.isNone() ? 0 : 1);
        }

        Fraction nrr(int unsur) {
            return nrr.apply(new Fraction(BigInteger.valueOf(totals[unsur]), BigInteger.valueOf(answers[unsur])));
        }

        Fraction weighted(int unsur) {
            Fraction mean = nrr(unsur);
            return weight == Ikm.Weight.EXACT ? mean.over(unsurCount) : mean.times(Fraction.of(weight.of(unsurCount)));
        }

        Fraction index() {
            Fraction sum = Fraction.ZERO;
            for (int i = 0; i < unsurCount; i++) {
                sum = sum.plus(weighted.apply(weighted(i)));
            }
            return sum;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (weight != rightWeight) {
                parts.add("with the weight " + shown(weight, unsurCount)
                        + (weight == stated ? " the report states" : "") + " instead of "
                        + shown(rightWeight, unsurCount));
            }
            if (!nrr.isNone()) {
                parts.add("with each NRR " + (nrr.mode() == RoundingMode.DOWN ? "cut" : "rounded") + " to "
                        + nrr.decimals() + " decimals first");
            }
            if (!weighted.isNone()) {
                parts.add("with each weighted NRR rounded to " + weighted.decimals() + " decimals before adding up");
            }
            return String.join(" and ", parts);
        }
    }

    /** An exact fraction of whole numbers, the denominator positive. */
    record Fraction(BigInteger numerator, BigInteger denominator) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(BigDecimal value) {
            return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                    : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
        }

        Fraction plus(Fraction other) {
            return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction times(Fraction other) {
            return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Fraction times(long factor) {
            return reduced(numerator.multiply(BigInteger.valueOf(factor)), denominator);
        }

        Fraction over(long divisor) {
            return reduced(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
        }

        BigDecimal rounded(int decimals, RoundingMode mode) {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, mode);
        }

        private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? new Fraction(numerator, denominator)
                    : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }
    }
}
