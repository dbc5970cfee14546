package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A printed figure exactly one unit of its last digit away from the exact value is wrong, not a slip. */
class FiguresEdgeCasesTest {

    private static final Location HERE = new Location("Tabel", "1", "Capaian");

    @Test
    void oneFullUnitAwayIsAnError() {
        assertThat(Figures.percent(Languages.ENGLISH, Check.CAPAIAN, HERE, new BigDecimal("97.05"),
                new BigDecimal("97.04"), () -> Text.literal("w"))).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.working()).isEqualTo("w; no known mistake reproduces it");
                });
        assertThat(Figures.percent(Languages.ENGLISH, Check.CAPAIAN, HERE, new BigDecimal("97.05"),
                new BigDecimal("97.0401"), () -> Text.literal("w")))
                .hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
