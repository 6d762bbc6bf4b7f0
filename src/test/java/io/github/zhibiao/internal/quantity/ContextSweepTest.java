package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of {@code grammar/cases.tsv} inside leading and trailing contexts (Chinese text,
 * punctuation, line breaks, full-width spaces, quotes, Latin words): the grammar gives the same
 * quantities, each span shifted by exactly the length of what was put before it. A pairing where a
 * context legitimately changes a case is excluded below, with its reason; every other failure is
 * reported together.
 */
class ContextSweepTest {

    /** Leading and trailing context, in pairs. */
    private static final String[][] CONTEXTS = {
        {"据统计，", "。"},
        {"\n", "\n"},
        {"\u3000\u3000", "\u3000"},
        {"。", "；"},
        {"报告指出：", "，情况良好。"},
        {"“", "”"},
        {"根据有关方面统计显示", ""},
        {"", "据悉"},
        {"\r\n", "\r\n"},
        {"全文如下：\n\n", "\n\n以上。"},
        {"Note: ", " end"},
        {"总体看，", "。下一步继续努力。"},
        {"！", "？"},
        {"一是", "二是"},
        {"　", "\n\n"},
    };

    /**
     * Cases a leading context that does not end a line legitimately changes, with the reason: they
     * are list markers only at a line start ({@code find.list-marker}); after words or punctuation
     * on the same line they are prose, and a quantity.
     */
    private static final Map<String, String> LINE_START_ONLY = Map.of(
            "2.3本项目实施范围", "a section number only at a line start: after text, 2.3本 is 2.3 volumes",
            "1. 部分包含学校", "a numbered line only at a line start: after text, 1 is a bare number");

    private static final QuantityParser GRAMMAR = QuantityParser.defaults();

    @Test
    void everyCaseKeepsItsSpansInEveryContext() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(200);
        for (String input : inputs) {
            List<String> bare = spans(input, 0);
            for (int k = 0; k < CONTEXTS.length; k++) {
                String before = CONTEXTS[k][0];
                String text = before + input + CONTEXTS[k][1];
                if (LINE_START_ONLY.containsKey(input) && !before.isBlank() && !before.endsWith("\n")) {
                    continue;
                }
                List<String> got = spans(text, before.length());
                if (!got.equals(bare)) {
                    failures.add("context " + k + " " + quoted(before) + "…" + quoted(CONTEXTS[k][1]) + " around "
                            + quoted(input) + ": " + got + ", alone " + bare);
                }
            }
        }
        assertThat(failures).as("cases a context changes (%d)", failures.size()).isEmpty();
    }

    /** The quantities of {@code text} as text@start-end=value unit, their offsets less {@code shift}. */
    private static List<String> spans(String text, int shift) {
        List<String> out = new ArrayList<>();
        for (Quantity q : GRAMMAR.parse(text)) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            out.add(q.text() + "@" + (q.start() - shift) + "-" + (q.end() - shift) + "="
                    + q.measure().value().toPlainString() + " " + q.measure().unit() + " " + q.qualifier() + " " + q.per());
        }
        return out;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static List<String> inputs() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ContextSweepTest.class.getResourceAsStream("/grammar/cases.tsv")) {
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].replace("\\n", "\n"));
                }
            }
        }
        return out;
    }
}
