package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Krejcie–Morgan sample size that PermenPAN-RB 14/2017 prescribes for an SKM. */
class SampleSizeTest {

    private static final List<Map<String, String>> TABLE = TapinCsv.read("/ikm/krejcie-morgan-1970.csv");

    @Test
    void everyRowOfThePublishedTable() {
        assertThat(TABLE).hasSize(90);
        for (Map<String, String> row : TABLE) {
            long population = Long.parseLong(row.get("population"));
            assertThat(SampleSize.of(population).required()).as("population %d", population)
                    .isEqualTo(Integer.parseInt(row.get("sample")));
        }
    }

    @Test
    void roundingUpWouldNotReproduceTheTable() {
        // Why the formula is rounded half-up: 15 gives 14,47, which the table prints as 14, not 15.
        assertThat(SampleSize.of(15).exact()).isGreaterThan(new BigDecimal("14.47")).isLessThan(new BigDecimal("14.48"));
        assertThat(SampleSize.of(15).required()).isEqualTo(14);
        long missedByCeiling = TABLE.stream()
                .filter(row -> SampleSize.of(Long.parseLong(row.get("population"))).exact()
                        .setScale(0, java.math.RoundingMode.CEILING).intValue() != Integer.parseInt(row.get("sample")))
                .count();
        assertThat(missedByCeiling).isEqualTo(45);
    }

    @ParameterizedTest(name = "N = {0} -> {1}")
    @CsvSource({
        "1, 1",
        "2, 2",
        "9, 9",
        "105, 83",
        "393, 194",
        "394, 195",
        "1000, 278",
        "100000, 383",
        "9223372036854775807, 384",
    })
    void betweenAndBeyondTheRows(long population, int required) {
        assertThat(SampleSize.of(population).required()).isEqualTo(required);
        assertThat(SampleSize.of(population).population()).isEqualTo(population);
    }

    @Test
    void exactValue() {
        assertThat(SampleSize.of(1000).exact()).isEqualByComparingTo("277.7094931675222326657508495408864");
        assertThat(SampleSize.of(1).exact()).isEqualByComparingTo("1");
        // 393 is the first population whose value is just below a half: 194,4998...
        assertThat(SampleSize.of(393).exact()).isLessThan(new BigDecimal("194.5"))
                .isGreaterThan(new BigDecimal("194.4998"));
    }

    @Test
    void explain() {
        assertThat(SampleSize.of(1000).explain()).isEqualTo("s = 3,841 × 1.000 × 0,5 × 0,5 / (0,05² × 999 + 3,841 ×"
                + " 0,5 × 0,5) = 277,71 → 278 responden (Krejcie–Morgan)");
        assertThat(SampleSize.of(1000).explain(java.util.Locale.ENGLISH)).isEqualTo("s = 3,841 × 1.000 × 0,5 × 0,5 /"
                + " (0,05² × 999 + 3,841 × 0,5 × 0,5) = 277,71 → 278 respondents (Krejcie–Morgan)");
        assertThat(SampleSize.of(1000)).hasToString("SampleSize[population 1000: 278 respondents]");
    }

    @Test
    void aSurveyTooSmallIsSaidToBeSo() {
        SampleSize size = SampleSize.of(1000);
        SampleSize.Assessment small = size.assess(29);
        assertThat(small.isSufficient()).isFalse();
        assertThat(small.shortfall()).isEqualTo(249);
        assertThat(small.explain()).isEqualTo("29 responden untuk populasi 1.000: diperlukan 278 (Krejcie–Morgan),"
                + " kurang 249");
        assertThat(small.explain(java.util.Locale.ENGLISH)).isEqualTo("29 respondents for a population of 1.000: 278 required (Krejcie–Morgan),"
                + " 249 short");
        assertThat(size.isMetBy(277)).isFalse();
        assertThat(size.isMetBy(278)).isTrue();
        SampleSize.Assessment enough = size.assess(278);
        assertThat(enough.isSufficient()).isTrue();
        assertThat(enough.shortfall()).isZero();
        assertThat(size.assess(1500).shortfall()).isZero();
        assertThat(size.assess(1500).explain()).isEqualTo("1.500 responden untuk populasi 1.000: diperlukan 278"
                + " (Krejcie–Morgan), cukup");
        assertThat(size.assess(1500).explain(java.util.Locale.ENGLISH)).isEqualTo("1.500 respondents for a population"
                + " of 1.000: 278 required (Krejcie–Morgan), enough");
        assertThat(enough).isEqualTo(new SampleSize.Assessment(SampleSize.of(1000), 278));
        assertThat(size.assess(0).shortfall()).isEqualTo(278);
    }

    @Test
    void equality() {
        assertThat(SampleSize.of(1000)).isEqualTo(SampleSize.of(1000)).hasSameHashCodeAs(SampleSize.of(1000))
                .isNotEqualTo(SampleSize.of(1001)).isNotEqualTo("278");
        // 1.000.000 and 2.000.000 need the same 384 respondents but are different populations.
        assertThat(SampleSize.of(1_000_000)).isNotEqualTo(SampleSize.of(2_000_000));
        assertThat(SampleSize.of(1000).hashCode()).isNotEqualTo(SampleSize.of(1001).hashCode());
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> SampleSize.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population must be at least 1, but was 0");
        assertThatThrownBy(() -> SampleSize.of(-10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population must be at least 1, but was -10");
        assertThatThrownBy(() -> SampleSize.of(100).assess(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("respondents must not be negative, but was -1");
        assertThatThrownBy(() -> SampleSize.of(100).isMetBy(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("respondents must not be negative, but was -1");
        assertThatThrownBy(() -> new SampleSize.Assessment(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("sampleSize must not be null");
    }
}
