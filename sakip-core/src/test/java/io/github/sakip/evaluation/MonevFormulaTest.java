package io.github.sakip.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.Accumulation;
import io.github.sakip.Capaian;
import io.github.sakip.Indicator;
import io.github.sakip.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonevFormulaTest {

    @ParameterizedTest
    @CsvSource({
        "1, POSITIVE_TREND, Indikator Tren Positif,     POSITIVE, FLOW",
        "2, NEGATIVE_TREND, Indikator Tren Negatif,     NEGATIVE, STOCK",
        "3, PERCENTAGE,     Indikator Jenis Persentase, POSITIVE, STOCK",
        "4, FINAL_VALUE,    Nilai Akhir,                POSITIVE, STOCK",
    })
    void eachApplicationFormulaIsAPolarityAndAnAccumulation(int id, MonevFormula formula, String label,
            Polarity polarity, Accumulation accumulation) {
        assertThat(MonevFormula.ofId(id)).isEqualTo(formula);
        assertThat(formula.id()).isEqualTo(id);
        assertThat(formula.label()).isEqualTo(label);
        assertThat(formula.polarity()).isEqualTo(polarity);
        assertThat(formula.accumulation()).isEqualTo(accumulation);
        assertThat(formula.indicator("Angka stunting", "Persen"))
                .isEqualTo(Indicator.of("Angka stunting", "Persen", polarity, accumulation));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void anUnknownIdIsRefused(int id) {
        assertThatThrownBy(() -> MonevFormula.ofId(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be from 1 to 4 (the formulas of wp-sipd), but was " + id);
    }

    @Test
    void theApplicationsNegativeFormulaIsTheInverse() {
        assertThat(MonevFormula.capaianPolicy().negativeFormula()).isEqualTo(Capaian.NegativeFormula.INVERSE);
        assertThat(MonevFormula.capaianPolicy().zeroTarget()).isEqualTo(Capaian.ZeroTarget.NOT_COMPUTABLE);
    }
}
