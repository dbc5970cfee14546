package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.AkipEvaluation.Component;
import io.github.sakip.AkipEvaluation.SubComponent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AkipEvaluationTest {

    /** Reads evaluasi-akip.csv: component, weight, score_2022, score_2023. */
    private static List<String[]> rows() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AkipEvaluationTest.class.getResourceAsStream("/tapin-2024/evaluasi-akip.csv")),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("component,"))
                    .map(l -> l.split(",", -1)).collect(Collectors.toList());
        }
    }

    private static AkipEvaluation ofYear(int column) throws IOException {
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        for (String[] row : rows()) {
            Component component = List.of(Component.values()).stream()
                    .filter(c -> c.label().equals(row[0])).findFirst().orElseThrow();
            assertThat(component.defaultWeight()).as(row[0]).isEqualByComparingTo(row[1]);
            scores.put(component, new BigDecimal(row[column]));
        }
        return AkipEvaluation.of(scores);
    }

    @Test
    void goldenLheTotals() throws IOException {
        // LHE SAKIP 2022: 24,60 + 21,60 + 10,80 + 15,00 = 72,00, printed 72,00 BB
        AkipEvaluation lhe2022 = ofYear(2);
        assertThat(lhe2022.total()).isEqualByComparingTo("72.00");
        assertThat(lhe2022.predicate()).isEqualTo(AkipPredicate.BB);
        // LHE SAKIP 2023: 23,10 + 21,30 + 10,80 + 18,00 = 73,20, printed 73,20 BB
        AkipEvaluation lhe2023 = ofYear(3);
        assertThat(lhe2023.total()).isEqualByComparingTo("73.20");
        assertThat(lhe2023.predicate()).isEqualTo(AkipPredicate.BB);
        assertThat(lhe2023.explain()).isEqualTo("23,10 + 21,30 + 10,80 + 18 = 73,20 (BB, Sangat Baik)");
        assertThat(lhe2023).hasToString("AkipEvaluation[73.2 BB (Sangat Baik): Perencanaan Kinerja 23.1/30, "
                + "Pengukuran Kinerja 21.3/30, Pelaporan Kinerja 10.8/15, "
                + "Evaluasi Akuntabilitas Kinerja Internal 18/25]");
    }

    @Test
    void defaultWeightsAndSubComponentShares() {
        assertThat(AkipEvaluation.DEFAULT_WEIGHTS).containsExactly(
                Map.entry(Component.PERENCANAAN_KINERJA, new BigDecimal("30")),
                Map.entry(Component.PENGUKURAN_KINERJA, new BigDecimal("30")),
                Map.entry(Component.PELAPORAN_KINERJA, new BigDecimal("15")),
                Map.entry(Component.EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL, new BigDecimal("25")));
        assertThat(List.of(SubComponent.values())).extracting(SubComponent::share)
                .containsExactly(new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("50"));
        assertThat(SubComponent.KUALITAS.weightIn(new BigDecimal("30"))).isEqualByComparingTo("9");
        assertThat(SubComponent.KEBERADAAN.weightIn(new BigDecimal("15"))).isEqualByComparingTo("3");
        assertThat(SubComponent.PEMANFAATAN.weightIn(new BigDecimal("25"))).isEqualByComparingTo("12.5");
    }

    @Test
    void equalityIsNumeric() {
        AkipEvaluation a = AkipEvaluation.of(new BigDecimal("24.60"), new BigDecimal("21.6"), new BigDecimal("10.8"),
                new BigDecimal("15.00"));
        AkipEvaluation b = AkipEvaluation.of(new BigDecimal("24.6"), new BigDecimal("21.60"), new BigDecimal("10.80"),
                new BigDecimal("15"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void refusesAScoreAboveItsWeightNamingTheComponent() {
        assertThatThrownBy(() -> AkipEvaluation.of(new BigDecimal("24.60"), new BigDecimal("21.60"),
                new BigDecimal("15.50"), new BigDecimal("15")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of Pelaporan Kinerja must be from 0 to its weight 15, but was 15.5");
    }

    @Test
    void refusesANegativeScoreNamingTheComponent() {
        assertThatThrownBy(() -> AkipEvaluation.of(new BigDecimal("24.60"), new BigDecimal("-0.01"),
                new BigDecimal("10"), new BigDecimal("15")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of Pengukuran Kinerja must be from 0 to its weight 30, but was -0.01");
    }

    @Test
    void refusesMissingComponentsAndNulls() {
        assertThatThrownBy(() -> AkipEvaluation.of(Map.of(Component.PERENCANAAN_KINERJA, BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores must have a value for every component, but Pengukuran Kinerja is missing");
        assertThatThrownBy(() -> AkipEvaluation.of(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("perencanaan must not be null");
    }

    @Test
    void customWeightsMustSumToHundred() {
        AkipEvaluation lhe = AkipEvaluation.of(new BigDecimal("24.60"), new BigDecimal("21.60"),
                new BigDecimal("10.80"), new BigDecimal("15"));
        Map<Component, BigDecimal> weights = new EnumMap<>(Component.class);
        weights.put(Component.PERENCANAAN_KINERJA, new BigDecimal("25"));
        weights.put(Component.PENGUKURAN_KINERJA, new BigDecimal("35"));
        weights.put(Component.PELAPORAN_KINERJA, new BigDecimal("15"));
        weights.put(Component.EVALUASI_AKUNTABILITAS_KINERJA_INTERNAL, new BigDecimal("25"));
        AkipEvaluation custom = lhe.withWeights(weights);
        assertThat(custom.weight(Component.PENGUKURAN_KINERJA)).isEqualByComparingTo("35");
        assertThat(custom.total()).isEqualByComparingTo("72");
        weights.put(Component.PENGUKURAN_KINERJA, new BigDecimal("34"));
        assertThatThrownBy(() -> lhe.withWeights(weights)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must sum to 100, but sum to 99 (25 + 34 + 15 + 25)");
        weights.put(Component.PENGUKURAN_KINERJA, new BigDecimal("40"));
        weights.put(Component.PERENCANAAN_KINERJA, new BigDecimal("20"));
        assertThatThrownBy(() -> lhe.withWeights(weights)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of Perencanaan Kinerja must be from 0 to its weight 20, but was 24.6");
    }

    @Test
    void mapsAreCopiedAndUnmodifiable() {
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            scores.put(c, BigDecimal.TEN);
        }
        AkipEvaluation evaluation = AkipEvaluation.of(scores);
        scores.put(Component.PELAPORAN_KINERJA, BigDecimal.ONE);
        assertThat(evaluation.score(Component.PELAPORAN_KINERJA)).isEqualByComparingTo("10");
        assertThatThrownBy(() -> evaluation.scores().put(Component.PELAPORAN_KINERJA, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(evaluation.total()).isEqualByComparingTo("40");
        assertThat(evaluation.predicate()).isEqualTo(AkipPredicate.C);
    }
}
