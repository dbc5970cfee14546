package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Realization;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DerivedValueTest {

    @Test
    void aValueExplainsItsWorkingBuiltOnceAndComparesByValue() {
        AtomicInteger built = new AtomicInteger();
        DerivedValue value = DerivedValue.of(new BigDecimal("150.00"), () -> {
            built.incrementAndGet();
            return Text.literal("7 + 13: 120 + 30 = 150");
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
        DerivedValue same = DerivedValue.of(new BigDecimal("150"), () -> Text.literal("another working"));
        assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).hasToString("DerivedValue[150]");
        assertThat(value.hashCode()).isEqualTo(value.realization().hashCode());
        assertThat(value).isNotEqualTo(DerivedValue.of(BigDecimal.ONE, () -> Text.literal("w"))).isNotEqualTo("150");
    }

    @Test
    void anAbsentFigureExplainsWhyAndRefusesItsValue() {
        DerivedValue absent = DerivedValue.absent(Text.of("quarters.noneReported"));
        assertThat(absent.isPresent()).isFalse();
        assertThat(absent.valueIfPresent()).isEmpty();
        assertThat(absent.reason()).contains("tidak ada triwulan yang dilaporkan");
        assertThat(absent.explain()).isEqualTo("tidak ada triwulan yang dilaporkan");
        assertThat(absent.realization()).isEqualTo(Realization.absent("tidak ada triwulan yang dilaporkan"));
        // toString is for programmers: English words, the library's reason in Bahasa Indonesia as Achievement's.
        assertThat(absent).hasToString("DerivedValue[absent: tidak ada triwulan yang dilaporkan]")
                .isEqualTo(DerivedValue.absent(Text.of("quarters.noneReported")))
                .isNotEqualTo(DerivedValue.absent(Text.literal("other")));
        // An exception message is for programmers: English.
        assertThatThrownBy(absent::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("figure has no value: no triwulan reported");
        assertThatThrownBy(() -> DerivedValue.of(BigDecimal.ONE, null)).hasMessage("working must not be null");
    }

    @Test
    void aTextOfTheBundlesIsWrittenInTheLanguageAskedForIndonesianByDefault() {
        DerivedValue absent = DerivedValue.absent(Text.of("quarters.noneReported"));
        assertThat(absent.explain()).isEqualTo("tidak ada triwulan yang dilaporkan");
        assertThat(absent.reason()).contains("tidak ada triwulan yang dilaporkan");
        assertThat(absent.explain(Languages.ENGLISH)).isEqualTo("no triwulan reported");
        assertThat(absent.reason(Locale.US)).contains("no triwulan reported");
        assertThat(absent).isEqualTo(DerivedValue.absent(Text.literal("tidak ada triwulan yang dilaporkan")));
        DerivedValue value = DerivedValue.of(BigDecimal.TEN, () -> Text.of("quarters.one", "II", "10"));
        assertThat(value.explain()).isEqualTo("triwulan II: 10");
        assertThat(value.explain(Locale.ENGLISH)).isEqualTo("triwulan II: 10");
        assertThat(value.reason(Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> value.explain(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> value.explain(null)).isInstanceOf(NullPointerException.class);
    }
}
