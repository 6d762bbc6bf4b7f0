package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Pipeline;
import io.github.zhibiao.internal.pipeline.StepFailure;
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
import java.util.function.Consumer;

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
        Phrasing phrases = Phrasing.of(segments, categorizer, rules);
        IndicatorSteps.Parts parts = new IndicatorSteps.Parts(rules, phrases, categorizer, plans,
                new Enumerations(segments, phrases.left(), rules), new Words(rules));
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
        return extract(clean, trace, u -> { });
    }

    /**
     * The indicators of one cleaned text, as {@link #extract(CleanText, boolean)}; each number a step
     * failed on is given to {@code unreadable}, once, and costs that number only.
     */
    public List<Indicator> extract(CleanText clean, boolean trace, Consumer<Unreadable> unreadable) {
        return run(clean, trace, null, unreadable);
    }

    /**
     * For each number of a cleaned text, in document order: the number as written, what became of
     * it and everything that fired on it, the last a {@code reject.*} when it gave no record.
     */
    public List<Explanation> explain(CleanText clean) {
        List<Explanation> out = new ArrayList<>();
        run(clean, true, out, u -> { });
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
    private List<Indicator> run(CleanText clean, boolean trace, List<Explanation> explanations,
            Consumer<Unreadable> unreadable) {
        try (RecentSegments.Pass pass = segments.open()) {
            return records(clean, trace, explanations, unreadable);
        }
    }

    private List<Indicator> records(CleanText clean, boolean trace, List<Explanation> explanations,
            Consumer<Unreadable> unreadable) {
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
            Draft d = draftOrSkip(v, qs, i, prevEnd, prev, planFrom, t, bounds, clean, unreadable);
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
        composites(clean, drafts, unreadable);
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

    /**
     * The {@code text} pipeline over the drafts. A composite that fails costs its own change only:
     * the drafts keep what they had, and the failure is reported once, on the number it is about.
     */
    private void composites(CleanText clean, List<Draft> drafts, Consumer<Unreadable> unreadable) {
        TextDrafts text = new TextDrafts(clean.text(), drafts);
        try {
            perText.run(text, Tracer.NONE);
        } catch (StepFailure f) {
            text.unreadable(null, f.step(), f);
        }
        for (TextDrafts.Failure f : text.failures()) {
            Quantity q = f.draft() == null ? null : f.draft().quantity;
            unreadable.accept(unreadable(clean, q, f.step(), f.error(), false));
        }
    }

    /** What to report about a number ({@code q}; null for the whole text) that {@code step} failed on. */
    private static Unreadable unreadable(CleanText clean, Quantity q, String step, RuntimeException e, boolean skipped) {
        Throwable cause = e instanceof StepFailure && e.getCause() != null ? e.getCause() : e;
        String error = String.valueOf(cause).strip().replaceAll("\\s+", " ");
        if (q == null) {
            return new Unreadable("", 0, step, error, skipped);
        }
        int ls = clean.loadedStart(q.start());
        int le = clean.loadedEnd(q.end());
        return new Unreadable(clean.loaded().substring(ls, le), ls, step, error, skipped);
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
     * on it. A quantity the rules cannot read (an unforeseen input making a rule fail) is skipped,
     * noted {@code reject.unreadable:STEP} and reported once: one bad quantity never costs a report
     * its other records.
     */
    private Draft draftOrSkip(String v, List<Quantity> qs, int i, int prevEnd, Draft prev, int planFrom, Tracer t,
            Site.Bounds bounds, CleanText clean, Consumer<Unreadable> unreadable) {
        try {
            Draft d = new Draft(Site.of(v, qs, i, prevEnd, prev, planFrom, bounds), t);
            return perQuantity.run(d, t) == null ? d : null;
        } catch (RuntimeException e) {
            String step = e instanceof StepFailure f ? f.step() : IndicatorSteps.SITE;
            t.fired(IndicatorSteps.UNREADABLE, step);
            unreadable.accept(unreadable(clean, qs.get(i), step, e, true));
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
