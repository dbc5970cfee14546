package io.github.sakip.audit;

import io.github.sakip.internal.Text;
import java.util.Optional;

/**
 * The likely cause of a wrong figure, as a {@link Diagnosis} names it: a sentence of the core's bundle (a key
 * {@code audit.cause.*} of {@code Texts_id.properties} and {@code Texts_en.properties}) with its arguments, numbers
 * already written as reports print them, so that it is said in the finding's language.
 *
 * @param text the sentence, such as "truncated instead of rounded half-up (97,03703… cut to 97,03)"
 */
record Cause(Text text) {

    Cause {
        java.util.Objects.requireNonNull(text, "text");
    }

    /**
     * Says the likely cause of a wrong figure, or that no known mistake reproduces it: {@code "kemungkinan
     * penyebab: …"} / {@code "likely cause: …"}, or {@code "tidak ada kesalahan umum yang menghasilkan angka ini"} /
     * {@code "no known mistake reproduces it"}.
     *
     * @param cause the cause the diagnoses named, if any
     * @return the text, to be written in the finding's language
     */
    static Text likely(Optional<Cause> cause) {
        return cause.map(c -> Text.of("audit.cause.likely", c.text())).orElseGet(() -> Text.of("audit.cause.none"));
    }

    /**
     * The note of a figure printed with fewer decimals than the rest of its column: "printed rounded to 1 decimal
     * where the rest of its column prints 2".
     *
     * @param decimals the figure's printed decimals
     * @param precision its column's precision
     * @return the text
     */
    static Text coarser(int decimals, int precision) {
        return Text.of(decimals == 1 ? "audit.precision.coarser.one" : "audit.precision.coarser", decimals,
                precision);
    }
}
