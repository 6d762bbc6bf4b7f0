package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.rules.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine applies its steps in the catalogue's order ({@code steps.tsv}, "in the order the engine
 * applies them"): on every number of the catalogue's examples and of the indicator cases, the steps of
 * one group that fire on it fire in the order their lines stand. Reordering the steps of the driver
 * ({@code IndicatorEngine.draft}) without the catalogue, or the other way round, fails here.
 */
class StepOrderTest {

    @Test
    void stepsOfOneGroupFireInTheCatalogueOrder() throws IOException {
        List<Rule> catalogue = StepCatalogueTest.catalogue();
        List<String> ids = catalogue.stream().map(Rule::id).toList();
        Extractor extractor = Extractor.defaults().withTrace(true);
        int pairs = 0;
        for (String sentence : sentences(catalogue)) {
            for (Explanation x : extractor.explain(sentence)) {
                List<String> steps = x.ids();
                for (int a = 0; a < steps.size(); a++) {
                    for (int b = a + 1; b < steps.size(); b++) {
                        int i = ids.indexOf(steps.get(a));
                        int j = ids.indexOf(steps.get(b));
                        if (i < 0 || j < 0 || !catalogue.get(i).arg().equals(catalogue.get(j).arg())) {
                            continue; // a rule-named step (category.*) or two groups: no order between them
                        }
                        pairs++;
                        assertThat(i).as(steps.get(a) + " fires before " + steps.get(b) + " on " + x.text()
                                + " in " + sentence + ": so its line comes first").isLessThan(j);
                    }
                }
            }
        }
        assertThat(pairs).as("pairs of steps of one group that fired on one number").isGreaterThan(20);
    }

    /** The catalogue's examples and the sentences of {@code indicator/cases.tsv}. */
    private static Set<String> sentences(List<Rule> catalogue) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        catalogue.stream().map(Rule::example).filter(e -> !e.isEmpty()).forEach(out::add);
        try (InputStream in = Objects.requireNonNull(StepOrderTest.class.getResourceAsStream("/indicator/cases.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1)[0]);
                }
            }
        }
        return out;
    }
}
