package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianNumbersParseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56|1234.56",
        "5.578.741.408|5578741408",
        "68, 12|68.12",
        "-0,5|-0.5",
        "-0|0",
        "0|0",
        "1234|1234",
        "1234,5|1234.5",
        "1.234,50|1234.5",
        "75.500|75500",
        "'  97,04  '|97.04",
        "123.456.789.012,345|123456789012.345",
    })
    void parsesIndonesianNumbers(String text, String expected) {
        assertThat(IndonesianNumbers.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "97,04%|97.04",
        "97,04 %|97.04",
        "121,74%|121.74",
        "-5 %|-5",
        "100%|100",
    })
    void parsesPercentages(String text, String expected) {
        assertThat(IndonesianNumbers.parsePercent(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rp. 5.578.741.408,-|5578741408",
        "Rp5.578.741.408,00|5578741408",
        "Rp 1.000|1000",
        "Rp1.234,50|1234.5",
        "Rp.1.000|1000",
        "-Rp500|-500",
        "Rp0|0",
    })
    void parsesRupiah(String text, String expected) {
        assertThat(IndonesianNumbers.parseRupiah(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the JDK alone reads these as 755 and 123,4
        "75.5|a dot groups thousands in Indonesian and this is not a group of three digits",
        "1.2.3,4|expected digits grouped in threes",
        "1.23,4|expected digits grouped in threes",
        "12.34|a dot groups thousands in Indonesian",
        "0.5|a dot groups thousands in Indonesian",
        "1.5000|a dot groups thousands in Indonesian",
        "1.234.5678|expected digits grouped in threes",
        "1234.567|expected digits grouped in threes",
        "''|there is no number",
        "'   '|there is no number",
        "abc|expected digits grouped in threes",
        "12a|expected digits grouped in threes",
        "1,2,3|expected digits grouped in threes",
        "1,23,|expected digits grouped in threes",
        "12,|expected digits grouped in threes",
        ",5|expected digits grouped in threes",
        "1.000,5 kg|expected digits grouped in threes",
        "1 000|expected digits grouped in threes",
        "68,  12|expected digits grouped in threes",
        "--5|expected digits grouped in threes",
        "+5|expected digits grouped in threes",
        "1E5|expected digits grouped in threes",
        "1.000.|expected digits grouped in threes",
        ".100|expected digits grouped in threes",
        "٣|expected digits grouped in threes",
        "97,04%|expected digits grouped in threes",
        "Rp 1.000|expected digits grouped in threes",
        "NaN|expected digits grouped in threes",
        "∞|expected digits grouped in threes",
    })
    void refusesMalformedNumbersQuotingThem(String text, String why) {
        assertThatThrownBy(() -> IndonesianNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an Indonesian number: '" + text + "': ")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "97,04|a percentage ends with %",
        "%|expected a number, then % with at most one space before it",
        "97,04  %|expected a number, then % with at most one space before it",
        "97.04%|a dot groups thousands in Indonesian",
        "97,04%%|expected digits grouped in threes",
    })
    void refusesMalformedPercentagesQuotingThem(String text, String why) {
        assertThatThrownBy(() -> IndonesianNumbers.parsePercent(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an Indonesian number: '" + text + "': ")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5.578.741.408|an amount of Rupiah starts with Rp",
        "IDR 1.000|an amount of Rupiah starts with Rp",
        "Rp|there is no number",
        "Rp -1.000|a minus sign goes before Rp",
        "Rp 1,234|an amount of Rupiah has at most two decimals",
        "Rp 1.000,50,-|\",-\" follows an amount without decimals",
        "Rp 1.000,-,-|\",-\" follows an amount without decimals",
        "Rp 75.5|a dot groups thousands in Indonesian",
        "Rp 1.000 juta|expected digits grouped in threes",
    })
    void refusesMalformedRupiahQuotingThem(String text, String why) {
        assertThatThrownBy(() -> IndonesianNumbers.parseRupiah(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an Indonesian number: '" + text + "': ")
                .hasMessageContaining(why);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> IndonesianNumbers.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> IndonesianNumbers.parseRupiah(null)).hasMessage("text must not be null");
        assertThatThrownBy(() -> IndonesianNumbers.parsePercent(null)).hasMessage("text must not be null");
    }

    @Test
    void refusesHostileSizesQuickly() {
        String tenThousandDigits = "9".repeat(10_000);
        String grouped = "1" + ".000".repeat(2_500);
        String longDecimals = "0," + "1".repeat(150);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> IndonesianNumbers.parse(tenThousandDigits))
                    .hasMessageContaining("it is too long to be a figure of a report")
                    .hasMessageContaining("(10000 characters)");
            assertThatThrownBy(() -> IndonesianNumbers.parse(grouped))
                    .hasMessageContaining("it is too long to be a figure of a report");
            assertThatThrownBy(() -> IndonesianNumbers.parseRupiah("Rp" + tenThousandDigits))
                    .hasMessageContaining("it is too long to be a figure of a report");
            assertThatThrownBy(() -> IndonesianNumbers.parse(longDecimals))
                    .hasMessageContaining("number is too large or too precise to be a figure of a report");
            assertThatThrownBy(() -> IndonesianNumbers.parse("1" + ".000".repeat(11)))
                    .hasMessageContaining("number is too large or too precise");
        });
    }

    @Test
    void formatsRupiahCanonically() {
        assertThat(IndonesianNumbers.formatRupiah(new BigDecimal("5578741408"))).isEqualTo("Rp5.578.741.408");
        assertThat(IndonesianNumbers.formatRupiah(new BigDecimal("5578741408.00"))).isEqualTo("Rp5.578.741.408");
        assertThat(IndonesianNumbers.formatRupiah(new BigDecimal("1234.5"))).isEqualTo("Rp1.234,50");
        assertThat(IndonesianNumbers.formatRupiah(new BigDecimal("-500"))).isEqualTo("-Rp500");
        assertThat(IndonesianNumbers.formatRupiah(new BigDecimal("1E+3"))).isEqualTo("Rp1.000");
        assertThat(IndonesianNumbers.formatRupiah(BigDecimal.ZERO)).isEqualTo("Rp0");
        assertThatThrownBy(() -> IndonesianNumbers.formatRupiah(new BigDecimal("0.125")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most two decimals to be Rupiah, but was 0.125 (round it first,"
                        + " choosing how)");
        assertThatThrownBy(() -> IndonesianNumbers.formatRupiah(null)).hasMessage("amount must not be null");
    }

    @Test
    void formatThenParseIsTheIdentityForEveryAmountWithAtMostTwoDecimals() {
        qt().withExamples(2_000)
                .forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 2))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
                    BigDecimal normal = amount.signum() == 0 ? BigDecimal.ZERO : strip(amount);
                    assertThat(IndonesianNumbers.parse(IndonesianNumbers.format(amount))).isEqualTo(normal);
                    assertThat(IndonesianNumbers.parseRupiah(IndonesianNumbers.formatRupiah(amount)))
                            .isEqualTo(normal);
                    assertThat(IndonesianNumbers.parsePercent(IndonesianNumbers.format(amount) + "%"))
                            .isEqualTo(normal);
                });
    }

    @Test
    void parseThenFormatGivesTheCanonicalRupiahBack() {
        qt().withExamples(1_000).forAll(longs().between(0, 999_999_999_999L), integers().between(0, 99))
                .checkAssert((rupiah, sen) -> {
                    BigDecimal amount = BigDecimal.valueOf(rupiah).add(BigDecimal.valueOf(sen, 2));
                    String canonical = IndonesianNumbers.formatRupiah(amount);
                    assertThat(IndonesianNumbers.formatRupiah(IndonesianNumbers.parseRupiah(canonical)))
                            .isEqualTo(canonical);
                });
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
