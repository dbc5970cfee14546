package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AccumulationsTest {

    private static Realization r(String value) {
        return Realization.of(new BigDecimal(value));
    }

    @Test
    void stockTakesTheLatestRealisedValueAndFlowTheSum() {
        Map<Integer, Realization> quarters = Map.of(1, r("10"), 2, r("0"), 3, Realization.absent("belum diukur"));
        assertThat(Accumulations.quarters(Accumulation.STOCK, quarters)).isEqualTo(r("0"));
        assertThat(Accumulations.quarters(Accumulation.FLOW, quarters)).isEqualTo(r("10"));
        assertThat(Accumulations.accumulate(Accumulation.FLOW, List.of(r("1.5"), r("2.50"), r("-1"))))
                .isEqualTo(r("3"));
    }

    @Test
    void nothingRealisedIsAbsentNotZero() {
        Realization none = Accumulations.quarters(Accumulation.FLOW, Map.of(2, Realization.absent("n/a")));
        assertThat(english(none)).isEqualTo("no realised value in any triwulan");
        // An absence equals one whose reason reads the same in Bahasa Indonesia, such as one read back from JSON.
        assertThat(none).isEqualTo(Realization.absent("tidak ada nilai realisasi pada triwulan mana pun"));
        assertThat(english(Accumulations.years(Accumulation.STOCK, Map.of(2021, r("5")), 2022, 2024)))
                .isEqualTo("no realised value in 2022–2024");
        assertThat(Accumulations.years(Accumulation.STOCK, Map.of(2021, r("5")), 2022, 2024))
                .isEqualTo(Realization.absent("tidak ada nilai realisasi pada 2022–2024"));
        assertThat(english(Accumulations.years(Accumulation.STOCK, Map.of(), 2024, 2024)))
                .isEqualTo("no realised value in 2024");
        assertThat(english(Accumulations.accumulate(Accumulation.FLOW, List.of())))
                .isEqualTo("no periods to accumulate");
        assertThat(Accumulations.accumulate(Accumulation.FLOW, List.of(Realization.absent("n/a"))))
                .isEqualTo(Realization.absent("tidak satu pun dari 1 periode memiliki nilai realisasi"));
    }

    private static String english(Realization absent) {
        return ((Realization.Absent) absent).reason(Languages.ENGLISH);
    }

    @Test
    void yearsOutsideTheSpanAreNotUsed() {
        Map<Integer, Realization> years = Map.of(2021, r("100"), 2022, r("1"), 2023, r("2"), 2025, r("4"));
        assertThat(Accumulations.years(Accumulation.FLOW, years, 2022, 2024)).isEqualTo(r("3"));
        assertThat(Accumulations.years(Accumulation.STOCK, years, 2022, 2024)).isEqualTo(r("2"));
    }

    @Test
    void refusesBadArgumentsWithMessages() {
        assertThatThrownBy(() -> Accumulations.quarters(Accumulation.FLOW, Map.of(5, r("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quarter must be from 1 to 4, but was 5");
        assertThatThrownBy(() -> Accumulations.years(Accumulation.FLOW, Map.of(), 2025, 2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromYear must not be after toYear, but was 2025 > 2024");
        Map<Integer, Realization> withNull = new HashMap<>();
        withNull.put(3, null);
        assertThatThrownBy(() -> Accumulations.quarters(Accumulation.FLOW, withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("realisation of triwulan 3 must not be null");
        assertThatThrownBy(() -> Accumulations.accumulate(null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("accumulation must not be null");
    }

    /** A quarter: about one in five has no value; values may be 0 or negative. */
    private static final Gen<Realization> QUARTER = integers().between(-25_000, 100_000)
            .map(i -> i < -20_000 ? Realization.absent("no value") : Realization.of(BigDecimal.valueOf(i, 2)));

    @Test
    void quartersIntoYearsIntoATotalIsTheSameAsAllQuartersAtOnce() {
        qt().forAll(lists().of(lists().of(QUARTER).ofSize(4)).ofSizeBetween(1, 6)).check(years -> {
            for (Accumulation accumulation : Accumulation.values()) {
                Map<Integer, Realization> byYear = new HashMap<>();
                List<Realization> allQuarters = new ArrayList<>();
                for (int y = 0; y < years.size(); y++) {
                    Map<Integer, Realization> byQuarter = new HashMap<>();
                    for (int q = 0; q < 4; q++) {
                        byQuarter.put(q + 1, years.get(y).get(q));
                        allQuarters.add(years.get(y).get(q));
                    }
                    byYear.put(2020 + y, Accumulations.quarters(accumulation, byQuarter));
                }
                Realization twoSteps = Accumulations.years(accumulation, byYear, 2020, 2020 + years.size() - 1);
                Realization direct = Accumulations.accumulate(accumulation, allQuarters);
                if (!twoSteps.valueIfPresent().equals(direct.valueIfPresent())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void flowIsTheSumAndStockTheLastRealised() {
        qt().forAll(lists().of(QUARTER).ofSizeBetween(0, 12)).check(periods -> {
            BigDecimal sum = null;
            BigDecimal last = null;
            for (Realization realization : periods) {
                if (realization instanceof Realization.Measured m) {
                    sum = sum == null ? m.value() : sum.add(m.value());
                    last = m.value();
                }
            }
            Realization flow = Accumulations.accumulate(Accumulation.FLOW, periods);
            Realization stock = Accumulations.accumulate(Accumulation.STOCK, periods);
            if (sum == null) {
                return !flow.isPresent() && !stock.isPresent();
            }
            return flow.valueIfPresent().orElseThrow().compareTo(sum) == 0
                    && stock.valueIfPresent().orElseThrow().compareTo(last) == 0;
        });
    }

    @Test
    void yearsOutsideThoseOfAReportAreRefusedBeforeAnyIsWalked() {
        assertThatThrownBy(() -> Accumulations.years(Accumulation.STOCK, Map.of(), Integer.MIN_VALUE, 2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromYear must be from 1900 to 2999, but was -2147483648");
        assertThatThrownBy(() -> Accumulations.years(Accumulation.STOCK, Map.of(), 2024, 3000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("toYear must be from 1900 to 2999, but was 3000");
        assertThatThrownBy(() -> Accumulations.years(Accumulation.STOCK, Map.of(), 1899, 2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fromYear must be from 1900 to 2999, but was 1899");
        assertThat(Accumulations.years(Accumulation.FLOW, Map.of(1900, Realization.of(BigDecimal.ONE),
                2999, Realization.of(BigDecimal.TEN)), 1900, 2999).valueIfPresent()).hasValue(new BigDecimal("11"));
    }

    @Test
    void aFlowThatAddsUpPastAFigureIsRefusedQuotingTheSum() {
        assertThatThrownBy(() -> Accumulations.accumulate(Accumulation.FLOW, List.of(
                Realization.of(new BigDecimal("9E+29")), Realization.of(new BigDecimal("9E+29")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the realisations add up to 1800000000000000000000000000000, too large to be a figure of"
                        + " a report (at most 30 digits before the decimal point)");
    }
}
