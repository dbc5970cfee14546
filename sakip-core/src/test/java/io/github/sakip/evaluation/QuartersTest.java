package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Realization;
import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuartersTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reportedQuartersComeFirstAndTheRestAreAbsentNotZero() {
        Quarters two = Quarters.reported(d("10"), d("0"));
        assertThat(two.get(1)).isEqualTo(Realization.of(d("10")));
        assertThat(two.get(2)).isEqualTo(Realization.of(BigDecimal.ZERO));
        assertThat(two.get(3)).isEqualTo(Realization.absent("triwulan III tidak dilaporkan"));
        assertThat(two.get(4)).isEqualTo(Realization.absent("triwulan IV tidak dilaporkan"));
        assertThat(two.lastReported()).isEqualTo(2);
        assertThat(two.asList()).hasSize(4).containsExactly(two.first(), two.second(), two.third(), two.fourth());
        assertThat(two).hasToString("Quarters[10, 0, -, -]");
        assertThat(Quarters.none().lastReported()).isZero();
        assertThat(Quarters.none().get(1)).isEqualTo(Realization.absent("triwulan I tidak dilaporkan"));
        assertThat(Quarters.reported(d("1"), d("2"), d("3"), d("4")).lastReported()).isEqualTo(4);
        assertThat(Quarters.of(Realization.of(d("5")), Realization.absent("x"), Realization.absent("y"),
                Realization.absent("z")).lastReported()).isEqualTo(1);
    }

    @Test
    void aFlowSumsTheReportedQuartersAndAStockTakesTheLatest() {
        Quarters gap = Quarters.of(Realization.of(d("10")), Realization.absent("belum diukur"),
                Realization.of(d("7.5")),
                Realization.absent("belum"));
        DerivedValue flow = gap.accumulate(Accumulation.FLOW);
        assertThat(flow.value()).isEqualByComparingTo("17.5");
        assertThat(flow.explain(Languages.ENGLISH)).isEqualTo("sum of triwulan I, III: 10 + 7,50 = 17,50; triwulan II, IV not reported");
        DerivedValue stock = gap.accumulate(Accumulation.STOCK);
        assertThat(stock.value()).isEqualByComparingTo("7.5");
        assertThat(stock.explain(Languages.ENGLISH)).isEqualTo("latest reported, triwulan III: 7,50; triwulan II, IV not reported");
        assertThat(gap.sum()).isEqualTo(flow);
        DerivedValue one = Quarters.reported(d("4")).sum();
        assertThat(one.explain(Languages.ENGLISH)).isEqualTo("triwulan I: 4; triwulan II, III, IV not reported");
        DerivedValue all = Quarters.reported(d("1"), d("2"), d("3"), d("4")).sum();
        assertThat(all.explain(Languages.ENGLISH)).isEqualTo("sum of triwulan I, II, III, IV: 1 + 2 + 3 + 4 = 10");
        assertThat(Quarters.none().accumulate(Accumulation.STOCK))
                .isEqualTo(DerivedValue.absent(Text.literal("tidak ada triwulan yang dilaporkan")));
    }

    @Test
    void theWorkingsAndReasonsAreInBahasaIndonesiaUnlessEnglishIsAsked() {
        Quarters gap = Quarters.of(Realization.of(d("10")), Realization.absent("belum diukur"),
                Realization.of(d("7.5")), Realization.absent("belum"));
        assertThat(gap.accumulate(Accumulation.FLOW).explain())
                .isEqualTo("jumlah triwulan I, III: 10 + 7,50 = 17,50; triwulan II, IV tidak dilaporkan");
        assertThat(gap.accumulate(Accumulation.STOCK).explain())
                .isEqualTo("realisasi terakhir yang dilaporkan, triwulan III: 7,50; triwulan II, IV tidak dilaporkan");
        assertThat(Quarters.reported(d("4")).sum().explain(Languages.INDONESIAN))
                .isEqualTo("triwulan I: 4; triwulan II, III, IV tidak dilaporkan");
        assertThat(Quarters.none().sum().explain()).isEqualTo("tidak ada triwulan yang dilaporkan");
        assertThat(Quarters.none().sum().reason(Languages.ENGLISH)).contains("no triwulan reported");
        Realization.Absent third = (Realization.Absent) Quarters.reported(d("1")).upTo(1).get(3);
        assertThat(third.reason()).isEqualTo("triwulan III tidak dilaporkan sampai dengan akhir triwulan I");
        assertThat(third.reason(Languages.ENGLISH)).isEqualTo("triwulan III not reported by the end of triwulan I");
        Realization.Absent fourth = (Realization.Absent) Quarters.none().get(4);
        assertThat(fourth.reason(Languages.ENGLISH)).isEqualTo("triwulan IV not reported");
    }

    @Test
    void upToAQuarterDropsTheLaterOnes() {
        Quarters all = Quarters.reported(d("1"), d("2"), d("3"), d("4"));
        Quarters second = all.upTo(2);
        assertThat(second.lastReported()).isEqualTo(2);
        assertThat(second.get(3)).isEqualTo(Realization.absent("triwulan III tidak dilaporkan sampai dengan akhir triwulan II"));
        assertThat(all.upTo(0).get(1))
                .isEqualTo(Realization.absent("triwulan I tidak dilaporkan, belum ada triwulan yang berakhir"));
        assertThat(all.upTo(4)).isEqualTo(all);
        assertThatThrownBy(() -> all.upTo(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be from 0 to 4, but was -1");
    }

    @Test
    void plusAddsWhatIsReportedInEachQuarter() {
        Quarters a = Quarters.reported(d("1"), d("2"));
        Quarters b = Quarters.of(Realization.absent("x"), Realization.of(d("5")), Realization.of(d("6")),
                Realization.absent("y"));
        Quarters sum = a.plus(b);
        assertThat(sum.asList()).containsExactly(Realization.of(d("1")), Realization.of(d("7")),
                Realization.of(d("6")), Realization.absent("triwulan IV tidak dilaporkan"));
        assertThatThrownBy(() -> a.plus(null)).hasMessage("other must not be null");
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> Quarters.reported(d("1"), d("2"), d("3"), d("4"), d("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be at most four, one per triwulan, but were 5");
        assertThatThrownBy(() -> Quarters.reported((BigDecimal[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("values must not be null");
        assertThatThrownBy(() -> Quarters.reported(d("1"), null)).hasMessage("values element must not be null");
        Realization r = Realization.of(BigDecimal.ONE);
        assertThatThrownBy(() -> Quarters.of(null, r, r, r)).hasMessage("first must not be null");
        assertThatThrownBy(() -> Quarters.of(r, null, r, r)).hasMessage("second must not be null");
        assertThatThrownBy(() -> Quarters.of(r, r, null, r)).hasMessage("third must not be null");
        assertThatThrownBy(() -> Quarters.of(r, r, r, null)).hasMessage("fourth must not be null");
        for (int bad : List.of(0, 5)) {
            assertThatThrownBy(() -> Quarters.none().get(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quarter must be from 1 to 4, but was " + bad);
        }
        assertThatThrownBy(() -> Quarters.none().accumulate(null)).hasMessage("accumulation must not be null");
    }
}
