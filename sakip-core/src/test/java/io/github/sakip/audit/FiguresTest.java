package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    private static final Location HERE = new Location("Tabel", "1", "Capaian");

    // printed, exact, expected severity (NONE for no finding), the working after "w; "
    @ParameterizedTest(name = "printed {0} for exact {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "97.04   | 97.0370370370 | NONE    | ",
        "97.0370 | 97.0370370370 | NONE    | ",
        "100     | 100.004       | NONE    | ",
        "115     | 115           | NONE    | ",
        "97.03   | 97.0370370370 | WARNING | likely cause: truncated instead of rounded half-up (97,03703… cut to 97,03)",
        "61.11   | 61.1161       | WARNING | likely cause: truncated instead of rounded half-up (61,1161 cut to 61,11)",
        "96.5    | 96.4462693    | WARNING | likely cause: rounded twice, first to 2 decimals (96,45) and then to 1 (96,5)",
        "97.05   | 97.044        | WARNING | likely cause: rounded up instead of half-up (97,044 to 97,05)",
        "97.05   | 97.0449       | WARNING | likely cause: rounded twice, first to 3 decimals (97,045) and then to 2 (97,05)",
        "96      | 95.7952       | NOTE    | printed rounded to 0 decimals where reports print two",
        "96.0    | 96.0112       | NOTE    | printed rounded to 1 decimal where reports print two",
        "121.72  | 121.3181818   | ERROR   | no known mistake reproduces it",
        "100.25  | 100.025       | ERROR   | likely cause: a zero dropped from the decimals: 100,025 written as 100,25",
        "97.05   | 97.0370370370 | ERROR   | no known mistake reproduces it",
        "95      | 95.7952       | WARNING | likely cause: truncated instead of rounded half-up (95,795… cut to 95)",
        "94      | 95.7952       | ERROR   | no known mistake reproduces it",
    })
    void classification(String printed, String exact, String severity, String working) {
        Optional<Finding> finding = Figures.percent(Languages.ENGLISH, Check.CAPAIAN, HERE,
                new BigDecimal(printed), new BigDecimal(exact), () -> Text.literal("w"));
        if (severity.equals("NONE")) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.working()).isEqualTo("w; " + working);
                assertThat(f.language()).isEqualTo(Languages.ENGLISH);
            });
        }
    }

    // printed, exact, the column's precision, expected severity (NONE for no finding), expected, the working
    @ParameterizedTest(name = "printed {0} for exact {1} in a column at {2} decimals -> {3}")
    @CsvSource(delimiter = '|', value = {
        "97.0    | 97.0370370370 | 1 | NONE    |        | ",
        "97      | 97.0370370370 | 1 | NONE    |        | ",
        "97.04   | 97.0370370370 | 1 | NONE    |        | ",
        "126.7   | 126.6666      | 1 | NONE    |        | ",
        "127     | 126.6666      | 0 | NONE    |        | ",
        "127     | 126.6666      | 1 | NOTE    | 126,7  | printed rounded to 0 decimals where the rest of its column prints 1",
        "126     | 126.4         | 1 | NOTE    | 126,4  | printed rounded to 0 decimals where the rest of its column prints 1",
        "126.7   | 126.6666      | 2 | NOTE    | 126,67 | printed rounded to 1 decimal where the rest of its column prints 2",
        "96.5    | 96.4462693    | 1 | WARNING | 96,4   | likely cause: rounded twice, first to 2 decimals (96,45) and then to 1 (96,5)",
        "97.03   | 97.0370370370 | 1 | WARNING | 97,04  | likely cause: truncated instead of rounded half-up (97,03703… cut to 97,03)",
        "96      | 96.5          | 1 | WARNING | 96,5   | likely cause: truncated instead of rounded half-up (96,5 cut to 96)",
    })
    void classificationAtTheColumnsPrecision(String printed, String exact, int precision, String severity,
            String expected, String working) {
        Optional<Finding> finding = Figures.percent(Languages.ENGLISH, Check.CAPAIAN, HERE, WrongFigure.of(
                new BigDecimal(printed), new BigDecimal(exact)), () -> Text.literal("w"), precision, false);
        if (severity.equals("NONE")) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.expected()).isEqualTo(expected);
                assertThat(f.working()).isEqualTo("w; " + working);
            });
        }
    }

    @Test
    void anAmountLeftToTheDiagnosesSaysItsLikelyCause() {
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, WrongFigure.of(new BigDecimal("914466926"),
                new BigDecimal("1192030989")), () -> Text.literal("w"))).hasValueSatisfying(f -> assertThat(f.working())
                        .isEqualTo("w; difference -277.564.063; no known mistake reproduces it"));
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, WrongFigure.of(new BigDecimal("100.00"),
                new BigDecimal("100")), () -> Text.literal("w"))).isEmpty();
    }

    @Test
    void amountsMustBeExact() {
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, WrongFigure.of(new BigDecimal(
                "100.00"), new BigDecimal("100")), () -> Text.literal("w"))).isEmpty();
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, WrongFigure.of(new BigDecimal(
                "914466926"), new BigDecimal("1192030989")), () -> Text.literal("w"))).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.printed()).isEqualTo("914.466.926");
                    assertThat(f.expected()).isEqualTo("1.192.030.989");
                    assertThat(f.working()).isEqualTo("w; difference -277.564.063; no known mistake reproduces it");
                });
        assertThat(Figures.amount(Languages.INDONESIAN, Check.PARENT_TOTAL, HERE, WrongFigure.of(new BigDecimal(
                "914466926"), new BigDecimal("1192030989")), () -> Text.literal("w"))).hasValueSatisfying(
                        f -> assertThat(f.working()).isEqualTo("w; selisih -277.564.063; tidak ada kesalahan umum"
                                + " yang menghasilkan angka ini"));
    }
}
