package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the Renja form checked by hand, one per kind of indicator. */
class IndicatorRowTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Quarters quarters(String text) {
        String[] parts = text.split(";");
        Realization[] values = new Realization[4];
        for (int i = 0; i < 4; i++) {
            values[i] = parts[i].equals("-") ? Realization.absent("triwulan " + (i + 1) + " not reported")
                    : Realization.of(d(parts[i]));
        }
        return Quarters.of(values[0], values[1], values[2], values[3]);
    }

    /**
     * Columns 6, 7, 8, 9–12 in, 13, 14, 15 and 13/8 out. Checked by hand:
     * flow positive 100 + 150 + 140 + 130 = 520, 470 + 520 = 990, 990 / 1.536 = 64,45 %, 520 / 512 = 101,56 %;
     * stock positive latest 68,12, 68,12 / 71,11 = 95,80 %, 68,12 / 70,20 = 97,04 %;
     * flow negative 1 + 2 + 0 + 1 = 4, 12 + 4 = 16, (40 − 16) / 20 = 120 %, (12 − 4) / 6 = 133,33 %;
     * stock negative latest 4,7, (9 − 4,7) / 4,5 = 95,56 %, (9,8 − 4,7) / 4,9 = 104,08 %.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POSITIVE | FLOW  | 1536  | 470   | 512   | 100;150;140;130  | 520   | 990   | 64.45  | 101.56",
        "POSITIVE | STOCK | 71.11 | 67.50 | 70.20 | 66.9;67.3;68.12;- | 68.12 | 68.12 | 95.80  | 97.04",
        "NEGATIVE | FLOW  | 20    | 12    | 6     | 1;2;0;1          | 4     | 16    | 120.00 | 133.33",
        "NEGATIVE | STOCK | 4.5   | 5.2   | 4.9   | 5.1;5.0;4.8;4.7  | 4.7   | 4.7   | 95.56  | 104.08",
        "POSITIVE | FLOW  | 1536  | 470   | 512   | -;-;-;-          |       | 470   | 30.60  |",
        "POSITIVE | STOCK | 80    | 75    | 78    | -;-;-;-          |       | 75    | 93.75  |",
        "POSITIVE | FLOW  | 100   | -     | 100   | 0;0;0;0          | 0     | 0     | 0.00   | 0.00",
        "POSITIVE | STOCK | 100   | 90    | 100   | 95;-;0;-         | 0     | 0     | 0.00   | 0.00",
    })
    void derivesColumns13To15ByAccumulationAndPolarity(Polarity polarity, Accumulation accumulation, String six,
            String seven, String eight, String nineToTwelve, String thirteen, String fourteen, String fifteen,
            String yearAchievement) {
        Indicator indicator = Indicator.of("indikator", "unit", polarity, accumulation);
        Realization toLastYear = seven.equals("-") ? Realization.absent("first year of the Renstra")
                : Realization.of(d(seven));
        IndicatorRow row = IndicatorRow.of(indicator, Target.of(d(six)), toLastYear, Target.of(d(eight)),
                quarters(nineToTwelve));
        assertThat(row.realizationThisYear().valueIfPresent()).isEqualTo(Optional.ofNullable(thirteen).map(
                IndicatorRowTest::d));
        assertThat(row.renstraRealizationToDate().value()).isEqualByComparingTo(fourteen);
        assertThat(row.renstraAchievement().rounded()).isEqualTo(d(fifteen));
        assertThat(row.achievement(Measure.RENSTRA_TO_DATE, EvaluationPolicy.DEFAULT)).isEqualTo(
                row.renstraAchievement());
        if (yearAchievement == null) {
            assertThat(row.yearAchievement().reason(Languages.ENGLISH)).contains("no realisation: no triwulan reported");
        } else {
            assertThat(row.yearAchievement().rounded()).isEqualTo(d(yearAchievement));
            assertThat(row.achievement(Measure.YEAR, EvaluationPolicy.DEFAULT)).isEqualTo(row.yearAchievement());
        }
    }

    private static final Indicator TPAK = Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK);
    private static final Indicator TRAINED = Indicator.of("Pencari kerja dilatih", "Orang", Polarity.POSITIVE,
            Accumulation.FLOW);

    private static IndicatorRow tpak() {
        return IndicatorRow.of(TPAK, Target.of(d("71.11")), Realization.of(d("67.50")), Target.of(d("70.20")),
                Quarters.reported(d("66.9"), d("67.3"), d("68.12")));
    }

    @Test
    void theWorkingsSayHowEachColumnWasFormed() {
        IndicatorRow trained = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.reported(d("100"), d("150"), d("140")));
        assertThat(trained.realizationThisYear().explain(Languages.ENGLISH))
                .isEqualTo("sum of triwulan I, II, III: 100 + 150 + 140 = 390; triwulan IV not reported");
        assertThat(trained.renstraRealizationToDate().explain(Languages.ENGLISH)).isEqualTo("7 + 13: 470 + 390 = 860");
        assertThat(trained.renstraAchievement().explain(Languages.ENGLISH)).isEqualTo("860 / 1.536 × 100% = 55,99%");
        assertThat(trained.yearAchievement().explain(Languages.ENGLISH)).isEqualTo("390 / 512 × 100% = 76,17%");
        assertThat(trained.predicate(Measure.YEAR, EvaluationPolicy.DEFAULT)).contains(Category.TINGGI);

        assertThat(tpak().realizationThisYear().explain(Languages.ENGLISH))
                .isEqualTo("latest reported, triwulan III: 68,12; triwulan IV not reported");
        assertThat(tpak().renstraRealizationToDate().explain(Languages.ENGLISH))
                .isEqualTo("latest level, column 13: 68,12 (a level is not added to column 7's 67,50)");
        assertThat(tpak().renstraAchievement().explain(Languages.ENGLISH)).isEqualTo("68,12 / 71,11 × 100% = 95,80%");
    }

    @Test
    void thePrintedSumAddsTwoLevelsOfAStockAndSaysSo() {
        EvaluationPolicy printed = EvaluationPolicy.DEFAULT.withRenstraToDate(RenstraToDate.PRINTED_SUM);
        DerivedValue fourteen = tpak().renstraRealizationToDate(printed);
        assertThat(fourteen.value()).isEqualByComparingTo("135.62");
        assertThat(fourteen.explain(Languages.ENGLISH))
                .isEqualTo("7 + 13: 67,50 + 68,12 = 135,62 (as printed; adds two levels of a stock)");
        assertThat(tpak().renstraAchievement(printed).rounded()).isEqualTo(d("190.72"));
        // A flow is the same under both readings, and its working does not warn.
        IndicatorRow trained = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.reported(d("100")));
        assertThat(trained.renstraRealizationToDate(printed)).isEqualTo(trained.renstraRealizationToDate());
        assertThat(trained.renstraRealizationToDate(printed).explain(Languages.ENGLISH)).isEqualTo("7 + 13: 470 + 100 = 570");
    }

    @Test
    void theColumnsAreWorkedInBahasaIndonesiaByDefault() {
        EvaluationPolicy printed = EvaluationPolicy.DEFAULT.withRenstraToDate(RenstraToDate.PRINTED_SUM);
        assertThat(tpak().renstraRealizationToDate(printed).explain()).isEqualTo(
                "7 + 13: 67,50 + 68,12 = 135,62 (sebagaimana tercetak; menjumlahkan dua tingkat dari suatu stok)");
        IndicatorRow firstYear = IndicatorRow.of(TRAINED, Target.of(d("1536")),
                Realization.absent("tahun pertama Renstra"), Target.of(d("512")), Quarters.reported(d("100")));
        assertThat(firstYear.renstraRealizationToDate().explain())
                .isEqualTo("hanya kolom 13, kolom 7 tidak memiliki nilai (tahun pertama Renstra): 100");
        IndicatorRow nothingYet = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.none());
        assertThat(nothingYet.renstraRealizationToDate().explain()).isEqualTo(
                "hanya kolom 7, kolom 13 tidak memiliki nilai (tidak ada triwulan yang dilaporkan): 470");
        IndicatorRow blank = new IndicatorRow(TRAINED, Optional.empty(), Realization.of(d("5")), Optional.empty(),
                Quarters.reported(d("1")));
        assertThat(blank.renstraAchievement().reason()).contains("kolom 6 (target akhir Renstra) kosong");
        assertThat(blank.yearAchievement().reason()).contains("kolom 8 (target tahun berjalan) kosong");
    }

    @Test
    void aColumnWithNoValueAddsNothingAndTheWorkingSaysWhichOne() {
        IndicatorRow firstYear = IndicatorRow.of(TRAINED, Target.of(d("1536")),
                Realization.absent("first year of the Renstra"), Target.of(d("512")), Quarters.reported(d("100")));
        assertThat(firstYear.renstraRealizationToDate().explain(Languages.ENGLISH))
                .isEqualTo("13 only, column 7 has no value (first year of the Renstra): 100");
        IndicatorRow nothingYet = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.none());
        assertThat(nothingYet.renstraRealizationToDate().explain(Languages.ENGLISH))
                .isEqualTo("7 only, column 13 has no value (no triwulan reported): 470");
        IndicatorRow levelNotYetMeasured = IndicatorRow.of(TPAK, Target.of(d("71.11")), Realization.of(d("67.50")),
                Target.of(d("70.20")), Quarters.none());
        assertThat(levelNotYetMeasured.renstraRealizationToDate().explain(Languages.ENGLISH))
                .isEqualTo("latest level, column 7 (column 13 has no value: no triwulan reported): 67,50");
        IndicatorRow levelWithoutHistory = IndicatorRow.of(TPAK, Target.of(d("71.11")),
                Realization.absent("indikator baru"), Target.of(d("70.20")), Quarters.reported(d("68")));
        assertThat(levelWithoutHistory.renstraRealizationToDate().explain(Languages.ENGLISH)).isEqualTo("latest level, column 13: 68");
        EvaluationPolicy printed = EvaluationPolicy.DEFAULT.withRenstraToDate(RenstraToDate.PRINTED_SUM);
        assertThat(levelWithoutHistory.renstraRealizationToDate(printed).explain(Languages.ENGLISH))
                .isEqualTo("13 only, column 7 has no value (indikator baru): 68"
                        + " (as printed; adds two levels of a stock)");
    }

    @Test
    void nothingRealisedIsAbsentAndNotComputableNeverZero() {
        IndicatorRow row = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.absent("indikator baru"),
                Target.of(d("512")), Quarters.none());
        assertThat(row.realizationThisYear().isPresent()).isFalse();
        assertThat(row.realizationThisYear().reason(Languages.ENGLISH)).contains("no triwulan reported");
        DerivedValue fourteen = row.renstraRealizationToDate();
        assertThat(fourteen.reason(Languages.ENGLISH)).contains(
                "neither column 7 (indikator baru) nor column 13 (no triwulan reported) has a value");
        assertThat(row.renstraAchievement().isComputable()).isFalse();
        assertThat(row.renstraAchievement().reason(Languages.ENGLISH)).contains(
                "no realisation: neither column 7 (indikator baru) nor column 13 (no triwulan reported) has a value");
        assertThat(row.predicate(Measure.RENSTRA_TO_DATE, EvaluationPolicy.DEFAULT)).isEmpty();
    }

    @Test
    void zeroAndBlankTargetsAreNotComputableWithTheirReason() {
        IndicatorRow zero = IndicatorRow.of(TRAINED, Target.of(BigDecimal.ZERO), Realization.of(d("5")),
                Target.of(BigDecimal.ZERO), Quarters.reported(d("1")));
        assertThat(zero.renstraAchievement().reason(Languages.ENGLISH)).contains("target is 0: division by zero");
        assertThat(zero.yearAchievement().reason(Languages.ENGLISH)).contains("target is 0: division by zero");
        IndicatorRow blank = new IndicatorRow(TRAINED, Optional.empty(), Realization.of(d("5")), Optional.empty(),
                Quarters.reported(d("1")));
        assertThat(blank.renstraAchievement().reason(Languages.ENGLISH)).contains("column 6 (the plan's end target) is blank");
        assertThat(blank.yearAchievement().reason(Languages.ENGLISH)).contains("column 8 (this year's target) is blank");
        assertThat(blank.realizationThisYear().value()).isEqualByComparingTo("1");
        // A negative indicator whose target 0 is met by 0 is 100 % only when the policy says so.
        Indicator disputes = Indicator.of("Perselisihan", "Perkara", Polarity.NEGATIVE, Accumulation.FLOW);
        IndicatorRow none = IndicatorRow.of(disputes, Target.of(BigDecimal.ZERO), Realization.of(BigDecimal.ZERO),
                Target.of(BigDecimal.ZERO), Quarters.reported(d("0"), d("0")));
        assertThat(none.yearAchievement().isComputable()).isFalse();
        EvaluationPolicy metByZero = EvaluationPolicy.DEFAULT.withCapaian(
                Capaian.Policy.DEFAULT.withZeroTarget(Capaian.ZeroTarget.MET_BY_ZERO));
        assertThat(none.yearAchievement(metByZero).rounded()).isEqualTo(d("100.00"));
        assertThat(none.renstraAchievement(metByZero).rounded()).isEqualTo(d("100.00"));
    }

    @Test
    void theNegativeFormulaIsThePolicys() {
        Indicator rate = Indicator.of("Tingkat pengangguran", "Persen", Polarity.NEGATIVE, Accumulation.STOCK);
        IndicatorRow row = IndicatorRow.of(rate, Target.of(d("4.5")), Realization.of(d("5.2")), Target.of(d("4.9")),
                Quarters.reported(d("5.1"), d("5.0"), d("4.8"), d("4.7")));
        EvaluationPolicy inverse = EvaluationPolicy.DEFAULT.withCapaian(MonevFormula.capaianPolicy());
        assertThat(row.renstraAchievement(inverse).rounded()).isEqualTo(d("95.74"));
        assertThat(row.yearAchievement(inverse).rounded()).isEqualTo(d("104.26"));
    }

    @Test
    void aTargetRangeIsMetInside() {
        IndicatorRow row = IndicatorRow.of(TPAK, Target.range(d("70"), d("72")), Realization.of(d("69")),
                Target.range(d("68"), d("70")), Quarters.reported(d("69")));
        assertThat(row.yearAchievement().rounded()).isEqualTo(d("100.00"));
        assertThat(row.renstraAchievement().rounded()).isEqualTo(d("98.57"));
    }

    @Test
    void theFormFilledAtTheEndOfAQuarterHasTheLaterQuartersAbsent() {
        IndicatorRow full = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.reported(d("100"), d("150"), d("140"), d("130")));
        IndicatorRow second = full.upToQuarter(2);
        assertThat(second.realizationThisYear().value()).isEqualByComparingTo("250");
        assertThat(second.quarters().get(3).isPresent()).isFalse();
        assertThat(second.yearAchievement().rounded()).isEqualTo(d("48.83"));
        assertThat(full.upToQuarter(4)).isEqualTo(full);
        assertThat(full.upToQuarter(0).realizationThisYear().isPresent()).isFalse();
        assertThatThrownBy(() -> full.upToQuarter(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be from 0 to 4, but was 5");
    }

    @Test
    void predikatOfEachMeasureFollowsThePolicysScale() {
        IndicatorRow row = IndicatorRow.of(TRAINED, Target.of(d("1000")), Realization.of(d("400")),
                Target.of(d("200")), Quarters.reported(d("90"), d("90.5")));
        // 13 / 8 = 180,5 / 200 = 90,25 %; 15 = 580,5 / 1.000 = 58,05 %.
        assertThat(row.yearAchievement().rounded()).isEqualTo(d("90.25"));
        assertThat(row.predicate(Measure.YEAR, EvaluationPolicy.DEFAULT)).contains(Category.TINGGI);
        assertThat(row.predicate(Measure.YEAR, EvaluationPolicy.DEFAULT.withPredicate(PredicateReading.GREATER_THAN)))
                .contains(Category.SANGAT_TINGGI);
        assertThat(row.predicate(Measure.RENSTRA_TO_DATE, EvaluationPolicy.DEFAULT)).contains(Category.RENDAH);
    }

    @Test
    void refusesNullsNamingThem() {
        Quarters none = Quarters.none();
        Realization r = Realization.of(BigDecimal.ONE);
        Target t = Target.of(BigDecimal.ONE);
        assertThatThrownBy(() -> IndicatorRow.of(null, t, r, t, none)).isInstanceOf(NullPointerException.class)
                .hasMessage("indicator must not be null");
        assertThatThrownBy(() -> IndicatorRow.of(TPAK, null, r, t, none)).hasMessage("renstraTarget must not be null");
        assertThatThrownBy(() -> IndicatorRow.of(TPAK, t, null, t, none))
                .hasMessage("renstraRealizationToLastYear must not be null");
        assertThatThrownBy(() -> IndicatorRow.of(TPAK, t, r, null, none)).hasMessage("yearTarget must not be null");
        assertThatThrownBy(() -> IndicatorRow.of(TPAK, t, r, t, null)).hasMessage("quarters must not be null");
        assertThatThrownBy(() -> new IndicatorRow(TPAK, null, r, Optional.of(t), none))
                .hasMessage("renstraTarget must not be null");
        assertThatThrownBy(() -> new IndicatorRow(TPAK, Optional.of(t), r, null, none))
                .hasMessage("yearTarget must not be null");
        IndicatorRow row = tpak();
        assertThatThrownBy(() -> row.renstraRealizationToDate(null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> row.renstraAchievement(null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> row.yearAchievement(null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> row.achievement(null, EvaluationPolicy.DEFAULT))
                .hasMessage("measure must not be null");
        assertThatThrownBy(() -> row.predicate(Measure.YEAR, null)).hasMessage("policy must not be null");
    }

    @Test
    void anAchievementIsNeverASilentZeroForAnEmptyYear() {
        Achievement year = IndicatorRow.of(TRAINED, Target.of(d("1536")), Realization.of(d("470")),
                Target.of(d("512")), Quarters.none()).yearAchievement();
        assertThat(year.isComputable()).isFalse();
        assertThat(year.valueIfComputable()).isEmpty();
    }
}
