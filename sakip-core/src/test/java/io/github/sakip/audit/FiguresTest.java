package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    private static final Location HERE = new Location("Tabel", "1", "Capaian");

    // printed, exact, expected severity (NONE for no finding), words the working must contain
    @ParameterizedTest(name = "printed {0} for exact {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "97.04   | 97.0370370370 | NONE    | ",
        "97.0370 | 97.0370370370 | NONE    | ",
        "100     | 100.004       | NONE    | ",
        "115     | 115           | NONE    | ",
        "97.03   | 97.0370370370 | WARNING | truncated instead of rounded half-up",
        "61.11   | 61.1161       | WARNING | truncated instead of rounded half-up",
        "96.5    | 96.4462693    | WARNING | rounded twice, to two decimals (96,45) and then to 1",
        "97.05   | 97.044        | WARNING | rounded the wrong way in its last digit",
        "96      | 95.7952       | NOTE    | rounded to 0 decimals where reports print two",
        "96.0    | 96.0112       | NOTE    | rounded to 1 decimal where reports print two",
        "121.72  | 121.3181818   | ERROR   | the printed figure does not follow from the data",
        "100.25  | 100.025       | ERROR   | the printed figure does not follow from the data",
        "97.05   | 97.0370370370 | ERROR   | the printed figure does not follow from the data",
        "95      | 95.7952       | WARNING | truncated instead of rounded half-up",
        "94      | 95.7952       | ERROR   | the printed figure does not follow from the data",
    })
    void classification(String printed, String exact, String severity, String words) {
        Optional<Finding> finding = Figures.percent(Check.CAPAIAN, HERE, new BigDecimal(printed),
                new BigDecimal(exact), () -> "w");
        if (severity.equals("NONE")) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.working()).isEqualTo("w; " + (severity.equals("ERROR") ? "" : "printed ") + words);
            });
        }
    }

    @Test
    void amountsMustBeExact() {
        assertThat(Figures.amount(Check.PARENT_TOTAL, HERE, new BigDecimal("100.00"), new BigDecimal("100"), () -> "w"))
                .isEmpty();
        assertThat(Figures.amount(Check.PARENT_TOTAL, HERE, new BigDecimal("914466926"),
                new BigDecimal("1192030989"), () -> "w")).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.printed()).isEqualTo("914.466.926");
                    assertThat(f.expected()).isEqualTo("1.192.030.989");
                    assertThat(f.working()).isEqualTo("w; difference -277.564.063");
                });
    }
}
