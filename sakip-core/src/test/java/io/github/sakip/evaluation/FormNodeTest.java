package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Category;
import io.github.sakip.Indicator;
import io.github.sakip.MeanAchievement;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.FormNode.Level;
import io.github.sakip.format.Languages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A small Renja form rolled up from sub kegiatan to sasaran, checked by hand. */
class FormNodeTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static final Indicator DOCUMENTS = Indicator.of("Dokumen", "Dokumen", Polarity.POSITIVE, Accumulation.FLOW);

    /** A flow indicator whose year is {@code realised / target}: 13 / 8 is realised / target × 100 %. */
    static IndicatorRow row(String target, String... quarters) {
        BigDecimal[] values = Arrays.stream(quarters).map(BigDecimal::new).toArray(BigDecimal[]::new);
        return IndicatorRow.of(DOCUMENTS, Target.of(d(target).multiply(d("3"))), Realization.of(BigDecimal.ZERO),
                Target.of(d(target)), Quarters.reported(values));
    }

    static RowBudget budget(String pagu, String... quarters) {
        BigDecimal[] values = Arrays.stream(quarters).map(BigDecimal::new).toArray(BigDecimal[]::new);
        return RowBudget.of(d(pagu).multiply(d("5")), BigDecimal.ZERO, d(pagu), Quarters.reported(values));
    }

    // sub kegiatan A: 100 % and 80 %, mean 90 %; sub kegiatan B: 50 %; sub kegiatan C: target 0, not computable.
    static final FormNode A = FormNode.leaf(Level.SUB_KEGIATAN, "2.07.01.2.01.0002", "Sub A",
            List.of(row("4", "2", "2"), row("10", "8")), budget("1000", "400", "300"));
    static final FormNode B = FormNode.leaf(Level.SUB_KEGIATAN, "2.07.01.2.01.0003", "Sub B",
            List.of(row("2", "1")), budget("3000", "1000"));
    static final FormNode C = FormNode.leaf(Level.SUB_KEGIATAN, "2.07.01.2.02.0001", "Sub C",
            List.of(row("0", "1")), budget("500"));
    static final FormNode KEGIATAN_1 = FormNode.parent(Level.KEGIATAN, "2.07.01.2.01", "Kegiatan 1",
            List.of(row("1", "1")), List.of(A, B));
    static final FormNode KEGIATAN_2 = FormNode.parent(Level.KEGIATAN, "2.07.01.2.02", "Kegiatan 2", List.of(),
            List.of(C));
    static final FormNode PROGRAM = FormNode.parent(Level.PROGRAM, "2.07.01", "Program Penunjang",
            List.of(row("3", "1")), List.of(KEGIATAN_1, KEGIATAN_2));
    static final FormNode SASARAN = FormNode.parent(Level.SASARAN, "", "Meningkatnya akuntabilitas", List.of(),
            List.of(PROGRAM));

    @Test
    void aLowestEntryIsTheMeanOfItsIndicators() {
        MeanAchievement a = A.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT);
        assertThat(a.achievement().rounded()).isEqualTo(d("90.00"));
        assertThat(a.computed()).isEqualTo(2);
        assertThat(a.achievement().explain(Languages.ENGLISH)).isEqualTo(
                "mean of 2 indicators of sub kegiatan 2.07.01.2.01.0002: (100,00% + 80,00%) / 2 = 90,00%");
        MeanAchievement c = C.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT);
        assertThat(c.achievement().isComputable()).isFalse();
        assertThat(c.achievement().reason(Languages.ENGLISH))
                .contains("mean of none of the 1 indicators of sub kegiatan 2.07.01.2.02.0001 is computable");
        assertThat(c.leftOut()).isEqualTo(1);
    }

    @Test
    void theMeansAreWorkedInBahasaIndonesiaByDefault() {
        assertThat(A.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().explain()).isEqualTo(
                "rata-rata 2 indikator sub kegiatan 2.07.01.2.01.0002: (100,00% + 80,00%) / 2 = 90,00%");
        assertThat(C.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().reason()).contains(
                "rata-rata tidak dapat dihitung: tidak satu pun dari 1 indikator sub kegiatan 2.07.01.2.02.0001"
                        + " dapat dihitung");
        assertThat(PROGRAM.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().explain())
                .startsWith("rata-rata 1 entri di bawah program")
                .endsWith("; 1 yang tidak dapat dihitung tidak diikutkan");
        assertThat(FormNode.leaf(Level.PROGRAM, "2.07.02", "Tanpa indikator", List.of(), budget("1"))
                .rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().reason())
                .contains("rata-rata tidak dapat dihitung: tidak ada indikator program 2.07.02");
    }

    @Test
    void aParentIsTheMeanOfItsComputableChildrenNotOfItsOwnRows() {
        MeanAchievement kegiatan = KEGIATAN_1.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT);
        assertThat(kegiatan.achievement().rounded()).isEqualTo(d("70.00"));
        assertThat(kegiatan.achievement().explain(Languages.ENGLISH))
                .isEqualTo("mean of 2 entries below kegiatan 2.07.01.2.01: (90,00% + 50,00%) / 2 = 70,00%");
        MeanAchievement program = PROGRAM.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT);
        assertThat(program.achievement().rounded()).isEqualTo(d("70.00"));
        assertThat(program.computed()).isEqualTo(1);
        assertThat(program.leftOut()).isEqualTo(1);
        assertThat(program.achievement().explain(Languages.ENGLISH)).endsWith("; 1 not computable left out");
        assertThat(SASARAN.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().explain(Languages.ENGLISH))
                .startsWith("mean of 1 entries below sasaran Meningkatnya akuntabilitas:");
        FormNode empty = FormNode.parent(Level.SASARAN, "", "Kosong", List.of(), List.of(
                FormNode.leaf(Level.PROGRAM, "2.07.02", "Tanpa indikator", List.of(), budget("1"))));
        assertThat(empty.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().reason(Languages.ENGLISH))
                .contains("mean of none of the 1 entries below sasaran Kosong is computable");
        assertThat(FormNode.leaf(Level.PROGRAM, "2.07.02", "Tanpa indikator", List.of(), budget("1"))
                .rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT).achievement().reason(Languages.ENGLISH))
                .contains("mean of no indicators of program 2.07.02");
    }

    @Test
    void theBudgetOfAParentIsTheSumOfItsChildren() {
        RowBudget kegiatan = KEGIATAN_1.totalBudget().orElseThrow();
        assertThat(kegiatan.pagu()).isEqualByComparingTo("4000");
        assertThat(kegiatan.realisasiThisYear().value()).isEqualByComparingTo("1700");
        RowBudget program = PROGRAM.totalBudget().orElseThrow();
        assertThat(program).isEqualTo(RowBudget.sum(List.of(A.budget().get(), B.budget().get(), C.budget().get())));
        assertThat(program.yearAbsorption().rounded()).isEqualTo(d("37.78"));
        assertThat(SASARAN.totalBudget()).contains(program);
        assertThat(FormNode.parent(Level.SASARAN, "", "Tanpa anggaran", List.of(), List.of()).totalBudget()).isEmpty();
        FormNode withoutBudget = FormNode.parent(Level.SASARAN, "", "S", List.of(),
                List.of(new FormNode(Level.PROGRAM, "2.07.02", "P", List.of(), Optional.empty(), List.of())));
        assertThat(withoutBudget.totalBudget()).isEmpty();
    }

    @Test
    void everyIndicatorRowInTheFormsOrder() {
        assertThat(SASARAN.allIndicators()).containsExactly(PROGRAM.indicators().get(0),
                KEGIATAN_1.indicators().get(0), A.indicators().get(0), A.indicators().get(1), B.indicators().get(0),
                C.indicators().get(0));
        assertThat(A.isLeaf()).isTrue();
        assertThat(PROGRAM.isLeaf()).isFalse();
    }

    @Test
    void theFormAtTheEndOfAQuarter() {
        FormNode first = SASARAN.upToQuarter(1);
        // A: 2 / 4 = 50 % and 8 / 10 = 80 % → 65 %; B: 50 %; kegiatan 1: 57,5 %.
        assertThat(first.children().get(0).children().get(0).rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT)
                .achievement().rounded()).isEqualTo(d("57.50"));
        assertThat(first.totalBudget().orElseThrow().realisasiThisYear().value()).isEqualByComparingTo("1400");
        assertThat(SASARAN.upToQuarter(4)).isEqualTo(SASARAN);
        assertThatThrownBy(() -> SASARAN.upToQuarter(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be from 0 to 4, but was 7");
        FormNode bare = FormNode.parent(Level.SASARAN, "", "S", List.of(), List.of());
        assertThatThrownBy(() -> bare.upToQuarter(-1)).hasMessage("quarter must be from 0 to 4, but was -1");
    }

    @Test
    void predikatOfTheRollUp() {
        assertThat(EvaluationPolicy.DEFAULT.predicate(KEGIATAN_1.rolledUp(Measure.YEAR, EvaluationPolicy.DEFAULT)
                .achievement())).contains(Category.SEDANG);
    }

    @Test
    void refusesABadTreeWithMessages() {
        assertThatThrownBy(() -> FormNode.parent(Level.KEGIATAN, "2.07.01.2.01", "K", List.of(), List.of(PROGRAM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kegiatan 'K' cannot hold the program 'Program Penunjang':"
                        + " a child must be of a lower level");
        assertThatThrownBy(() -> FormNode.parent(Level.SUB_KEGIATAN, "x", "S", List.of(), List.of(A)))
                .hasMessage("sub kegiatan 'S' cannot hold the sub kegiatan 'Sub A': a child must be of a lower level");
        assertThatThrownBy(() -> new FormNode(Level.PROGRAM, "2.07.01", "P", List.of(), Optional.of(budget("1")),
                List.of(A)))
                .hasMessage("program 'P' has children, so its budget is the sum of theirs and must not be given");
        assertThatThrownBy(() -> FormNode.leaf(Level.PROGRAM, "2.07.01", " ", List.of(), budget("1")))
                .hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> FormNode.leaf(null, "c", "n", List.of(), budget("1")))
                .hasMessage("level must not be null");
        assertThatThrownBy(() -> FormNode.leaf(Level.PROGRAM, null, "n", List.of(), budget("1")))
                .hasMessage("code must not be null");
        assertThatThrownBy(() -> FormNode.leaf(Level.PROGRAM, "c", "n", null, budget("1")))
                .hasMessage("indicators must not be null");
        assertThatThrownBy(() -> FormNode.leaf(Level.PROGRAM, "c", "n", Arrays.asList(row("1", "1"), null),
                budget("1"))).hasMessage("indicators element must not be null");
        assertThatThrownBy(() -> FormNode.leaf(Level.PROGRAM, "c", "n", List.of(), null))
                .hasMessage("budget must not be null");
        assertThatThrownBy(() -> new FormNode(Level.PROGRAM, "c", "n", List.of(), null, List.of()))
                .hasMessage("budget must not be null");
        assertThatThrownBy(() -> FormNode.parent(Level.PROGRAM, "c", "n", List.of(), null))
                .hasMessage("children must not be null");
        assertThatThrownBy(() -> A.rolledUp(null, EvaluationPolicy.DEFAULT)).hasMessage("measure must not be null");
        assertThatThrownBy(() -> A.rolledUp(Measure.YEAR, null)).hasMessage("policy must not be null");
    }

    @Test
    void aShortDescription() {
        assertThat(PROGRAM).hasToString("FormNode[program 2.07.01 Program Penunjang, 1 indicators, 2 children]");
        assertThat(SASARAN).hasToString("FormNode[sasaran Meningkatnya akuntabilitas, 0 indicators, 1 children]");
        assertThat(FormNode.leaf(Level.PROGRAM, " 2.07.01 ", " P ", List.of(), budget("1")).code())
                .isEqualTo("2.07.01");
        assertThat(Level.SUB_KEGIATAN.label()).isEqualTo("sub kegiatan");
    }
}
