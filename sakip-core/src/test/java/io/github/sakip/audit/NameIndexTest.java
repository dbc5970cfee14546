package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Looking rows up by name finds exactly what comparing every row with equalsIgnoreCase finds. */
class NameIndexTest {

    /** Names whose case rules are tricky: dotted and dotless i, sharp s, final sigma, Deseret, lone surrogates. */
    private static final List<String> NAMES = List.of("TPAK", "tpak", "Tpak", "TPAK ", "Indeks", "INDEKS", "ındeks",
            "İndeks", "indeks", "Straße", "STRASSE", "STRAẞE", "straße", "ΣΙΣΥΦΟΣ", "σισυφος", "σισυφοσ", "ς", "Σ",
            "\uD801\uDC00", "\uD801\uDC28", "\uD801", "\uDC00", "\uD801x", "", "ǅ", "ǆ", "Ǆ", "K", "k", "\u212A",
            "Å", "å", "\u212B", "µ", "Μ", "μ");

    @Test
    void findsWhatComparingEveryRowFindsInTheSameOrder() {
        NameIndex<String> index = new NameIndex<>(NAMES, Function.identity());
        for (String wanted : NAMES) {
            List<String> expected = new ArrayList<>();
            for (String name : NAMES) {
                if (name.equalsIgnoreCase(wanted)) {
                    expected.add(name);
                }
            }
            assertThat(index.matching(wanted)).as(wanted).isEqualTo(expected);
        }
        assertThat(index.matching("not there")).isEmpty();
    }

    @Test
    void aLookUpComparesOnlyTheRowsItFinds() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("Indikator " + i);
        }
        NameIndex<String> index = new NameIndex<>(names, Function.identity());
        for (int i = 0; i < 10_000; i += 10) {
            assertThat(index.matching("INDIKATOR " + i)).containsExactly("Indikator " + i);
        }
        assertThat(index.comparisons()).isEqualTo(1_000);
    }
}
