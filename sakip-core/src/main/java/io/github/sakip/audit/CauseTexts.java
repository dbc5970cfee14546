package io.github.sakip.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every sentence the diagnoses of wrong figures say, and the note of a figure printed coarser than its column, in
 * Bahasa Indonesia and in English: the one place these texts for people are kept, as key, Indonesian pattern and
 * English pattern, so that they move into the library's resource bundles as they are.
 * <p>
 * A pattern's arguments are {@code {0}}, {@code {1}}...; numbers are passed already written as reports print them
 * ({@code "97,03"}), the same in both languages.
 */
final class CauseTexts {

    /** Bahasa Indonesia, the language of the reports. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final int ID = 0;
    private static final int EN = 1;

    /** Key → {Indonesian, English}. */
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("audit.cause.likely", new String[] {
                "kemungkinan penyebab: {0}",
                "likely cause: {0}"}),
            Map.entry("audit.cause.none", new String[] {
                "tidak ada kesalahan umum yang menghasilkan angka ini",
                "no known mistake reproduces it"}),
            Map.entry("audit.cause.truncated", new String[] {
                "dipotong, bukan dibulatkan setengah ke atas ({0} dipotong menjadi {1})",
                "truncated instead of rounded half-up ({0} cut to {1})"}),
            Map.entry("audit.cause.roundedUp", new String[] {
                "dibulatkan ke atas, bukan setengah ke atas ({0} menjadi {1})",
                "rounded up instead of half-up ({0} to {1})"}),
            Map.entry("audit.cause.roundedTwice", new String[] {
                "dibulatkan dua kali, lebih dulu ke {0} desimal ({1}) lalu ke {2} desimal ({3})",
                "rounded twice, first to {0} decimals ({1}) and then to {2} ({3})"}),
            Map.entry("audit.cause.cappedAt100", new String[] {
                "dibatasi pada 100 padahal angkanya {0}",
                "capped at 100 although the figure is {0}"}),
            Map.entry("audit.cause.ratioFrom100", new String[] {
                "rasio dikurangkan dari 100, bukan dari 1: 100 − {0} = 100 − {1} = {2}",
                "the ratio taken from 100 instead of from 1: 100 − {0} = 100 − {1} = {2}"}),
            Map.entry("audit.cause.otherNegativeFormula", new String[] {
                "rumus lain untuk indikator negatif, {0} dan bukan {1}: {2}",
                "the other formula for a negative indicator, {0} instead of {1}: {2}"}),
            Map.entry("audit.cause.yearTargetAsEndTarget", new String[] {
                "target tahun {0} ({1}) dipakai sebagai target akhir, bukan target tahun {2} ({3})",
                "the target of {0} ({1}) taken as the end target instead of the target of {2} ({3})"}),
            Map.entry("audit.cause.yearTargetAsEndTarget.progress", new String[] {
                "target tahun {0} ({1}) dipakai sebagai target akhir, bukan target tahun {2} ({3}): {4}",
                "the target of {0} ({1}) taken as the end target instead of the target of {2} ({3}): {4}"}),
            Map.entry("audit.cause.printedInput", new String[] {
                "dihitung dari {0} yang tercetak ({1}), bukan dari nilai tepatnya ({2}): {3}",
                "computed from the printed {0} ({1}) instead of its exact value ({2}): {3}"}),
            Map.entry("audit.cause.meanOfChildren", new String[] {
                "rata-rata biasa dari persentase tercetak baris di bawahnya, bukan Σ realisasi / Σ pagu: {0} = {1}",
                "the plain mean of the printed percentages of the lines below it instead of Σ realisasi / Σ pagu:"
                        + " {0} = {1}"}),
            Map.entry("audit.cause.wrongCount", new String[] {
                "jumlah {0} suku dibagi {1}: {2} / {1} = {3}",
                "the sum of {0} terms divided by {1}: {2} / {1} = {3}"}),
            Map.entry("audit.cause.wrongChildTotal", new String[] {
                "jumlah total tercetak baris di bawahnya ({0}), termasuk total {1} yang salah ({2}, seharusnya {3})",
                "the sum of the printed totals of the lines below it ({0}), which include the wrong total of {1}"
                        + " ({2} instead of {3})"}),
            Map.entry("audit.cause.lineLeftOut", new String[] {
                "baris {0} ({1}) tidak ikut dijumlahkan",
                "the line {0} ({1}) left out of the sum"}),
            Map.entry("audit.cause.lineCountedTwice", new String[] {
                "baris {0} ({1}) terhitung dua kali",
                "the line {0} ({1}) counted twice"}),
            Map.entry("audit.cause.decimalPointMoved", new String[] {
                "koma desimal bergeser: {0}, seharusnya {1}",
                "the decimal point moved: {0} instead of {1}"}),
            Map.entry("audit.cause.zeroDropped", new String[] {
                "angka nol hilang dari desimal: {0} ditulis {1}",
                "a zero dropped from the decimals: {0} written as {1}"}),
            Map.entry("audit.cause.digitsSwapped", new String[] {
                "dua angka bertukar tempat: {0} ditulis {1}",
                "two digits swapped: {0} written as {1}"}),
            Map.entry("audit.precision.coarser", new String[] {
                "dicetak dengan {0} desimal, sedangkan kolomnya mencetak {1} desimal",
                "printed rounded to {0} decimals where the rest of its column prints {1}"}),
            Map.entry("audit.precision.coarser.one", new String[] {
                "dicetak dengan {0} desimal, sedangkan kolomnya mencetak {1} desimal",
                "printed rounded to {0} decimal where the rest of its column prints {1}"}));

    private CauseTexts() {
    }

    /**
     * Says a text in a language.
     *
     * @param language {@link #INDONESIAN} or {@link Locale#ENGLISH}
     * @param key the key of the text
     * @param args its arguments
     * @return the text
     * @throws IllegalArgumentException naming the key or the language if there is no such text
     */
    static String say(Locale language, String key, Object... args) {
        String[] patterns = TEXTS.get(key);
        if (patterns == null) {
            throw new IllegalArgumentException("no text '" + key + "'");
        }
        String text = patterns[index(language)];
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Says a cause in a language, such as "truncated instead of rounded half-up (97,037… cut to 97,03)". */
    static String say(Locale language, Cause cause) {
        return say(language, cause.key(), cause.args().toArray());
    }

    /**
     * Says the likely cause of a wrong figure, or that no known mistake reproduces it: {@code "kemungkinan
     * penyebab: …"} / {@code "likely cause: …"}.
     */
    static String likely(Locale language, Optional<Cause> cause) {
        return cause.map(c -> say(language, "audit.cause.likely", say(language, c)))
                .orElseGet(() -> say(language, "audit.cause.none"));
    }

    /** The note of a figure printed with fewer decimals than the rest of its column. */
    static String coarser(Locale language, int decimals, int precision) {
        return say(language, decimals == 1 ? "audit.precision.coarser.one" : "audit.precision.coarser", decimals,
                precision);
    }

    /** The keys of every text, for the test that says each in both languages. */
    static Iterable<String> keys() {
        return TEXTS.keySet();
    }

    private static int index(Locale language) {
        if (language.getLanguage().equals(INDONESIAN.getLanguage())) {
            return ID;
        }
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return EN;
        }
        throw new IllegalArgumentException("no texts in " + language + ": Bahasa Indonesia (id) or English (en)");
    }
}
