package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.BudgetCode.Nomenclature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every accepted form of a budget code with its level and parent, and the refused ones with their messages. */
class BudgetCodeTest {

    @ParameterizedTest(name = "\"{0}\" is {2} under \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        // text | nomenclature | level | parent its code carries ("" for none) | canonical text
        "2                             | REGIONAL  | URUSAN          | ''                      | 2",
        "1.01                          | REGIONAL  | BIDANG_URUSAN   | 1                       | 1.01",
        "2.07                          | REGIONAL  | BIDANG_URUSAN   | 2                       | 2.07",
        "2.07.01                       | REGIONAL  | PROGRAM         | 2.07                    | 2.07.01",
        "X.XX.01                       | REGIONAL  | PROGRAM         | ''                      | X.XX.01",
        "2.07.01.2.01                  | REGIONAL  | KEGIATAN        | 2.07.01                 | 2.07.01.2.01",
        "X.XX.01.2.01                  | REGIONAL  | KEGIATAN        | X.XX.01                 | X.XX.01.2.01",
        "2.07.01.2.01.02               | REGIONAL  | SUB_KEGIATAN    | 2.07.01.2.01            | 2.07.01.2.01.02",
        "2.07.01.2.01.0002             | REGIONAL  | SUB_KEGIATAN    | 2.07.01.2.01            | 2.07.01.2.01.02",
        "X.XX.01.2.01.0001             | REGIONAL  | SUB_KEGIATAN    | X.XX.01.2.01            | X.XX.01.2.01.01",
        "1.01.02.2.03.0123             | REGIONAL  | SUB_KEGIATAN    | 1.01.02.2.03            | 1.01.02.2.03.0123",
        "' 2.07.01 '                   | REGIONAL  | PROGRAM         | 2.07                    | 2.07.01",
        "063                           | CENTRAL   | BAGIAN_ANGGARAN | ''                      | 063",
        "063.01                        | CENTRAL   | ESELON_I        | 063                     | 063.01",
        "063.01.WA                     | CENTRAL   | PROGRAM         | 063.01                  | 063.01.WA",
        "063.01.01                     | CENTRAL   | PROGRAM         | 063.01                  | 063.01.01",
        "063.01.WA.3165                | CENTRAL   | KEGIATAN        | 063.01.WA               | 063.01.WA.3165",
        "063.01.WA.3165.QAH            | CENTRAL   | KRO             | 063.01.WA.3165          | 063.01.WA.3165.QAH",
        "063.01.WA.3165.QAH.001        | CENTRAL   | RO              | 063.01.WA.3165.QAH      | 063.01.WA.3165.QAH.001",
        "063.01.WA.3165.QAH.001.051    | CENTRAL   | KOMPONEN        | 063.01.WA.3165.QAH.001  | 063.01.WA.3165.QAH.001.051",
        "063.01.WA.3165.QAH.001.051.A  | CENTRAL   | SUB_KOMPONEN    | 063.01.WA.3165.QAH.001.051 | 063.01.WA.3165.QAH.001.051.A",
        "3165                          | CENTRAL   | KEGIATAN        | ''                      | 3165",
        "0063                          | CENTRAL   | KEGIATAN        | ''                      | 0063",
        "3165.QAH                      | CENTRAL   | KRO             | 3165                    | 3165.QAH",
        "3165.QAH.001                  | CENTRAL   | RO              | 3165.QAH                | 3165.QAH.001",
        "2886.EBA.994                  | CENTRAL   | RO              | 2886.EBA                | 2886.EBA.994",
        "3165.QAH.001.051              | CENTRAL   | KOMPONEN        | 3165.QAH.001            | 3165.QAH.001.051",
        "3165.QAH.001.051.A            | CENTRAL   | SUB_KOMPONEN    | 3165.QAH.001.051        | 3165.QAH.001.051.A",
        "''                            | FREE_FORM | FREE_FORM       | ''                      | ''",
        "'   '                         | FREE_FORM | FREE_FORM       | ''                      | ''",
        "BLUD-01                       | FREE_FORM | FREE_FORM       | ''                      | BLUD-01",
        "A.1                           | FREE_FORM | FREE_FORM       | ''                      | A.1",
        "I.1                           | FREE_FORM | FREE_FORM       | ''                      | I.1",
        "10                            | FREE_FORM | FREE_FORM       | ''                      | 10",
        "01.02                         | FREE_FORM | FREE_FORM       | ''                      | 01.02",
        "12345                         | FREE_FORM | FREE_FORM       | ''                      | 12345",
        "WA                            | FREE_FORM | FREE_FORM       | ''                      | WA",
        "WA.461                        | FREE_FORM | FREE_FORM       | ''                      | WA.461",
        "WA.46112                      | FREE_FORM | FREE_FORM       | ''                      | WA.46112",
        "Wa.4611                       | FREE_FORM | FREE_FORM       | ''                      | Wa.4611",
        "'Belanja Pegawai '            | FREE_FORM | FREE_FORM       | ''                      | Belanja Pegawai",
    })
    void readsEveryFormWithItsLevelAndParent(String text, Nomenclature nomenclature, BudgetLevel level,
            String parent, String canonical) {
        BudgetCode code = BudgetCode.parse(text);
        assertThat(code.nomenclature()).isEqualTo(nomenclature);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.parent().map(BudgetCode::toString).orElse("")).isEqualTo(parent);
        assertThat(code).hasToString(canonical);
        assertThat(BudgetCode.parse(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
        assertThat(code.isBlank()).isEqualTo(canonical.isEmpty());
        code.parent().ifPresent(p -> assertThat(code.isWithin(p)).isTrue());
    }

    @Test
    void theContractsCodesAreRead() {
        assertThat(BudgetCode.parse("1.01").level()).isEqualTo(BudgetLevel.BIDANG_URUSAN);
        assertThat(BudgetCode.parse("X.XX.01")).isEqualTo(new BudgetCode.Regional(0, 0, 1, 0, 0, 0))
                .satisfies(c -> assertThat(((BudgetCode.Regional) c).isCommonToEveryBidang()).isTrue());
        assertThat(BudgetCode.parse("063.01.WA")).isEqualTo(new BudgetCode.Central(63, 1, "WA", 0, "", 0, 0, ""));
        assertThat(BudgetCode.parse("3165.QAH.001")).isEqualTo(new BudgetCode.Central(0, 0, "", 3165, "QAH", 1, 0,
                "")).satisfies(c -> assertThat(((BudgetCode.Central) c).isShort()).isTrue());
        assertThat(BudgetCode.parse("063.01.WA.3165.QAH.001")).isEqualTo(new BudgetCode.Central(63, 1, "WA", 3165,
                "QAH", 1, 0, "")).satisfies(c -> assertThat(((BudgetCode.Central) c).isShort()).isFalse());
        assertThat(BudgetCode.parse("")).isSameAs(BudgetCode.FreeForm.BLANK);
        assertThat(new BudgetCode.FreeForm("")).isEqualTo(BudgetCode.FreeForm.BLANK);
        assertThat(((BudgetCode.Regional) BudgetCode.parse("2.07.01")).isCommonToEveryBidang()).isFalse();
    }

    @Test
    void theHierarchyOfAFullCodeGoesUpToItsBagianAnggaranAndAShortOneStopsAtItsKegiatan() {
        List<String> full = new ArrayList<>();
        for (BudgetCode c = BudgetCode.parse("063.01.WA.3165.QAH.001.051.A"); c != null;
                c = c.parent().orElse(null)) {
            full.add(c.toString());
        }
        assertThat(full).containsExactly("063.01.WA.3165.QAH.001.051.A", "063.01.WA.3165.QAH.001.051",
                "063.01.WA.3165.QAH.001", "063.01.WA.3165.QAH", "063.01.WA.3165", "063.01.WA", "063.01", "063");
        assertThat(BudgetCode.parse("3165.QAH.001").isWithin(BudgetCode.parse("3165"))).isTrue();
        assertThat(BudgetCode.parse("3165.QAH.001").isWithin(BudgetCode.parse("063.01.WA"))).isFalse();
        assertThat(BudgetCode.parse("063.01.WA.3165.QAH.001").isWithin(BudgetCode.parse("3165.QAH.001"))).isFalse();
        assertThat(BudgetCode.parse("2.07.01.2.01.02").isWithin(BudgetCode.parse("2"))).isTrue();
        assertThat(BudgetCode.parse("X.XX.01.2.01").isWithin(BudgetCode.parse("2.07"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // Regional (Kepmendagri 050-5889/2021): the first segment is one digit or X.
        "2.07.1|'2.07.1' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its program segment '1' must be two digits, 01 to 99",
        "2.7.01|'2.7.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its bidang segment '7' must be two digits, 01 to 99",
        "1.1|'1.1' looks like a regional bidang urusan code (Kepmendagri 050-5889/2021, urusan.bidang as 2.07) but"
            + " its bidang segment '1' must be two digits, 01 to 99",
        "2.07.00|'2.07.00' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its program segment '00' must be two digits, 01 to 99",
        "0.07.01|'0.07.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its urusan segment '0' must be one digit, 1 to 9 (or X in SIPD's placeholder X.XX)",
        "x.xx.01|'x.xx.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its urusan segment 'x' must be one digit, 1 to 9 (or X in SIPD's placeholder X.XX)",
        "٢.07.01|'٢.07.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its urusan segment '٢' must be one digit, 1 to 9 (or X in SIPD's placeholder X.XX)"
            + " (ASCII digits 0 to 9)",
        "2.07.01.0.01|'2.07.01.0.01' looks like a regional kegiatan code (Kepmendagri 050-5889/2021,"
            + " urusan.bidang.program.kegiatan group.kegiatan as 2.07.01.2.01) but its kegiatan group segment '0'"
            + " must be one digit, 1 to 9",
        "2.07.01.2.1|'2.07.01.2.1' looks like a regional kegiatan code (Kepmendagri 050-5889/2021,"
            + " urusan.bidang.program.kegiatan group.kegiatan as 2.07.01.2.01) but its kegiatan segment '1' must be"
            + " two digits, 01 to 99",
        "2.07.01.2.01.002|'2.07.01.2.01.002' looks like a regional sub kegiatan code (Kepmendagri 050-5889/2021,"
            + " urusan.bidang.program.kegiatan group.kegiatan.sub kegiatan as 2.07.01.2.01.0001) but its sub"
            + " kegiatan segment '002' must be two or four digits, not all 0",
        "2.07.01.2.01.0000|'2.07.01.2.01.0000' looks like a regional sub kegiatan code (Kepmendagri 050-5889/2021,"
            + " urusan.bidang.program.kegiatan group.kegiatan.sub kegiatan as 2.07.01.2.01.0001) but its sub"
            + " kegiatan segment '0000' must be two or four digits, not all 0",
        "2.07.01 .2.01|'2.07.01 .2.01' looks like a regional kegiatan code (Kepmendagri 050-5889/2021,"
            + " urusan.bidang.program.kegiatan group.kegiatan as 2.07.01.2.01) but its program segment '01 ' must be"
            + " two digits, 01 to 99",
        "2..01|'2..01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its bidang segment '' must be two digits, 01 to 99",
        "2.07.01.2.01.0001 Gaji|'2.07.01.2.01.0001 Gaji' looks like a regional sub kegiatan code (Kepmendagri"
            + " 050-5889/2021, urusan.bidang.program.kegiatan group.kegiatan.sub kegiatan as 2.07.01.2.01.0001) but"
            + " its sub kegiatan segment '0001 Gaji' must be two or four digits, not all 0",
        "2.07.01.2|'2.07.01.2' looks like a regional code (Kepmendagri 050-5889/2021) but has 4 segments, and a"
            + " regional code has 1 (urusan, 2), 2 (bidang urusan, 2.07), 3 (program, 2.07.01), 5 (kegiatan,"
            + " 2.07.01.2.01) or 6 (sub kegiatan, 2.07.01.2.01.0001)",
        "2.9.01|'2.9.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its bidang segment '9' must be two digits, 01 to 99",
        "2.07.01.2.01.02.03.04|'2.07.01.2.01.02.03.04' looks like a regional code (Kepmendagri 050-5889/2021) but has"
            + " 8 segments, and a regional code has 1 (urusan, 2), 2 (bidang urusan, 2.07), 3 (program, 2.07.01), 5"
            + " (kegiatan, 2.07.01.2.01) or 6 (sub kegiatan, 2.07.01.2.01.0001)",
        "2.07.01.2.01.02.03|'2.07.01.2.01.02.03' looks like a regional code (Kepmendagri 050-5889/2021) but has 7"
            + " segments, and a regional code has 1 (urusan, 2), 2 (bidang urusan, 2.07), 3 (program, 2.07.01), 5"
            + " (kegiatan, 2.07.01.2.01) or 6 (sub kegiatan, 2.07.01.2.01.0001)",
        "X.XX|'X.XX' looks like SIPD's placeholder X.XX, which stands for the bidang of the programs common to every"
            + " bidang and comes only before a program, as X.XX.01 (Kepmendagri 050-5889/2021)",
        "X|'X' looks like SIPD's placeholder X.XX, which stands for the bidang of the programs common to every"
            + " bidang and comes only before a program, as X.XX.01 (Kepmendagri 050-5889/2021)",
        "X.07.01|'X.07.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its bidang segment '07' must be XX, after the placeholder X",
        "2.XX.01|'2.XX.01' looks like a regional program code (Kepmendagri 050-5889/2021, urusan.bidang.program as"
            + " 2.07.01) but its bidang segment 'XX' must be two digits, 01 to 99",
        // SIPD organisation units (Permendagri 90/2019), alone or prefixed to a code.
        "2.07.0.00.0.00.01.0000|'2.07.0.00.0.00.01.0000' is a SIPD organisation unit code (kode SKPD or unit SKPD,"
            + " Permendagri 90/2019: three bidang urusan, the organisation and the unit, as 2.07.0.00.0.00.01.0000),"
            + " which is not the code of a budget line: enter one table per unit, with its program, kegiatan and sub"
            + " kegiatan codes",
        "4.01.0.00.0.00.01.0003.X.XX.01.2.01.0001|'4.01.0.00.0.00.01.0003.X.XX.01.2.01.0001' is a budget code"
            + " prefixed with the SIPD organisation unit code 4.01.0.00.0.00.01.0003 (kode SKPD or unit SKPD,"
            + " Permendagri 90/2019): enter one table per unit, with the code without the unit"
            + " ('X.XX.01.2.01.0001')",
        // Central (RKA-K/L): the first segment is three digits (full) or four (short).
        "063.1.WA|'063.1.WA' looks like a K/L program code (RKA-K/L, PMK 62/2023, bagian anggaran.eselon I.program"
            + " as 063.01.WA) but its eselon I segment '1' must be two digits, 01 to 99",
        "063.01.wa|'063.01.wa' looks like a K/L program code (RKA-K/L, PMK 62/2023, bagian anggaran.eselon I.program"
            + " as 063.01.WA) but its program segment 'wa' must be two capital letters (since 2021) or two digits, 01"
            + " to 99 (before)",
        "063.01.00|'063.01.00' looks like a K/L program code (RKA-K/L, PMK 62/2023, bagian anggaran.eselon I.program"
            + " as 063.01.WA) but its program segment '00' must be two capital letters (since 2021) or two digits, 01"
            + " to 99 (before)",
        "000|'000' looks like a K/L bagian anggaran code (RKA-K/L, PMK 62/2023, bagian anggaran as 063) but its"
            + " bagian anggaran segment '000' must be three digits, 001 to 999",
        "100.000|'100.000' looks like a K/L eselon I code (RKA-K/L, PMK 62/2023, bagian anggaran.eselon I as"
            + " 063.01) but its eselon I segment '000' must be two digits, 01 to 99",
        "063.01.WA.316|'063.01.WA.316' looks like a K/L kegiatan code (RKA-K/L, PMK 62/2023, bagian anggaran.eselon"
            + " I.program.kegiatan as 063.01.WA.3165) but its kegiatan segment '316' must be four digits, 0001 to"
            + " 9999",
        "0000|'0000' looks like a K/L kegiatan code (RKA-K/L, PMK 62/2023, kegiatan as 3165) but its kegiatan"
            + " segment '0000' must be four digits, 0001 to 9999",
        "3165.001|'3165.001' looks like a K/L KRO code (RKA-K/L, PMK 62/2023, kegiatan.KRO as 3165.QAH) but its KRO"
            + " segment '001' must be three capital letters (a klasifikasi rincian output, since the 2021 redesign;"
            + " the outputs of earlier years, kegiatan.output as 3165.001, are not read)",
        "3165.QA|'3165.QA' looks like a K/L KRO code (RKA-K/L, PMK 62/2023, kegiatan.KRO as 3165.QAH) but its KRO"
            + " segment 'QA' must be three capital letters",
        "3165.QAH.1|'3165.QAH.1' looks like a K/L RO code (RKA-K/L, PMK 62/2023, kegiatan.KRO.RO as 3165.QAH.001)"
            + " but its RO segment '1' must be three digits, 001 to 999",
        "3165.QAH.000|'3165.QAH.000' looks like a K/L RO code (RKA-K/L, PMK 62/2023, kegiatan.KRO.RO as"
            + " 3165.QAH.001) but its RO segment '000' must be three digits, 001 to 999",
        "3165.QAH.001.51|'3165.QAH.001.51' looks like a K/L komponen code (RKA-K/L, PMK 62/2023,"
            + " kegiatan.KRO.RO.komponen as 3165.QAH.001.051) but its komponen segment '51' must be three digits,"
            + " 001 to 999",
        "3165.QAH.001.051.AB|'3165.QAH.001.051.AB' looks like a K/L sub komponen code (RKA-K/L, PMK 62/2023,"
            + " kegiatan.KRO.RO.komponen.sub komponen as 3165.QAH.001.051.A) but its sub komponen segment 'AB' must"
            + " be one capital letter",
        "3165.QAH.001.051.A.1|'3165.QAH.001.051.A.1' looks like a K/L code (RKA-K/L, PMK 62/2023) but has 6"
            + " segments, and a short K/L code has at most 5 (kegiatan.KRO.RO.komponen.sub komponen as"
            + " 3165.QAH.001.051.A)",
        "WA.4611.EBA.994|'WA.4611.EBA.994' looks like a K/L code that starts at its program, as the MAK of a POK or"
            + " DIPA prints it (program.kegiatan.KRO.RO…), which does not say its bagian anggaran and eselon I: write"
            + " it in full, as bagian anggaran.eselon I.WA.4611.EBA.994, or from the kegiatan, as 4611.EBA.994"
            + " (RKA-K/L, PMK 62/2023)",
        "GG.2133|'GG.2133' looks like a K/L code that starts at its program, as the MAK of a POK or DIPA prints it"
            + " (program.kegiatan.KRO.RO…), which does not say its bagian anggaran and eselon I: write it in full, as"
            + " bagian anggaran.eselon I.GG.2133, or from the kegiatan, as 2133 (RKA-K/L, PMK 62/2023)",
        "2886.EBA.994.002.521111|'2886.EBA.994.002.521111' looks like a K/L sub komponen code (RKA-K/L, PMK 62/2023,"
            + " kegiatan.KRO.RO.komponen.sub komponen as 3165.QAH.001.051.A) but its sub komponen segment '521111'"
            + " must be one capital letter",
        "063.01.WA .6384.EBA.994|'063.01.WA .6384.EBA.994' looks like a K/L RO code (RKA-K/L, PMK 62/2023, bagian"
            + " anggaran.eselon I.program.kegiatan.KRO.RO as 063.01.WA.3165.QAH.001) but its program segment 'WA '"
            + " must be two capital letters (since 2021) or two digits, 01 to 99 (before)",
        "063.01.WA.3165.QAH.001.051.A.B|'063.01.WA.3165.QAH.001.051.A.B' looks like a K/L code (RKA-K/L, PMK"
            + " 62/2023) but has 9 segments, and a full K/L code has at most 8 (bagian anggaran.eselon"
            + " I.program.kegiatan.KRO.RO.komponen.sub komponen as 063.01.WA.3165.QAH.001.051.A)",
    })
    void refusesAMalformedCodeOfAKnownFormNamingTheFormAndTheSegment(String text, String message) {
        assertThatThrownBy(() -> BudgetCode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesNullAndHugeText() {
        assertThatThrownBy(() -> BudgetCode.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> BudgetCode.parse("2".repeat(10_000)))
                .hasMessage("'" + "2".repeat(64) + "...' is too long for a budget code, which has at most 64"
                        + " characters");
        String sixtyFour = "A".repeat(64);
        assertThat(BudgetCode.parse("  " + sixtyFour + "  ")).hasToString(sixtyFour);
    }

    @Test
    void whiteSpaceAroundACodeIsIgnoredAlsoTheNoBreakSpacesOfAPdf() {
        assertThat(BudgetCode.parse("\u00A02.07.01\u202F")).isEqualTo(BudgetCode.parse("2.07.01"));
        assertThat(BudgetCode.parse("\t063.01.WA\n")).hasToString("063.01.WA");
        assertThat(BudgetCode.parse("\u00A0")).isSameAs(BudgetCode.FreeForm.BLANK);
        assertThatThrownBy(() -> new BudgetCode.FreeForm("BLUD\u00A0"))
                .hasMessage("text must not have white space around it, but was 'BLUD\u00A0'");
    }

    @Test
    void aFreeFormCodeCannotBeMadeOfTextThatReadsAsAKnownForm() {
        // Otherwise it would not read back as itself from its text.
        assertThatThrownBy(() -> new BudgetCode.FreeForm("1.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1.1' starts as a regional or central code; use BudgetCode.parse to read it");
        assertThatThrownBy(() -> new BudgetCode.FreeForm("3165.QAH"))
                .hasMessage("'3165.QAH' starts as a regional or central code; use BudgetCode.parse to read it");
        assertThatThrownBy(() -> new BudgetCode.FreeForm("WA.4611"))
                .hasMessage("'WA.4611' starts as a regional or central code; use BudgetCode.parse to read it");
        assertThatThrownBy(() -> new BudgetCode.FreeForm(" A"))
                .hasMessage("text must not have white space around it, but was ' A'");
        assertThatThrownBy(() -> new BudgetCode.FreeForm("A".repeat(65)))
                .hasMessageStartingWith("'" + "A".repeat(64) + "...' is too long");
        assertThatThrownBy(() -> new BudgetCode.FreeForm(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThat(new BudgetCode.FreeForm("BLUD-01")).isEqualTo(BudgetCode.parse("BLUD-01"));
    }

    @Test
    void sortsInCodeOrderParentsFirstRegionalThenCentralThenFreeForm() {
        List<BudgetCode> codes = new ArrayList<>();
        for (String text : List.of("BLUD-01", "2.07.03", "3165.QAH.001", "2.07.01.2.02", "063.01.WA",
                "2.07.01.2.01.06", "", "2.07.01", "2.07.01.2.01", "063.01.WA.3165", "2.07.01.2.01.0002", "1.01.01",
                "X.XX.01", "2.07", "3165", "063.01.01", "A.1")) {
            codes.add(BudgetCode.parse(text));
        }
        Collections.sort(codes);
        assertThat(codes).extracting(BudgetCode::toString).containsExactly("X.XX.01", "1.01.01", "2.07", "2.07.01",
                "2.07.01.2.01", "2.07.01.2.01.02", "2.07.01.2.01.06", "2.07.01.2.02", "2.07.03", "3165",
                "3165.QAH.001", "063.01.01", "063.01.WA", "063.01.WA.3165", "", "A.1", "BLUD-01");
        assertThat(BudgetCode.parse("2.07.01.2.01.06").isWithin(BudgetCode.parse("2.07.01"))).isTrue();
        assertThat(BudgetCode.parse("2.07.03.2.01").isWithin(BudgetCode.parse("2.07.01"))).isFalse();
        assertThat(BudgetCode.parse("3165").compareTo(BudgetCode.parse("2.07"))).isPositive();
        assertThat(BudgetCode.parse("063.02").compareTo(BudgetCode.parse("064.01"))).isNegative();
        assertThat(BudgetCode.parse("063.01.WA").compareTo(BudgetCode.parse("063.02.AA"))).isNegative();
        assertThat(BudgetCode.parse("2.07").compareTo(BudgetCode.parse("A"))).isNegative();
        assertThat(BudgetCode.parse("A").compareTo(BudgetCode.parse("3165"))).isPositive();
        assertThatThrownBy(() -> BudgetCode.parse("2").isWithin(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ancestor must not be null");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', value = {
        "0 | 7 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 0",
        "10 | 7 | 1 | 0 | 0 | 0 | urusan must be from 1 to 9, but was 10",
        "0 | 0 | 0 | 0 | 0 | 0 | the placeholder X.XX (urusan 0, bidang 0) stands only before a program, but program was 0",
        "2 | 7 | 1 | 2 | 0 | 0 | kegiatanGroup and kegiatan are given together, but were 2 and 0",
        "2 | 7 | 0 | 0 | 0 | 5 | subKegiatan is given, so kegiatan must be too, but it was not",
        "2 | 0 | 1 | 0 | 0 | 0 | program is given, so bidang must be too, but it was not",
        "0 | 0 | 1 | 2 | 1 | 0 | ''",
    })
    void theRegionalConstructorChecksItsNumbers(int urusan, int bidang, int program, int group, int kegiatan,
            int sub, String message) {
        if (message.isEmpty()) {
            assertThat(new BudgetCode.Regional(urusan, bidang, program, group, kegiatan, sub))
                    .hasToString("X.XX.01.2.01");
        } else {
            assertThatThrownBy(() -> new BudgetCode.Regional(urusan, bidang, program, group, kegiatan, sub))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0 | 0 | \"\" | 0 | \"\" | 0 | 0 | \"\" | a code with no bagianAnggaran starts at its kegiatan, but kegiatan was 0",
        "0 | 1 | \"\" | 3165 | \"\" | 0 | 0 | \"\" | a code with no bagianAnggaran starts at its kegiatan, but eselonI was 1"
            + " and program was ''",
        "63 | 1 | W | 0 | \"\" | 0 | 0 | \"\" | program must be two capital letters or two digits from 01 to 99, but was"
            + " 'W'",
        "63 | 1 | 00 | 0 | \"\" | 0 | 0 | \"\" | program must be two capital letters or two digits from 01 to 99, but was"
            + " '00'",
        "0 | 0 | \"\" | 3165 | QAh | 0 | 0 | \"\" | kro must be 3 capital letters, but was 'QAh'",
        "0 | 0 | \"\" | 3165 | QAH | 1 | 51 | AB | subKomponen must be 1 capital letter, but was 'AB'",
        "63 | 0 | WA | 0 | \"\" | 0 | 0 | \"\" | program is given, so eselonI must be too, but it was not",
        "0 | 0 | \"\" | 3165 | \"\" | 1 | 0 | \"\" | ro is given, so kro must be too, but it was not",
        "1000 | 0 | \"\" | 0 | \"\" | 0 | 0 | \"\" | bagianAnggaran must be from 0 to 999, but was 1000",
    })
    void theCentralConstructorChecksItsParts(int ba, int eselon, String program, int kegiatan, String kro, int ro,
            int komponen, String sub, String message) {
        assertThatThrownBy(() -> new BudgetCode.Central(ba, eselon, program, kegiatan, kro, ro, komponen, sub))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
