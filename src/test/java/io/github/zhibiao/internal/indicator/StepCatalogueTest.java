package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of the indicator engine's steps ({@code step} lines of the built-in {@code steps.tsv}):
 * every example runs through the real extractor and shows its step at work, the catalogue names every
 * step the engine can emit (read from the indicator sources, so a new step without a line fails the
 * build), and the README's table of steps is the catalogue.
 */
class StepCatalogueTest {

    private static final Extractor EXTRACTOR = Extractor.defaults().withTrace(true);
    /** The groups of steps in the order the engine applies them; the catalogue keeps this order. */
    private static final List<String> GROUPS = List.of("subject", "enumeration", "change", "target", "unit", "category", "reject");
    /**
     * Steps no sentence is known to reach: {@code reject.unreadable} fires only when a rule throws on
     * unforeseen input (a guard, so that one bad number never costs a report its other records).
     */
    private static final Set<String> GUARDS = Set.of("reject.unreadable");
    private static final Path INDICATOR_SOURCES = Path.of("src/main/java/io/github/zhibiao/internal/indicator");
    /** A step id as a string literal ({@code "subject.actor"}); one ending in {@code .} opens a family. */
    private static final Pattern STEP_LITERAL = Pattern.compile("\"([a-z]+\\.[a-z0-9-]*)\"");
    /** The id of the rule that set a category, when it is the engine's own ({@code money}, {@code count-} + unit). */
    private static final Pattern VERDICT_LITERAL = Pattern.compile("new Verdict\\([^;]*?,\\s*\"([a-z0-9-]+)\"");
    /** Families whose members are named by a rule: {@code unit.<unit rule id>}. */
    private static final Map<String, RuleKind> RULE_FAMILIES = Map.of(
            "unit.", RuleKind.UNIT, "reject.", RuleKind.REJECT, "category.", RuleKind.CATEGORY);

    static List<Rule> catalogue() {
        // The table pipeline's steps are catalogued too; TableStepsTest runs their examples.
        return RuleSet.defaults().of(RuleKind.STEP).stream().filter(r -> !r.arg().startsWith("table.")).toList();
    }

