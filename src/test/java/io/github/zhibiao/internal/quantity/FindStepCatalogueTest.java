package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of the finder's steps ({@code step} rows of {@code steps.tsv} whose arg is a
 * {@code find.*} stage, or {@code find} for the finder's own decisions): every example runs through
 * the finder and shows its step at work, with every failure reported together; the catalogue is what
 * the finder's pipeline holds; the table in {@code docs/RULES.md} is the catalogue.
 */
class FindStepCatalogueTest {

    private static final QuantityFinder FINDER = new QuantityFinder(Rules.defaults());
    /** The finder's own decisions, outside its pipeline's stages. */
    private static final Set<String> OWN = Set.of(Composites.DATE_CHAIN);

    static List<Rule> catalogue() {
        return RuleSet.defaults().of(RuleKind.STEP).stream()
                .filter(r -> r.arg().equals("find") || r.arg().startsWith("find.")).toList();
    }

    @Test
    void everyExampleShowsItsStep() {
        List<String> failures = new ArrayList<>();
        for (Rule step : catalogue()) {
            try {
                check(step);
            } catch (AssertionError | RuntimeException e) {
                failures.add(step.source() + ":" + step.line() + ": " + step.id() + ": " + e.getMessage().strip());
            }
        }
        assertThat(catalogue()).hasSizeGreaterThan(30);
        assertThat(failures).as("find step rows whose example does not show the step").isEmpty();
    }

    private static void check(Rule step) {
        String[] expect = step.expect().split("\\|");
        String text = step.example();
        String number = expect[0];
        assertThat(expect).as("expect: the candidate, then find=").hasSize(2);
        assertThat(expect[1]).startsWith("find=");
        String outcome = expect[1].substring("find=".length());
        assertThat(text).as("the candidate is written once").containsOnlyOnce(number);
        int start = text.indexOf(number);
        int end = start + number.length();
        List<Rejected> rejected = new ArrayList<>();
        Tracer tr = Tracer.recording();
        List<Candidate> found = FINDER.find(text, rejected, tr);
        switch (outcome) {
            case "no-quantity" -> {
                assertThat(rejected).as("turned down in " + text).contains(new Rejected(start, end, step.id()));
                assertThat(found).as("no candidate over it").noneMatch(c -> c.start() < end && start < c.end());
            }
            case "none" -> {
                assertThat(tr.ids()).as("fired in " + text).contains(step.id());
                assertThat(found).as("no candidate over it").noneMatch(c -> c.start() < end && start < c.end());
            }
            default -> {
                Kind kind = Kind.valueOf(outcome);
                assertThat(found).as("candidates of " + text).extracting(c -> c.text(text) + "@" + c.start() + " " + c.kind())
                        .contains(number + "@" + start + " " + kind);
                assertThat(tr.ids()).as("fired in " + text).contains(step.id());
            }
        }
    }

    @Test
    void theCatalogueIsWhatTheFinderHolds() {
        Set<String> known = new LinkedHashSet<>(FINDER.order());
        known.addAll(OWN);
        List<String> rows = catalogue().stream().map(Rule::id).toList();
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(rows)).isEqualTo(known);
        assertThat(catalogue()).allSatisfy(r -> assertThat(r.words()).as(r.id()).hasSize(1));
    }

    @Test
    void theRulesTableOfFinderStepsIsTheCatalogue() throws IOException {
        String doc = Files.readString(Path.of("docs/RULES.md"));
        int header = doc.indexOf("| finder step | what it decides | example |");
        assertThat(header).as("the table of finder steps in docs/RULES.md").isPositive();
        int end = doc.indexOf("\n\n", header);
        List<String> rows = doc.substring(header, end < 0 ? doc.length() : end).strip().lines().skip(2).toList();
        String expected = catalogue().stream().map(FindStepCatalogueTest::docRow).collect(Collectors.joining("\n"));
        assertThat(String.join("\n", rows)).as("the docs/RULES.md table, generated from steps.tsv").isEqualTo(expected);
    }

    /** One row of the table: id, what it decides, the example with its candidate in bold and the outcome. */
    static String docRow(Rule step) {
        String[] expect = step.expect().split("\\|");
        String outcome = switch (expect[1].substring("find=".length())) {
            case "no-quantity" -> "no quantity";
            case "none" -> "no numeral";
            default -> expect[1].substring("find=".length());
        };
        return "| `" + step.id() + "` | " + step.words().get(0) + " | "
                + step.example().replace(expect[0], "**" + expect[0] + "**") + " → " + outcome + " |";
    }
}
