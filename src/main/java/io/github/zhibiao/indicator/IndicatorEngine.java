package io.github.zhibiao.indicator;

import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.clean.CleanText;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the quantities of a cleaned text into indicator records: what each measures (subject),
 * its category, whether it is a change or a target. Rules come from a {@link RuleSet}; words
 * around a number come from a {@link Segmenter}, which only ever sees the clause around a number.
 * The parts: {@link Clauses} (where clauses begin and end), {@link Phrases} (the phrases that can
 * name what a number measures), {@link Categorizer} and {@link PlanFinder}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorEngine {

    /** The arg suffix of delta rules whose words are nouns naming a change ({@code 涨幅}). */
    private static final String NOUN = "-NOUN";
    /** The arg of reject rules whose word may also open a longer name ({@code 8个重点县}). */
    private static final String MODIFIER = "MODIFIER";
    /** The object of a cut before its amount stays short ({@code 碳排放}); longer words name more. */
    private static final int MAX_CUT_OBJECT = 6;
    /** Adverbs that may stand between a change word and its number (增长均超20%, 分别增长 … 均为). */
    private static final Set<String> CHANGE_ADVERBS = Words.set("change-adverbs");
    private static final Set<String> OPEN_LEFT = Words.set("open-left");
    private static final Pattern COMPARISON = Pattern.compile(Words.alternation("comparison-words"));
    private static final Set<String> CONJUNCTIONS = Words.set("conjunctions");
    /** A figure that starts with a bare scale word is a size class (百万吨乙烯项目, 千亿级产业), not a count. */
    private static final String LONE_SCALE = "百千万亿";
    private static final Pattern PURPOSE = Pattern.compile(Words.alternation("purpose-words"));
    private static final Pattern RANGE_JOINER = Pattern.compile("\\s*[-—–~～至到]{1,2}\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[、，,]+$");
    private static final Pattern REPLACEMENT_EDGES = Pattern.compile("^[\\uFFFD\\u0085\\s]+|[\\uFFFD\\u0085\\s]+$");
    private static final Pattern PER_PHRASE = Pattern.compile("(每[^每]{1,2}){1,2}(" + Words.alternation("per-phrase-verbs") + ")?$");
    private static final Pattern PURPOSE_VERB = Pattern.compile("^(" + Words.alternation("purpose-verbs") + ")(?=.{4})");

    private final QuantityGrammar grammar;
    private final Categorizer categorizer;
    private final PlanFinder plans;
    private final Phrases phrases;
    private final Enumerations enumerations;
    private final Lexicon delta;
    private final Lexicon rateNouns;
    private final Lexicon level;
    private final Lexicon unitWords;
    private final Lexicon reject;
    private final Lexicon rejectBefore;
    private final Lexicon sloganFrames;
    private final Lexicon nameHeads;
    private final Lexicon reach;
    private final Lexicon thresholds;
    /** The segmenter of the phrase steps: the steps about one number often ask for the same words. */
    private final RecentSegments segments;

    public IndicatorEngine(QuantityGrammar grammar, RuleSet rules, Segmenter segmenter) {
        this.grammar = grammar;
        this.categorizer = new Categorizer(rules);
        this.plans = new PlanFinder(rules);
        this.segments = new RecentSegments(segmenter);
        this.phrases = new Phrases(segments, categorizer, rules);
        this.enumerations = new Enumerations(segments, phrases, rules);
        this.delta = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> !r.arg().endsWith(NOUN)).toList());
        this.rateNouns = new Lexicon(rules.of(RuleKind.DELTA).stream().filter(r -> r.arg().endsWith(NOUN)).toList());
        this.level = new Lexicon(rules.of(RuleKind.LEVEL));
        this.unitWords = new Lexicon(rules.of(RuleKind.UNIT));
        this.reject = new Lexicon(rules.of(RuleKind.REJECT).stream()
                .filter(r -> r.arg().equals("-") || r.arg().equals(MODIFIER)).toList());
        this.nameHeads = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> r.arg().equals("NAME")).toList());
        this.rejectBefore = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> r.arg().equals("BEFORE")).toList());
        this.reach = new Lexicon(rules.of(RuleKind.LINK).stream().filter(r -> r.arg().equals(Phrases.REACH)).toList());
        this.thresholds = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> r.arg().equals("THRESHOLD")).toList());
        this.sloganFrames = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> r.arg().equals("FRAME")).toList());
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
        Bounds bounds = new Bounds(v);
        Draft prev = null;
        int prevEnd = 0;
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            List<String> steps = trace ? new ArrayList<>() : null;
            Draft d = draftOrSkip(v, q, prevEnd, qs, i, prev, planFrom, steps, bounds);
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
            d.quantity = q;
            // The low end of a range (2-3个项目) measures what its high end measures.
            if (prev != null && prev.rangeLowOf == q.start()) {
                prev.subject = d.subject;
                prev.category = d.category;
                prev.ruleId = d.ruleId;
            }
            drafts.add(d);
            prev = d;
        }
        shareEnumerations(v, drafts);
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Quantity q = d.quantity;
            int ls = clean.loadedStart(q.start());
            int le = clean.loadedEnd(q.end());
            String sentence = SentenceField.of(clean.loaded(), clean.loadedStart(d.sentenceStart),
                    clean.loadedEnd(d.sentenceEnd), ls, le);
            if (d.trace != null) {
                step(d, "category." + d.ruleId);
            }
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
     * Step {@code enumeration}: the numbers of {@code A、B、C…分别增长x、y、z} each measure their own
     * item, and all say what the shared verb says (change, direction, target).
     */
    private void shareEnumerations(String v, List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft first = drafts.get(i);
            Enumerations.Found f = enumerations.at(v, first.quantity.start());
            if (f == null) {
                continue;
            }
            int j = i;
            List<Draft> members = new ArrayList<>();
            while (j < drafts.size() && drafts.get(j).quantity.start() < f.end()) {
                members.add(drafts.get(j++));
            }
            Draft last = members.get(members.size() - 1);
            // When the list's first figures gave no record, the verb's change is read from the list.
            Direction shared = f.change() != null ? f.change() : first.direction;
            boolean itemsFit = f.items().size() == f.elementOf(v, last.quantity.start()) + 1 && f.items().size() > 1;
            for (Draft d : members) {
                if (itemsFit) {
                    d.subject = f.items().get(f.elementOf(v, d.quantity.start()));
                    step(d, "subject.enumeration-item");
                    Categorizer.Verdict verdict = categorizer.categorize(d.measure, d.subject);
                    d.category = verdict.category();
                    d.ruleId = verdict.ruleId();
                }
                if (d.direction != shared || d != first && first.target && !d.target) {
                    step(d, "delta.enumeration-verb");
                }
                d.direction = shared;
                d.target = d.target || first.target;
            }
            i = j - 1;
        }
    }

    /**
     * Step {@code reject.capacity-name}: a physical quantity right before the head of a project's
     * name ({@code 720兆瓦储能电站}, {@code 300万吨级}), or inside a list of projects ({@code …10万吨
     * 绿电铝基材料等项目}), is part of that name.
     */
    private boolean capacityInName(String v, int from, int clauseEnd) {
        if (from < clauseEnd && nameHeads.prefixOf(v.substring(from, Math.min(clauseEnd, from + 1))) != null) {
            return true;
        }
        String named = phrases.looseNounPhrase(v, from, clauseEnd);
        if (!named.isEmpty() && nameHeads.suffixOf(named) != null) {
            return true;
        }
        String rest = v.substring(from, clauseEnd);
        int etc = rest.indexOf('等');
        return etc > 0 && nameHeads.prefixOf(rest.substring(etc + 1)) != null && rest.indexOf('，') < 0;
    }

    /**
     * Step {@code subject.money-purpose}: money whose words before say only who spent it is named by
     * what follows, a purpose ({@code 安排3000万元用于乡村教师生活补助}, {@code 投入4.3亿元实施技能提升工程})
     * or a fund ({@code 组建200亿元规模母基金}); empty when it is not such money or nothing follows.
     */
    private String moneyPurpose(String v, Quantity q, String subject, String right, int rightFrom, int rightEnd) {
        if (!(q.measure() instanceof Measure.Money && right.length() > 2 && (subject.isEmpty() || phrases.endsWithVerb(subject)))) {
            return "";
        }
        java.util.regex.Matcher pm = PURPOSE.matcher(right);
        return pm.lookingAt() && right.length() > pm.end() + 1
                ? phrases.cleanLeftSubject(PURPOSE_VERB.matcher(right.substring(pm.end())).replaceFirst(""), false)
                : phrases.nounPhraseAfter(v, rightFrom, rightEnd);
    }

    /**
     * Step {@code reject}: the id of the first rule that makes a number no record, or null. Counts
     * of aspects ({@code 3个方面}), ranks, slogans; quoted names, size classes, capacities inside a
     * name, thresholds.
     */
    private String rejection(String v, Quantity q, Draft d, String left, String right, int rightFrom, int rightEnd,
            int clauseEnd) {
        if (q.measure() instanceof Measure.Count) {
            Lexicon.Entry aspect = reject.prefixOf(right);
            // 3个重点 counts aspects; 8个重点县 counts counties: the aspect word opens a longer name.
            if (aspect != null && !(aspect.rule().arg().equals(MODIFIER)
                    && phrases.startsWithNoun(right.substring(aspect.word().length())))) {
                return "reject." + aspect.rule().id();
            }
            boolean rankWord = q.text().endsWith("位") || q.text().endsWith("名")
                    ? rejectBefore.firstIn(v.substring(d.sentenceStart, q.start())) != null
                    : rejectBefore.firstIn(left) != null;
            if (rankWord) {
                return "reject.rank";
            }
            if (slogan(q, left, right)) {
                return "reject.slogan-frame";
            }
        }
        if (Clauses.quotedName(v, q)) {
            return "reject.quoted-name";
        }
        if (LONE_SCALE.indexOf(q.text().charAt(0)) >= 0) {
            return "reject.size-class";
        }
        if (q.measure() instanceof Measure.Physical && capacityInName(v, rightFrom, clauseEnd)) {
            return "reject.capacity-name";
        }
        return threshold(q, v, rightFrom, rightEnd) ? "reject.threshold" : null;
    }

    /**
     * Step {@code reject.threshold}: an amount or a physical size that ends in a threshold word
     * ({@code 以上}) right before the noun it sizes ({@code 30亿元以上项目}, {@code 海拔1500米以上学校})
     * is a size class, not a record. A count there counts that noun ({@code 150家以上企业}).
     */
    private boolean threshold(Quantity q, String v, int rightFrom, int rightEnd) {
        Measure m = q.measure();
        return (m instanceof Measure.Money || m instanceof Measure.Physical || m instanceof Measure.Area)
                && rightFrom == q.end() && rightFrom < rightEnd && thresholds.suffixOf(q.text()) != null
                && !phrases.nounPhraseAfter(v, rightFrom, rightEnd).isEmpty();
    }

    /**
     * What follows a list of examples closed by 等 ({@code A、B等综合治理工程} → {@code 综合治理工程});
     * empty when the subject holds no such list (高等, 平等 are words, not lists).
     */
    private static String afterExamples(String subject) {
        int k = subject.lastIndexOf('等');
        if (k <= 0 || subject.lastIndexOf('、', k) < 0 || "高平中初同".indexOf(subject.charAt(k - 1)) >= 0) {
            return "";
        }
        String head = subject.substring(k + 1);
        return head.length() >= 2 && !head.startsWith("级") ? head : "";
    }

    /**
     * Words before a counted number that leave the clause's action to the counted things: none,
     * a preposition of place or beneficiary (在, 为, 对), or examples ending in 等.
     */
    /**
     * A count in Chinese numerals framed by 以…为重点 ({@code 以两个提升工程为重点}) names a slogan,
     * not a number of things: official counts are written in digits.
     */
    private boolean slogan(Quantity q, String left, String right) {
        char first = q.text().charAt(0);
        return !Character.isDigit(first) && left.endsWith("以") && sloganFrames.firstIn(right) != null;
    }

    /**
     * Step {@code subject.reach}: things counted after a verb of reach ({@code 惠及}) are named with
     * what reached them: the words before the verb ({@code “送教上门”活动惠及}), else what the clause
     * before acts on ({@code 落实课后服务政策，惠及…}); the verb alone when neither names it. Empty
     * when {@code action} ({@code 惠及的}) is no verb of reach.
     */
    private String reachedBy(String v, String left, String action, Quantity q, Draft d, Draft prev) {
        String verb = Phrases.stripDe(action);
        Lexicon.Entry e = verb.isEmpty() ? null : reach.suffixOf(verb);
        if (e == null || !e.word().equals(verb) || !left.endsWith(verb)) {
            return "";
        }
        String cause = phrases.cleanLeftSubject(left.substring(0, left.length() - verb.length()), false);
        if (cause.isEmpty()) {
            int here = Clauses.lastBreak(v, q.start(), "，,", d.sentenceStart);
            int before = here > d.sentenceStart
                    ? Clauses.lastBreak(v, here - 1, "，,；;", Math.max(d.sentenceStart, here - 1 - Clauses.WINDOW)) : here;
            if (before < here - 1 && (prev == null || prev.consumedTo <= before) && !hasDigit(v, before, here - 1)) {
                cause = phrases.objectOf(v.substring(before, here - 1));
            }
        }
        return cause + verb;
    }

    /** The words before a number as a subject would read them, without a trailing 了 or 的. */
    private String leftWords(String left) {
        return phrases.cleanLeftSubject(Clauses.stripTail(left, "了"), false);
    }

    private boolean openLeft(String leftWords) {
        if (leftWords.isEmpty() || OPEN_LEFT.contains(leftWords) || leftWords.endsWith("等")) {
            return true;
        }
        // 对全县33处中学校实施…: a preposition before the scope the things are counted in.
        return leftWords.length() > 1 && OPEN_LEFT.contains(leftWords.substring(0, 1))
                && phrases.cleanLeftSubject(leftWords.substring(1), false).isEmpty();
    }

    /**
     * The draft of one quantity, or null when it is none. A quantity the rules cannot read (an
     * unforeseen input making a rule fail) is skipped: one bad quantity never costs a report its
     * other records.
     */
    private Draft draftOrSkip(String v, Quantity q, int prevEnd, List<Quantity> qs, int i, Draft prev, int planFrom,
            List<String> trace, Bounds bounds) {
        try {
            return draft(v, q, prevEnd, qs, i, prev, planFrom, trace, bounds);
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

    /** Everything we decide about one quantity before it becomes a record. */
    private static final class Draft {
        int sentenceStart;
        int sentenceEnd;
        /** View offset up to which the words after the number were taken as its subject. */
        int consumedTo;
        Measure measure;
        Category category;
        String subject;
        /** For a breakdown's parent: the phrase its items complete themselves with. */
        String base;
        /** The action that told a counted thing apart ({@code 涵盖的}), shared by the next after 和. */
        String action;
        /** A goal or plan: in a plan section, or after a plan word in its sentence. */
        boolean target;
        /** The quantity this draft is about. */
        Quantity quantity;
        /** When this is the low end of a range: where the high end starts; else -1. */
        int rangeLowOf = -1;
        /** The kind of school the sentence is about, when it counts one. */
        String topic;
        Direction direction;
        String ruleId;
        /** Ids of the steps that fired, in order; null when not tracing. */
        List<String> trace;
    }

    /** Notes that step {@code id} fired on {@code d}; nothing when not tracing. */
    private static void step(Draft d, String id) {
        if (d.trace != null) {
            d.trace.add(id);
        }
    }

    /**
     * What the words before a number say about change.
     *
     * @param direction    the change's direction, or null for a level
     * @param leveled      a change word names the new level ({@code 增至1830人})
     * @param subjectWords the words before the number without the change and comparison words
     */
    private record Change(Direction direction, boolean leveled, String subjectWords) {
    }

    /**
     * A change trigger at the end of the words before a number ({@code 比上年增加}), or before a
     * named baseline ({@code 高出省定标准}); followed by 到/至 it names a level instead. A trigger
     * before a counted thing's own noun phrase ({@code 提升83所初中学校}) is an action unless a
     * comparison (比, 较, 同比…) says otherwise.
     */
    private Change change(String leftCore, String np) {
        Lexicon.Hit trig = delta.headIn(leftCore);
        if (trig == null) {
            return new Change(null, false, leftCore);
        }
        String rem = leftCore.substring(trig.end());
        if (CHANGE_ADVERBS.contains(rem)) {
            rem = "";
        }
        String lead = leftCore.substring(0, trig.start());
        String before = Phrases.stripComparison(lead);
        boolean compared = before.length() < lead.length() || COMPARISON.matcher(leftCore).find();
        boolean than = trig.entry().rule().arg().endsWith("-THAN");
        if (rem.isEmpty() || than && rem.length() <= 8 && rem.indexOf('、') < 0 && level.prefixOf(rem) == null && !rem.endsWith("的")
                && delta.firstIn(rem) == null) {
            if (np.isEmpty() || compared) {
                Direction dir = trig.entry().rule().arg().startsWith("DOWN") ? Direction.DOWN : Direction.UP;
                return new Change(dir, false, before);
            }
            return new Change(null, false, leftCore);
        }
        if (level.prefixOf(rem) != null) {
            return new Change(null, true, before);
        }
        // (Step delta.trigger) a cut with its object right before the amount cut (减少碳排放2810万吨)
        // is a change of that object.
        if (np.isEmpty() && trig.entry().rule().arg().equals("DOWN") && rem.length() >= 2 && rem.length() <= MAX_CUT_OBJECT
                && rem.indexOf('等') < 0 && phrases.nounPhrase(rem)) {
            return new Change(Direction.DOWN, false, rem);
        }
        return new Change(null, false, leftCore);
    }

    /** Sentence and clause bounds of one pass, read with cursors so the pass stays linear. */
    private static final class Bounds {
        final Clauses.Cursor sentence;
        final Clauses.Cursor clause;

        Bounds(String v) {
            sentence = new Clauses.Cursor(v, Clauses.SENTENCE_BREAKS);
            clause = new Clauses.Cursor(v, Clauses.RIGHT_BREAKS);
        }
    }

    private Draft draft(String v, Quantity q, int prevEnd, List<Quantity> qs, int index, Draft prev, int planFrom,
                        List<String> trace, Bounds bounds) {
        Draft d = new Draft();
        d.trace = trace;
        // A sentence longer than the window (a text without punctuation) is read as the window.
        d.sentenceStart = bounds.sentence.before(q.start(), Math.max(0, q.start() - Clauses.WINDOW));
        d.sentenceEnd = bounds.sentence.after(q.end(), q.end() + Clauses.WINDOW);
        d.consumedTo = q.end();
        d.target = q.start() >= planFrom || plans.plannedBy(v.substring(d.sentenceStart, q.start()));
        if (d.target) {
            step(d, q.start() >= planFrom ? "target.section" : "target.word");
        }
        boolean samePrevSentence = prev != null && prev.sentenceStart == d.sentenceStart;
        // Within one sentence, a ；-separated part is its own clause group: an empty subject is
        // only inherited inside the group, a breakdown may complete itself across groups.
        boolean sameGroup = samePrevSentence && Clauses.lastBreak(v, q.start(), "；;", d.sentenceStart) <= prev.consumedTo;
        // The words before start after the previous number, or after the noun phrase it took as its
        // subject, unless this number stands inside that phrase's aside (21所(占全省总量的1/4)中等职业学校).
        int consumed = prev == null || prev.consumedTo > q.start() ? 0 : prev.consumedTo;
        int floor = Math.max(d.sentenceStart, Math.min(q.start(), Math.max(prevEnd, consumed)));
        String left = Clauses.leftContext(v, q.start(), floor);
        int clauseEnd = bounds.clause.after(q.end(), q.end() + Clauses.WINDOW);
        int rightFrom = Clauses.skipOpening(v, q.end(), clauseEnd);
        int rightEnd = clauseEnd;
        for (int k = index + 1; k < qs.size(); k++) {
            if (qs.get(k).start() >= rightFrom) {
                rightEnd = Math.min(clauseEnd, qs.get(k).start());
                break;
            }
        }
        String right = v.substring(rightFrom, rightEnd);

        if (rightEnd < clauseEnd && RANGE_JOINER.matcher(right).matches()) {
            d.rangeLowOf = rightEnd;
        }
        String rejected = rejection(v, q, d, left, right, rightFrom, rightEnd, clauseEnd);
        if (rejected != null) {
            step(d, rejected);
            return null;
        }
        boolean counted = q.measure() instanceof Measure.Count || q.measure() instanceof Measure.Bare;
        String np = counted ? phrases.nounPhraseAfter(v, rightFrom, rightEnd) : "";
        if (counted && !categorizer.namesCountedKind(np)) {
            // 1932名师德高尚、业务精湛的骨干教师: a description, then 的, then what is counted.
            String described = phrases.describedHead(v, rightFrom, rightEnd);
            if (!described.isEmpty()) {
                np = described;
            }
        }

        // Step subject.loose-after: with nothing but verbs before it, the thing after the number is
        // what it measures even when the segmenter breaks its name up (打造5条多式联运示范线路) or a
        // size class stands inside it (新建22个750千伏和330千伏电网工程).
        // The words before, cleaned, are read only by the steps that need them (they may segment).
        String leftWords = null;
        boolean rateOrMoney = q.measure() instanceof Measure.Percent || q.measure() instanceof Measure.PercentagePoints
                || q.measure() instanceof Measure.Money || q.measure() instanceof Measure.Ratio;
        if (np.isEmpty() && !rateOrMoney && rightFrom < clauseEnd) {
            boolean sizeClassNext = Character.isDigit(v.charAt(rightFrom));
            if (!sizeClassNext) {
                leftWords = leftWords(left);
            }
            if (sizeClassNext || openLeft(leftWords) || phrases.verbsOnly(leftWords)) {
                np = phrases.looseNounPhrase(v, rightFrom, clauseEnd);
                if (!np.isEmpty()) {
                    step(d, "subject.loose-after");
                }
            }
        }
        int npEnd = Clauses.spanEnd(v, rightFrom, np);

        Change change = change(Clauses.stripTail(left, "了"), np);
        d.direction = change.direction();
        if (d.direction != null) {
            step(d, "delta.trigger");
        } else if (change.leveled()) {
            step(d, "delta.new-level");
        }
        String subjectLeft = change.subjectWords();
        boolean leveled = change.leveled();
        boolean onlyConjunction = CONJUNCTIONS.contains(left.strip());
        if (onlyConjunction && samePrevSentence) {
            d.direction = prev.direction;
            step(d, "delta.after-conjunction");
        }

        // Subject: the noun phrase right after a counted number, else the words before it.
        String subject;
        if (!np.isEmpty()) {
            String mod = phrases.modifierBefore(left);
            if (mod.isEmpty() && !d.target) {
                // In plans the verb is an instruction (加快…建设), not what tells these things apart.
                mod = onlyConjunction && samePrevSentence && prev.action != null ? prev.action : phrases.actionBefore(left);
                String reached = reachedBy(v, left, mod, q, d, prev);
                if (!reached.isEmpty()) {
                    mod = reached;
                    step(d, "subject.reach");
                }
                d.action = mod.isEmpty() ? null : mod;
            }
            subject = np.length() <= 2 && mod.isEmpty() ? phrases.placeBefore(v, floor, q.start(), np) + np : mod + np;
            step(d, "subject.after-number");
            d.consumedTo = npEnd;
            // Step subject.actor: things counted at the head of their clause take what they did
            // (404家企业通过两化融合贯标 → 通过两化融合贯标企业).
            if (counted && mod.isEmpty()) {
                String act;
                if (openLeft(leftWords == null ? leftWords(left) : leftWords)
                        && !(act = phrases.actionAfter(v, npEnd, rightEnd)).isEmpty()) {
                    subject = act + np;
                    step(d, "subject.actor");
                }
            }
        } else {
            // A rate's 每生每年 belongs to its unit (per), not to what it measures.
            String raw = phrases.cleanLeftSubject(q.per() == null ? subjectLeft
                    : PER_PHRASE.matcher(subjectLeft).replaceFirst(""), true);
            if (q.per() != null) {
                raw = PER_PHRASE.matcher(raw).replaceFirst("");
            }
            subject = Phrases.stripDe(raw);
            step(d, "subject.before-number");
            String head = afterExamples(subject);
            if (!head.isEmpty()) {
                // 引进华为智能生活馆、砂之船奥莱等首店100多家: the examples before 等 are not what is counted.
                subject = head;
                step(d, "subject.after-examples");
            }
            if ((q.measure() instanceof Measure.Percent) && subject.isEmpty()) {
                // Step subject.share-of: 90%的化工园区降至较低风险等级 measures the parks that did so.
                int from = rightFrom < rightEnd && v.charAt(rightFrom) == '的' ? rightFrom + 1 : rightFrom;
                String owner = phrases.looseNounPhrase(v, from, rightEnd);
                if (!owner.isEmpty()) {
                    subject = owner + phrases.actionAfter(v, Clauses.spanEnd(v, from, owner), rightEnd);
                    step(d, "subject.share-of");
                }
            }
            String prevBase = prev == null ? "" : prev.base != null ? prev.base : Phrases.headOf(prev.subject);
            boolean sameKind = prev != null && prev.measure.unit().equals(q.measure().unit());
            String parallel;
            String listed;
            String carried = samePrevSentence ? enumerations.carriedTopic(subject, prev.subject) : "";
            String topic = "";
            if (carried.isEmpty() && head.isEmpty() && !subject.isEmpty()) {
                // Step subject.topic-of-clause-before: a clause of verbs alone (调整为8.3∶41.4∶50.3,
                // 带动就业超48万人次) speaks of the topic the clause before opens with (三次产业结构
                // 进一步优化 → 三次产业结构调整), when no number stands in that clause. Reads one
                // clause back, at most a window; segments only when there is such a clause.
                int here = Clauses.lastBreak(v, q.start(), "，,", d.sentenceStart);
                int before = here > d.sentenceStart ? Clauses.lastBreak(v, here - 1, "，,；;", Math.max(d.sentenceStart, here - 1 - Clauses.WINDOW)) : here;
                if (before < here - 1 && (prev == null || prev.consumedTo <= before)
                        && !hasDigit(v, before, here - 1) && phrases.actionOnly(subject)) {
                    topic = phrases.topicOf(v.substring(before, here - 1));
                    String named = afterExamples(topic);
                    topic = topic.isEmpty() ? "" : (named.isEmpty() ? topic : named) + subject;
                }
            }
            if (!topic.isEmpty()) {
                subject = topic;
                step(d, "subject.topic-of-clause-before");
            } else if (!carried.isEmpty()) {
                subject = carried;
                step(d, "subject.topic-carried");
            } else if (sameGroup && (subject.isEmpty() || onlyConjunction
                    || (d.direction != null || leveled) && subject.length() <= 1)) {
                subject = prev.subject;
                d.base = prev.base;
                step(d, "subject.inherited");
            } else if (samePrevSentence && sameKind && phrases.verbsOnly(subject)) {
                subject = subject + prevBase;
                step(d, "subject.verb-completed");
            } else if (!(parallel = samePrevSentence && sameKind && subject.length() <= 6
                    && prev.subject.indexOf('、') < 0 // a list names no one thing to stand in for
                    ? phrases.parallelItem(subject, prev.subject) : "").isEmpty()) {
                // 国有企业增加值增长2.3%；集体企业下降25.5%: 集体企业 stands for 国有企业 in 国有企业增加值.
                subject = parallel;
                step(d, "subject.parallel-item");
            } else if (samePrevSentence && sameKind && prev.direction != null && d.direction == null && !leveled
                    && subject.length() <= 3 && v.charAt(floor) == '、' && floor == prevEnd
                    && !(listed = phrases.listItem(subject, prev.subject)).isEmpty()) {
                // 粮食产量增长2%、油料3%: a list that runs "A x、B y" under one verb; B stands for A
                // in the subject before and shares its change.
                subject = listed;
                d.direction = prev.direction;
                step(d, "subject.list-item");
                step(d, "delta.list-item");
            } else if (samePrevSentence && raw.endsWith("的") && !raw.startsWith("占") && !prev.subject.isEmpty()) {
                subject = raw + prev.subject;
                step(d, "subject.modifier-of-previous");
            } else if (samePrevSentence && sameKind && !prevBase.isEmpty()
                    && (subject.length() <= 2 || subject.length() <= 4 && v.substring(d.sentenceStart, q.start()).contains("其中"))
                    && !categorizer.namesOwnKind(subject, q.measure(), prev.category) && !subject.contains(phrases.lastWord(prevBase))) {
                subject = subject + prevBase;
                d.base = prevBase;
                step(d, "subject.breakdown-item");
            }
        }
        String purpose = moneyPurpose(v, q, subject, right, rightFrom, rightEnd);
        if (!purpose.isEmpty()) {
            subject = purpose;
            step(d, "subject.money-purpose");
            d.consumedTo = rightEnd;
        }
        boolean rate = q.measure() instanceof Measure.Percent || q.measure() instanceof Measure.PercentagePoints;
        if (rate && subject.startsWith("占") && !subject.endsWith("比例") && !subject.endsWith("比重")) {
            subject = subject + "比例";
        }
        d.subject = subject.isEmpty() || "、，,".indexOf(subject.charAt(subject.length() - 1)) < 0 ? subject
                : TRAILING_PUNCT.matcher(subject).replaceFirst("");
        // Step delta.rate-noun: a rate named as a change (居民消费价格涨幅) is one without a verb.
        Lexicon.Entry rateNoun;
        if (rate && d.direction == null && !leveled && (rateNoun = rateNouns.suffixOf(d.subject)) != null) {
            d.direction = rateNoun.rule().arg().startsWith("DOWN") ? Direction.DOWN : Direction.UP;
            step(d, "delta.rate-noun");
        }

        // Units the text left out.
        Measure m = q.measure();
        if (m instanceof Measure.Bare bare) {
            Lexicon.Hit h = unitWords.headIn(subject.isEmpty() ? left : subject);
            if (h == null || q.per() != null) {
                step(d, "reject.no-unit");
                return null;
            }
            step(d, "unit." + h.entry().rule().id());
            String unit = h.entry().rule().arg();
            m = unit.equals("元") ? new Measure.Money(bare.value(), "元") : new Measure.Count(bare.value(), unit);
        }
        d.measure = m;
        Categorizer.Verdict verdict = categorizer.categorize(m, subject);
        d.category = verdict.category();
        d.ruleId = verdict.ruleId();
        // A sentence about one kind of school (普通高中83所，招生5.3万人，在校生15.6万人): its short
        // student and teacher figures are that school kind's.
        d.topic = d.category == Category.SCHOOL_COUNT ? subject : sameGroup ? prev.topic : null;
        if ((d.category == Category.STUDENT_COUNT || d.category == Category.TEACHER_COUNT)
                && d.topic != null && subject.length() <= 3 && !subject.isEmpty() && !subject.contains(d.topic)
                && !categorizer.namesSchool(subject)) {
            d.subject = d.topic + subject;
            step(d, "subject.school-topic");
        }
        d.subject = trimReplacement(d.subject);
        return d;
    }

    private static boolean hasDigit(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A byte the loader could not read (U+FFFD) never starts or ends a subject, nor does a
     * next-line control (U+0085, a line break that {@link String#strip()} keeps).
     */
    private static String trimReplacement(String subject) {
        return subject.indexOf('\uFFFD') < 0 && subject.indexOf('\u0085') < 0 ? subject
                : REPLACEMENT_EDGES.matcher(subject).replaceAll("");
    }

    // ---------------------------------------------------------------- subject helpers

}
