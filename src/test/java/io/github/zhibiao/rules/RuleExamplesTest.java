package io.github.zhibiao.rules;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.internal.segment.HanlpSegmenter;
import io.github.zhibiao.internal.segment.Token;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of a built-in rule runs here and shows the rule's effect: a grammar rule's example is
 * one quantity of the expected value and unit, an indicator rule's example a sentence it fires on.
 */
class RuleExamplesTest {

    private static final Extractor EXTRACTOR = Extractor.defaults();

    static Stream<Rule> rulesWithExamples() {
        // A step's example is run by StepCatalogueTest, which knows what a step must show.
        return RuleSet.defaults().rules().stream().filter(r -> !r.example().isEmpty() && r.kind() != RuleKind.STEP);
    }

    /**
     * The tests that run the examples of each pipeline's {@code step} rows (every row of the other kinds
     * runs in {@link #exampleShowsTheRule}): a pipeline whose steps have examples needs one here.
     */
    private static final Map<String, String> STEP_EXAMPLE_RUNNERS = Map.of(
            "indicator", "StepCatalogueTest.everyExampleShowsItsStep",
            "text", "StepCatalogueTest.everyExampleShowsItsStep",
            "table", "TableStepsTest.exampleShowsItsStep",
            "find", "FindStepCatalogueTest.everyExampleShowsItsStep");

    /** No row's example goes unrun: each step row with one belongs to a pipeline that a test runs the examples of. */
    @Test
    void everyStepExampleHasATestThatRunsIt() {
        List<String> unrun = RuleSet.defaults().of(RuleKind.STEP).stream().filter(r -> !r.example().isEmpty())
                .filter(r -> !STEP_EXAMPLE_RUNNERS.containsKey(r.arg().split("\\.")[0]))
                .map(r -> r.source() + ":" + r.line() + ": " + r.id() + " (stage " + r.arg() + ")").toList();
        assertThat(unrun).as("step rows whose example no test runs: add the pipeline's runner to STEP_EXAMPLE_RUNNERS").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithExamples")
    void exampleShowsTheRule(Rule rule) {
        if (!rule.expect().isEmpty()) {
            // numeral, quantity-unit, qualifier: the example is exactly one quantity with this value and unit
            List<Quantity> qs = QuantityGrammar.defaults().parse(rule.example());
            assertThat(qs).as(rule.id()).hasSize(1);
            // Text, value and unit: all that differ are reported together.
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(qs.get(0).text()).as(rule.id() + ": text").isEqualTo(rule.example());
            String[] expect = rule.expect().split("\\|", -1);
            softly.assertThat(qs.get(0).measure().value()).as(rule.id() + ": value").isEqualByComparingTo(new BigDecimal(expect[0]));
            softly.assertThat(qs.get(0).measure().unit()).as(rule.id() + ": unit").isEqualTo(expect[1]);
            softly.assertAll();
            return;
        }
        if (rule.kind() == RuleKind.PATTERN) {
            assertThat(java.util.regex.Pattern.compile(RuleSet.defaults().pattern(rule.id())).matcher(rule.example()).find())
                    .as(rule.id()).isTrue();
            return;
        }
        List<Indicator> found = EXTRACTOR.extract(rule.example()).indicators();
        switch (rule.kind()) {
            case CATEGORY -> assertThat(found).as(rule.id())
                    .anySatisfy(i -> {
                        assertThat(i.category().name()).isEqualTo(rule.arg());
                        assertThat(i.ruleId()).isEqualTo(rule.id());
                    });
            case DELTA -> assertThat(found).as(rule.id())
                    .anySatisfy(i -> assertThat(i.direction()).hasToString(rule.arg().replace("-THAN", "").replace("-NOUN", "")));
            case LEVEL -> assertThat(found).as(rule.id()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(i -> assertThat(i.delta()).isFalse());
            case TARGET, TARGET_SECTION -> assertThat(found).as(rule.id())
                    .isNotEmpty().allSatisfy(i -> assertThat(i.target()).isTrue());
            case SCOPE -> assertThat(found).as(rule.id()).isNotEmpty()
                    .allSatisfy(i -> assertThat(rule.words()).noneMatch(w -> i.subject().startsWith(w)));
            case LINK -> assertThat(found).as(rule.id()).isNotEmpty()
                    .allSatisfy(i -> assertThat(rule.words()).noneMatch(w -> i.subject().endsWith(w)));
            case UNIT -> assertThat(found).as(rule.id())
                    .anySatisfy(i -> assertThat(i.unit()).isEqualTo(rule.arg()));
            case REJECT -> assertThat(found).as(rule.id()).isEmpty();
            case SPLIT -> {
                List<String> parts = List.of(rule.arg().split(","));
                assertThat(found).as(rule.id()).hasSize(parts.size());
                for (int k = 0; k < parts.size(); k++) {
                    assertThat(found.get(k).subject()).as(rule.id()).contains(parts.get(k));
                    assertThat(found.get(k).direction()).as(rule.id()).isEqualTo(found.get(0).direction()).isNotNull();
                }
            }
            default -> throw new AssertionError(rule.id() + ": no test for the examples of kind " + rule.kind().spelling());
            case TERM -> {
                HanlpSegmenter seg = new HanlpSegmenter(rule.words());
                List<String> words = seg.segment(rule.example(), 0, rule.example().length())
                        .stream().map(Token::word).toList();
                rule.words().stream().filter(w -> rule.example().contains(w))
                        .forEach(w -> assertThat(words).as(rule.id() + ": " + w + " kept whole")
                                .anyMatch(token -> token.contains(w)));
            }
        }
    }
}
