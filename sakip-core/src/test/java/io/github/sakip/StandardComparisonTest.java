package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardComparisonTest {

    @ParameterizedTest(name = "{0} S={1} R={2}: {3}")
    @CsvSource({
        "POSITIVE, 70.63, 68.12, 96.45",
        "POSITIVE, 80, 80, 100.00",
        "NEGATIVE, 5, 4.5, 110.00",
        "NEGATIVE, 5, 6, 80.00",
    })
    void usesTheCapaianFormulasWithTheStandardAsTarget(Polarity polarity, BigDecimal s, BigDecimal r,
            BigDecimal expected) {
        Achievement a = StandardComparison.of(polarity, s, r);
        assertThat(a.rounded()).isEqualByComparingTo(expected);
        assertThat(a).isEqualTo(Capaian.of(polarity, s, r));
    }

    @Test
    void workingSaysAgainstStandard() {
        assertThat(StandardComparison.of(Polarity.POSITIVE, new BigDecimal("70.63"), new BigDecimal("68.12"),
                "TPAK nasional").explain(Languages.ENGLISH))
                .isEqualTo("against TPAK nasional: 68,12 / 70,63 × 100% = 96,45%");
        assertThat(StandardComparison.of(Polarity.POSITIVE, BigDecimal.ZERO, BigDecimal.ONE).reason(Languages.ENGLISH))
                .contains("against standard: target is 0: division by zero");
        assertThat(StandardComparison.of(Capaian.Policy.DEFAULT, Polarity.POSITIVE, Target.of(BigDecimal.TEN),
                Realization.absent("belum ada data"), "standard provinsi").reason(Languages.ENGLISH))
                .contains("against standard provinsi: no realisation: belum ada data");
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> StandardComparison.of(Polarity.POSITIVE, null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("standard must not be null");
        assertThatThrownBy(() -> StandardComparison.of(Polarity.POSITIVE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("realization must not be null");
        assertThatThrownBy(() -> StandardComparison.of(Polarity.POSITIVE, BigDecimal.ONE, BigDecimal.ONE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("standardName must not be blank, but was ' '");
    }
}
