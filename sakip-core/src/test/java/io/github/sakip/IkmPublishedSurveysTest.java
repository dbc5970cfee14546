package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Ikm.Policy;
import io.github.sakip.Ikm.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published SKM figures (src/test/resources/ikm/published-surveys.csv, whose header gives the sources) recomputed
 * under each weight policy: which printed IKM follows from which weight, and which from none.
 */
class IkmPublishedSurveysTest {

    private static final List<Map<String, String>> SURVEYS = TapinCsv.read("/ikm/published-surveys.csv");

    static Stream<Map<String, String>> surveys() {
        return SURVEYS.stream();
    }

    private static List<BigDecimal> numbers(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(" ")).map(BigDecimal::new).toList();
    }

    private static Policy policy(Map<String, String> survey, int unsur) {
        return switch (survey.get("unsur_set")) {
            case "PERMENPAN_RB_14_2017" -> Policy.DEFAULT;
            case "KEPMENPAN_25_2004" -> Policy.KEPMENPAN_25_2004;
            case "OWN" -> Policy.DEFAULT.withUnsur(IntStream.rangeClosed(1, unsur).mapToObj(i -> "U" + i).toList());
            default -> throw new IllegalStateException("unknown unsur set " + survey.get("unsur_set"));
        };
    }

    private static Map<Weight, Ikm> computed(Map<String, String> survey) {
        List<BigDecimal> totals = numbers(survey.get("totals"));
        Policy policy = policy(survey, totals.size());
        int respondents = Integer.parseInt(survey.get("respondents"));
        Map<Weight, Ikm> byWeight = new EnumMap<>(Weight.class);
        for (Weight weight : Weight.values()) {
            byWeight.put(weight, policy.withWeight(weight).ofTotals(respondents, totals));
        }
        return byWeight;
    }

    @Test
    void theSurveysAreThere() {
        assertThat(SURVEYS).extracting(row -> row.get("id")).containsExactly("tubaba-disdukcapil-2023-s1",
                "gaspul-triwulan-iii-weighted", "gaspul-triwulan-iii-plain", "lab-reliability", "lab-responsiveness",
                "lab-assurance", "mijen-anc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void theLibraryGivesTheHandCheckedIkmUnderEachWeight(Map<String, String> survey) {
        Map<Weight, Ikm> ikm = computed(survey);
        assertThat(ikm.get(Weight.EXACT).rounded()).isEqualTo(new BigDecimal(survey.get("exact")));
        assertThat(ikm.get(Weight.PRINTED).rounded()).isEqualTo(new BigDecimal(survey.get("printed")));
        assertThat(ikm.get(Weight.PRINTED_TWO_DECIMALS).rounded())
                .isEqualTo(new BigDecimal(survey.get("printed_two_decimals")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void thePrintedIkmFollowsFromTheWeightNamedOrFromNone(Map<String, String> survey) {
        Map<Weight, Ikm> ikm = computed(survey);
        List<Weight> reproducing = new ArrayList<>();
        for (Weight weight : Weight.values()) {
            if (reproduces(ikm.get(weight), survey)) {
                reproducing.add(weight);
            }
        }
        String followsFrom = survey.get("follows_from");
        if (followsFrom.equals("NONE")) {
            assertThat(reproducing).isEmpty();
        } else {
            assertThat(reproducing).contains(Weight.valueOf(followsFrom));
        }
    }

    /** Whether the printed IKM and index are the computed ones, rounded half-up to the decimals printed. */
    private static boolean reproduces(Ikm ikm, Map<String, String> survey) {
        boolean same = true;
        if (!survey.get("printed_ikm").isEmpty()) {
            BigDecimal printed = new BigDecimal(survey.get("printed_ikm"));
            same = ikm.rounded(printed.scale(), RoundingMode.HALF_UP).compareTo(printed) == 0;
        }
        if (!survey.get("printed_index").isEmpty()) {
            BigDecimal printed = new BigDecimal(survey.get("printed_index"));
            same &= ikm.index().setScale(printed.scale(), RoundingMode.HALF_UP).compareTo(printed) == 0;
        }
        return same;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void thePrintedMutuIsTheLibrarys(Map<String, String> survey) {
        if (survey.get("printed_mutu").isEmpty()) {
            return;
        }
        Mutu printed = Mutu.parse(survey.get("printed_mutu"));
        Map<Weight, Ikm> ikm = computed(survey);
        assertThat(ikm.get(Weight.EXACT).mutu()).isEqualTo(printed);
        String followsFrom = survey.get("follows_from");
        assertThat(ikm.get(Weight.valueOf(followsFrom)).mutu()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void thePrintedMeansAreTheTotalsDividedRoundedOrCut(Map<String, String> survey) {
        Ikm ikm = computed(survey).get(Weight.EXACT);
        List<BigDecimal> printed = numbers(survey.get("printed_nrr"));
        assertThat(printed).hasSameSizeAs(ikm.unsur());
        RoundingMode mode = survey.get("id").equals("mijen-anc") ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        for (int i = 0; i < printed.size(); i++) {
            BigDecimal nrr = ikm.unsur().get(i).nrr();
            assertThat(nrr.setScale(printed.get(i).scale(), mode)).as("U%d", i + 1)
                    .isEqualByComparingTo(printed.get(i));
        }
    }

    @Test
    void gaspulPrintsTwoIkmForOneSurvey() {
        Map<String, String> survey = SURVEYS.get(1);
        Ikm exact = computed(survey).get(Weight.EXACT);
        Ikm twoDecimals = computed(survey).get(Weight.PRINTED_TWO_DECIMALS);
        // "NRR tertimbang U1 = 3.6207 × 0.1111 = 0.3983": 0,3983 is 3,6207 × 0,11.
        assertThat(twoDecimals.unsur().get(0).weightedNrr().setScale(4, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.3983"));
        assertThat(exact.unsur().get(0).weightedNrr().setScale(4, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.4023"));
        assertThat(exact.rounded().subtract(twoDecimals.rounded())).isEqualTo(new BigDecimal("0.92"));
    }

    @Test
    void mijenIsGradedByTheTableOfItsDecree() {
        Map<String, String> survey = SURVEYS.get(6);
        Ikm ikm = computed(survey).get(Weight.EXACT);
        assertThat(ikm.policy().unsur()).hasSize(14);
        // Every unsur is B by KepMenPAN 25/2004, as printed; by PermenPAN-RB 14/2017 all but one would be C.
        assertThat(ikm.unsur()).extracting(Ikm.Unsur::mutu).containsOnly(Mutu.B);
        assertThat(ikm.mutu()).isEqualTo(Mutu.B);
        Ikm today = Policy.KEPMENPAN_25_2004.withScale(Mutu.Scale.PERMENPAN_RB_14_2017)
                .ofTotals(30, numbers(survey.get("totals")));
        assertThat(today.unsur()).filteredOn(unsur -> unsur.mutu() == Mutu.C).hasSize(13);
        assertThat(today.mutu()).isEqualTo(Mutu.C);
        // Its "nilai interval konversi" per unsur is NRR × 25 cut, not rounded, to two decimals.
        List<BigDecimal> converted = numbers(survey.get("printed_converted"));
        for (int i = 0; i < converted.size(); i++) {
            BigDecimal exact = ikm.unsur().get(i).converted();
            assertThat(exact.setScale(converted.get(i).scale(), RoundingMode.DOWN)).isEqualByComparingTo(converted.get(i));
        }
        assertThat(ikm.unsur().get(0).converted().setScale(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("74.17"));
        // Its printed index 2,96 is the first unsur's NRR cut to two decimals.
        assertThat(ikm.unsur().get(0).nrr().setScale(2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("2.96"));
        assertThat(ikm.index().setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("2.9381"));
    }

    @Test
    void theLabWorksheetsAnswersAddUpToItsTotalsAndHoldAnAnswerOffTheScale() {
        List<Map<String, String>> rows = TapinCsv.read("/ikm/lab-worksheet-answers.csv");
        Map<String, List<List<Integer>>> byDimension = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            List<Integer> answers = new ArrayList<>();
            for (String column : List.of("u1", "u2", "u3")) {
                if (!row.get(column).equals("-")) {
                    answers.add(Integer.valueOf(row.get(column)));
                }
            }
            byDimension.computeIfAbsent(row.get("dimension"), key -> new ArrayList<>()).add(answers);
        }
        Policy two = Policy.DEFAULT.withUnsur(List.of("U1", "U2"));
        assertThat(two.ofAnswers(byDimension.get("kesigapan"))).isEqualTo(two.ofTotals(20, numbers("74 72")));
        assertThat(two.ofAnswers(byDimension.get("jaminan"))).isEqualTo(two.ofTotals(20, numbers("65 71")));
        Ikm empati = two.ofAnswers(byDimension.get("empati"));
        assertThat(empati).isEqualTo(two.ofTotals(20, numbers("70 73")));
        assertThat(empati.rounded()).isEqualTo(new BigDecimal("89.38"));
        Policy three = Policy.DEFAULT.withUnsur(List.of("U1", "U2", "U3"));
        List<List<Integer>> kehandalan = byDimension.get("kehandalan");
        assertThatThrownBy(() -> three.ofAnswers(kehandalan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer of respondent 17 to unsur 2 (U2) must be from 1 to 4, but was 5");
        // Its printed total of U2, 76, counts the 5; the totals alone pass, as 76 is within 20 to 80.
        assertThat(kehandalan.stream().mapToInt(answers -> answers.get(1)).sum()).isEqualTo(76);
        assertThat(three.ofTotals(20, numbers("74 76 60")).isComputable()).isTrue();
    }
}
