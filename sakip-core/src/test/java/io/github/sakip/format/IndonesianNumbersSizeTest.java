package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Formatting numbers of absurd size (the reproducers of issue #18, which hung, ran out of memory or threw a bare
 * ArithmeticException): each is answered or refused at once, quoting the value.
 */
class IndonesianNumbersSizeTest {

    private static final Duration SOON = Duration.ofSeconds(2);

    private static void soon(Executable executable) {
        assertTimeoutPreemptively(SOON, executable);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aNumberOfMoreThanAThousandIntegerDigitsIsRefused() {
        soon(() -> {
            assertThatThrownBy(() -> IndonesianNumbers.format(d("1E+1000000000")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value is too large to be formatted: 1E+1000000000 (at most 1000 digits before the"
                            + " decimal point)");
            assertThatThrownBy(() -> IndonesianNumbers.format(d("-1E+1000000000")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value is too large to be formatted: -1E+1000000000 (at most 1000 digits before the"
                            + " decimal point)");
            assertThatThrownBy(() -> IndonesianNumbers.formatPercent(d("1E+1000000000")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("percent is too large");
            assertThatThrownBy(() -> IndonesianNumbers.formatOperand(d("-1E+1000000000")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("value is too large");
            assertThatThrownBy(() -> IndonesianNumbers.format(d("1E+1000000000"), 2, RoundingMode.HALF_UP))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("value is too large");
        });
        assertThat(IndonesianNumbers.format(d("1E+999"))).isEqualTo("1" + ".000".repeat(333));
        assertThatThrownBy(() -> IndonesianNumbers.format(d("1E+1000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExactFormOfMoreThanAThousandDecimalsIsRefusedAndTheRoundedFormIsAnswered() {
        soon(() -> {
            assertThatThrownBy(() -> IndonesianNumbers.format(d("1E-1000000000")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value has too many decimals to be formatted exactly: 1E-1000000000 (at most 1000;"
                            + " format(value, decimals, mode) rounds it)");
            assertThatThrownBy(() -> IndonesianNumbers.format(d("0E-2147483647")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("value has too many decimals to be formatted exactly: 0E-2147483647");
            assertThatThrownBy(() -> IndonesianNumbers.formatOperand(d("1E-1000000000")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("value has too many decimals to be formatted exactly: 1E-1000000000");
            assertThat(IndonesianNumbers.formatOperand(d("0E-2147483647"))).isEqualTo("0");
            assertThat(IndonesianNumbers.formatPercent(d("1E-1000000000"))).isEqualTo("0,00%");
            assertThat(IndonesianNumbers.formatPercent(d("0E-2147483647"))).isEqualTo("0,00%");
            assertThat(IndonesianNumbers.format(d("1E-1000000000"), 2, RoundingMode.HALF_UP)).isEqualTo("0,00");
            assertThat(IndonesianNumbers.format(d("-1E-2147483647"), 100, RoundingMode.HALF_EVEN))
                    .isEqualTo("0," + "0".repeat(100));
        });
        assertThat(IndonesianNumbers.format(d("1E-1000"))).isEqualTo("0," + "0".repeat(999) + "1");
    }

    /** A value far below the last decimal shown rounds as any value that small does, whatever the mode. */
    @ParameterizedTest(name = "{0} to 2 decimals {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "1E-1000000000  | UP        | 0,01",
        "1E-1000000000  | CEILING   | 0,01",
        "1E-1000000000  | FLOOR     | 0,00",
        "1E-1000000000  | DOWN      | 0,00",
        "1E-1000000000  | HALF_DOWN | 0,00",
        "-1E-1000000000 | UP        | -0,01",
        "-1E-1000000000 | FLOOR     | -0,01",
        "-1E-1000000000 | CEILING   | 0,00",
        "4E-3           | UP        | 0,01",
        "-4E-3          | HALF_UP   | 0,00",
        "9E-4           | CEILING   | 0,01",
        "6E-3           | HALF_UP   | 0,01",
        "5E-3           | HALF_DOWN | 0,00",
        "-5E-3          | HALF_UP   | -0,01",
    })
    void aTinyValueRoundsAsTheModeSays(String value, RoundingMode mode, String expected) {
        soon(() -> assertThat(IndonesianNumbers.format(d(value), 2, mode)).isEqualTo(expected));
    }

    @Test
    void aTinyValueThatMustNotBeRoundedIsRefusedByTheModeAsAnyValueIs() {
        soon(() -> assertThatThrownBy(() -> IndonesianNumbers.format(d("1E-1000000000"), 2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class).hasMessage("Rounding necessary"));
    }

    @Test
    void aNumberWrittenWithMoreThanTenThousandDigitsIsRefused() {
        BigDecimal long10001 = new BigDecimal(BigInteger.TEN.pow(10_000), 9_999);
        soon(() -> assertThatThrownBy(() -> IndonesianNumbers.format(long10001, 2, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value is written with too many digits to be formatted: a number of 10001 digits, about"
                        + " 1E+1 (at most 10000)"));
        BigDecimal long10000 = new BigDecimal(BigInteger.TEN.pow(9_999), 9_998);
        assertThat(IndonesianNumbers.format(long10000, 2, RoundingMode.HALF_UP)).isEqualTo("10,00");
    }

    @Test
    void aSubclassIsFormattedFromItsTrueNumber() {
        BigDecimal liar = new BigDecimal("12.5") {
            private static final long serialVersionUID = 1L;

            @Override
            public int scale() {
                return -1_000_000_000;
            }

            @Override
            public String toString() {
                return "1E+1000000000";
            }
        };
        assertThat(IndonesianNumbers.format(liar)).isEqualTo("12,5");
        assertThat(IndonesianNumbers.formatPercent(liar)).isEqualTo("12,50%");
        assertThat(IndonesianNumbers.formatRupiah(liar)).isEqualTo("Rp12,50");
    }
}
