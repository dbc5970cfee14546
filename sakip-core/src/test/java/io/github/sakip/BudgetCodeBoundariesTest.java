package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budget codes at the edges of every number's range and of the text's length, and their zero padding. */
class BudgetCodeBoundariesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1, 1, 0, 0, 0, 0, 0",
        "9.99, 9, 99, 0, 0, 0, 0",
        "1.01.01, 1, 1, 1, 0, 0, 0",
        "9.99.99, 9, 99, 99, 0, 0, 0",
        "1.01.01.1.01, 1, 1, 1, 1, 1, 0",
        "9.99.99.9.99, 9, 99, 99, 9, 99, 0",
        "X.XX.99, 0, 0, 99, 0, 0, 0",
        "2.07.01.2.01.01, 2, 7, 1, 2, 1, 1",
        "2.07.01.2.09.09, 2, 7, 1, 2, 9, 9",
        "2.07.01.2.10.10, 2, 7, 1, 2, 10, 10",
        "2.07.01.2.01.99, 2, 7, 1, 2, 1, 99",
        "2.07.01.2.01.0100, 2, 7, 1, 2, 1, 100",
        "2.07.01.2.01.0999, 2, 7, 1, 2, 1, 999",
        "2.07.01.2.01.1000, 2, 7, 1, 2, 1, 1000",
        "2.07.01.2.01.9999, 2, 7, 1, 2, 1, 9999",
    })
    void theEdgesOfEachRegionalRangeParseAndPrintBack(String text, int urusan, int bidang, int program, int group,
            int kegiatan, int sub) {
        BudgetCode code = BudgetCode.parse(text);
        assertThat(code).isEqualTo(new BudgetCode.Regional(urusan, bidang, program, group, kegiatan, sub));
        assertThat(code).hasToString(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "001.01.AA.0001.AAA.001.001.A | 1 | 1 | AA | 1 | AAA | 1 | 1 | A",
        "999.99.ZZ.9999.ZZZ.999.999.Z | 999 | 99 | ZZ | 9999 | ZZZ | 999 | 999 | Z",
        "999.99.99 | 999 | 99 | 99 | 0 | '' | 0 | 0 | ''",
        "063.01.01.0010.QAH.010.100 | 63 | 1 | 01 | 10 | QAH | 10 | 100 | ''",
        "0001.AAA.001.001.A | 0 | 0 | '' | 1 | AAA | 1 | 1 | A",
    })
    void theEdgesOfEachCentralRangeParseAndPrintBack(String text, int ba, int eselon, String program, int kegiatan,
            String kro, int ro, int komponen, String sub) {
        BudgetCode code = BudgetCode.parse(text);
        assertThat(code).isEqualTo(new BudgetCode.Central(ba, eselon, program, kegiatan, kro, ro, komponen, sub));
        assertThat(code).hasToString(text);
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', value = {
        "0 | 1 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 0",
        "10 | 1 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 10",
        "1 | -1 | 1 | 0 | 0 | 0 | bidang must be from 0 to 99, but was -1",
        "1 | 100 | 1 | 0 | 0 | 0 | bidang must be from 0 to 99, but was 100",
        "1 | 1 | 100 | 0 | 0 | 0 | program must be from 0 to 99, but was 100",
        "1 | 1 | 1 | 10 | 1 | 0 | kegiatanGroup must be from 0 to 9, but was 10",
        "1 | 1 | 1 | 1 | 100 | 0 | kegiatan must be from 0 to 99, but was 100",
        "1 | 1 | 1 | 1 | 1 | 10000 | subKegiatan must be from 0 to 9999, but was 10000",
    })
    void aNumberJustOutsideItsRangeIsRefusedByName(int urusan, int bidang, int program, int group, int kegiatan,
            int sub, String message) {
        assertThatThrownBy(() -> new BudgetCode.Regional(urusan, bidang, program, group, kegiatan, sub))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void sixtyFourCharactersAreReadAndSixtyFiveAreTooLong() {
        String sixtyFour = "2.07.01.2.01.02" + "x".repeat(49);
        assertThat(sixtyFour).hasSize(64);
        assertThatThrownBy(() -> BudgetCode.parse(sixtyFour)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + sixtyFour + "' looks like a regional sub kegiatan code");
        String sixtyFive = sixtyFour + "y";
        assertThatThrownBy(() -> BudgetCode.parse(sixtyFive)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + sixtyFour + "...' is too long for a budget code, which has at most 64 characters");
    }
}
