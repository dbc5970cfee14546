package io.github.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sentences of the diagnoses come from the core's bundle (the test that both languages have every key is
 * {@code io.github.sakip.internal.TextsTest}): a cause, the absence of one and the note of a coarser figure in
 * Bahasa Indonesia and in English.
 */
class CauseTest {

    @Test
    void aCauseInBahasaIndonesiaAndInEnglish() {
        Optional<Cause> cause = Diagnoses.first(WrongFigure.of(new BigDecimal("97.03"), new BigDecimal("97.037037")));
        assertThat(Cause.likely(cause).in(Languages.INDONESIAN)).isEqualTo("kemungkinan penyebab: dipotong, bukan"
                + " dibulatkan setengah ke atas (97,03703… dipotong menjadi 97,03)");
        assertThat(Cause.likely(cause).in(Locale.forLanguageTag("en-GB"))).isEqualTo("likely cause: truncated"
                + " instead of rounded half-up (97,03703… cut to 97,03)");
        assertThat(Cause.likely(Optional.empty()).in(Languages.INDONESIAN))
                .isEqualTo("tidak ada kesalahan umum yang menghasilkan angka ini");
        assertThat(Cause.likely(Optional.empty()).in(Languages.ENGLISH)).isEqualTo("no known mistake reproduces it");
    }

    @Test
    void theNoteOfACoarserFigure() {
        assertThat(Cause.coarser(1, 2).in(Languages.INDONESIAN))
                .isEqualTo("dicetak dengan 1 desimal, sedangkan kolomnya mencetak 2 desimal");
        assertThat(Cause.coarser(1, 2).in(Languages.ENGLISH))
                .isEqualTo("printed rounded to 1 decimal where the rest of its column prints 2");
        assertThat(Cause.coarser(0, 1).in(Languages.ENGLISH))
                .isEqualTo("printed rounded to 0 decimals where the rest of its column prints 1");
    }

    @Test
    void aCauseNeedsItsSentenceAndAnArgumentBraceIsNotReplacedAgain() {
        assertThatThrownBy(() -> new Cause(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        // The bundle substitutes once: an argument that itself reads "{1}" stays as it is.
        assertThat(new Cause(Text.of("audit.cause.truncated", "{1}", "97,03")).text().in(Languages.ENGLISH))
                .isEqualTo("truncated instead of rounded half-up ({1} cut to 97,03)");
    }
}
