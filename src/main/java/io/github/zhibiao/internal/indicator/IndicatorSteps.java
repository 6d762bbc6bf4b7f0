package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place the indicator engine's steps are registered, without order: the {@code indicator}
 * pipeline's (per quantity), the {@code text} pipeline's (over all drafts of a text) and the closed
 * set of conditions a stage may run under. {@code pipeline.tsv} alone orders them.
 *
 * <pre>{@code
 * Pipeline<Draft> p = Pipeline.build("indicator", rules, IndicatorSteps.perQuantity(parts), IndicatorSteps.CONDITIONS, IndicatorSteps.GIVEN);
 * }</pre>
 */
final class IndicatorSteps {
    /** What a rule failing on unforeseen input is noted as: the number (or the composite) is skipped. */
    static final String UNREADABLE = "reject.unreadable";
    /** What a failure reading where a number stands, before any step runs, names as its step. */
    static final String SITE = "indicator.site";
    /** The step that decides the category, noted again where a composite decides it anew. */
    static final String CATEGORY = "category.head";
    /** The driver's own decision: a number inside a quoted name keeps the words before the next one's. */
    static final String QUOTED_NAME_FLOOR = "subject.quoted-name-floor";

    /** The slots a draft holds before any step runs. */
    static final Set<Slot> GIVEN = EnumSet.of(Slot.SITE, Slot.COUNTED, Slot.LEFT_WORDS, Slot.CONSUMED_TO, Slot.MEASURE);

    /**
     * The conditions of {@code when=} in {@code pipeline.tsv}: {@code counted} (a count or a number
     * without a unit) and {@code noun-after} (a noun phrase after the number names what it counts).
     */
    static final Map<String, Predicate<Draft>> CONDITIONS = Map.of(
            "counted", d -> d.counted,
            "noun-after", d -> !d.nounAfter.isEmpty());

    /** The text pipeline has no conditions. */
    static final Map<String, Predicate<TextDrafts>> TEXT_CONDITIONS = Map.of();

    private IndicatorSteps() {
    }

    /** The parts the steps are built on, built once per engine. */
    record Parts(RuleSet rules, Phrasing phrases, Categorizer categorizer, PlanFinder plans, Enumerations enumerations, Words words) {
    }

    /** Every step of the {@code indicator} pipeline, by id. */
    static Map<String, Step<Draft>> perQuantity(Parts p) {
        List<DraftStep> steps = new ArrayList<>();
        steps.add(new TargetStep.Section());
        steps.add(new TargetStep.Word(p.plans()));
        steps.addAll(RejectSteps.of(p.rules(), p.phrases()));
        steps.add(new AfterNumberSteps.NounAfter(p.phrases(), p.categorizer()));
        steps.add(new AfterNumberSteps.LooseAfter(p.phrases()));
        steps.add(new ChangeSteps.Trigger(p.rules(), p.words(), p.phrases()));
        steps.add(new ChangeSteps.NewLevel());
        steps.add(new ChangeSteps.AfterConjunction(p.words()));
        steps.add(new AfterNumberSteps.AfterNumber(p.phrases()));
        steps.add(new AfterNumberSteps.Reach(p.rules(), p.phrases()));
        steps.add(new AfterNumberSteps.Actor(p.phrases()));
        steps.add(new BeforeNumberSteps.BeforeNumber(p.words(), p.phrases()));
        steps.add(new BeforeNumberSteps.AfterExamples(p.phrases()));
        steps.add(new BeforeNumberSteps.ShareOf(p.phrases()));
        steps.addAll(PreviousSubjectSteps.of(p.phrases(), p.categorizer(), p.enumerations()));
        steps.add(new FinishSteps.MoneyPurpose(p.words(), p.phrases()));
        steps.add(new SubjectPolicies.ShareNamed());
        steps.add(new SubjectPolicies.TrailingMarks());
        steps.add(new ChangeSteps.RateNoun(p.rules()));
        steps.add(new FinishSteps.NoUnit(p.rules()));
        steps.add(new FinishSteps.UnitFromSubject(p.rules()));
        steps.add(new FinishSteps.CategoryHead(p.categorizer()));
        steps.add(new FinishSteps.SchoolTopic(p.categorizer()));
        steps.add(new SubjectPolicies.ReplacementEdges());
        Map<String, Step<Draft>> registry = new LinkedHashMap<>();
        for (DraftStep s : steps) {
            if (registry.put(s.id(), s) != null) {
                throw new IllegalStateException("two steps named " + s.id());
            }
        }
        return registry;
    }

    /** Every step of the {@code text} pipeline, by id. */
    static Map<String, Step<TextDrafts>> perText(Parts p) {
        Map<String, Step<TextDrafts>> registry = new LinkedHashMap<>();
        registry.put(TextSteps.RANGE_LOW, new TextSteps.RangeLow());
        registry.put(TextSteps.ENUMERATION_ITEM, new TextSteps.EnumerationItem(p.enumerations(), p.categorizer()));
        registry.put(TextSteps.ENUMERATION_VERB, new TextSteps.EnumerationVerb(p.enumerations()));
        return registry;
    }
}
