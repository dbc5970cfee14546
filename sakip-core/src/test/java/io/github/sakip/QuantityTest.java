package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aComputableQuantityKeepsFullPrecisionAndRoundsOnlyWhenAsked() {
        Quantity q = Quantity.of(d("2.857142857142857142857142857142857"), Figure.Unit.PERCENT, " (1 − 0,97) ");
        assertThat(q.isComputable()).isTrue();
        assertThat(q.value()).isEqualTo(d("2.857142857142857142857142857142857"));
        assertThat(q.valueIfComputable()).contains(q.value());
        assertThat(q.rounded()).isEqualTo(d("2.86"));
        assertThat(q.rounded(0, RoundingMode.DOWN)).isEqualTo(d("2"));
        assertThat(q.reason(Languages.ENGLISH)).isEmpty();
        assertThat(q.explain(Languages.ENGLISH)).isEqualTo("(1 − 0,97)");
        assertThat(q).hasToString("Quantity[2.86%, exact 2.857142857142857142857142857142857]");
        assertThat(Quantity.of(d("1.0294"), Figure.Unit.NUMBER, "w")).hasToString("Quantity[1.03, exact 1.0294]");
    }

    @Test
    void aQuantityThatIsNotComputableSaysWhyAndHasNoValue() {
        Quantity q = Quantity.notComputable(Figure.Unit.NUMBER, "absorption is 0");
        assertThat(q.isComputable()).isFalse();
        assertThat(q.valueIfComputable()).isEmpty();
        assertThat(q.reason(Languages.ENGLISH)).contains("absorption is 0");
        assertThat(q.explain(Languages.ENGLISH)).isEqualTo("not computable: absorption is 0");
        assertThat(q).hasToString("Quantity[not computable: absorption is 0]");
        assertThatThrownBy(q::value).isInstanceOf(IllegalStateException.class)
                .hasMessage("figure is not computable: absorption is 0");
        assertThatThrownBy(q::rounded).isInstanceOf(IllegalStateException.class)
                .hasMessage("figure is not computable: absorption is 0");
    }

    @Test
    void equalityIsByUnitAndValueOrReasonNotByWorking() {
        assertThat(Quantity.of(d("1.50"), Figure.Unit.NUMBER, "a")).isEqualTo(Quantity.of(d("1.5"),
                Figure.Unit.NUMBER, "b")).hasSameHashCodeAs(Quantity.of(d("1.5"), Figure.Unit.NUMBER, "b"));
        assertThat(Quantity.of(d("1.5"), Figure.Unit.NUMBER, "a"))
                .isNotEqualTo(Quantity.of(d("1.5"), Figure.Unit.PERCENT, "a"))
                .isNotEqualTo(Quantity.of(d("1.6"), Figure.Unit.NUMBER, "a"))
                .isNotEqualTo(Achievement.of(d("1.5"), "a"));
        assertThat(Quantity.of(d("1.5"), Figure.Unit.NUMBER, "a").hashCode())
                .isNotEqualTo(Quantity.of(d("1.5"), Figure.Unit.PERCENT, "a").hashCode())
                .isNotEqualTo(Quantity.of(d("1.6"), Figure.Unit.NUMBER, "a").hashCode());
        assertThat(Achievement.of(d("1.5"), "a").hashCode()).isNotEqualTo(Achievement.of(d("1.6"), "a").hashCode())
                .isNotEqualTo(Achievement.notComputable("x").hashCode());
        assertThat(Quantity.notComputable(Figure.Unit.NUMBER, "x"))
                .isEqualTo(Quantity.notComputable(Figure.Unit.NUMBER, "x"))
                .isNotEqualTo(Quantity.notComputable(Figure.Unit.NUMBER, "y"))
                .isNotEqualTo(Quantity.notComputable(Figure.Unit.PERCENT, "x"));
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> Quantity.of(null, Figure.Unit.NUMBER, "w")).isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null, "w")).isInstanceOf(NullPointerException.class)
                .hasMessage("unit must not be null");
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, Figure.Unit.NUMBER, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("working must not be blank, but was ' '");
        assertThatThrownBy(() -> Quantity.notComputable(Figure.Unit.NUMBER, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason must not be blank, but was ''");
        assertThatThrownBy(() -> Quantity.notComputable(null, "r")).isInstanceOf(NullPointerException.class)
                .hasMessage("unit must not be null");
        Quantity q = Quantity.of(BigDecimal.ONE, Figure.Unit.NUMBER, "w");
        assertThatThrownBy(() -> q.rounded(101, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was 101");
        assertThatThrownBy(() -> q.rounded(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be from 0 to 100, but was -1");
        assertThatThrownBy(() -> q.rounded(2, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mode must not be null");
        assertThat(q.rounded(100, RoundingMode.UNNECESSARY).scale()).isEqualTo(100);
        assertThat(q.rounded(0, RoundingMode.UNNECESSARY)).isEqualTo(BigDecimal.ONE);
    }
}
