package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formatting to a chosen number of decimals at its limits, Rupiah at two decimals, and quoting long input. */
class IndonesianNumbersFormatTest {

    @ParameterizedTest(name = "{0} to {1} decimals {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "1234567.891 | 0 | HALF_UP   | 1.234.568",
        "1234567.5   | 0 | HALF_UP   | 1.234.568",
        "1234567.5   | 0 | DOWN      | 1.234.567",
        "97.037037   | 2 | HALF_UP   | 97,04",
        "97.035      | 2 | HALF_EVEN | 97,04",
        "97.045      | 2 | HALF_EVEN | 97,04",
        "0.1234567   | 4 | HALF_UP   | 0,1235",
        "-5.5        | 1 | HALF_UP   | -5,5",
    })
    void formatsToTheGivenDecimalsWithTheGivenMode(String value, int decimals, RoundingMode mode, String expected) {
        assertThat(IndonesianNumbers.format(new BigDecimal(value), decimals, mode)).isEqualTo(expected);
    }

    @Test
    void zeroAndAHundredDecimalsAreTheLimits() {
        assertThat(IndonesianNumbers.format(new BigDecimal("2.5"), 0, RoundingMode.HALF_UP)).isEqualTo("3");
        assertThat(IndonesianNumbers.format(BigDecimal.ONE, 100, RoundingMode.HALF_UP))
                .isEqualTo("1," + "0".repeat(100));
        assertThatThrownBy(() -> IndonesianNumbers.format(BigDecimal.ONE, -1, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was -1");
        assertThatThrownBy(() -> IndonesianNumbers.format(BigDecimal.ONE, 101, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was 101");
    }

    @Test
    void formatShowsEveryDecimalTheValueHas() {
        assertThat(IndonesianNumbers.format(new BigDecimal("1234.56789"))).isEqualTo("1.234,56789");
        assertThat(IndonesianNumbers.format(new BigDecimal("0.10"))).isEqualTo("0,10");
        assertThat(IndonesianNumbers.format(new BigDecimal("1E+3"))).isEqualTo("1.000");
    }

    @Test
    void rupiahTakesTwoDecimalsAndRefusesThree() {
        assertThat(IndonesianNumbers.parseRupiah("Rp 1.234,25")).isEqualTo(new BigDecimal("1234.25"));
        assertThatThrownBy(() -> IndonesianNumbers.parseRupiah("Rp 1.234,255"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an Indonesian number: 'Rp 1.234,255': an amount of Rupiah has at most two decimals");
    }

    @Test
    void sixtyCharactersAreQuotedWholeAndLongerTextIsCut() {
        String sixty = "x".repeat(60);
        assertThatThrownBy(() -> IndonesianNumbers.parse(sixty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an Indonesian number: '" + sixty + "': ");
        String sixtyOne = sixty + "y";
        assertThatThrownBy(() -> IndonesianNumbers.parse(sixtyOne))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an Indonesian number: '" + sixty + "... (61 characters)': ");
    }

    @Test
    void twoHundredCharactersAreReadAndTwoHundredAndOneAreTooLong() {
        String twoHundred = "1," + "0".repeat(198);
        assertThatThrownBy(() -> IndonesianNumbers.parse(twoHundred))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("': number is too large or too precise to be a figure of a report");
        assertThatThrownBy(() -> IndonesianNumbers.parse(twoHundred + "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(201 characters)': it is too long to be a figure of a report");
    }

    @Test
    void rupiahOfTwoHundredCharactersIsReadAndOfTwoHundredAndOneIsTooLong() {
        String twoHundred = "Rp 1," + "0".repeat(195);
        assertThat(twoHundred).hasSize(200);
        assertThatThrownBy(() -> IndonesianNumbers.parseRupiah(twoHundred))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("': number is too large or too precise to be a figure of a report");
        assertThatThrownBy(() -> IndonesianNumbers.parseRupiah(twoHundred + "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(201 characters)': it is too long to be a figure of a report");
    }
}
