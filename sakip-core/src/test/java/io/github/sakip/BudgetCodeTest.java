package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetCodeTest {

    @ParameterizedTest
    @CsvSource({
        "2.07.01, PROGRAM, '', 2.07.01",
        "2.07.01.2.01, KEGIATAN, 2.07.01, 2.07.01.2.01",
        "2.07.01.2.01.02, SUB_KEGIATAN, 2.07.01.2.01, 2.07.01.2.01.02",
        "2.07.01.2.01.0002, SUB_KEGIATAN, 2.07.01.2.01, 2.07.01.2.01.02",
        "1.01.02.2.03.0123, SUB_KEGIATAN, 1.01.02.2.03, 1.01.02.2.03.0123",
    })
    void parsesLevelsParentsAndCanonicalForm(String text, BudgetLevel level, String parent, String canonical) {
        BudgetCode code = BudgetCode.parse(text);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.parent().map(BudgetCode::toString).orElse("")).isEqualTo(parent);
        assertThat(code).hasToString(canonical);
        assertThat(BudgetCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void twoAndFourDigitSubKegiatanNumbersAreTheSameCode() {
        assertThat(BudgetCode.parse("2.07.01.2.01.0002")).isEqualTo(BudgetCode.parse("2.07.01.2.01.02"))
                .hasSameHashCodeAs(BudgetCode.parse("2.07.01.2.01.02"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|it has 1 segment",
        "2.07|it has 2 segments",
        "2.07.01.2|it has 4 segments",
        "2.07.01.2.01.02.03|it has 7 segments",
        "2.7.01|segment 2 '7' is not 2 ASCII digits",
        "2.07.01.2.01.002|segment 6 '002' is not 2 or 4 ASCII digits",
        "2.07.01.2.1|segment 5 '1' is not 2 ASCII digits",
        "2.07.0a|segment 3 '0a' is not 2 ASCII digits",
        "'2.07.01 '|segment 3 '01 ' is not 2 ASCII digits",
        "2..01|segment 2 '' is not 2 ASCII digits",
        "2.07.00|segment 3 '00' is 0, and no level is numbered 0",
        "0.07.01|segment 1 '0' is 0, and no level is numbered 0",
        "2.07.01.2.01.00|segment 6 '00' is 0, and no level is numbered 0",
        "2.07.01.2.01.0000|segment 6 '0000' is 0, and no level is numbered 0",
        "2.07.01.2.00|segment 5 '00' is 0, and no level is numbered 0",
        "2.07.01.0.01|segment 4 '0' is 0, and no level is numbered 0",
        "X.XX.01|segment 1 'X' is not 1 ASCII digit",
        "٢.07.01|segment 1 '٢' is not 1 ASCII digit",
    })
    void refusesMalformedCodesQuotingThem(String text, String why) {
        assertThatThrownBy(() -> BudgetCode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a budget code (Kepmendagri 050-5889/2021): '" + text + "': ")
                .hasMessageContaining(why);
    }

    @Test
    void zeroSubKegiatanIsNotAThirdLevel() {
        // "00" would turn a sub kegiatan into its own kegiatan: refused rather than read as 2.07.01.2.01.
        assertThatThrownBy(() -> BudgetCode.parse("2.07.01.2.01.00"))
                .hasMessageContaining("'2.07.01.2.01.00'");
    }

    @Test
    void refusesNullAndHugeText() {
        assertThatThrownBy(() -> BudgetCode.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> BudgetCode.parse("2".repeat(10_000)))
                .hasMessageContaining("it is too long");
    }

    @Test
    void sortsInCodeOrderParentsFirst() {
        List<BudgetCode> codes = new ArrayList<>();
        for (String text : List.of("2.07.03", "2.07.01.2.02", "2.07.01.2.01.06", "2.07.01", "2.07.01.2.01",
                "2.07.01.2.01.0002", "1.01.01")) {
            codes.add(BudgetCode.parse(text));
        }
        Collections.sort(codes);
        assertThat(codes).extracting(BudgetCode::toString).containsExactly("1.01.01", "2.07.01", "2.07.01.2.01",
                "2.07.01.2.01.02", "2.07.01.2.01.06", "2.07.01.2.02", "2.07.03");
        assertThat(BudgetCode.parse("2.07.01.2.01.06").isWithin(BudgetCode.parse("2.07.01"))).isTrue();
        assertThat(BudgetCode.parse("2.07.03.2.01").isWithin(BudgetCode.parse("2.07.01"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void constructorChecksRanges(int urusan) {
        assertThatThrownBy(() -> new BudgetCode(urusan, 7, 1, 0, 0, 0))
                .hasMessage("urusan must be from 1 to 9, but was " + urusan);
    }

    @Test
    void constructorRefusesASubKegiatanWithoutKegiatan() {
        assertThatThrownBy(() -> new BudgetCode(2, 7, 1, 0, 0, 2))
                .hasMessage("a program code has no kegiatan group or sub kegiatan, but kegiatanGroup was 0 and"
                        + " subKegiatan was 2");
    }
}
