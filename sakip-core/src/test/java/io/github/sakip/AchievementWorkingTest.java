package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The working of a computed capaian is built when first asked for, once, and then written in the language asked for. */
class AchievementWorkingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theWorkingIsBuiltOnFirstUseThenKept() {
        AtomicInteger built = new AtomicInteger();
        Supplier<Text> working = () -> {
            built.incrementAndGet();
            return Text.literal("  68,12 / 70,20 × 100% = 97,04%  ");
        };
        Achievement a = Achievement.of(d("97.037"), working);
        assertThat(built).hasValue(0);
        assertThat(a.category()).contains(Category.SANGAT_TINGGI);
        assertThat(a.rounded()).isEqualTo(d("97.04"));
        assertThat(built).hasValue(0);
        String first = a.explain();
        assertThat(first).isEqualTo("68,12 / 70,20 × 100% = 97,04%");
        assertThat(a.explain(Languages.ENGLISH)).isEqualTo(first);
        assertThat(a.explain()).isEqualTo(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void aNullBuiltWorkingIsRefusedWhenBuiltAndANullSupplierAtOnce() {
        Achievement none = Achievement.of(d("1"), () -> null);
        assertThatThrownBy(none::explain).isInstanceOf(NullPointerException.class)
                .hasMessage("working must not be null");
        assertThatThrownBy(() -> Achievement.of(d("1"), (Supplier<Text>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("working must not be null");
        Achievement tooLarge = Achievement.of(new BigDecimal("1E+40"), () -> Text.literal("w"));
        assertThat(tooLarge.reason(Languages.ENGLISH)).hasValue("the result, 1" + "0".repeat(40) + "%, is"
                + " too large to be a figure of a report (at most 30 digits before the decimal point)");
        assertThat(tooLarge.reason()).hasValue("hasilnya, 1" + "0".repeat(40) + "%, terlalu besar untuk menjadi"
                + " angka laporan (paling banyak 30 digit sebelum koma desimal)");
        assertThatThrownBy(() -> Achievement.of(new BigDecimal("1E-101"), () -> Text.literal("w")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent has too many decimals to be a figure of a report: 1E-101 (at most 100 decimals)");
    }

    @Test
    void aCappedWorkingExtendsTheWorkingItCaps() {
        Achievement above = Capaian.of(Polarity.NEGATIVE, d("8"), d("6.5"));
        Achievement capped = above.cappedAt(d("100"));
        assertThat(capped.percent()).isEqualByComparingTo("100");
        assertThat(capped.explain(Languages.ENGLISH)).isEqualTo("(2 × 8 − 6,50) / 8 × 100% = 118,75%, capped at 100%");
        assertThat(capped.explain()).isEqualTo("(2 × 8 − 6,50) / 8 × 100% = 118,75%, dibatasi pada 100%");
    }

    @Test
    void threadsExplainingAtOnceAllSeeTheSameText() {
        List<Achievement> achievements = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> Capaian.of(Polarity.POSITIVE, d("70.20"), BigDecimal.valueOf(i, 1))).toList();
        ConcurrentHashMap<Integer, String> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 8).parallel().forEach(thread -> {
            for (int i = 0; i < achievements.size(); i++) {
                String text = achievements.get(i).explain();
                String before = seen.putIfAbsent(i, text);
                assertThat(before == null || before.equals(text)).isTrue();
            }
        });
        assertThat(seen.get(0)).isEqualTo("0,10 / 70,20 × 100% = 0,14%");
        assertThat(seen.get(199)).isEqualTo("20 / 70,20 × 100% = 28,49%");
    }
}
