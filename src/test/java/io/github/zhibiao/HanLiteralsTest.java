package io.github.zhibiao;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vocabulary is rules data: the Java code keeps at most a few dozen literals with Han characters
 * (function words such as 的 了 等 其中, character-class bootstraps, examples in messages).
 */
class HanLiteralsTest {

    private static final int MOST = 40;
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'");
    private static final Pattern HAN = Pattern.compile("[\\x{3400}-\\x{9fff}]");

    @Test
    void atMostFortyJavaLiteralsHoldHanCharacters() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        if (HAN.matcher(m.group()).find()) {
                            found.add(f + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("Java literals with Han characters (move vocabulary to the rules files)").hasSizeLessThanOrEqualTo(MOST);
    }
}
