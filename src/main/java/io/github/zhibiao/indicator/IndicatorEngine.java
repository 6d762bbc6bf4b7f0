package io.github.zhibiao.indicator;

import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.clean.CleanText;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the quantities of a cleaned text into indicator records: what each measures (subject),
 * its category, whether it is a change or a target. Rules come from a {@link RuleSet}; words
 * around a number come from a {@link Segmenter}, which only ever sees the clause around a number.
 * The parts: {@link Clauses} (where clauses begin and end), {@link Phrases} (the phrases that can
 * name what a number measures), {@link Categorizer} and {@link PlanFinder}; the named {@link Step}s
 * that decide about each number, applied in order by {@code draft}, then the enumeration step over
 * all numbers of the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorEngine {

    private static final Pattern TRAILING_PUNCT = Pattern.compile("[、，,]+$");
    private static final Pattern REPLACEMENT_EDGES = Pattern.compile("^[\\uFFFD\\u0085\\s]+|[\\uFFFD\\u0085\\s]+$");

    private final QuantityGrammar grammar;
    private final Categorizer categorizer;
    private final PlanFinder plans;
    private final Phrases phrases;
    /** The segmenter of the phrase steps: the steps about one number often ask for the same words. */
    private final RecentSegments segments;

    // The steps, in the order draft() applies them.
    private final Step target;
    private final List<Step> rejects;
    private final Step looseAfter;
    private final List<Step> change;
    private final List<Step> afterNumber;
    private final List<Step> beforeNumber;
    private final List<Step> fromPrevious;
    private final Step moneyPurpose;
    private final Step rateNoun;
    private final Step unit;
    private final Step schoolTopic;
    private final EnumerationStep enumeration;

    public IndicatorEngine(QuantityGrammar grammar, RuleSet rules, Segmenter segmenter) {
        this.grammar = grammar;
        this.categorizer = new Categorizer(rules);
        this.plans = new PlanFinder(rules);
        this.segments = new RecentSegments(segmenter);
        this.phrases = new Phrases(segments, categorizer, rules);
        Enumerations enumerations = new Enumerations(segments, phrases, rules);
        Words words = new Words(rules);
        this.target = new TargetStep(plans);
        this.rejects = RejectSteps.of(rules, phrases);
        this.looseAfter = new AfterNumberSteps.LooseAfter(phrases);
        this.change = List.of(new ChangeSteps.Trigger(rules, words, phrases), new ChangeSteps.AfterConjunction(words));
        this.afterNumber = List.of(new AfterNumberSteps.AfterNumber(phrases, new AfterNumberSteps.Reach(rules, phrases)),
                new AfterNumberSteps.Actor(phrases));
        this.beforeNumber = List.of(new BeforeNumberSteps.BeforeNumber(words, phrases), new BeforeNumberSteps.AfterExamples(),
                new BeforeNumberSteps.ShareOf(phrases));
        this.fromPrevious = PreviousSubjectSteps.of(phrases, categorizer, enumerations);
        this.moneyPurpose = new FinishSteps.MoneyPurpose(words, phrases);
        this.rateNoun = new ChangeSteps.RateNoun(rules);
        this.unit = new FinishSteps.Unit(rules);
        this.schoolTopic = new FinishSteps.SchoolTopic(categorizer);
        this.enumeration = new EnumerationStep(enumerations, categorizer);
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
     * For each number of a cleaned text, in document order: the number as written and the ids of
     * the steps that fired on it, the last one {@code reject.*} when it gave no record.
     */
    public List<Explanation> explain(CleanText clean) {
        List<Explanation> out = new ArrayList<>();
        run(clean, true, out);
        // Rejections are noted as they happen, records once complete: put them back in text order.
        out.sort(java.util.Comparator.comparingInt(Explanation::start));
        return out;
    }

    /** One number and the steps that decided about it ({@link #explain}). */
    public record Explanation(String text, int start, boolean kept, String subject, List<String> steps) {
        public Explanation {
            steps = List.copyOf(steps);
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
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            List<String> steps = trace ? new ArrayList<>() : null;
            Draft d = draftOrSkip(v, qs, i, prevEnd, prev, planFrom, steps, bounds);
            // A number inside a quoted name (建成“千万工程”示范村507个) is words of the next one's subject.
            prevEnd = d == null && Clauses.quotedName(v, q) ? prevEnd : q.end();
            if (d == null) {
                if (explanations != null) {
                    int ls = clean.loadedStart(q.start());
                    int le = clean.loadedEnd(q.end());
                    explanations.add(new Explanation(clean.loaded().substring(ls, le), ls, false, "", steps));
                }
                continue;
            }
            // The low end of a range (2-3个项目) measures what its high end measures.
            if (prev != null && prev.rangeLowOf == q.start()) {
                prev.subject = d.subject;
                prev.category = d.category;
                prev.ruleId = d.ruleId;
            }
            drafts.add(d);
            prev = d;
        }
        enumeration.share(v, drafts);                        // subject.enumeration-item, delta.enumeration-verb
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Quantity q = d.quantity;
            int ls = clean.loadedStart(q.start());
            int le = clean.loadedEnd(q.end());
            String sentence = SentenceField.of(clean.loaded(), clean.loadedStart(d.sentenceStart),
                    clean.loadedEnd(d.sentenceEnd), ls, le);
            d.step("category." + d.ruleId);
            Indicator ind = new Indicator(clean.loaded().substring(ls, le), ls, le, d.measure, d.category, d.subject,
                    d.direction != null, d.direction, q.qualifier(), d.target, q.per(), sentence, d.ruleId,
                    d.trace == null ? List.of() : d.trace);
            out.add(ind);
            if (explanations != null) {
                explanations.add(new Explanation(ind.text(), ls, true, ind.subject(), d.trace));
            }
        }
        return out;
    }

    /**
     * The draft of one quantity, or null when it is none. A quantity the rules cannot read (an
     * unforeseen input making a rule fail) is skipped: one bad quantity never costs a report its
     * other records.
     */
    private Draft draftOrSkip(String v, List<Quantity> qs, int i, int prevEnd, Draft prev, int planFrom, List<String> trace,
            Site.Bounds bounds) {
        try {
            return draft(Site.of(v, qs, i, prevEnd, prev, planFrom, bounds), trace);
        } catch (RuntimeException unreadable) {
            if (trace != null) {
                trace.add("reject.unreadable");
            }
            return null;
        }
    }

    /**
     * The category of {@code measure} when it measures {@code subject}, and the id of the rule that
     * set it: the same decision prose gets, for records read from table cells.
     */
    public Map.Entry<Category, String> categorize(Measure measure, String subject) {
        Categorizer.Verdict v = categorizer.categorize(measure, subject);
        return Map.entry(v.category(), v.ruleId());
    }

    /**
     * The draft of the number at {@code s}, or null when it gives no record: the steps in the order
     * they apply. Each notes its id in the trace when it fires; the subject steps word the subject
     * ({@link Draft#wording}) that the finishing steps settle.
     */
    private Draft draft(Site s, List<String> trace) {
        Draft d = new Draft(s, trace);
        target.apply(s, d);                                  // target.section, target.word
        if (Step.firstThatFires(rejects, s, d)) {            // reject.*: aspect, rank, … threshold
            return null;
        }
        d.nounAfter = AfterNumberSteps.nounAfter(s, d, phrases, categorizer);
        looseAfter.apply(s, d);                              // subject.loose-after
        Step.all(change, s, d);                              // delta.trigger, delta.new-level, delta.after-conjunction
        if (!d.nounAfter.isEmpty()) {
            Step.all(afterNumber, s, d);                     // subject.after-number (subject.reach), subject.actor
        } else {
            Step.all(beforeNumber, s, d);                    // subject.before-number, .after-examples, .share-of
            Step.firstThatFires(fromPrevious, s, d);         // subject.topic-carried … subject.breakdown-item
        }
        moneyPurpose.apply(s, d);                            // subject.money-purpose
        d.wording = shareNamed(s, d.wording);
        d.subject = withoutTrailingMarks(d.wording);
        rateNoun.apply(s, d);                                // delta.rate-noun
        if (unit.apply(s, d)) {                              // unit.*, reject.no-unit
            return null;
        }
        Categorizer.Verdict verdict = categorizer.categorize(d.measure, d.wording);
        d.category = verdict.category();
        d.ruleId = verdict.ruleId();                         // category.*, noted with the record
        schoolTopic.apply(s, d);                             // subject.school-topic
        d.subject = trimReplacement(d.subject);
        return d;
    }

    /** A rate's share (占全省…) names its ratio ({@code 占全省比例}). */
    private static String shareNamed(Site s, String subject) {
        return s.rate() && subject.startsWith("占") && !subject.endsWith("比例") && !subject.endsWith("比重")
                ? subject + "比例" : subject;
    }

    /** A record's subject ends in no list or clause mark. */
    private static String withoutTrailingMarks(String subject) {
        return subject.isEmpty() || "、，,".indexOf(subject.charAt(subject.length() - 1)) < 0 ? subject
                : TRAILING_PUNCT.matcher(subject).replaceFirst("");
    }

    /**
     * A byte the loader could not read (U+FFFD) never starts or ends a subject, nor does a
     * next-line control (U+0085, a line break that {@link String#strip()} keeps).
     */
    private static String trimReplacement(String subject) {
        return subject.indexOf('\uFFFD') < 0 && subject.indexOf('\u0085') < 0 ? subject
                : REPLACEMENT_EDGES.matcher(subject).replaceAll("");
    }
}
