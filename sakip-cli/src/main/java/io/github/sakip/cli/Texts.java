package io.github.sakip.cli;

import io.github.sakip.cli.tables.TableFormatException;
import io.github.sakip.format.IndonesianNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's own texts for people (summaries, progress, errors), in the language chosen with
 * {@code --lang}: Bahasa Indonesia by default, English on request, never the JVM's default locale. They live in
 * {@code texts_id.properties} and {@code texts_en.properties} (UTF-8), which have the same keys.
 */
final class Texts {

    /** The languages of the texts. */
    enum Language {
        /** Bahasa Indonesia, the default. */
        ID("id"),
        /** English. */
        EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        Locale locale() {
            return Locale.forLanguageTag(code);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static final Texts INDONESIAN = new Texts(Language.ID);
    private static final Texts ENGLISH = new Texts(Language.EN);

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = load(language);
    }

    static Texts of(Language language) {
        return language == Language.EN ? ENGLISH : INDONESIAN;
    }

    /**
     * The language that {@code --lang} asks for in a command line, read before picocli parses it: the help that
     * picocli writes is built before the options are set, so it needs the language first. The last
     * {@code --lang X} or {@code --lang=X} before {@code --} counts, wherever it stands; a value that is neither
     * {@code id} nor {@code en} (case ignored) is left to the parser, which refuses it, and the texts stay in Bahasa
     * Indonesia.
     */
    static Language scan(String... args) {
        Language found = Language.ID;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg == null || arg.equals("--")) {
                break;
            }
            String value = null;
            if (arg.equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            }
            if (value != null) {
                for (Language language : Language.values()) {
                    if (language.code().equalsIgnoreCase(value)) {
                        found = language;
                    }
                }
            }
        }
        return found;
    }

    static ResourceBundle load(Language language) {
        return load("texts", language);
    }

    /** The help of the commands, for picocli's usage message ({@code help_id.properties}, {@code help_en…}). */
    static ResourceBundle help(Language language) {
        return load("help", language);
    }

    private static ResourceBundle load(String base, Language language) {
        String name = base + "_" + language.code() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from sakip-cli: a broken build");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    Language language() {
        return language;
    }

    /** The text of a key with its arguments; numbers grouped as Indonesian reports group them (21.920). */
    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), IndonesianNumbers.LOCALE).format(arguments);
    }

    /** The counts of findings of each severity, such as {@code "13 kesalahan, 4 peringatan, 3 catatan"}. */
    String counts(Counts counts) {
        return get("counts", counts.errors(), counts.warnings(), counts.notes());
    }

    /**
     * A workbook or CSV table that cannot be read, as one line in the language: the file, the sheet, the cell (or
     * the row, or the line and column of a CSV file), the column's header, the value found, and what is wrong.
     * The names of the sheet and the column and the value are the workbook's own.
     */
    String table(TableFormatException e) {
        String where = "";
        String cell = "";
        if (e.sheet().isPresent()) {
            where = get("error.table.sheet", e.sheet().get());
            cell = e.cell().map(c -> get("error.table.cell", c))
                    .orElse(e.row() > 0 ? get("error.table.row", Integer.toString(e.row())) : "");
        } else if (e.cell().isPresent()) {
            Matcher csv = CSV_CELL.matcher(e.cell().get());
            cell = csv.matches() ? get("error.table.csvCell", csv.group(1), csv.group(2))
                    : get("error.table.cell", e.cell().get());
        } else if (e.row() > 0) {
            cell = get("error.table.line", Integer.toString(e.row()));
        }
        String column = e.column().map(c -> get("error.table.column", c)).orElse("");
        String value = e.value().map(v -> get("error.table.value", v)).orElse("");
        return get("error.table", e.source(), where, cell, column, value, e.reason(language.locale()));
    }

    private static final Pattern CSV_CELL = Pattern.compile("line (\\d+), column (.+)");

    /** The locale of the language, for what formats by locale. */
    Locale locale() {
        return language.locale();
    }
}
