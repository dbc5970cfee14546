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

    // printed, exact, expected severity (NONE for no finding), what the working adds in English, in Indonesian
    @ParameterizedTest(name = "printed {0} for exact {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "97.04   | 97.0370370370 | NONE    | | ",
        "97.0370 | 97.0370370370 | NONE    | | ",
        "100     | 100.004       | NONE    | | ",
        "115     | 115           | NONE    | | ",
        "97.03   | 97.0370370370 | WARNING | printed truncated instead of rounded half-up"
                + " | angka tercetak dipotong, bukan dibulatkan setengah ke atas",
        "61.11   | 61.1161       | WARNING | printed truncated instead of rounded half-up"
                + " | angka tercetak dipotong, bukan dibulatkan setengah ke atas",
        "96.5    | 96.4462693    | WARNING | printed rounded twice, to two decimals (96,45) and then to 1"
                + " | angka tercetak dibulatkan dua kali, ke dua desimal (96,45) lalu ke 1 desimal",
        "97.05   | 97.044        | WARNING | printed rounded the wrong way in its last digit"
                + " | angka tercetak dibulatkan ke arah yang salah pada digit terakhirnya",
        "96      | 95.7952       | NOTE    | printed rounded to 0 decimals where reports print two"
                + " | angka tercetak dibulatkan ke 0 desimal, padahal laporan mencetak dua desimal",
        "96.0    | 96.0112       | NOTE    | printed rounded to 1 decimal where reports print two"
                + " | angka tercetak dibulatkan ke 1 desimal, padahal laporan mencetak dua desimal",
        "121.72  | 121.3181818   | ERROR   | the printed figure does not follow from the data"
                + " | angka yang tercetak tidak sesuai dengan datanya",
        "100.25  | 100.025       | ERROR   | the printed figure does not follow from the data"
                + " | angka yang tercetak tidak sesuai dengan datanya",
        "97.05   | 97.0370370370 | ERROR   | the printed figure does not follow from the data"
                + " | angka yang tercetak tidak sesuai dengan datanya",
        "95      | 95.7952       | WARNING | printed truncated instead of rounded half-up"
                + " | angka tercetak dipotong, bukan dibulatkan setengah ke atas",
        "94      | 95.7952       | ERROR   | the printed figure does not follow from the data"
                + " | angka yang tercetak tidak sesuai dengan datanya",
    })
    void classification(String printed, String exact, String severity, String english, String indonesian) {
        Optional<Finding> finding = Figures.percent(Languages.ENGLISH, Check.CAPAIAN, HERE, new BigDecimal(printed),
                new BigDecimal(exact), () -> Text.literal("w"));
        Optional<Finding> temuan = Figures.percent(Languages.INDONESIAN, Check.CAPAIAN, HERE,
                new BigDecimal(printed), new BigDecimal(exact), () -> Text.literal("w"));
        if (severity.equals("NONE")) {
            assertThat(finding).isEmpty();
            assertThat(temuan).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.working()).isEqualTo("w; " + english);
                assertThat(f.language()).isEqualTo(Languages.ENGLISH);
            });
            assertThat(temuan).hasValueSatisfying(f -> {
                assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.working()).isEqualTo("w; " + indonesian);
                assertThat(f.language()).isEqualTo(Languages.INDONESIAN);
            });
        }
    }

    @Test
    void amountsMustBeExact() {
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, new BigDecimal("100.00"),
                new BigDecimal("100"), () -> Text.literal("w"))).isEmpty();
        assertThat(Figures.amount(Languages.ENGLISH, Check.PARENT_TOTAL, HERE, new BigDecimal("914466926"),
                new BigDecimal("1192030989"), () -> Text.literal("w"))).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.printed()).isEqualTo("914.466.926");
                    assertThat(f.expected()).isEqualTo("1.192.030.989");
                    assertThat(f.working()).isEqualTo("w; difference -277.564.063");
                });
        assertThat(Figures.amount(Languages.INDONESIAN, Check.PARENT_TOTAL, HERE, new BigDecimal("914466926"),
                new BigDecimal("1192030989"), () -> Text.literal("w"))).hasValueSatisfying(
                        f -> assertThat(f.working()).isEqualTo("w; selisih -277.564.063"));
    }
}
