package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Achievement;
import io.github.sakip.Category;
import io.github.sakip.Permendagri86;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The predikat at every boundary under each reading of the printed table. */
class PredicateReadingTest {

    @ParameterizedTest(name = "{0}: printed {1}, whole percent {2}, greater than {3}")
    @CsvSource({
        "-5,      SANGAT_RENDAH, SANGAT_RENDAH, SANGAT_RENDAH",
        "0,       SANGAT_RENDAH, SANGAT_RENDAH, SANGAT_RENDAH",
        "50,      SANGAT_RENDAH, SANGAT_RENDAH, SANGAT_RENDAH",
        "50.004,  SANGAT_RENDAH, SANGAT_RENDAH, SANGAT_RENDAH",
        "50.005,  SANGAT_RENDAH, SANGAT_RENDAH, RENDAH",
        "50.01,   SANGAT_RENDAH, SANGAT_RENDAH, RENDAH",
        "50.49,   SANGAT_RENDAH, SANGAT_RENDAH, RENDAH",
        "50.5,    SANGAT_RENDAH, RENDAH,        RENDAH",
        "50.99,   SANGAT_RENDAH, RENDAH,        RENDAH",
        "51,      RENDAH,        RENDAH,        RENDAH",
        "65,      RENDAH,        RENDAH,        RENDAH",
        "65.01,   RENDAH,        RENDAH,        SEDANG",
        "65.5,    RENDAH,        SEDANG,        SEDANG",
        "65.99,   RENDAH,        SEDANG,        SEDANG",
        "66,      SEDANG,        SEDANG,        SEDANG",
        "75,      SEDANG,        SEDANG,        SEDANG",
        "75.01,   SEDANG,        SEDANG,        TINGGI",
        "75.49,   SEDANG,        SEDANG,        TINGGI",
        "75.5,    SEDANG,        TINGGI,        TINGGI",
        "75.99,   SEDANG,        TINGGI,        TINGGI",
        "76,      TINGGI,        TINGGI,        TINGGI",
        "90,      TINGGI,        TINGGI,        TINGGI",
        "90.004,  TINGGI,        TINGGI,        TINGGI",
        "90.005,  TINGGI,        TINGGI,        SANGAT_TINGGI",
        "90.01,   TINGGI,        TINGGI,        SANGAT_TINGGI",
        "90.49,   TINGGI,        TINGGI,        SANGAT_TINGGI",
        "90.5,    TINGGI,        SANGAT_TINGGI, SANGAT_TINGGI",
        "90.99,   TINGGI,        SANGAT_TINGGI, SANGAT_TINGGI",
        "90.995,  SANGAT_TINGGI, SANGAT_TINGGI, SANGAT_TINGGI",
        "91,      SANGAT_TINGGI, SANGAT_TINGGI, SANGAT_TINGGI",
        "100,     SANGAT_TINGGI, SANGAT_TINGGI, SANGAT_TINGGI",
        "121.74,  SANGAT_TINGGI, SANGAT_TINGGI, SANGAT_TINGGI",
    })
    void placesEveryBoundaryUnderEachReading(BigDecimal percent, Category printed, Category wholePercent,
            Category greaterThan) {
        assertThat(PredicateReading.PRINTED_LOWER_BAND.categorize(percent)).isEqualTo(printed);
        assertThat(PredicateReading.PRINTED_WHOLE_PERCENT.categorize(percent)).isEqualTo(wholePercent);
        assertThat(PredicateReading.GREATER_THAN.categorize(percent)).isEqualTo(greaterThan);
        assertThat(PredicateReading.GREATER_THAN.categorize(Achievement.ofPercent(percent))).contains(greaterThan);
    }

    @Test
    void thePrintedReadingsAreTheLibrarysPermendagri86Scales() {
        assertThat(PredicateReading.PRINTED_LOWER_BAND.scale()).isSameAs(Permendagri86.SCALE);
        assertThat(PredicateReading.PRINTED_WHOLE_PERCENT.scale()).isSameAs(Permendagri86.SCALE_WHOLE_PERCENT);
        assertThat(PredicateReading.GREATER_THAN.scale().decimals()).isEqualTo(2);
        assertThat(EvaluationPolicy.DEFAULT.predicateScale()).isSameAs(Permendagri86.SCALE);
    }

    @Test
    void aNotComputableAchievementHasNoPredikat() {
        assertThat(PredicateReading.PRINTED_LOWER_BAND.categorize(Achievement.notComputable("target is 0"))).isEmpty();
        assertThatThrownBy(() -> PredicateReading.GREATER_THAN.categorize((Achievement) null))
                .isInstanceOf(NullPointerException.class).hasMessage("achievement must not be null");
        assertThatThrownBy(() -> PredicateReading.GREATER_THAN.categorize((BigDecimal) null))
                .isInstanceOf(NullPointerException.class).hasMessage("percent must not be null");
    }
}
