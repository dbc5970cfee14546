package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Achievement;
import io.github.sakip.Capaian;
import io.github.sakip.Category;
import io.github.sakip.CategoryScale;
import io.github.sakip.Permendagri86;
import io.github.sakip.evaluation.EvaluationPolicy.EndTarget;
import io.github.sakip.evaluation.EvaluationPolicy.RenstraToDate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationPolicyTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        EvaluationPolicy policy = EvaluationPolicy.DEFAULT;
        assertThat(policy.capaian()).isEqualTo(Capaian.Policy.DEFAULT);
        assertThat(policy.renstraToDate()).isEqualTo(RenstraToDate.BY_ACCUMULATION);
        assertThat(policy.endTarget()).isEqualTo(EndTarget.LAST_YEAR);
        assertThat(policy.predicateScale()).isEqualTo(Permendagri86.SCALE);
    }

    @Test
    void withersChangeOneChoiceEach() {
        Capaian.Policy inverse = Capaian.Policy.DEFAULT.withNegativeFormula(Capaian.NegativeFormula.INVERSE);
        CategoryScale own = CategoryScale.of(0, List.of(CategoryScale.Band.atMost(Category.RENDAH,
                new BigDecimal("79")),
                CategoryScale.Band.atLeast(Category.TINGGI, new BigDecimal("80"))));
        EvaluationPolicy changed = EvaluationPolicy.DEFAULT.withCapaian(inverse)
                .withRenstraToDate(RenstraToDate.PRINTED_SUM).withEndTarget(EndTarget.BY_ACCUMULATION)
                .withPredicate(PredicateReading.GREATER_THAN);
        assertThat(changed).isEqualTo(new EvaluationPolicy(inverse, RenstraToDate.PRINTED_SUM,
                EndTarget.BY_ACCUMULATION, PredicateReading.GREATER_THAN.scale()));
        assertThat(changed.withPredicate(own).predicateScale()).isSameAs(own);
        assertThat(changed.withPredicate(own).predicate(Achievement.ofPercent(new BigDecimal("79.4"))))
                .contains(Category.RENDAH);
        assertThat(EvaluationPolicy.DEFAULT.predicate(Achievement.ofPercent(new BigDecimal("90.50"))))
                .contains(Category.TINGGI);
        assertThat(EvaluationPolicy.DEFAULT.predicate(Achievement.notComputable("n/a"))).isEmpty();
    }

    @Test
    void refusesNullsNamingThem() {
        Capaian.Policy c = Capaian.Policy.DEFAULT;
        CategoryScale s = Permendagri86.SCALE;
        assertThatThrownBy(() -> new EvaluationPolicy(null, RenstraToDate.BY_ACCUMULATION, EndTarget.LAST_YEAR, s))
                .isInstanceOf(NullPointerException.class).hasMessage("capaian must not be null");
        assertThatThrownBy(() -> new EvaluationPolicy(c, null, EndTarget.LAST_YEAR, s))
                .hasMessage("renstraToDate must not be null");
        assertThatThrownBy(() -> new EvaluationPolicy(c, RenstraToDate.BY_ACCUMULATION, null, s))
                .hasMessage("endTarget must not be null");
        assertThatThrownBy(() -> new EvaluationPolicy(c, RenstraToDate.BY_ACCUMULATION, EndTarget.LAST_YEAR, null))
                .hasMessage("predicateScale must not be null");
        assertThatThrownBy(() -> EvaluationPolicy.DEFAULT.withPredicate((PredicateReading) null))
                .hasMessage("reading must not be null");
        assertThatThrownBy(() -> EvaluationPolicy.DEFAULT.predicate(null)).hasMessage("achievement must not be null");
    }
}
