package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.Languages;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tabel 2.1, 3.3 and 3.4 of the reference report (LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024), from
 * {@code renstra-2022-2026.csv}: Renstra progress against the real end target (2026), the targets the report
 * divided by instead, the Perjanjian Kinerja targets that differ from the Renstra's, and the year-over-year
 * changes.
 */
class GoldenRenstraTest {

    static final String TPAK = "Tingkat Partisipasi Angkatan Kerja (TPAK)";
    static final String SAKIP = "Nilai SAKIP Perangkat Daerah";
    static final String IP_ASN = "Indeks Profesionalisme ASN (IP-ASN) Perangkat Daerah";
    static final String PERSELISIHAN = "Persentase Penurunan Angka Perselisihan Hubungan Industrial "
            + "(Program Hubungan Industrial)";

    record Row(String indicator, Polarity polarity, String unit, int year, Optional<BigDecimal> target,
            Optional<BigDecimal> realisasi) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        // Empty target or realisasi = no value (not zero).
        for (Map<String, String> r : TapinCsv.read("/tapin-2024/renstra-2022-2026.csv")) {
            rows.add(new Row(r.get("indikator"), Polarity.valueOf(r.get("polarity")), r.get("satuan"),
                    Integer.parseInt(r.get("year")), decimal(r.get("target")), decimal(r.get("realisasi"))));
        }
        return rows;
    }

    private static Optional<BigDecimal> decimal(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(field));
    }

    private static List<Row> rowsOf(String indicator) throws IOException {
        return rows().stream().filter(r -> r.indicator().equals(indicator)).toList();
    }

    /** The realisation of every year of the file; a year with an empty realisasi is absent, not zero. */
    static SortedMap<Integer, Realization> realizations(String indicator) throws IOException {
        SortedMap<Integer, Realization> byYear = new TreeMap<>();
        for (Row row : rowsOf(indicator)) {
            byYear.put(row.year(), row.realisasi().<Realization>map(Realization::of)
                    .orElseGet(() -> Realization.absent("tidak ada nilai")));
        }
        return byYear;
    }

    /**
     * The plan of an indicator: every stock or rate (all four are percentages, a score or an index). The first
     * three are in Tabel 2.1's Renstra 2022–2026, their 2021 realisation the baseline. The fourth comes from the
     * Renstra matrix of Lampiran 3, whose targets start in 2024 and whose 2023 figure is the "Data Capaian pada
     * Tahun Awal Perencanaan": it is read as the Renstra 2024–2026 with baseline 28 (2023).
     */
    static RenstraPlan plan(String indicator, int firstYear, int lastYear) throws IOException {
        List<Row> rows = rowsOf(indicator);
        Indicator ind = Indicator.of(indicator, rows.get(0).unit(), rows.get(0).polarity(), Accumulation.STOCK);
        List<RenstraPlan.YearTarget> targets = new ArrayList<>();
        RenstraPlan.Baseline baseline = null;
        for (Row row : rows) {
            if (row.year() < firstYear) {
                if (row.realisasi().isPresent()) {
                    baseline = new RenstraPlan.Baseline(row.year(), row.realisasi().get());
                }
            } else if (row.target().isPresent()) {
                targets.add(RenstraPlan.YearTarget.of(row.year(), row.target().get()));
            }
        }
        RenstraPlan plan = RenstraPlan.of(ind, firstYear, lastYear, targets);
        return baseline == null ? plan : plan.withBaseline(baseline.year(), baseline.value());
    }

    private static BigDecimal two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void tabel34TpakAgainstTheRealEndTarget() throws IOException {
        RenstraPlan plan = plan(TPAK, 2022, 2026);
        assertThat(plan.endTarget()).contains(Target.of(new BigDecimal("71.11")));
        assertThat(plan.baseline()).contains(new RenstraPlan.Baseline(2021, new BigDecimal("70.31")));
        assertThat(RenstraProgress.toDate(plan, realizations(TPAK), 2024)).isEqualTo(Realization.of(
                new BigDecimal("68.12")));

        // 68,12 / 71,11 × 100 = 95,7952…: the right figure
        Achievement progress = RenstraProgress.of(plan, realizations(TPAK), 2024);
        assertThat(progress.percent()).isEqualByComparingTo("95.79524680073126142595978062157221");
        assertThat(progress.rounded()).isEqualByComparingTo("95.80");
        assertThat(progress.explain(Languages.ENGLISH)).isEqualTo("progress against Renstra end target (2026) with realisation to"
                + " 2024 (latest value of 2022–2024: 68,12): 68,12 / 71,11 × 100% = 95,80%");
        assertThat(progress).isEqualTo(RenstraProgress.of(Polarity.POSITIVE, new BigDecimal("71.11"),
                new BigDecimal("68.12")));

        // Printed 96 %: reproduced by the 2024 Renstra target 70,95 (labelled "target akhir Renstra"), which gives
        // 96,01 at two decimals: the printed figure is that one cut to a whole percent, not even right to the
        // report's own two decimals. The PK target 70,20 would give 97,04, so it is not the one used.
        Achievement printedWay = Capaian.of(Polarity.POSITIVE, plan.target(2024).orElseThrow().value(),
                new BigDecimal("68.12"));
        assertThat(printedWay.rounded()).isEqualByComparingTo("96.01");
        assertThat(printedWay.rounded(0, RoundingMode.HALF_UP)).isEqualByComparingTo("96");
        assertThat(printedWay.rounded()).isNotEqualByComparingTo("96");
        assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("70.20"), new BigDecimal("68.12")).rounded())
                .isEqualByComparingTo("97.04");
    }

    @Test
    void tabel34SakipAgainstTheRealEndTarget() throws IOException {
        RenstraPlan plan = plan(SAKIP, 2022, 2026);
        assertThat(plan.endTarget()).contains(Target.of(new BigDecimal("72.50")));
        assertThat(plan.baseline()).contains(new RenstraPlan.Baseline(2021, new BigDecimal("76")));

        // 73,20 / 72,50 × 100 = 100,9655…
        Achievement progress = RenstraProgress.of(plan, realizations(SAKIP), 2024);
        assertThat(progress.percent()).isEqualByComparingTo("100.9655172413793103448275862068966");
        assertThat(progress.rounded()).isEqualByComparingTo("100.97");

        // Printed 102,22 %: 73,20 / 71,61, the 2024 Renstra target; right for that target, wrong target.
        // The PK target 75 would give 97,60 (the capaian of Tabel 3.2), so it is not the one used.
        assertThat(two(Capaian.of(Polarity.POSITIVE, plan.target(2024).orElseThrow().value(),
                new BigDecimal("73.20")).percent())).isEqualByComparingTo("102.22");
        assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("75"), new BigDecimal("73.20")).rounded())
                .isEqualByComparingTo("97.60");
    }

    @Test
    void tabel34IpAsnAgainstTheRealEndTarget() throws IOException {
        RenstraPlan plan = plan(IP_ASN, 2022, 2026);
        assertThat(plan.endTarget()).contains(Target.of(new BigDecimal("76")));
        assertThat(plan.baseline()).isEmpty();
        assertThat(plan.target(2022)).isEmpty();

        // 79,13 / 76 × 100 = 104,1184…
        Achievement progress = RenstraProgress.of(plan, realizations(IP_ASN), 2024);
        assertThat(progress.percent()).isEqualByComparingTo("104.1184210526315789473684210526316");
        assertThat(progress.rounded()).isEqualByComparingTo("104.12");

        // Printed 121,74 %: 79,13 / 65, the 2024 target, which the Renstra and the PK share; right for that
        // target, wrong target.
        assertThat(Capaian.of(Polarity.POSITIVE, new BigDecimal("65"), new BigDecimal("79.13")).rounded())
                .isEqualByComparingTo("121.74");
        assertThat(plan.target(2024)).contains(Target.of(new BigDecimal("65")));
    }

    @Test
    void tabel34NegativeIndicatorWithoutRealisationIsNotComputable() throws IOException {
        RenstraPlan plan = plan(PERSELISIHAN, 2024, 2026);
        assertThat(plan.indicator().polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(plan.baseline()).contains(new RenstraPlan.Baseline(2023, new BigDecimal("28")));
        assertThat(plan.targets()).containsExactly(Map.entry(2024, Target.of(new BigDecimal("25"))),
                Map.entry(2025, Target.of(new BigDecimal("23"))), Map.entry(2026, Target.of(new BigDecimal("20"))));

        // The baseline (2023) is not a realisation of the period; 2024 has none.
        Achievement progress = RenstraProgress.of(plan, realizations(PERSELISIHAN), 2024);
        assertThat(progress.isComputable()).isFalse();
        assertThat(progress.reason(Languages.ENGLISH)).contains("progress against Renstra end target (2026) with realisation to 2024:"
                + " no realisation: no realised value in 2024");
        assertThat(progress.category()).isEmpty();

        // Had 2024 been realised at 24, lower-is-better progress against the end target 20 would be
        // (2 × 20 − 24) / 20 = 80 %.
        Map<Integer, Realization> realised = new TreeMap<>(realizations(PERSELISIHAN));
        realised.put(2024, Realization.of(new BigDecimal("24")));
        assertThat(RenstraProgress.of(plan, realised, 2024).percent()).isEqualByComparingTo("80");
    }

    @Test
    void perjanjianKinerjaTargetsThatDifferFromTheRenstra() throws IOException {
        // Tabel 2.3/2.4: PK 2024 TPAK 70,20, SAKIP 75, IP-ASN 65; Renstra 2024: 70,95, 71,61, 65.
        RenstraPlan.TargetComparison tpak = plan(TPAK, 2022, 2026)
                .compareWithAgreement(2024, Target.of(new BigDecimal("70.20"))).orElseThrow();
        assertThat(tpak.differs()).isTrue();
        assertThat(tpak.difference().value()).isEqualByComparingTo("-0.75");
        assertThat(tpak.difference().explain(Languages.ENGLISH)).isEqualTo("70,20 − 70,95 = -0,75");
        assertThat(two(tpak.differencePercent().value())).isEqualByComparingTo("-1.06");
        assertThat(tpak.describe(Languages.ENGLISH)).isEqualTo("2024: Perjanjian Kinerja target 70,20 differs from"
                + " Renstra target 70,95 by -0,75");
        assertThat(tpak).hasToString("2024: target Perjanjian Kinerja 70,20 berbeda dari target Renstra 70,95"
                + " sebesar -0,75");

        RenstraPlan.TargetComparison sakip = plan(SAKIP, 2022, 2026)
                .compareWithAgreement(2024, Target.of(new BigDecimal("75"))).orElseThrow();
        assertThat(sakip.differs()).isTrue();
        assertThat(sakip.difference().value()).isEqualByComparingTo("3.39");
        assertThat(sakip.differencePercent().value()).isEqualByComparingTo("4.733975701717637201508169250104734");

        RenstraPlan.TargetComparison ipAsn = plan(IP_ASN, 2022, 2026)
                .compareWithAgreement(2024, Target.of(new BigDecimal("65.00"))).orElseThrow();
        assertThat(ipAsn.differs()).isFalse();
        assertThat(ipAsn.difference().value()).isEqualByComparingTo("0");
        assertThat(ipAsn.describe(Languages.ENGLISH)).isEqualTo("2024: Perjanjian Kinerja target equals Renstra target 65");
        assertThat(ipAsn).hasToString("2024: target Perjanjian Kinerja sama dengan target Renstra 65");

        assertThat(plan(IP_ASN, 2022, 2026).compareWithAgreement(2022, Target.of(BigDecimal.ONE))).isEmpty();
    }

    @Test
    void tabel33RealisationsYearOverYear() throws IOException {
        List<YearOverYear.Change> tpak = YearOverYear.of(realizations(TPAK).subMap(2021, 2025));
        assertThat(tpak).extracting(YearOverYear.Change::toYear).containsExactly(2022, 2023, 2024);
        assertChange(tpak.get(0), "0", "0");
        assertChange(tpak.get(1), "-0.17", "-0.2417863746266533921206087327549424");
        assertChange(tpak.get(2), "-2.02", "-2.879954376960364984317080125463359");
        assertThat(tpak.get(2).explain(Languages.ENGLISH)).isEqualTo("2023 → 2024: 68,12 − 70,14 = -2,02; -2,02 / 70,14 × 100% ="
                + " -2,88%");

        List<YearOverYear.Change> sakip = YearOverYear.of(realizations(SAKIP).subMap(2021, 2025));
        assertChange(sakip.get(0), "-4", "-5.263157894736842105263157894736842");
        assertChange(sakip.get(1), "1.2", "1.666666666666666666666666666666667");
        assertChange(sakip.get(2), "0", "0");

        // IP-ASN did not exist before 2023: no value, not zero, so no change can be computed from it.
        List<YearOverYear.Change> ipAsn = YearOverYear.of(realizations(IP_ASN).subMap(2021, 2025));
        assertThat(ipAsn.get(0).points().isComputable()).isFalse();
        assertThat(ipAsn.get(0).points().reason(Languages.ENGLISH)).contains("no value in 2021 (tidak ada nilai)");
        assertThat(ipAsn.get(1).percent().isComputable()).isFalse();
        assertThat(ipAsn.get(1).explain(Languages.ENGLISH)).isEqualTo("2022 → 2023: not computable: no value in 2022 (tidak ada"
                + " nilai)");
        assertChange(ipAsn.get(2), "20.23", "34.34634974533106960950764006791171");
    }

    @Test
    void tabel33CapaianYearOverYearAgainstEachYearsRenstraTarget() throws IOException {
        Map<String, List<String[]>> expected = new LinkedHashMap<>();
        // {points, percent}, both rounded half-up to two decimals; capaian against each year's Renstra target
        expected.put(TPAK, List.of(new String[] {"-0.95", "-0.95"}, new String[] {"-3.48", "-3.50"}));
        expected.put(SAKIP, List.of(new String[] {"1.29", "1.27"}, new String[] {"-0.88", "-0.85"}));
        for (Map.Entry<String, List<String[]>> entry : expected.entrySet()) {
            List<YearOverYear.Change> changes = YearOverYear.ofAchievements(capaian(entry.getKey()));
            assertThat(changes).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(two(changes.get(i).points().value())).as(entry.getKey() + " " + i)
                        .isEqualByComparingTo(entry.getValue().get(i)[0]);
                assertThat(two(changes.get(i).percent().value())).as(entry.getKey() + " " + i)
                        .isEqualByComparingTo(entry.getValue().get(i)[1]);
            }
        }
        // IP-ASN: no target nor value in 2022; 78,53 % (2023) → 121,74 % (2024) = +43,21 points, +55,02 %
        List<YearOverYear.Change> ipAsn = YearOverYear.ofAchievements(capaian(IP_ASN));
        assertThat(ipAsn.get(0).points().reason(Languages.ENGLISH)).contains("no value in 2022 (capaian not computable: no target)");
        assertThat(two(ipAsn.get(1).points().value())).isEqualByComparingTo("43.21");
        assertThat(two(ipAsn.get(1).percent().value())).isEqualByComparingTo("55.02");
    }

    private static Map<Integer, Achievement> capaian(String indicator) throws IOException {
        Map<Integer, Achievement> byYear = new TreeMap<>();
        for (Row row : rowsOf(indicator)) {
            if (row.year() < 2022 || row.year() > 2024) {
                continue;
            }
            byYear.put(row.year(), row.target().isEmpty() ? Achievement.notComputable("no target")
                    : Capaian.of(row.polarity(), Target.of(row.target().get()), row.realisasi()
                            .<Realization>map(Realization::of).orElseGet(() -> Realization.absent("tidak ada nilai"))));
        }
        return byYear;
    }

    private static void assertChange(YearOverYear.Change change, String points, String percent) {
        assertThat(change.points().value()).as(change.explain(Languages.ENGLISH)).isEqualByComparingTo(points);
        assertThat(change.percent().value()).as(change.explain(Languages.ENGLISH)).isEqualByComparingTo(percent);
    }
}
