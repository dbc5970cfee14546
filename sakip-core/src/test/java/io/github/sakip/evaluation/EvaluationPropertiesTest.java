package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.Accumulation;
import io.github.sakip.Indicator;
import io.github.sakip.MeanAchievement;
import io.github.sakip.Polarity;
import io.github.sakip.Realization;
import io.github.sakip.Target;
import io.github.sakip.evaluation.FormNode.Level;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Laws of the evaluation forms, over generated rows (fixed seed, bounded examples). */
class EvaluationPropertiesTest {

    private static QuickTheory qt300() {
        return qt().withFixedSeed(8612L).withExamples(300);
    }

    /** A quarter: absent one time in four, otherwise a value with up to two decimals (zero included). */
    static Gen<Realization> quarter() {
        return integers().between(0, 3).zip(longs().between(0, 10_000_000_000L), (absent, cents) -> absent == 0
                ? Realization.absent("not reported") : Realization.of(BigDecimal.valueOf(cents, 2)));
    }

    static Gen<Quarters> quarters() {
        return lists().of(quarter()).ofSize(4).map(q -> Quarters.of(q.get(0), q.get(1), q.get(2), q.get(3)));
    }

    static Gen<BigDecimal> rupiah() {
        return longs().between(0, 100_000_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    static Gen<RowBudget> budgets() {
        return rupiah().zip(rupiah(), rupiah(), quarters(), RowBudget::of);
    }

    @Test
    void aFlowsYearIsTheSumOfItsQuartersAndAStocksTheLatest() {
        qt300().forAll(quarters()).checkAssert(quarters -> {
            BigDecimal sum = BigDecimal.ZERO;
            Optional<BigDecimal> latest = Optional.empty();
            for (Realization quarter : quarters.asList()) {
                if (quarter.isPresent()) {
                    sum = sum.add(quarter.valueIfPresent().orElseThrow());
                    latest = quarter.valueIfPresent();
                }
            }
            DerivedValue flow = quarters.accumulate(Accumulation.FLOW);
            DerivedValue stock = quarters.accumulate(Accumulation.STOCK);
            assertThat(flow.isPresent()).isEqualTo(latest.isPresent());
            assertThat(stock.valueIfPresent()).isEqualTo(latest);
            if (latest.isPresent()) {
                assertThat(flow.value()).isEqualByComparingTo(sum);
                assertThat(stock.value()).isEqualByComparingTo(latest.get());
            }
        });
    }

    @Test
    void theBudgetOfAParentIsTheSumOfItsChildren() {
        qt300().forAll(lists().of(budgets()).ofSizeBetween(1, 6)).checkAssert(budgets -> {
            List<FormNode> children = new ArrayList<>();
            for (RowBudget budget : budgets) {
                children.add(FormNode.leaf(Level.KEGIATAN, "", "kegiatan " + children.size(), List.of(), budget));
            }
            RowBudget parent = FormNode.parent(Level.PROGRAM, "", "program", List.of(), children).totalBudget()
                    .orElseThrow();
            BigDecimal pagu = BigDecimal.ZERO;
            BigDecimal renstraPagu = BigDecimal.ZERO;
            BigDecimal toLastYear = BigDecimal.ZERO;
            BigDecimal thisYear = BigDecimal.ZERO;
            boolean anyReported = false;
            for (RowBudget budget : budgets) {
                pagu = pagu.add(budget.pagu());
                renstraPagu = renstraPagu.add(budget.renstraPagu());
                toLastYear = toLastYear.add(budget.renstraRealisasiToLastYear());
                if (budget.realisasiThisYear().isPresent()) {
                    thisYear = thisYear.add(budget.realisasiThisYear().value());
                    anyReported = true;
                }
            }
            assertThat(parent.pagu()).isEqualByComparingTo(pagu);
            assertThat(parent.renstraPagu()).isEqualByComparingTo(renstraPagu);
            assertThat(parent.renstraRealisasiToLastYear()).isEqualByComparingTo(toLastYear);
            assertThat(parent.realisasiThisYear().isPresent()).isEqualTo(anyReported);
            if (anyReported) {
                assertThat(parent.realisasiThisYear().value()).isEqualByComparingTo(thisYear);
                assertThat(parent.renstraRealisasiToDate().value()).isEqualByComparingTo(toLastYear.add(thisYear));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                BigDecimal inQuarter = BigDecimal.ZERO;
                for (RowBudget budget : budgets) {
                    inQuarter = inQuarter.add(budget.realisasi().get(quarter).valueIfPresent()
                            .orElse(BigDecimal.ZERO));
                }
                assertThat(parent.realisasi().get(quarter).valueIfPresent().orElse(BigDecimal.ZERO))
                        .isEqualByComparingTo(inQuarter);
            }
        });
    }

    /** A lowest entry with one flow indicator: target 0 to 500 (0 is not computable), quarters generated. */
    static Gen<FormNode> leaves() {
        Indicator indicator = Indicator.of("indikator", "unit", Polarity.POSITIVE, Accumulation.FLOW);
        return integers().between(0, 500).zip(quarters(), (target, quarters) -> FormNode.leaf(Level.SUB_KEGIATAN,
                "", "sub kegiatan", List.of(IndicatorRow.of(indicator, Target.of(BigDecimal.valueOf(target * 3L)),
                        Realization.of(BigDecimal.ZERO), Target.of(BigDecimal.valueOf(target)), quarters)),
                RowBudget.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Quarters.none())));
    }

    @Test
    void thePerformanceOfAParentIsTheMeanOfItsComputableChildren() {
        qt300().forAll(lists().of(leaves()).ofSizeBetween(1, 6)).checkAssert(leaves -> {
            FormNode parent = FormNode.parent(Level.KEGIATAN, "", "kegiatan", List.of(), leaves);
            for (Measure measure : Measure.values()) {
                MeanAchievement rolled = parent.rolledUp(measure, EvaluationPolicy.DEFAULT);
                BigDecimal sum = BigDecimal.ZERO;
                int computable = 0;
                for (FormNode leaf : leaves) {
                    var child = leaf.rolledUp(measure, EvaluationPolicy.DEFAULT).achievement();
                    if (child.isComputable()) {
                        sum = sum.add(child.percent());
                        computable++;
                    }
                }
                assertThat(rolled.computed()).isEqualTo(computable);
                assertThat(rolled.leftOut()).isEqualTo(leaves.size() - computable);
                assertThat(rolled.achievement().isComputable()).isEqualTo(computable > 0);
                if (computable > 0) {
                    assertThat(rolled.achievement().percent()).isEqualByComparingTo(
                            sum.divide(BigDecimal.valueOf(computable), MathContext.DECIMAL128));
                }
            }
        });
    }

    @Test
    void rowsFilledUpToAQuarterAgreeWithTheQuartersCutThere() {
        qt300().forAll(quarters(), integers().between(0, 4)).checkAssert((quarters, upTo) -> {
            Indicator indicator = Indicator.of("indikator", "unit", Polarity.POSITIVE, Accumulation.FLOW);
            IndicatorRow row = IndicatorRow.of(indicator, Target.of(BigDecimal.TEN), Realization.absent("baru"),
                    Target.of(BigDecimal.ONE), quarters).upToQuarter(upTo);
            assertThat(row.quarters().lastReported()).isLessThanOrEqualTo(upTo);
            assertThat(row.realizationThisYear()).isEqualTo(quarters.upTo(upTo).sum());
        });
    }
}
