package io.github.sakip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.format.Languages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core's texts for people: both languages have every key with the same arguments, the code uses every key and
 * no other, and the library's own substitution keeps apostrophes and stray braces.
 */
class TextsTest {

    /** The first argument of a {@code Text.of(} call: the key, a string literal (or a choice of literals). */
    private static final Pattern CALL = Pattern.compile("Text\\.of\\(");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//[^\n]*", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSameArguments() {
        Bundle texts = Text.TEXTS;
        assertThat(texts.keys(Languages.ENGLISH)).isEqualTo(texts.keys(Languages.INDONESIAN)).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(texts.keys(Languages.INDONESIAN))) {
            Set<Integer> id = Bundle.placeholders(texts.template(Languages.INDONESIAN, key));
            Set<Integer> en = Bundle.placeholders(texts.template(Languages.ENGLISH, key));
            if (!id.equals(en)) {
                problems.add(key + ": id " + id + ", en " + en);
            }
            // {0}, {1}, ... without a gap, so that the number of arguments is the number of placeholders.
            if (!id.isEmpty() && !id.contains(id.size() - 1)) {
                problems.add(key + ": placeholders with a gap " + id);
            }
            if (texts.template(Languages.INDONESIAN, key).isBlank() || texts.template(Languages.ENGLISH, key)
                    .isBlank()) {
                problems.add(key + ": blank");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCodeUsesEveryKeyAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> dynamic = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // Text.java itself passes keys on (its serial form); every other call names its key.
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Text.java")).toList()) {
                // Without comments: the documentation shows calls with made-up keys.
                String source = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String key = firstArgument(source, call.end());
                    Matcher literal = LITERAL.matcher(key);
                    boolean any = false;
                    while (literal.find()) {
                        used.add(literal.group(1));
                        any = true;
                    }
                    if (!any) {
                        dynamic.add(file.getFileName() + ": Text.of(" + key);
                    }
                }
            }
        }
        Set<String> defined = Text.TEXTS.keys(Languages.INDONESIAN);
        assertThat(dynamic).as("keys not written as literals").isEmpty();
        assertThat(used).as("keys the code uses").isSubsetOf(defined);
        assertThat(defined).as("keys of the bundle").isSubsetOf(used);
    }

    /** The text of a call's first argument, up to the comma or parenthesis that ends it. */
    private static String firstArgument(String source, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if ((c == ',' || c == ')') && depth == 0) {
                return source.substring(from, i).strip();
            } else if (c == ')') {
                depth--;
            }
        }
        throw new AssertionError("unterminated call at " + from);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "the report's year {0} | the report's year 2024",
        "'{0}' | '2024'",
        "{0}{0} | 20242024",
        "{ {x} {} {0 } | { {x} {} {0 }",
        "{1} / {0} | b / 2024",
        "Σ(PAK × CK) = {0} | Σ(PAK × CK) = 2024",
    })
    void theSubstitutionKeepsApostrophesAndStrayBraces(String template, String expected) {
        Object[] args = template.contains("{1}") ? new Object[] {2024, "b"} : new Object[] {2024};
        assertThat(Bundle.substitute(template, args, Languages.ENGLISH)).isEqualTo(expected);
    }

    @Test
    void theSubstitutionRefusesAMissingOrUnknownArgument() {
        assertThatThrownBy(() -> Bundle.substitute("{0} and {1}", new Object[] {"a"}, Languages.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text '{0} and {1}' needs an argument {1}, but has 1 arguments");
        assertThatThrownBy(() -> Bundle.substitute("{0}", new Object[] {1.5}, Languages.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an argument of a text is a String, Integer, Long or Text, but was java.lang.Double");
    }

    @Test
    void aTextOfAKeyChecksTheKeyAndItsArguments() {
        assertThatThrownBy(() -> Text.of("no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no text 'no.such.key' in the texts Texts");
        assertThatThrownBy(() -> Text.of("capaian.zeroTarget", "extra")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text 'capaian.zeroTarget' takes 0 arguments, but was given 1");
        assertThatThrownBy(() -> Text.of("figure.notComputable", new java.math.BigDecimal("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an argument of a text is a String, Integer, Long or Text, but was java.math.BigDecimal");
        assertThatThrownBy(() -> Text.of("figure.notComputable", (Object) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was null");
        assertThatThrownBy(() -> Text.literal(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not be blank, but was ' '");
    }

    @Test
    void aTextIsWrittenInEachLanguageAndComparedInBahasaIndonesia() {
        Text reason = Text.of("figure.notComputable", Text.of("capaian.zeroTarget"));
        assertThat(reason.in(Languages.INDONESIAN)).isEqualTo("tidak dapat dihitung: target 0: pembagian dengan nol");
        assertThat(reason.in(Locale.forLanguageTag("in"))).isEqualTo(reason.in(Languages.INDONESIAN));
        assertThat(reason.in(Locale.UK)).isEqualTo("not computable: target is 0: division by zero");
        assertThat(reason).hasToString("tidak dapat dihitung: target 0: pembagian dengan nol")
                .isEqualTo(Text.literal("tidak dapat dihitung: target 0: pembagian dengan nol"))
                .hasSameHashCodeAs(Text.literal("tidak dapat dihitung: target 0: pembagian dengan nol"))
                .isNotEqualTo(Text.literal("not computable: target is 0: division by zero"));
        assertThat(Text.literal("w").in(Languages.ENGLISH)).isEqualTo("w");
        assertThatThrownBy(() -> reason.in(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language 'de' is not supported; supported are id (Bahasa Indonesia) and en (English)");
    }

    @Test
    void aMissingOrMalformedFileIsAPackagingErrorThatSaysWhich() {
        assertThatThrownBy(() -> Bundle.load("Nothing", name -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the texts Nothing_id.properties are missing from the library");
        byte[] latin1 = "a = caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Bundle.load("Latin", name -> new ByteArrayInputStream(latin1)))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the texts Latin_id.properties"
                        + " cannot be read: ");
        Bundle two = Bundle.load("Two", name -> new ByteArrayInputStream((name.contains("_id")
                ? "k = satu {0}\n" : "k = one {0}\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(two.format(Languages.INDONESIAN, "k", 1)).isEqualTo("satu 1");
        assertThat(two.format(Locale.US, "k", 1)).isEqualTo("one 1");
        assertThat(two.has("k")).isTrue();
        assertThat(two.has("x")).isFalse();
        assertThatThrownBy(() -> two.template(Languages.ENGLISH, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no text 'x' in the texts Two_en");
    }
}
