package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Inputs within the limits can give results beyond them (a ratio of 10^29 to 10^-100): such a result is not
 * computable, with a reason that quotes it, whatever kind of figure it is; never an exception.
 */
class TooLargeResultsTest {

    private static final String TOO_LARGE = ", is too large to be a figure of a report (at most 30 digits before the"
            + " decimal point)";

    @Test
    void anAchievementTooLargeIsNotComputable() {
        Achievement a = Capaian.of(Polarity.POSITIVE, new BigDecimal("1E-100"), new BigDecimal("1E+29"));
        assertThat(a.isComputable()).isFalse();
        assertThat(a.reason(Languages.ENGLISH)).hasValue("the result, 1E+131%" + TOO_LARGE);
    }

    @Test
    void aPercentageTooLargeIsNotComputable() {
        Quantity share = EfficiencyMeasures.unspentShare(new BigDecimal("0.01"), new BigDecimal("1E+29"));
        assertThat(share.isComputable()).isFalse();
        assertThat(share.reason(Languages.ENGLISH)).hasValue("the result, -" + "9".repeat(31) + "00%" + TOO_LARGE);
    }

    @Test
    void aNumberTooLargeIsNotComputableAndHasNoPercentSign() {
        Quantity index = EfficiencyMeasures.efficiencyIndex(new BigDecimal("1E+29"), new BigDecimal("1E-100"));
        assertThat(index.isComputable()).isFalse();
        assertThat(index.reason(Languages.ENGLISH)).hasValue("the result, 1E+129" + TOO_LARGE);
    }
}
