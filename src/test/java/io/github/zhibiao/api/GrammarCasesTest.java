package io.github.zhibiao.api;

import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code grammar/cases.tsv}: one row per sentence, with every quantity it must give (text,
 * exact start, value, unit, qualifier, rate denominator) or {@code -} for nothing.
 */
class GrammarCasesTest {

    record Expected(String text, BigDecimal value, String unit, String qualifier, String per) {
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = GrammarCasesTest.class.getResourceAsStream("/grammar/cases.tsv")) {
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = br.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String input = cols[0].replace("\\n", "\n");
                List<Expected> exp = new ArrayList<>();
                for (int i = 1; i < cols.length; i++) {
                    String c = cols[i].strip();
                    if (c.equals("-") || c.isEmpty()) {
                        continue;
                    }
                    int eq = c.lastIndexOf('=');
                    String[] parts = c.substring(eq + 1).split(" ");
                    String q = null;
                    String per = null;
                    for (int k = 2; k < parts.length; k++) {
                        if (parts[k].startsWith("per:")) {
                            per = parts[k].substring(4);
                        } else {
                            q = parts[k];
                        }
                    }
                    exp.add(new Expected(c.substring(0, eq), new BigDecimal(parts[0]),
                            parts[1].equals("_") ? "" : parts[1], q, per));
                }
                if (cols.length < 2) {
                    throw new IllegalStateException("line " + no + ": no expectation column");
                }
                rows.add(Arguments.of(no, input, exp));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("rows")
    void row(int line, String input, List<Expected> expected) {
        List<Quantity> got = QuantityGrammar.defaults().parse(input);
        for (Quantity q : got) {
            assertThat(input.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        List<String> gotShort = got.stream()
                .map(q -> q.text() + "@" + q.start() + "=" + q.measure().value().toPlainString() + " "
                        + q.measure().unit() + " " + q.qualifier() + " " + q.per())
                .toList();
        assertThat(got).as("quantities of %s: %s", input, gotShort).hasSize(expected.size());
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Quantity q = got.get(i);
            int start = input.indexOf(e.text(), from);
            assertThat(start).as("expected text %s in %s", e.text(), input).isGreaterThanOrEqualTo(0);
            assertThat(q.text()).as("text of #%d in %s: %s", i, input, gotShort).isEqualTo(e.text());
            assertThat(q.start()).as("start of %s", e.text()).isEqualTo(start);
            assertThat(q.measure().value()).as("value of %s", e.text()).isEqualByComparingTo(e.value());
            assertThat(q.measure().unit()).as("unit of %s", e.text()).isEqualTo(e.unit());
            assertThat(q.qualifier() == null ? null : q.qualifier().name()).as("qualifier of %s", e.text())
                    .isEqualTo(e.qualifier());
            assertThat(q.per()).as("per of %s", e.text()).isEqualTo(e.per());
            from = start + e.text().length();
        }
    }
}
