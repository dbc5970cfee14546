package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseTextsTest {

    @Test
    void everyTextIsSaidInBothLanguagesWithEveryArgument() {
        for (String key : CauseTexts.keys()) {
            Object[] args = {"a0", "a1", "a2", "a3", "a4"};
            String id = CauseTexts.say(CauseTexts.INDONESIAN, key, args);
            String en = CauseTexts.say(Locale.ENGLISH, key, args);
            assertThat(id).as(key).doesNotContain("{").isNotBlank();
            assertThat(en).as(key).doesNotContain("{").isNotBlank().isNotEqualTo(id);
        }
    }

    @Test
    void aCauseInBahasaIndonesiaAndInEnglish() {
        Optional<Cause> cause = Diagnoses.first(WrongFigure.of(new BigDecimal("97.03"), new BigDecimal("97.037037")));
        assertThat(CauseTexts.likely(CauseTexts.INDONESIAN, cause)).isEqualTo("kemungkinan penyebab: dipotong, bukan"
                + " dibulatkan setengah ke atas (97,03703… dipotong menjadi 97,03)");
        assertThat(CauseTexts.likely(Locale.forLanguageTag("en-GB"), cause)).isEqualTo("likely cause: truncated"
                + " instead of rounded half-up (97,03703… cut to 97,03)");
        assertThat(CauseTexts.coarser(CauseTexts.INDONESIAN, 1, 2))
                .isEqualTo("dicetak dengan 1 desimal, sedangkan kolomnya mencetak 2 desimal");
        assertThat(CauseTexts.coarser(Locale.ENGLISH, 0, 1))
                .isEqualTo("printed rounded to 0 decimals where the rest of its column prints 1");
    }

    @Test
    void anUnknownKeyOrLanguageIsRefused() {
        assertThatThrownBy(() -> CauseTexts.say(Locale.ENGLISH, "audit.cause.nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no text 'audit.cause.nothing'");
        assertThatThrownBy(() -> CauseTexts.say(Locale.FRENCH, "audit.cause.none"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no texts in fr: Bahasa Indonesia (id) or English (en)");
    }
}
