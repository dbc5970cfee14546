package io.github.sakip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits every input figure is checked against, at their exact edges, and how a bad value is quoted. */
class DecimalsTest {

    private static BigDecimal digits(int integerDigits, int decimals) {
        String whole = "9".repeat(integerDigits);
        return new BigDecimal(decimals == 0 ? whole : whole + "." + "9".repeat(decimals));
    }

    @Test
    void thirtyIntegerDigitsAreAFigureAndThirtyOneAreNot() {
        assertThat(Decimals.checked(digits(30, 0), "pagu")).isEqualTo(digits(30, 0));
        assertThatThrownBy(() -> Decimals.checked(digits(31, 0), "pagu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu is too large or too precise to be a figure of a report: " + "9".repeat(31)
                        + " (at most 30 digits before the decimal point and 130 digits in all)");
    }

    @Test
    void thirtyDigitsBeforeAndAHundredAfterThePointAreAFigureAndOneMoreDigitIsNot() {
        assertThat(Decimals.checked(digits(30, 100), "realisasi")).isEqualTo(digits(30, 100));
        assertThat(Decimals.checked(digits(1, 100), "realisasi")).isEqualTo(digits(1, 100));
        assertThatThrownBy(() -> Decimals.checked(digits(1, 101), "realisasi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realisasi has too many decimals to be a figure of a report: "
                        + "9.9999999999999999999...E+0 (102 digits) (at most 100 decimals)");
        // Written with 131 digits, 30 of them trailing zeros: refused before the zeros are counted.
        assertThatThrownBy(() -> Decimals.checked(new BigDecimal("1." + "0".repeat(130)), "realisasi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("realisasi is too large or too precise to be a figure of a report: "
                        + "1.0000000000000000000...E+0 (131 digits) (at most 30 digits before the decimal point and"
                        + " 130 digits in all)");
    }

    @Test
    void theSumOfFiguresWithinTheLimitsIsAFigure() {
        BigDecimal sum = new BigDecimal("30").add(new BigDecimal("1E-100"));
        assertThat(Decimals.checked(sum, "total")).isEqualTo(sum);
    }

    @Test
    void aQuotientHasThirtyFourSignificantDigitsAndAtMostAHundredDecimals() {
        assertThat(Decimals.divide(BigDecimal.ONE, new BigDecimal("3"))).hasToString("0." + "3".repeat(34));
        assertThat(Decimals.divide(new BigDecimal("1E-98"), new BigDecimal("7")))
                .isEqualTo(new BigDecimal("1.4E-99"));
        assertThat(Decimals.divide(new BigDecimal("4E-101"), BigDecimal.ONE)).isSameAs(BigDecimal.ZERO);
        assertThat(Decimals.divide(new BigDecimal("6E-101"), BigDecimal.ONE)).isEqualTo(new BigDecimal("1E-100"));
    }

    @Test
    void aTotalOfThirtyDigitsIsAFigureAndOneOfThirtyOneIsRefusedQuotingTheSum() {
        BigDecimal half = new BigDecimal("5E+29");
        assertThat(Decimals.checkedTotal(java.util.List.of(half, half.subtract(BigDecimal.ONE)), "the pagu"))
                .isEqualTo(new BigDecimal("999999999999999999999999999999"));
        assertThatThrownBy(() -> Decimals.checkedTotal(java.util.List.of(half, half), "the pagu of the lines"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pagu of the lines adds up to 1000000000000000000000000000000, too large to be a"
                        + " figure of a report (at most 30 digits before the decimal point)");
    }

    @Test
    void rupiahHasAtMostTwoDecimals() {
        assertThat(Decimals.checkedRupiah(new BigDecimal("1.50"), "pagu")).isEqualTo(new BigDecimal("1.5"));
        assertThatThrownBy(() -> Decimals.checkedRupiah(new BigDecimal("0.001"), "pagu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pagu must be Rupiah with at most two decimals, but was 0.001");
    }

    @Test
    void abbreviateNamesTheSizeOfANumberTooLongToWriteOut() {
        BigDecimal huge = new BigDecimal(java.math.BigInteger.TEN.pow(20_000).negate(), 5);
        assertThat(Decimals.abbreviate(huge)).isEqualTo("-a number of 20001 digits, about 1E+19995");
        BigDecimal tenThousand = new BigDecimal(java.math.BigInteger.TEN.pow(9_999));
        assertThat(Decimals.abbreviate(tenThousand)).isEqualTo("1.0000000000000000000...E+9999 (10000 digits)");
        assertThat(Decimals.abbreviate(tenThousand.multiply(BigDecimal.TEN)))
                .isEqualTo("a number of 10001 digits, about 1E+10000");
    }

    @Test
    void aHundredDecimalsAreAFigureAndAHundredAndOneAreNot() {
        assertThat(Decimals.checked(new BigDecimal("1E-100"), "target")).isEqualByComparingTo("1E-100");
        assertThatThrownBy(() -> Decimals.checked(new BigDecimal("1E-101"), "target"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target has too many decimals to be a figure of a report: 1E-101 (at most 100 decimals)");
    }

    @Test
    void checkedNormalisesAndKeepsZeroAndNegativesNonNegativeRefusesOnlyBelowZero() {
        assertThat(Decimals.checked(new BigDecimal("0.000"), "x")).isSameAs(BigDecimal.ZERO);
        assertThat(Decimals.checked(new BigDecimal("-12.50"), "x")).isEqualTo(new BigDecimal("-12.5"));
        assertThat(Decimals.checkedNonNegative(new BigDecimal("0.00"), "x")).isEqualTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> Decimals.checkedNonNegative(new BigDecimal("-0.01"), "pagu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pagu must not be negative, but was -0.01");
    }

    @ParameterizedTest(name = "normalize({0}) = {1}")
    @CsvSource({"1E+2, 100", "100.00, 100", "12.340, 12.34", "7, 7", "-0.50, -0.5", "0E+3, 0"})
    void normalizeRemovesTrailingZerosAndNegativeScales(String value, String expected) {
        BigDecimal normal = Decimals.normalize(new BigDecimal(value));
        assertThat(normal).isEqualTo(new BigDecimal(expected));
        assertThat(Decimals.normalize(normal)).isEqualTo(normal);
    }

    @Test
    void abbreviateShowsUpToFortyDigitsAndFortyDecimalsPlainly() {
        String forty = "1234567890".repeat(4);
        assertThat(Decimals.abbreviate(new BigDecimal(forty))).isEqualTo(forty);
        assertThat(Decimals.abbreviate(new BigDecimal("1E-40"))).isEqualTo("0." + "0".repeat(39) + "1");
        assertThat(Decimals.abbreviate(new BigDecimal("1E+40"))).isEqualTo("1" + "0".repeat(40));
    }

    @Test
    void abbreviateShowsFortyDigitsPlainlyEvenWhereTheirOwnFormIsScientific() {
        BigDecimal fortyTimesTen = new BigDecimal(new java.math.BigInteger("1234567890".repeat(4)), -1);
        assertThat(Decimals.abbreviate(fortyTimesTen)).isEqualTo("1234567890".repeat(4) + "0");
        BigDecimal fortyDigitsFortyOneDecimals = new BigDecimal(new java.math.BigInteger("1234567890".repeat(4)), 41);
        assertThat(Decimals.abbreviate(fortyDigitsFortyOneDecimals)).isEqualTo(fortyDigitsFortyOneDecimals.toString())
                .isEqualTo("0.0" + "1234567890".repeat(4));
    }

    @Test
    void abbreviateUsesScientificFormBeyondFortyDecimalsOrPowersOfTen() {
        assertThat(Decimals.abbreviate(new BigDecimal("1E-41"))).isEqualTo("1E-41");
        assertThat(Decimals.abbreviate(new BigDecimal("1E+41"))).isEqualTo("1E+41");
        assertThat(Decimals.abbreviate(new BigDecimal("-25E-50"))).isEqualTo("-2.5E-49");
    }

    @Test
    void abbreviateShowsMoreThanFortyDigitsAsTwentyInScientificNotationWithTheirCount() {
        String fortyOne = "1234567890".repeat(4) + "1";
        assertThat(Decimals.abbreviate(new BigDecimal(fortyOne)))
                .isEqualTo("1.2345678901234567890...E+40 (41 digits)");
        assertThat(Decimals.abbreviate(new BigDecimal("-" + fortyOne).movePointLeft(3)))
                .isEqualTo("-1.2345678901234567890...E+37 (41 digits)");
        assertThat(Decimals.abbreviate(new BigDecimal(fortyOne).scaleByPowerOfTen(60)))
                .isEqualTo("1.2345678901234567890...E+100 (41 digits)");
    }

    @Test
    void twoDecimalsRoundsHalfUp() {
        assertThat(Decimals.twoDecimals(new BigDecimal("90.505"))).isEqualTo(new BigDecimal("90.51"));
        assertThat(Decimals.twoDecimals(new BigDecimal("90.50499"))).isEqualTo(new BigDecimal("90.50"));
        assertThat(Decimals.twoDecimals(new BigDecimal("-0.005"))).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void notBlankStripsAndQuotesTheBlankValue() {
        assertThat(Decimals.notBlank("  Dinas  ", "agency")).isEqualTo("Dinas");
        assertThatThrownBy(() -> Decimals.notBlank(" \t", "agency"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("agency must not be blank, but was ' \t'");
        assertThatThrownBy(() -> Decimals.notBlank(null, "agency"))
                .isInstanceOf(NullPointerException.class).hasMessage("agency must not be null");
    }

    @Test
    void checkedNormalAgreesWithCheckedOnNormalisedValuesAtEveryLimit() {
        for (BigDecimal value : new BigDecimal[] {digits(30, 0), digits(31, 0), digits(1, 99), digits(1, 100),
                digits(1, 101), digits(30, 100), digits(29, 70), new BigDecimal("1E-100"), new BigDecimal("1E-101"), BigDecimal.ZERO,
                new BigDecimal("-12.5"), new BigDecimal("100")}) {
            String checked;
            try {
                checked = Decimals.checked(value, "percent").toString();
            } catch (IllegalArgumentException e) {
                checked = e.getMessage();
            }
            String checkedNormal;
            try {
                checkedNormal = Decimals.checkedNormal(value, "percent").toString();
            } catch (IllegalArgumentException e) {
                checkedNormal = e.getMessage();
            }
            assertThat(checkedNormal).as("%s", value).isEqualTo(checked);
        }
        assertThat(Decimals.checkedNormal(new BigDecimal("1E-100"), "percent")).isEqualTo(new BigDecimal("1E-100"));
        assertThatThrownBy(() -> Decimals.checkedNormal(null, "percent")).isInstanceOf(NullPointerException.class)
                .hasMessage("percent must not be null");
    }

    @Test
    void copyOfNamesTheNullElement() {
        java.util.List<String> withNull = new java.util.ArrayList<>(java.util.List.of("a", "b"));
        withNull.add(null);
        assertThatThrownBy(() -> Decimals.copyOf(withNull, "performance")).isInstanceOf(NullPointerException.class)
                .hasMessage("performance element 2 must not be null");
        assertThatThrownBy(() -> Decimals.copyOf(null, "lines")).isInstanceOf(NullPointerException.class)
                .hasMessage("lines must not be null");
        assertThat(Decimals.copyOf(java.util.List.of("a"), "x")).containsExactly("a");
    }
}
