package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.internal.segment.HanlpSegmenter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

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
 * The catalogue of the indicator and text pipelines' steps ({@code step} rows of the built-in
 * {@code steps.tsv} whose arg is an {@code indicator.*} or {@code text.*} stage, plus the sub-rules
 * and the driver's own decisions): every example runs through the real extractor and shows its step
 * at work, with every failure collected; the catalogue names every step the pipelines hold and every
 * id the sources note; the README's table of steps is the catalogue.
 */
class StepCatalogueTest {

    private static final Extractor EXTRACTOR = Extractor.defaults().withTrace(true);
    /**
     * Steps no sentence of the catalogue reaches: {@code reject.unreadable} fires only when a rule
     * throws on unforeseen input ({@link UnreadableTest} makes it).
     */
    private static final Set<String> GUARDS = Set.of("reject.unreadable");
    private static final Path INDICATOR_SOURCES = Path.of("src/main/java/io/github/zhibiao/internal/indicator");
    /** A step or sub-rule id as a string literal ({@code "subject.actor"}). */
    private static final Pattern STEP_LITERAL = Pattern.compile("\"((?:subject|delta|target|unit|category|reject|phrase)\\.[a-z0-9.-]+)\"");

    /** The rows of the indicator and text pipelines, in file order. */
    static List<Rule> catalogue() {
        return RuleSet.defaults().of(RuleKind.STEP).stream()
                .filter(r -> r.arg().equals("indicator") || r.arg().startsWith("indicator.") || r.arg().startsWith("text."))
                .toList();
    }

    @Test
    void everyExampleShowsItsStep() {
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Rule step : catalogue()) {
            if (step.example().isEmpty()) {
                continue;
            }
            ran++;
            try {
                check(step);
            } catch (AssertionError | RuntimeException e) {
                failures.add(step.source() + ":" + step.line() + ": " + step.id() + ": " + e.getMessage().strip());
            }
        }
        assertThat(ran).isGreaterThan(40);
        assertThat(failures).as("step rows whose example does not show the step").isEmpty();
    }

    private static void check(Rule step) {
        Expect expect = Expect.of(step);
        assertThat(step.example()).as("the number is written once").containsOnlyOnce(expect.number());
        List<Explanation> all = EXTRACTOR.explain(step.example());
        List<Explanation> at = all.stream().filter(e -> e.text().equals(expect.number())).toList();
        assertThat(at).as("the number " + expect.number() + " among " + all).hasSize(1);
        Explanation x = at.get(0);
        assertThat(x.trace()).extracting(Fired::step).as("fires on " + expect.number()).contains(step.id());
        if (expect.outcomes().containsKey("no-record")) {
            assertThat(x.outcome()).as("no record").isEqualTo(Outcome.NO_RECORD);
            assertThat(x.trace()).extracting(Fired::step).as("the last step").last().isEqualTo(step.id());
            return;
        }
        assertThat(x.outcome()).as("a record").isEqualTo(Outcome.RECORD);
        Indicator record = EXTRACTOR.extract(step.example()).indicators().stream()
                .filter(i -> i.start() == x.start()).findFirst().orElseThrow();
        // Every outcome of the row is checked, and all that differ are reported together.
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(record.trace()).as("the record's trace").isEqualTo(x.ids());
        expect.outcomes().forEach((key, value) -> {
            switch (key) {
                case "subject" -> softly.assertThat(record.subject()).as("subject").isEqualTo(value);
                case "delta" -> {
                    softly.assertThat(record.direction() == null ? "none" : record.direction().name()).as("change").isEqualTo(value);
                    softly.assertThat(record.delta()).as("delta").isEqualTo(!value.equals("none"));
                }
                case "target" -> softly.assertThat(record.target()).as("goal").isEqualTo(value.equals("yes"));
                case "unit" -> softly.assertThat(record.unit()).as("unit").isEqualTo(value);
                case "category" -> softly.assertThat(record.category().name()).as("category").isEqualTo(value);
                default -> softly.fail("unknown outcome " + key);
            }
        });
        softly.assertAll();
    }

    /**
     * Completeness both ways: every step the two pipelines hold has a row, and so has every id the
     * indicator sources note (sub-rules, the driver's decisions); every row names one of those.
     */
    @Test
    void theCatalogueIsWhatThePipelinesHoldAndTheSourcesNote() throws IOException {
        IndicatorEngine engine = new IndicatorEngine(io.github.zhibiao.internal.quantity.QuantityParser.of(RuleSet.defaults()),
                RuleSet.defaults(), new HanlpSegmenter(List.of()));
        Set<String> known = new LinkedHashSet<>(engine.order());
        known.addAll(literals());
        Set<String> rows = catalogue().stream().map(Rule::id).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(rows).as("ids the pipelines hold or the sources note, with no row in steps.tsv").containsAll(known);
        assertThat(known).as("rows that name no step of the pipelines nor an id of the sources").containsAll(rows);
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
            String gives = e.outcomes().entrySet().stream()
                    .map(o -> switch (o.getKey()) {
                        case "delta" -> o.getValue().equals("none") ? "no change" : o.getValue();
                        case "target" -> o.getValue().equals("yes") ? "goal" : "no goal";
                        case "no-record" -> "no record";
                        default -> o.getValue();
                    }).collect(Collectors.joining(", "));
            example = step.example().replace(e.number(), "**" + e.number() + "**") + (gives.isEmpty() ? "" : " → " + gives);
        }
        return "| `" + step.id() + "` | " + step.words().get(0) + " | " + example + " |";
    }

    /** The ids written as literals in the indicator sources (sub-rules, the driver's decisions, step ids). */
    private static Set<String> literals() throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(INDICATOR_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("the indicator sources, read from " + INDICATOR_SOURCES.toAbsolutePath()).isNotEmpty();
        for (Path p : sources) {
            Matcher m = STEP_LITERAL.matcher(Files.readString(p));
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** A step's expect column: the number as its example writes it, then {@code key=value} outcomes or {@code no-record}. */
    record Expect(String number, Map<String, String> outcomes) {
        static Expect of(Rule step) {
            String[] parts = step.expect().split("\\|");
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (int k = 1; k < parts.length; k++) {
                int eq = parts[k].indexOf('=');
                if (eq < 0) {
                    outcomes.put(parts[k], "");
                } else {
                    outcomes.put(parts[k].substring(0, eq), parts[k].substring(eq + 1));
                }
            }
            return new Expect(parts[0], outcomes);
        }
    }
}
