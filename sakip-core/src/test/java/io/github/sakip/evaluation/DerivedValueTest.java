package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Realization;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DerivedValueTest {

    @Test
    void aValueExplainsItsWorkingBuiltOnceAndComparesByValue() {
        AtomicInteger built = new AtomicInteger();
        DerivedValue value = DerivedValue.of(new BigDecimal("150.00"), () -> {
            built.incrementAndGet();
            return "7 + 13: 120 + 30 = 150";
        });
        assertThat(built).hasValue(0);
        assertThat(value.explain()).isEqualTo("7 + 13: 120 + 30 = 150");
        assertThat(value.explain()).isEqualTo("7 + 13: 120 + 30 = 150");
        assertThat(built).hasValue(1);
        assertThat(value.isPresent()).isTrue();
        assertThat(value.value()).isEqualTo(new BigDecimal("150"));
        assertThat(value.valueIfPresent()).contains(new BigDecimal("150"));
        assertThat(value.reason()).isEmpty();
        assertThat(value.realization()).isEqualTo(Realization.of(new BigDecimal("150")));
        DerivedValue same = DerivedValue.of(new BigDecimal("150"), () -> "another working");
        assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).hasToString("DerivedValue[150]");
        assertThat(value.hashCode()).isEqualTo(value.realization().hashCode());
        assertThat(value).isNotEqualTo(DerivedValue.of(BigDecimal.ONE, () -> "w")).isNotEqualTo("150");
    }

    @Test
    void anAbsentFigureExplainsWhyAndRefusesItsValue() {
        DerivedValue absent = DerivedValue.absent("no triwulan reported");
        assertThat(absent.isPresent()).isFalse();
        assertThat(absent.valueIfPresent()).isEmpty();
        assertThat(absent.reason()).contains("no triwulan reported");
        assertThat(absent.explain()).isEqualTo("no triwulan reported");
        assertThat(absent.realization()).isEqualTo(Realization.absent("no triwulan reported"));
        assertThat(absent).hasToString("DerivedValue[absent: no triwulan reported]")
                .isEqualTo(DerivedValue.absent("no triwulan reported"))
                .isNotEqualTo(DerivedValue.absent("other"));
        assertThatThrownBy(absent::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("figure has no value: no triwulan reported");
        assertThatThrownBy(() -> DerivedValue.of(BigDecimal.ONE, null)).hasMessage("working must not be null");
    }
}
