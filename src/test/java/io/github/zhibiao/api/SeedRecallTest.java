package io.github.zhibiao.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality check on real text: runs the grammar over the seed reports in {@code ../shared/seeds}
 * and counts how many gold (value, unit) pairs of {@code ../shared/eval/gold} some span produces
 * (a bare number matches on value alone). Skipped when {@code ../shared} is absent.
 */
class SeedRecallTest {

    static final Path SHARED = Path.of("..", "shared");

    @Test
    void goldValuesAreFound() throws IOException {
        Path seeds = SHARED.resolve("seeds");
        Path gold = SHARED.resolve("eval").resolve("gold");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(gold),
                "../shared/seeds and ../shared/eval/gold not present: seed recall skipped");
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int found = 0;
        List<Path> docs;
        try (Stream<Path> s = Files.list(seeds)) {
            docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path doc : docs) {
            String name = doc.getFileName().toString();
            Path g = gold.resolve(name.replace(".txt", ".jsonl"));
            if (!Files.exists(g)) {
                continue;
            }
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            List<Quantity> qs = new ArrayList<>(QuantityGrammar.defaults().parse(text));
            for (Quantity q : qs) {
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            }
            int docTotal = 0;
            int docFound = 0;
            for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                if (r.get("value").isNull()) {
                    continue;
                }
                BigDecimal value = r.get("value").decimalValue();
                String unit = r.get("unit").asText();
                docTotal++;
                Quantity hit = null;
                for (Quantity q : qs) {
                    if (q.measure().value().compareTo(value) == 0
                            && (q.measure().unit().equals(unit) || q.measure().unit().isEmpty())) {
                        hit = q;
                        break;
                    }
                }
                if (hit != null) {
                    qs.remove(hit);
                    docFound++;
                } else {
                    System.out.println("  missed " + name + ": " + r.get("text").asText() + " = " + value + " " + unit);
                }
            }
            System.out.printf("seed %s: %d/%d gold values found, %d spans%n", name, docFound, docTotal,
                    QuantityGrammar.defaults().parse(text).size());
            total += docTotal;
            found += docFound;
        }
        double recall = total == 0 ? 1 : (double) found / total;
        System.out.printf("seed recall: %d/%d = %.1f%%%n", found, total, 100 * recall);
        assertThat(recall).as("seed gold value recall").isGreaterThan(0.95);
    }
}
