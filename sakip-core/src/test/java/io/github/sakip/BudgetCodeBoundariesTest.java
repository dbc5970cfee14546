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
        "1.01.01, 1, 1, 1, 0, 0, 0",
        "9.99.99, 9, 99, 99, 0, 0, 0",
        "1.01.01.1.01, 1, 1, 1, 1, 1, 0",
        "9.99.99.9.99, 9, 99, 99, 9, 99, 0",
        "2.07.01.2.01.01, 2, 7, 1, 2, 1, 1",
        "2.07.01.2.09.09, 2, 7, 1, 2, 9, 9",
        "2.07.01.2.10.10, 2, 7, 1, 2, 10, 10",
        "2.07.01.2.01.99, 2, 7, 1, 2, 1, 99",
        "2.07.01.2.01.0100, 2, 7, 1, 2, 1, 100",
        "2.07.01.2.01.0999, 2, 7, 1, 2, 1, 999",
        "2.07.01.2.01.1000, 2, 7, 1, 2, 1, 1000",
        "2.07.01.2.01.9999, 2, 7, 1, 2, 1, 9999",
    })
    void theEdgesOfEachRangeParseAndPrintBack(String text, int urusan, int bidang, int program, int group,
            int kegiatan, int sub) {
        BudgetCode code = BudgetCode.parse(text);
        assertThat(code).isEqualTo(new BudgetCode(urusan, bidang, program, group, kegiatan, sub));
        assertThat(code).hasToString(text);
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', value = {
        "0 | 1 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 0",
        "10 | 1 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 10",
        "1 | 0 | 1 | 0 | 0 | 0 | bidang must be from 1 to 99, but was 0",
        "1 | 100 | 1 | 0 | 0 | 0 | bidang must be from 1 to 99, but was 100",
        "1 | 1 | 100 | 0 | 0 | 0 | program must be from 1 to 99, but was 100",
        "1 | 1 | 1 | 10 | 1 | 0 | kegiatanGroup must be from 1 to 9, but was 10",
        "1 | 1 | 1 | 1 | 100 | 0 | kegiatan must be from 1 to 99, but was 100",
        "1 | 1 | 1 | 1 | 1 | 10000 | subKegiatan must be from 0 to 9999, but was 10000",
    })
    void aNumberJustOutsideItsRangeIsRefusedByName(int urusan, int bidang, int program, int group, int kegiatan,
            int sub, String message) {
        assertThatThrownBy(() -> new BudgetCode(urusan, bidang, program, group, kegiatan, sub))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void fortyCharactersAreReadAndFortyOneAreTooLong() {
        String forty = "2.07.01.2.01.02" + "x".repeat(25);
        assertThat(forty).hasSize(40);
        assertThatThrownBy(() -> BudgetCode.parse(forty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a budget code (Kepmendagri 050-5889/2021): '" + forty + "': segment 6 '02"
                        + "x".repeat(25) + "' is not 2 or 4 ASCII digits");
        String fortyOne = forty + "y";
        assertThatThrownBy(() -> BudgetCode.parse(fortyOne))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a budget code (Kepmendagri 050-5889/2021): '" + forty + "...': it is too long");
    }
}
