package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole order of the steps, across stages and pipelines, is the documented one: every step of
 * every stage row of {@code pipeline.tsv}, in file order, against the {@code step} rows of
 * {@code steps.tsv} (each naming its stage, in the order they run) and the order of the step table of
 * {@code docs/RULES.md}; a step moved to another stage, or two stages swapped, fails with a diff of the
 * two orders. The engine then fires its steps in that order on every number of the catalogue's
 * examples and of the indicator cases.
 *
 * <p>Data-driven: a new step ({@code find.*}, {@code indicator.*}, …) needs its entry in a stage of
 * {@code pipeline.tsv} and its row at the same place in {@code steps.tsv}, nothing here.
 */
class StepOrderTest {

    private static final Path DOCS = Path.of("docs/RULES.md");

    @Test
    void theWholeOrderOfPipelineTsvIsTheDocumentedOrder() {
        String diff = diff(documentedOrder(RuleSet.defaults()), pipelineOrder(RuleSet.defaults()));
        assertThat(diff).as("the order of pipeline.tsv (+) against steps.tsv (-), stage and step, in file order").isEmpty();
    }

    @Test
    void theStepTableOfTheDocsListsTheStepsInTheirOrder() throws IOException {
        List<String> order = stepIds(pipelineOrder(RuleSet.defaults()));
        List<String> documented = docsTableIds().stream().filter(order::contains).toList();
        assertThat(documented).as("steps of the docs/RULES.md table").hasSizeGreaterThan(30);
        assertThat(diff(documented, order.stream().filter(documented::contains).toList()))
                .as("the pipeline.tsv order (+) of the steps the docs/RULES.md table (-) lists").isEmpty();
    }

    /** The check itself fails, with a readable diff, on a copy of the built-in files with a step moved or two stages swapped. */
    @Test
    void aStepMovedToAnotherStageOrTwoStagesSwappedShowInTheDiff() throws IOException {
        String files = builtInText();
        RuleSet moved = RuleSet.standalone(files
                .replace("\tsubject.money-purpose|subject.share-named|", "\tsubject.share-named|")
                .replace("\treject.no-unit\n", "\treject.no-unit|subject.money-purpose\n"), "moved");
        assertThat(diff(documentedOrder(moved), pipelineOrder(moved)))
                .contains("- indicator.finish\tsubject.money-purpose").contains("+ indicator.unit\tsubject.money-purpose");

        String label = "stage\ttable.label\tALL\ttable.label-unit|table.block\n";
        String subject = "stage\ttable.subject\tALL\ttable.row-parent|table.dimension|table.header-unit\n";
        assertThat(files).contains(label + subject);
        RuleSet swapped = RuleSet.standalone(files.replace(label + subject, subject + label), "swapped");
        assertThat(diff(documentedOrder(swapped), pipelineOrder(swapped)))
                .contains("- table.label\ttable.label-unit").contains("+ table.label\ttable.label-unit")
                .contains("  table.subject\ttable.row-parent").doesNotContain("- table.subject").doesNotContain("+ table.subject");
    }

    @Test
    void theEngineFiresItsStepsInTheWholeOrder() throws IOException {
        List<String> order = stepIds(pipelineOrder(RuleSet.defaults()));
        Extractor extractor = Extractor.defaults().withTrace(true);
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        for (String sentence : sentences()) {
            for (Explanation x : extractor.explain(sentence)) {
                // Sub-rules and the driver's own decisions have no place of their own; a step noted again
                // (category.head, when a composite decides the category anew) keeps the place it first fired at.
                List<String> steps = x.trace().stream().map(Fired::step).filter(order::contains).distinct().toList();
                for (int k = 0; k + 1 < steps.size(); k++) {
                    pairs++;
                    if (order.indexOf(steps.get(k)) > order.indexOf(steps.get(k + 1))) {
                        failures.add(steps.get(k) + " fired before " + steps.get(k + 1) + " on " + x.text() + " in " + sentence);
                    }
                }
            }
        }
        assertThat(pairs).as("pairs of steps that fired one after the other on one number").isGreaterThan(300);
        assertThat(failures).as("steps that fired against the order of pipeline.tsv").isEmpty();
    }

    /** Every step of every stage row, in file order, as {@code stage<TAB>step}. */
    static List<String> pipelineOrder(RuleSet rules) {
        List<String> out = new ArrayList<>();
        for (Rule stage : rules.of(RuleKind.STAGE)) {
            stage.words().forEach(step -> out.add(stage.id() + "\t" + step));
        }
        return out;
    }

    /**
     * The {@code step} rows of the steps that stages hold, in file order, as {@code stage<TAB>step}: a
     * sub-rule's row and a driver's decision name a step's stage or the pipeline, and no stage holds them.
     */
    static List<String> documentedOrder(RuleSet rules) {
        Set<String> staged = rules.of(RuleKind.STAGE).stream().flatMap(r -> r.words().stream()).collect(Collectors.toSet());
        return rules.of(RuleKind.STEP).stream().filter(r -> staged.contains(r.id())).map(r -> r.arg() + "\t" + r.id()).toList();
    }

    private static List<String> stepIds(List<String> order) {
        return order.stream().map(s -> s.substring(s.indexOf('\t') + 1)).toList();
    }

    /**
     * The lines only {@code expected} has ({@code - }) and only {@code actual} has ({@code + }), with the
     * two common lines around each change ({@code   }), from a longest common subsequence; empty when the two
     * are equal.
     */
    static String diff(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        boolean differs = false;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                lines.add("  " + expected.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + actual.get(j++));
                differs = true;
            } else {
                lines.add("- " + expected.get(i++));
                differs = true;
            }
        }
        if (!differs) {
            return "";
        }
        // Two common lines of context around each change; the rest stands as one "…".
        StringBuilder out = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = Math.max(0, k - 2); d <= Math.min(lines.size() - 1, k + 2); d++) {
                near |= !lines.get(d).startsWith("  ");
            }
            if (near) {
                out.append('\n').append(lines.get(k));
                skipped = false;
            } else if (!skipped) {
                out.append("\n  …");
                skipped = true;
            }
        }
        return out.toString();
    }

    /** The ids of the step table of docs/RULES.md, in its order. */
    private static List<String> docsTableIds() throws IOException {
        String docs = Files.readString(DOCS);
        int header = docs.indexOf("| step | what it decides | example |");
        assertThat(header).as("the table of steps in " + DOCS.toAbsolutePath()).isNotNegative();
        int end = docs.indexOf("\n\n", header);
        return docs.substring(header, end < 0 ? docs.length() : end).lines().skip(2)
                .map(row -> row.substring(row.indexOf('`') + 1, row.indexOf('`', row.indexOf('`') + 1))).toList();
    }

    /** The text of the built-in rules files, in load order: a copy to change. */
    static String builtInText() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : RuleSet.builtInFiles()) {
            try (InputStream in = Objects.requireNonNull(RuleSet.class.getResourceAsStream(name), name)) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The catalogue's examples and the sentences of {@code indicator/cases.tsv}. */
    private static Set<String> sentences() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        StepCatalogueTest.catalogue().stream().map(Rule::example).filter(e -> !e.isEmpty()).forEach(out::add);
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
