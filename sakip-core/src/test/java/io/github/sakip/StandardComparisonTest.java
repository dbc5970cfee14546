package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardComparisonTest {

    @ParameterizedTest(name = "{0} R={1} S={2}: {3}")
    @CsvSource({
        "POSITIVE, 68.12, 70.63, 96.45",
        "POSITIVE, 80, 80, 100.00",
        "NEGATIVE, 4.5, 5, 110.00",
        "NEGATIVE, 6, 5, 80.00",
    })
    void usesTheCapaianFormulasWithTheStandardAsTarget(Polarity polarity, BigDecimal r, BigDecimal s,
            BigDecimal expected) {
        Achievement a = StandardComparison.of(polarity, r, s);
        assertThat(a.rounded()).isEqualByComparingTo(expected);
        assertThat(a).isEqualTo(Capaian.of(polarity, s, r));
    }

    @Test
    void workingSaysAgainstStandard() {
        assertThat(StandardComparison.of(Polarity.POSITIVE, new BigDecimal("68.12"), new BigDecimal("70.63"),
                "TPAK nasional").explain())
                .isEqualTo("against TPAK nasional: 68,12 / 70,63 × 100% = 96,45%");
        assertThat(StandardComparison.of(Polarity.POSITIVE, BigDecimal.ONE, BigDecimal.ZERO).reason())
                .contains("against standard: target is 0: division by zero");
        assertThat(StandardComparison.of(Capaian.Policy.DEFAULT, Polarity.POSITIVE, Target.of(BigDecimal.TEN),
                Realization.absent("belum ada data"), "standard provinsi").reason())
                .contains("against standard provinsi: no realisation: belum ada data");
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> StandardComparison.of(Polarity.POSITIVE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("standard must not be null");
        assertThatThrownBy(() -> StandardComparison.of(Polarity.POSITIVE, BigDecimal.ONE, BigDecimal.ONE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("standardName must not be blank, but was ' '");
    }
}
