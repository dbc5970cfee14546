package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A printed figure exactly one unit of its last digit away from the exact value is wrong, not a slip. */
class FiguresEdgeCasesTest {

    private static final Location HERE = new Location("Tabel", "1", "Capaian");

    @Test
    void oneFullUnitAwayIsAnError() {
        assertThat(Figures.percent(Check.CAPAIAN, HERE, new BigDecimal("97.05"), new BigDecimal("97.04"), () -> "w"))
                .hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.working()).isEqualTo("w; no known mistake reproduces it");
                });
        assertThat(Figures.percent(Check.CAPAIAN, HERE, new BigDecimal("97.05"), new BigDecimal("97.0401"), () -> "w"))
                .hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