    static Stream<Rule> examples() {
        return catalogue().stream().filter(r -> !r.example().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleShowsItsStep(Rule step) {
        Expect expect = Expect.of(step);
        assertThat(step.example()).as(step.id() + ": the number is written once")
                .containsOnlyOnce(expect.number());
        List<IndicatorEngine.Explanation> all = EXTRACTOR.explain(step.example());
        List<IndicatorEngine.Explanation> at = all.stream().filter(e -> e.text().equals(expect.number())).toList();
        assertThat(at).as(step.id() + ": the number " + expect.number() + " among " + all).hasSize(1);
        IndicatorEngine.Explanation x = at.get(0);
        assertThat(x.steps()).as(step.id() + " fires on " + expect.number()).contains(step.id());
        if (step.arg().equals("reject")) {
            assertThat(x.kept()).as(step.id() + ": no record").isFalse();
            assertThat(x.steps()).as(step.id() + ": the last step").last().isEqualTo(step.id());
            return;
        }
        assertThat(x.kept()).as(step.id() + ": a record").isTrue();
        Indicator record = EXTRACTOR.extract(step.example()).indicators().stream()
                .filter(i -> i.start() == x.start()).findFirst().orElseThrow();
        assertThat(record.trace()).as(step.id() + ": the record's trace").isEqualTo(x.steps());
        expect.outcomes().forEach((key, value) -> {
            switch (key) {
                case "subject" -> assertThat(record.subject()).as(step.id() + ": subject").isEqualTo(value);
                case "delta" -> {
                    assertThat(record.direction() == null ? "none" : record.direction().name())
                            .as(step.id() + ": change").isEqualTo(value);
                    assertThat(record.delta()).isEqualTo(!value.equals("none"));
                }
                case "target" -> assertThat(record.target()).as(step.id() + ": goal").isEqualTo(value.equals("yes"));
                case "unit" -> assertThat(record.unit()).as(step.id() + ": unit").isEqualTo(value);
                case "category" -> assertThat(record.category().name()).as(step.id() + ": category").isEqualTo(value);
                default -> throw new AssertionError(step.id() + ": unknown outcome " + key);
            }
        });
    }

    /**
     * Completeness: scans the indicator sources for step-id string literals ({@code "delta.trigger"})
     * and the ids of the categorizer's own verdicts ({@code "money"} → {@code category.money}); every
     * fixed id needs a catalogue line and every family ({@code "unit."}, {@code "count-"} + unit) at
     * least one. Adding a step to the engine without an example here fails this test.
     */
    @Test
    void everyStepTheEngineCanEmitIsCatalogued() throws IOException {
        Emitted emitted = Emitted.read();
        assertThat(emitted.ids()).as("step ids found in the indicator sources").hasSizeGreaterThan(20);
        Set<String> ids = ids();
        assertThat(ids).as("steps the engine can emit with no line in steps.tsv").containsAll(emitted.ids());
        for (String family : emitted.families()) {
            assertThat(ids).as("family " + family + "* has a line in steps.tsv")
                    .anyMatch(id -> id.startsWith(family) && id.length() > family.length());
        }
    }

    /** And back: every line names a step the engine can emit, so a removed step leaves no stale line. */
    @Test
    void everyCataloguedStepIsOneTheEngineCanEmit() throws IOException {
        Emitted emitted = Emitted.read();
        for (String id : ids()) {
            if (emitted.ids().contains(id)) {
                continue;
            }
            String family = emitted.families().stream().filter(id::startsWith)
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow(() -> new AssertionError(id + ": no step of the engine is named so"));
            RuleKind kind = RULE_FAMILIES.get(family);
            if (kind != null) {
                String rule = id.substring(family.length());
                assertThat(RuleSet.defaults().of(kind)).as(id + ": a built-in " + kind.spelling() + " rule " + rule)
                        .anyMatch(r -> r.id().equals(rule));
            }
        }
    }

    @Test
    void theCatalogueIsInTheEngineOrderWithOneLinePerStep() {
        List<String> groups = catalogue().stream().map(Rule::arg).toList();
        for (int i = 1; i < groups.size(); i++) {
            assertThat(GROUPS.indexOf(groups.get(i))).as(catalogue().get(i).id() + " after " + catalogue().get(i - 1).id())
                    .isGreaterThanOrEqualTo(GROUPS.indexOf(groups.get(i - 1)));
        }
        assertThat(catalogue()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(catalogue()).allSatisfy(r -> assertThat(r.words()).as(r.id() + ": one line on what it decides").hasSize(1));
        assertThat(catalogue().stream().filter(r -> r.example().isEmpty()).map(Rule::id))
                .as("steps without an example: only guards no sentence reaches").containsExactlyInAnyOrderElementsOf(GUARDS);
    }

    @Test
    void theReadmeTableOfStepsIsTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("docs/RULES.md"));
        int section = readme.indexOf("# Why a record is what it is");
        int header = readme.indexOf("| step | what it decides | example |", section);
        assertThat(section).isNotNegative();
        assertThat(header).as("the table of steps in docs/RULES.md, section \"Why a record is what it is\"").isPositive();
        int end = readme.indexOf("\n\n", header);
        List<String> rows = readme.substring(header, end).lines().skip(2).toList();
        String expected = catalogue().stream().map(StepCatalogueTest::readmeRow).collect(Collectors.joining("\n"));
        assertThat(String.join("\n", rows)).as("the docs/RULES.md table, generated from steps.tsv").isEqualTo(expected);
    }

    /** One row of the README table: id, what it decides, the example with its number in bold and what it gives. */
    static String readmeRow(Rule step) {
        String example;
        if (step.example().isEmpty()) {
            example = "none: no sentence is known to reach it";
        } else {
            Expect e = Expect.of(step);
            String gives = step.arg().equals("reject") ? "no record" : e.outcomes().entrySet().stream()
                    .map(o -> switch (o.getKey()) {
                        case "delta" -> o.getValue().equals("none") ? "no change" : o.getValue();
                        case "target" -> o.getValue().equals("yes") ? "goal" : "no goal";
                        default -> o.getValue();
                    }).collect(Collectors.joining(", "));
            example = step.example().replace(e.number(), "**" + e.number() + "**") + (gives.isEmpty() ? "" : " → " + gives);
        }
        return "| `" + step.id() + "` | " + step.words().get(0) + " | " + example + " |";
    }

    private static Set<String> ids() {
        return catalogue().stream().map(Rule::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A step's expect column: the number as its example writes it, then {@code key=value} outcomes. */
    record Expect(String number, Map<String, String> outcomes) {
        static Expect of(Rule step) {
            String[] parts = step.expect().split("\\|");
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (int k = 1; k < parts.length; k++) {
                int eq = parts[k].indexOf('=');
                outcomes.put(parts[k].substring(0, eq), parts[k].substring(eq + 1));
            }
            return new Expect(parts[0], outcomes);
        }
    }

    /** The step ids the indicator sources can emit: fixed ids, and the prefixes of families named at run time. */
    record Emitted(Set<String> ids, Set<String> families) {
        static Emitted read() throws IOException {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> families = new LinkedHashSet<>();
            List<Path> sources;
            try (Stream<Path> files = Files.list(INDICATOR_SOURCES)) {
                sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            assertThat(sources).as("the indicator sources, read from " + INDICATOR_SOURCES.toAbsolutePath()).isNotEmpty();
            for (Path p : sources) {
                String code = Files.readString(p);
                List<String> found = new ArrayList<>();
                Matcher m = STEP_LITERAL.matcher(code);
                while (m.find()) {
                    found.add(m.group(1));
                }
                Matcher v = VERDICT_LITERAL.matcher(code);
                while (v.find()) {
                    found.add("category." + v.group(1));
                }
                for (String id : found) {
                    (id.endsWith(".") || id.endsWith("-") ? families : ids).add(id);
                }
            }
            return new Emitted(ids, families);
        }
    }
}
