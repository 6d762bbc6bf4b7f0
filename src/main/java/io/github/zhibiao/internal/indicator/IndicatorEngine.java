package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Pipeline;
import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.text.CleanText;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the quantities of a cleaned text into indicator records: what each measures (subject),
 * its category, whether it is a change or a target. Rules come from a {@link RuleSet}; words
 * around a number come from a {@link Segmenter}, which only ever sees the clause around a number.
 * Two pipelines of named steps decide ({@link IndicatorSteps}, ordered by the {@code indicator.*}
 * and {@code text.*} stage rows of {@code pipeline.tsv}): {@code indicator} about each number's
 * draft, then {@code text} over all drafts of the text (ranges, enumerations).
 *
 * <pre>{@code
 * IndicatorEngine engine = new IndicatorEngine(grammar, RuleSet.defaults(), segmenter);
 * List<Indicator> records = engine.extract(clean, true);   // with trace ids
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorEngine {

    private final QuantityParser grammar;
    private final Categorizer categorizer;
    private final PlanFinder plans;
    /** The segmenter of the phrase steps: the steps about one number often ask for the same words. */
    private final RecentSegments segments;
    private final Pipeline<Draft> perQuantity;
    private final Pipeline<TextDrafts> perText;

    public IndicatorEngine(QuantityParser grammar, RuleSet rules, Segmenter segmenter) {
        this.grammar = grammar;
        this.categorizer = new Categorizer(rules);
        this.plans = new PlanFinder(rules);
        this.segments = new RecentSegments(segmenter);
        Phrases phrases = new Phrases(segments, categorizer, rules);
        IndicatorSteps.Parts parts = new IndicatorSteps.Parts(rules, phrases, categorizer, plans,
                new Enumerations(segments, phrases, rules), new Words(rules));
        this.perQuantity = Pipeline.build("indicator", rules, IndicatorSteps.perQuantity(parts),
                IndicatorSteps.CONDITIONS, IndicatorSteps.GIVEN);
        this.perText = Pipeline.build("text", rules, IndicatorSteps.perText(parts),
                IndicatorSteps.TEXT_CONDITIONS, java.util.EnumSet.allOf(Slot.class));
    }

    /** The indicators of one cleaned text, in document order; spans index {@code clean.loaded()}. */
    public List<Indicator> extract(CleanText clean) {
        return extract(clean, false);
    }

    /**
     * The indicators of one cleaned text; with {@code trace}, each record carries the ids of the
     * steps that set its subject, change, target and category ({@link Indicator#trace()}).
     */
    public List<Indicator> extract(CleanText clean, boolean trace) {
        return run(clean, trace, null);
    }

    /**
     * For each number of a cleaned text, in document order: the number as written, what became of
     * it and everything that fired on it, the last a {@code reject.*} when it gave no record.
     */
    public List<Explanation> explain(CleanText clean) {
        List<Explanation> out = new ArrayList<>();
        run(clean, true, out);
        // Rejections are noted as they happen, records once complete: put them back in text order.
        out.sort(Comparator.comparingInt(Explanation::start));
        return out;
    }

    /**
     * One number and what decided about it ({@link #explain}).
     *
     * @param text    the number as written in the loaded text
     * @param start   where it starts there
     * @param outcome whether it gave a record
     * @param subject its record's subject; empty without one
     * @param fired   the steps, rules and sub-rules that fired on it, in order
     */
    public record Explanation(String text, int start, Outcome outcome, String subject, List<Fired> fired) {
        public Explanation {
            fired = List.copyOf(fired);
        }

        /** Whether it gave a record. */
        public boolean kept() {
            return outcome == Outcome.RECORD;
        }

        /** The ids of what fired ({@link Fired#id()}), as a record's trace names them. */
        public List<String> steps() {
            return fired.stream().map(Fired::id).toList();
        }
    }

    @SuppressWarnings("try")   // the pass is opened for its scope: closing it ends the segment cache's pass
    private List<Indicator> run(CleanText clean, boolean trace, List<Explanation> explanations) {
        try (RecentSegments.Pass pass = segments.open()) {
            return records(clean, trace, explanations);
        }
    }

    private List<Indicator> records(CleanText clean, boolean trace, List<Explanation> explanations) {
        String v = clean.text();
        List<Quantity> qs = grammar.parse(v);
        int planFrom = plans.planStart(v);
        List<Draft> drafts = new ArrayList<>();
        Site.Bounds bounds = new Site.Bounds(v);
        Draft prev = null;
        int prevEnd = 0;
        boolean floorKept = false;
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            Tracer t = trace ? Tracer.recording() : Tracer.NONE;
            if (floorKept) {
                t.fired(IndicatorSteps.QUOTED_NAME_FLOOR, null);
            }
            Draft d = draftOrSkip(v, qs, i, prevEnd, prev, planFrom, t, bounds);
            // A number inside a quoted name (建成“千万工程”示范村507个) is words of the next one's subject.
            floorKept = d == null && Clauses.quotedName(v, q);
            if (d == null) {
                if (!floorKept) {
                    prevEnd = q.end();
                }
                if (explanations != null) {
                    int ls = clean.loadedStart(q.start());
                    int le = clean.loadedEnd(q.end());
                    explanations.add(new Explanation(clean.loaded().substring(ls, le), ls, Outcome.NO_RECORD, "", t.fired()));
                }
                continue;
            }
            prevEnd = q.end();
            drafts.add(d);
            prev = d;
        }
        perText.run(new TextDrafts(v, drafts), Tracer.NONE);
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Indicator ind = record(clean, d);
            out.add(ind);
            if (explanations != null) {
                explanations.add(new Explanation(ind.text(), ind.start(), Outcome.RECORD, ind.subject(), d.tracer.fired()));
            }
        }
        return out;
    }

    /** The record of a finished draft, its span and sentence mapped to the loaded text. */
    private static Indicator record(CleanText clean, Draft d) {
        Quantity q = d.quantity;
        int ls = clean.loadedStart(q.start());
        int le = clean.loadedEnd(q.end());
        String sentence = SentenceField.of(clean.loaded(), clean.loadedStart(d.sentenceStart),
                clean.loadedEnd(d.sentenceEnd), ls, le);
        return new Indicator(clean.loaded().substring(ls, le), ls, le, d.measure, d.category, d.subject,
                d.direction != null, d.direction, q.qualifier(), d.target, q.per(), sentence, d.ruleId, d.tracer.ids());
    }

    /**
     * The draft of one quantity, or null when it gives no record: the {@code indicator} pipeline
     * on it. A quantity the rules cannot read (an unforeseen input making a rule fail) is skipped
     * and noted {@code reject.unreadable}: one bad quantity never costs a report its other records.
     */
    private Draft draftOrSkip(String v, List<Quantity> qs, int i, int prevEnd, Draft prev, int planFrom, Tracer t,
            Site.Bounds bounds) {
        try {
            Draft d = new Draft(Site.of(v, qs, i, prevEnd, prev, planFrom, bounds), t);
            return perQuantity.run(d, t) == null ? d : null;
        } catch (RuntimeException unreadable) {
            t.fired(IndicatorSteps.UNREADABLE, null);
            return null;
        }
    }

    /** Every step id of the two pipelines, in the order they may run ({@code indicator.*}, then {@code text.*}). */
    List<String> order() {
        List<String> ids = new ArrayList<>(perQuantity.order());
        ids.addAll(perText.order());
        return ids;
    }

    /**
     * The category of {@code measure} when it measures {@code subject}, and the id of the rule that
     * set it: the same decision prose gets, for records read from table cells.
     */
    public Map.Entry<Category, String> categorize(Measure measure, String subject) {
        Categorizer.Verdict v = categorizer.categorize(measure, subject);
        return Map.entry(v.category(), v.ruleId());
    }
}
