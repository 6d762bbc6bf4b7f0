package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of {@code indicator/cases.tsv} per expected indicator: each rule kind and each subject
 * pattern, on sentences written for the tests.
 */
class IndicatorCasesTest {

    private static final Extractor EXTRACTOR = Extractor.defaults();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                IndicatorCasesTest.class.getResourceAsStream("/indicator/cases.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(Arguments.of(c[0], c[1], c.length > 2 ? c : null));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void extracts(String sentence, String text, String[] row) {
        List<Indicator> found = EXTRACTOR.extract(sentence).indicators();
        for (Indicator i : found) {
            assertThat(sentence.substring(i.start(), i.end())).isEqualTo(i.text());
        }
        if (text.equals("-")) {
            assertThat(found).as("no indicator in %s", sentence).isEmpty();
            return;
        }
        Indicator ind = found.stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator '" + text + "' in " + found));
        assertThat(ind.value()).isEqualByComparingTo(new BigDecimal(row[2]));
        assertThat(ind.unit()).isEqualTo(row[3]);
        assertThat(ind.category().name()).isEqualTo(row[4]);
        assertThat(ind.subject()).isEqualTo(row[5]);
        String flags = row[6];
        String direction = null;
        String qualifier = null;
        String per = null;
        boolean target = false;
        for (String f : flags.split(",")) {
            if (f.startsWith("D:")) {
                direction = f.substring(2);
            } else if (f.startsWith("Q:")) {
                qualifier = f.substring(2);
            } else if (f.startsWith("P:")) {
                per = f.substring(2);
            } else if (f.equals("T")) {
                target = true;
            }
        }
        assertThat(ind.delta()).as("delta").isEqualTo(direction != null);
        assertThat(ind.direction() == null ? null : ind.direction().name()).as("direction").isEqualTo(direction);
        assertThat(ind.qualifier() == null ? null : ind.qualifier().name()).as("qualifier").isEqualTo(qualifier);
        assertThat(ind.per()).as("per").isEqualTo(per);
        assertThat(ind.target()).as("target").isEqualTo(target);
    }
}
