package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.CategoryScale.Band;
import io.github.sakip.Permendagri86.GapPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Permendagri86Test {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    // Default policy: two decimals half-up, gaps fall to the lower band.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "121.74, SANGAT_TINGGI",
        "100, SANGAT_TINGGI",
        "91, SANGAT_TINGGI",
        "90.995, SANGAT_TINGGI",
        "90.994999, TINGGI",
        "90.99, TINGGI",
        "90.50, TINGGI",
        "90, TINGGI",
        "76, TINGGI",
        "75.999, TINGGI",
        "75.99, SEDANG",
        "75.50, SEDANG",
        "66, SEDANG",
        "65.99, RENDAH",
        "51, RENDAH",
        "50.995, RENDAH",
        "50.99, SANGAT_RENDAH",
        "50, SANGAT_RENDAH",
        "5, SANGAT_RENDAH",
        "0, SANGAT_RENDAH",
        "-10, SANGAT_RENDAH",
    })
    void defaultPolicy(String percent, Category expected) {
        assertThat(Permendagri86.categorize(d(percent))).isEqualTo(expected);
        assertThat(Permendagri86.categorize(d(percent), GapPolicy.LOWER_BAND)).isEqualTo(expected);
    }

    // Alternative: round to a whole percent first, half-up.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "90.50, SANGAT_TINGGI",
        "90.49, TINGGI",
        "75.50, TINGGI",
        "75.49, SEDANG",
        "65.5, SEDANG",
        "50.5, RENDAH",
        "50.49, SANGAT_RENDAH",
        "121.74, SANGAT_TINGGI",
    })
    void wholePercentPolicy(String percent, Category expected) {
        assertThat(Permendagri86.categorize(d(percent), GapPolicy.WHOLE_PERCENT)).isEqualTo(expected);
    }

    @Test
    void contractExample() {
        assertThat(Permendagri86.categorize(d("90.50"))).isEqualTo(Category.TINGGI);
        assertThat(Category.SANGAT_TINGGI.label()).isEqualTo("Sangat Tinggi");
    }

    @Test
    void labels() {
        assertThat(Category.values()).extracting(Category::label)
                .containsExactly("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah");
        assertThat(Category.parse("  sangat   TINGGI ")).isEqualTo(Category.SANGAT_TINGGI);
        assertThat(Category.TINGGI).hasToString("Tinggi");
        assertThatThrownBy(() -> Category.parse("Baik")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label 'Baik' is not a category of Permendagri 86/2017");
        assertThatThrownBy(() -> Category.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> Permendagri86.categorize(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("percent must not be null");
        assertThatThrownBy(() -> Permendagri86.scale(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("policy must not be null");
    }

    @Test
    void thePrintedBandsHaveHolesAtTwoDecimals() {
        // Permendagri 86/2017 as printed (91–100, 76–90, ...) read at two decimals: refused, and the message
        // says where the hole is.
        assertThatThrownBy(() -> CategoryScale.of(2, List.of(
                Band.atMost(Category.SANGAT_RENDAH, d("50")),
                Band.between(Category.RENDAH, d("51"), d("65")),
                Band.between(Category.SEDANG, d("66"), d("75")),
                Band.between(Category.TINGGI, d("76"), d("90")),
                Band.atLeast(Category.SANGAT_TINGGI, d("91")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hole between Sangat Rendah (up to 50) and Rendah (51 to 65): 50.01 to 50.99 have no"
                        + " category at 2 decimals");
    }

    @Test
    void overlapsAreRefusedWithWhere() {
        assertThatThrownBy(() -> CategoryScale.of(0, List.of(
                Band.atMost(Category.RENDAH, d("60")),
                Band.atLeast(Category.TINGGI, d("55")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands overlap: Rendah (up to 60) and Tinggi (from 55) both hold 55 to 60");
    }

    @Test
    void openEndsAreRequired() {
        assertThatThrownBy(() -> CategoryScale.of(0, List.of(
                Band.between(Category.RENDAH, d("0"), d("59")),
                Band.atLeast(Category.TINGGI, d("60")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hole below Rendah (0 to 59): values below 0 have no category; the lowest band must"
                        + " have no lower end");
        assertThatThrownBy(() -> CategoryScale.of(0, List.of(
                Band.atMost(Category.RENDAH, d("59")),
                Band.between(Category.TINGGI, d("60"), d("100")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hole above Tinggi (60 to 100): values above 100 have no category; the highest band"
                        + " must have no upper end");
        assertThatThrownBy(() -> CategoryScale.of(0, List.of(
                Band.atMost(Category.RENDAH, d("59")),
                Band.atMost(Category.TINGGI, d("80")),
                Band.atLeast(Category.SANGAT_TINGGI, d("81")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands overlap: Rendah (up to 59) and Tinggi (up to 80) both hold -∞ to 59");
    }

    @Test
    void otherRefusals() {
        assertThatThrownBy(() -> CategoryScale.of(0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands must not be empty");
        assertThatThrownBy(() -> CategoryScale.of(11, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 10, but was 11");
        assertThatThrownBy(() -> CategoryScale.of(0, List.of(
                Band.atMost(Category.RENDAH, d("59.5")), Band.atLeast(Category.TINGGI, d("60")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("band Rendah (up to 59.5) has an end, 59.5, with more decimals than the scale's 0");
        assertThatThrownBy(() -> Band.between(Category.RENDAH, d("60"), d("59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("band Rendah: lowest must not exceed highest, but was 60 to 59");
        assertThatThrownBy(() -> CategoryScale.of(0, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("bands must not be null");
        assertThatThrownBy(() -> Band.atLeast(null, d("1"))).isInstanceOf(NullPointerException.class)
                .hasMessage("category must not be null");
    }

    @Test
    void anAgencyScaleWithItsOwnBands() {
        // A three-band scale of whole percents, as some agencies use (bands given in any order).
        CategoryScale scale = CategoryScale.of(0, List.of(
                Band.atLeast(Category.TINGGI, d("85")),
                Band.atMost(Category.RENDAH, d("69")),
                Band.between(Category.SEDANG, d("70"), d("84"))));
        assertThat(scale.bands()).extracting(Band::category)
                .containsExactly(Category.RENDAH, Category.SEDANG, Category.TINGGI);
        assertThat(scale.categorize(d("84.49"))).isEqualTo(Category.SEDANG);
        assertThat(scale.categorize(d("84.5"))).isEqualTo(Category.TINGGI);
        assertThat(scale.categorize(d("69.5"))).isEqualTo(Category.SEDANG);
        assertThat(scale).hasToString("CategoryScale[0 decimals: Rendah ..69, Sedang 70..84, Tinggi 85..]");
        assertThat(Achievement.of(d("84.5"), "w").category(scale)).contains(Category.TINGGI);
    }

    @Test
    void scalesAreValues() {
        assertThat(Permendagri86.scale(GapPolicy.LOWER_BAND)).isSameAs(Permendagri86.SCALE);
        assertThat(Permendagri86.scale(GapPolicy.WHOLE_PERCENT)).isSameAs(Permendagri86.SCALE_WHOLE_PERCENT);
        assertThat(Band.atLeast(Category.TINGGI, d("91.00"))).isEqualTo(Band.atLeast(Category.TINGGI, d("91")));
        assertThat(Permendagri86.SCALE.bands()).hasSize(5);
    }
}
