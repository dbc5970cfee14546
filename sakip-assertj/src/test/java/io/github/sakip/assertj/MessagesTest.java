package io.github.sakip.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.Languages;
import io.github.sakip.internal.Bundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The assertions' messages: both languages have every key with the same arguments; the code uses each, no other. */
class MessagesTest {

    /** A call; its key is its second argument, a string literal (or a choice of literals). */
    private static final Pattern CALL = Pattern.compile("Messages\\.text\\(\\w+,");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//[^\n]*", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSameArguments() {
        Bundle messages = Messages.bundle();
        assertThat(messages.keys(Languages.ENGLISH)).isEqualTo(messages.keys(Languages.INDONESIAN)).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String key : messages.keys(Languages.INDONESIAN)) {
            Set<Integer> id = Bundle.placeholders(messages.template(Languages.INDONESIAN, key));
            Set<Integer> en = Bundle.placeholders(messages.template(Languages.ENGLISH, key));
            if (!id.equals(en) || !id.isEmpty() && !id.contains(id.size() - 1)) {
                problems.add(key + ": id " + id + ", en " + en);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCodeUsesEveryKeyAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> dynamic = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Without comments: the documentation shows calls with made-up keys.
                String source = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String key = argument(source, call.end());
                    Matcher literal = LITERAL.matcher(key);
                    boolean any = false;
                    while (literal.find()) {
                        used.add(literal.group(1));
                        any = true;
                    }
                    if (!any) {
                        dynamic.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(dynamic).isEmpty();
        assertThat(used).isEqualTo(Messages.bundle().keys(Languages.INDONESIAN));
    }

    /** The text of an argument, up to the comma or parenthesis that ends it. */
    private static String argument(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = source.indexOf('"', i + 1);
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
}
