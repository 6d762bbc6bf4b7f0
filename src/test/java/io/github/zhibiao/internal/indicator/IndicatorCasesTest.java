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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of {@code indicator/cases.tsv} per expected indicator: each rule kind and each subject
 * pattern, on sentences written for the tests. The rows of a sentence are every record it gives:
 * a record that no row lists fails the sentence ({@link #givesOnlyTheListedRecords}), so a false
 * record that a change brings in cannot pass unseen.
 */
class IndicatorCasesTest {

    private static final Extractor EXTRACTOR = Extractor.defaults();

    /** Each sentence of the table with the texts of the records its rows list, in file order. */
    static Stream<Arguments> sentences() throws IOException {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        cases().forEach(a -> {
            Object[] row = a.get();
            List<String> texts = listed.computeIfAbsent((String) row[0], k -> new ArrayList<>());
            if (!row[1].equals("-")) {
                texts.add((String) row[1]);
            }
        });
        return listed.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} gives only {1}")
    @MethodSource("sentences")
    void givesOnlyTheListedRecords(String sentence, List<String> texts) {
        List<Indicator> found = EXTRACTOR.extract(sentence).indicators();
        List<String> unlisted = new ArrayList<>();
        List<String> left = new ArrayList<>(texts);
        for (Indicator i : found) {
            if (!left.remove(i.text())) {
                unlisted.add(sentence + "\t" + i.text() + "\t" + i.value().toPlainString() + "\t" + i.unit() + "\t"
                        + i.category().name() + "\t" + i.subject() + "\t" + flags(i));
            }
        }
        assertThat(unlisted).as("records of %s that no row of indicator/cases.tsv lists (as a row to add, if it is right)", sentence).isEmpty();
        assertThat(left).as("rows of %s that no record matches", sentence).isEmpty();
    }

    /** The flags column of a record as the table writes it. */
    private static String flags(Indicator i) {
        List<String> f = new ArrayList<>();
        if (i.direction() != null) {
            f.add("D:" + i.direction().name());
        }
        if (i.target()) {
            f.add("T");
        }
        if (i.qualifier() != null) {
            f.add("Q:" + i.qualifier().name());
        }
        if (i.per() != null) {
            f.add("P:" + i.per());
        }
        return f.isEmpty() ? "-" : String.join(",", f);
    }

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
