package io.github.zhibiao.indicator;

import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.clean.CleanText;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;
import io.github.zhibiao.segment.Segmenter;
import io.github.zhibiao.segment.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the quantities of a cleaned text into indicator records: what each measures (subject),
 * its category, whether it is a change or a target. Rules come from a {@link RuleSet}; words
 * around a number come from a {@link Segmenter}, which only ever sees the clause around a number.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorEngine {

    /** Clause-internal punctuation that ends the words a subject may be taken from. */
    private static final String LEFT_BREAKS = "，,；;：:。！？!?\n\r（(【】〔〕[]";
    private static final String RIGHT_BREAKS = "，,；;：:。！？!?\n\r";
    private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile("比|较|同比|环比|高出|低于");
    private static final String SENTENCE_BREAKS = "。！？!?\n\r";
    private static final Set<String> CONJUNCTIONS = Set.of("和", "及", "与", "、", "以及", "或", "而");
    /** Words that join two nouns into one counted thing ({@code 农村教师和一般教师}); 与 usually joins parties. */
    private static final Set<String> NOUN_JOINERS = Set.of("和", "及", "、", "以及", "或");
    private static final Set<String> PERSON_UNITS = Set.of("人", "人次");
    /** Measure words that count schools even when the subject names none (全县共有98所); 处 counts any place. */
    private static final Set<String> SCHOOL_MEASURES = Set.of("所", "校", "园");
    private static final Set<String> SCHOOL_UNITS = Set.of("所", "校", "园", "处", "个", "家");
    /** A figure that starts with a bare scale word is a size class (百万吨乙烯项目, 千亿级产业), not a count. */
    private static final String LONE_SCALE = "百千万亿";
    private static final Set<String> LIGHT_VERBS = Set.of("共有", "现有", "拥有", "包括", "包含", "涉及", "组织",
            "开展", "推动", "带动", "帮助", "引导", "吸引", "培训", "指导", "达到", "实现", "完成", "新增", "新建",
            "建成", "组建", "成立", "设立", "建设", "培育", "打造", "举办", "召开", "发放", "下拨", "安排", "投入",
            "筹集", "争取", "推荐", "选派", "招聘", "引进", "遴选", "评选", "认定", "创建", "获评", "获得", "累计",
            "提升", "提高", "加快", "抓好", "办好", "做好", "启动", "推进", "实施", "支持", "扶持", "改造");
    private static final String OPEN_QUOTES = "“\"「『‘";
    private static final String CLOSE_QUOTES = "”\"」』’";
    private static final int MAX_SUBJECT = 20;
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("用于|用来|实施|支持|推进|开展|建设");
    private static final java.util.regex.Pattern RANGE_JOINER = java.util.regex.Pattern.compile("\\s*[-—–~～至到]{1,2}\\s*");
    private static final java.util.regex.Pattern TRAILING_PUNCT = java.util.regex.Pattern.compile("[、，,和及与或]+$");
    private static final java.util.regex.Pattern PER_PHRASE = java.util.regex.Pattern.compile("(每[^每]{1,2}){1,2}(补助|投入|安排|拨付)?$");
    private static final java.util.regex.Pattern PURPOSE_VERB = java.util.regex.Pattern.compile("^(提高|改善|支持|补助|奖励|建设)(?=.{4})");
    private static final java.util.regex.Pattern HEADING_YEAR = java.util.regex.Pattern.compile("(\\d{4}|[一二〇零○]{4})年度?$");
    private static final java.util.regex.Pattern HEADING_NUMBER = java.util.regex.Pattern.compile(".*[、)）〕\\]]\\s*");
    private static final java.util.regex.Pattern CIRCLED = java.util.regex.Pattern.compile("[①-⑳]");
    private static final java.util.regex.Pattern LEADING_TIME = java.util.regex.Pattern.compile("^(截至|截止|到)?(\\d{4}年)?(\\d{1,2}月(底|末|份)?)?(上半年|下半年|全年|年底|年末|以来|底|末)?");
    private static final java.util.regex.Pattern FROM_TAIL = java.util.regex.Pattern.compile("(由|从)[^由从]{0,8}$");
    private static final java.util.regex.Pattern LEADING_VERB = java.util.regex.Pattern.compile("^(新增|新建|组建|建成|完成|实施|开展|设立|成立|支配|安排|下达|投入|发放|累计)");
    private static final java.util.regex.Pattern COMPARISON_TAIL = java.util.regex.Pattern.compile("(比上年末|比上年同期|比上年|比去年同期|比去年|比年初|较上年|较去年|同比|环比|与上年相比|比|较)?(分别)?$");
    private static final java.util.regex.Pattern AVERAGE_TAIL = java.util.regex.Pattern.compile("(平均|年均|分别)$");
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”\"‘’'《》〈〉「」『』]");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("“[^”]{0,20}”|《[^》]{0,40}》");

    private final QuantityGrammar grammar;
    private final Segmenter segmenter;
    private final Lexicon delta;
    private final Lexicon level;
    private final Lexicon target;
    private final List<Rule> targetSectionRules;
    private final Lexicon scope;
    private final Lexicon link;
    private final Lexicon unitWords;
    private final Lexicon reject;
    private final Lexicon rejectBefore;
    private final Lexicon rateCategories;
    private final Lexicon countCategories;

    public IndicatorEngine(QuantityGrammar grammar, RuleSet rules, Segmenter segmenter) {
        this.grammar = grammar;
        this.segmenter = segmenter;
        this.delta = new Lexicon(rules.of(RuleKind.DELTA));
        this.level = new Lexicon(rules.of(RuleKind.LEVEL));
        this.target = new Lexicon(rules.of(RuleKind.TARGET));
        this.targetSectionRules = rules.of(RuleKind.TARGET_SECTION);
        this.scope = new Lexicon(rules.of(RuleKind.SCOPE));
        this.link = new Lexicon(rules.of(RuleKind.LINK));
        this.unitWords = new Lexicon(rules.of(RuleKind.UNIT));
        this.reject = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> !r.arg().equals("BEFORE")).toList());
        this.rejectBefore = new Lexicon(rules.of(RuleKind.REJECT).stream().filter(r -> r.arg().equals("BEFORE")).toList());
        Set<Category> rate = EnumSet.of(Category.ENROLLMENT_RATE, Category.PERCENTAGE);
        this.rateCategories = new Lexicon(rules.of(RuleKind.CATEGORY).stream()
                .filter(r -> rate.contains(category(r))).toList());
        this.countCategories = new Lexicon(rules.of(RuleKind.CATEGORY).stream()
                .filter(r -> !rate.contains(category(r))).toList());
    }

    private static Category category(Rule r) {
        try {
            return Category.valueOf(r.arg());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.source() + ": rule " + r.id() + ": unknown category " + r.arg(), e);
        }
    }

    /** The indicators of one cleaned text, in document order; spans index {@code clean.loaded()}. */
    public List<Indicator> extract(CleanText clean) {
        String v = clean.text();
        List<Quantity> qs = grammar.parse(v);
        int planFrom = planStart(v);
        List<Draft> drafts = new ArrayList<>();
        Draft prev = null;
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            int prevEnd = i > 0 ? qs.get(i - 1).end() : 0;
            Draft d = draft(v, q, prevEnd, qs, i, prev, planFrom);
            if (d == null) {
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
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Quantity q = d.quantity;
            // Target words inside quotes are names (“三项计划”), not plans.
            String lead = QUOTED.matcher(v.substring(d.sentenceStart, q.start())).replaceAll("");
            boolean isTarget = q.start() >= planFrom || hasPlanWord(lead);
            int ls = clean.loadedStart(q.start());
            int le = clean.loadedEnd(q.end());
            String sentence = clean.loadedSpan(d.sentenceStart, d.sentenceEnd).strip();
            out.add(new Indicator(clean.loaded().substring(ls, le), ls, le, d.measure, d.category, d.subject,
                    d.direction != null, d.direction, q.qualifier(), isTarget, q.per(), sentence, d.ruleId));
        }
        return out;
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
        /** The quantity this draft is about. */
        Quantity quantity;
        /** When this is the low end of a range: where the high end starts; else -1. */
        int rangeLowOf = -1;
        /** The kind of school the sentence is about, when it counts one. */
        String topic;
        Direction direction;
        String ruleId;
    }

    private Draft draft(String v, Quantity q, int prevEnd, List<Quantity> qs, int index, Draft prev, int planFrom) {
        Draft d = new Draft();
        d.sentenceStart = lastBreak(v, q.start(), SENTENCE_BREAKS, 0);
        d.sentenceEnd = nextBreak(v, q.end(), SENTENCE_BREAKS);
        d.consumedTo = q.end();
        boolean samePrevSentence = prev != null && prev.sentenceStart == d.sentenceStart;
        // Within one sentence, a ；-separated part is its own clause group: an empty subject is
        // only inherited inside the group, a breakdown may complete itself across groups.
        boolean sameGroup = samePrevSentence && lastBreak(v, q.start(), "；;", d.sentenceStart) <= prev.consumedTo;
        // The words before start after the previous number, or after the noun phrase it took as its
        // subject, unless this number stands inside that phrase's aside (21所(占全省总量的1/4)中等职业学校).
        int consumed = prev == null || prev.consumedTo > q.start() ? 0 : prev.consumedTo;
        int floor = Math.max(d.sentenceStart, Math.min(q.start(), Math.max(prevEnd, consumed)));
        String left = leftContext(v, q.start(), floor);
        int clauseEnd = nextBreak(v, q.end(), RIGHT_BREAKS);
        int rightFrom = skipOpening(v, q.end(), clauseEnd);
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
        boolean rankWord = q.text().endsWith("位") || q.text().endsWith("名")
                ? rejectBefore.firstIn(v.substring(d.sentenceStart, q.start())) != null
                : rejectBefore.firstIn(left) != null;
        if (q.measure() instanceof Measure.Count && (reject.prefixOf(right) != null || rankWord)
                || quotedName(v, q) || LONE_SCALE.indexOf(q.text().charAt(0)) >= 0) {
            return null;
        }
        boolean counted = q.measure() instanceof Measure.Count || q.measure() instanceof Measure.Bare;
        String np = counted ? nounPhraseAfter(v, rightFrom, rightEnd) : "";
        if (counted && countCategories.headIn(np) == null) {
            // 1932名师德高尚、业务精湛的骨干教师: a description, then 的, then what is counted.
            String described = describedHead(v, rightFrom, rightEnd);
            if (!described.isEmpty()) {
                np = described;
            }
        }

        // Change or level: a trigger at (or near) the end of the words before the number.
        String leftCore = stripTail(left, "了");
        String subjectLeft = leftCore;
        boolean leveled = false;
        Lexicon.Hit trig = delta.headIn(leftCore);
        if (trig != null) {
            String rem = leftCore.substring(trig.end());
            String before = stripComparison(leftCore.substring(0, trig.start()));
            boolean compared = before.length() < leftCore.substring(0, trig.start()).length()
                    || COMPARISON.matcher(leftCore).find();
            boolean than = trig.entry().rule().arg().endsWith("-THAN");
            if (rem.isEmpty() || than && rem.length() <= 8 && level.prefixOf(rem) == null && !rem.endsWith("的")
                    && delta.firstIn(rem) == null) {
                if (np.isEmpty() || compared) {
                    d.direction = trig.entry().rule().arg().startsWith("DOWN") ? Direction.DOWN : Direction.UP;
                    subjectLeft = before;
                }
            } else if (level.prefixOf(rem) != null) {
                leveled = true;
                subjectLeft = before;
            }
        }
        boolean onlyConjunction = CONJUNCTIONS.contains(left.strip());
        if (onlyConjunction && samePrevSentence) {
            d.direction = prev.direction;
        }

        // Subject: the noun phrase right after a counted number, else the words before it.
        String subject;
        if (!np.isEmpty()) {
            String mod = modifierBefore(left);
            if (mod.isEmpty() && q.start() < planFrom && !hasPlanWord(v.substring(d.sentenceStart, q.start()))) {
                // In plans the verb is an instruction (加快…建设), not what tells these things apart.
                mod = onlyConjunction && samePrevSentence && prev.action != null ? prev.action : actionBefore(left);
                d.action = mod.isEmpty() ? null : mod;
            }
            subject = np.length() <= 2 && mod.isEmpty() ? placeBefore(v, floor, q.start(), np) + np : mod + np;
            d.consumedTo = rightFrom + np.length();
        } else {
            // A rate's 每生每年 belongs to its unit (per), not to what it measures.
            String raw = cleanLeftSubject(q.per() == null ? subjectLeft
                    : PER_PHRASE.matcher(subjectLeft).replaceFirst(""), true);
            subject = stripDe(raw);
            String prevBase = prev == null ? "" : prev.base != null ? prev.base : headOf(prev.subject);
            boolean sameKind = prev != null && prev.measure.unit().equals(q.measure().unit());
            if (sameGroup && (subject.isEmpty() || onlyConjunction
                    || (d.direction != null || leveled) && subject.length() <= 1)) {
                subject = prev.subject;
                d.base = prev.base;
            } else if (samePrevSentence && sameKind && verbsOnly(subject)) {
                subject = subject + prevBase;
            } else if (samePrevSentence && raw.endsWith("的") && !raw.startsWith("占") && !prev.subject.isEmpty()) {
                subject = raw + prev.subject;
            } else if (samePrevSentence && sameKind && !prevBase.isEmpty()
                    && (subject.length() <= 2 || subject.length() <= 4 && v.substring(d.sentenceStart, q.start()).contains("其中"))
                    && !namesOwnKind(subject, q.measure(), prev.category) && !subject.contains(lastWord(prevBase))) {
                subject = subject + prevBase;
                d.base = prevBase;
            }
        }
        // Money whose words before say only who spent it: what follows names it, a purpose
        // (安排3000万元用于乡村教师生活补助, 投入4.3亿元实施技能提升工程) or a fund (组建200亿元规模母基金).
        if (q.measure() instanceof Measure.Money && right.length() > 2 && (subject.isEmpty() || endsWithVerb(subject))) {
            java.util.regex.Matcher pm = PURPOSE.matcher(right);
            String named = pm.lookingAt() && right.length() > pm.end() + 1
                    ? cleanLeftSubject(PURPOSE_VERB.matcher(right.substring(pm.end())).replaceFirst(""), false)
                    : nounPhraseAfter(v, rightFrom, rightEnd);
            if (!named.isEmpty()) {
                subject = named;
                d.consumedTo = rightEnd;
            }
        }
        boolean rate = q.measure() instanceof Measure.Percent || q.measure() instanceof Measure.PercentagePoints;
        if (rate && subject.startsWith("占") && !subject.endsWith("比例") && !subject.endsWith("比重")) {
            subject = subject + "比例";
        }
        d.subject = TRAILING_PUNCT.matcher(subject).replaceFirst("");

        // Units the text left out.
        Measure m = q.measure();
        if (m instanceof Measure.Bare bare) {
            Lexicon.Hit h = unitWords.headIn(subject.isEmpty() ? left : subject);
            if (h == null || q.per() != null) {
                return null;
            }
            String unit = h.entry().rule().arg();
            m = unit.equals("元") ? new Measure.Money(bare.value(), "元") : new Measure.Count(bare.value(), unit);
        }
        d.measure = m;
        categorize(d, m, subject);
        // A sentence about one kind of school (普通高中83所，招生5.3万人，在校生15.6万人): its short
        // student and teacher figures are that school kind's.
        d.topic = d.category == Category.SCHOOL_COUNT ? subject : samePrevSentence ? prev.topic : null;
        if ((d.category == Category.STUDENT_COUNT || d.category == Category.TEACHER_COUNT)
                && d.topic != null && subject.length() <= 3 && !subject.isEmpty() && !subject.contains(d.topic)) {
            d.subject = d.topic + subject;
        }
        return d;
    }

    /**
     * A number opening a quoted name ({@code “三节”}, {@code “五个禁止”}) counts nothing. Scraped
     * pages often lose closing quotes, so a Chinese numeral right after an opening quote is enough.
     */
    private static boolean quotedName(String v, Quantity q) {
        if (q.start() == 0 || OPEN_QUOTES.indexOf(v.charAt(q.start() - 1)) < 0) {
            return false;
        }
        if (!Character.isDigit(q.text().charAt(0))) {
            return true;
        }
        for (int i = q.end(); i < Math.min(v.length(), q.end() + 6); i++) {
            char c = v.charAt(i);
            if (CLOSE_QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (RIGHT_BREAKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * The words before a number back to a clause break or {@code floor}; a parenthesized aside
     * ({@code 由过去(XX年)的587元}) is left out, an unclosed one ends the words.
     */
    private static String leftContext(String v, int to, int floor) {
        StringBuilder b = new StringBuilder();
        int i = to - 1;
        while (i >= floor) {
            char c = v.charAt(i);
            if (c == ')' || c == '）') {
                int depth = 0;
                int j = i;
                for (; j >= floor; j--) {
                    char x = v.charAt(j);
                    if (x == ')' || x == '）') {
                        depth++;
                    } else if ((x == '(' || x == '（') && --depth == 0) {
                        break;
                    }
                }
                if (j < floor || i - j > 20) {
                    break;
                }
                i = j - 1;
                continue;
            }
            if (LEFT_BREAKS.indexOf(c) >= 0) {
                break;
            }
            b.append(c);
            i--;
        }
        String s = b.reverse().toString();
        while (!s.isEmpty() && (s.charAt(0) == '、' || Character.isWhitespace(s.charAt(0)))) {
            s = s.substring(1);
        }
        return s;
    }

    /** Skips a parenthesized aside or quote mark right after a number ({@code 21所(占全省总量的1/4)中等职业学校}). */
    private static int skipOpening(String v, int from, int to) {
        int i = from;
        while (i < to && "“”\"‘’《》".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        if (i < to && (v.charAt(i) == '(' || v.charAt(i) == '（')) {
            int close = i + 1;
            while (close < to && v.charAt(close) != ')' && v.charAt(close) != '）') {
                close++;
            }
            if (close < to && close - i <= 20) {
                i = close + 1;
            }
        }
        return i;
    }

    private void categorize(Draft d, Measure m, String subject) {
        if (m instanceof Measure.Money) {
            d.category = Category.FUNDING;
            d.ruleId = "money";
        } else if (m instanceof Measure.Ratio) {
            d.category = Category.RATIO;
            d.ruleId = "ratio";
        } else if (m instanceof Measure.Area) {
            d.category = Category.AREA;
            d.ruleId = "area";
        } else if (m instanceof Measure.Physical) {
            d.category = Category.COUNT;
            d.ruleId = "physical";
        } else if (m instanceof Measure.Percent || m instanceof Measure.PercentagePoints) {
            Lexicon.Hit h = rateCategories.headIn(subject);
            d.category = h == null ? Category.PERCENTAGE : category(h.entry().rule());
            d.ruleId = h == null ? "percent" : h.entry().rule().id();
        } else {
            String unit = m.unit();
            Lexicon.Hit h = countCategories.headIn(subject);
            Category c = h == null ? null : category(h.entry().rule());
            if (c == Category.SCHOOL_COUNT && !SCHOOL_UNITS.contains(unit)
                    || (c == Category.STUDENT_COUNT || c == Category.TEACHER_COUNT) && !PERSON_UNITS.contains(unit)) {
                c = null;
            }
            if (c == null) {
                c = SCHOOL_MEASURES.contains(unit) ? Category.SCHOOL_COUNT : Category.COUNT;
                d.ruleId = "count-" + unit;
            } else {
                d.ruleId = h.entry().rule().id();
            }
            d.category = c;
        }
    }

    /** A plan word in the words before a number, not one done already (确保了, 计划了). */
    private boolean hasPlanWord(String lead) {
        int from = 0;
        while (from < lead.length()) {
            Lexicon.Hit h = target.firstIn(lead.substring(from));
            if (h == null) {
                return false;
            }
            int end = from + h.end();
            if (end >= lead.length() || lead.charAt(end) != '了') {
                return true;
            }
            from = end;
        }
        return false;
    }

    /** Offset of the first plan section (a heading or title with a plan word), or the text length. */
    private int planStart(String v) {
        int best = v.length();
        for (Rule r : targetSectionRules) {
            for (String w : r.words()) {
                for (int at = v.indexOf(w); at >= 0 && at < best; at = v.indexOf(w, at + w.length())) {
                    if (isHeading(v, at)) {
                        best = at;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** A heading: the word opens its line, or follows a section number (三、 (二) 〔二〕), or opens the document. */
    private static boolean isHeading(String v, int at) {
        int lineStart = lastBreak(v, at, "\n\r", 0);
        String before = HEADING_YEAR.matcher(v.substring(lineStart, at).strip()).replaceFirst("").strip();
        return before.length() <= 8 && (before.isEmpty() || HEADING_NUMBER.matcher(before).matches() || at < 120);
    }

    // ---------------------------------------------------------------- subject helpers

    /**
     * The noun phrase that starts right after a number: nouns, with adjectives and (early) verbs
     * inside it when a noun follows, short parenthesized parts ({@code 镇(办)}) and nouns joined by
     * 、 和 或 ({@code 教研组或年级组}).
     */
    private String nounPhraseAfter(String v, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + 24));
        StringBuilder np = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean nounNext = i + 1 < tokens.size() && tokens.get(i + 1).nounLike();
            if (t.nounLike()) {
                np.append(t.word());
                i++;
            } else if ((t.pos().startsWith("a") || t.pos().equals("b") || t.pos().equals("f")
                    || np.length() == 0 && t.pos().startsWith("v") && t.word().length() <= 2) && nounNext) {
                np.append(t.word());
                i++;
            } else if ((t.pos().startsWith("a") || t.pos().startsWith("v") || t.pos().startsWith("d")
                    || t.pos().startsWith("z")) && i + 2 < tokens.size()
                    && tokens.get(i + 1).word().equals("的") && tokens.get(i + 2).nounLike() && np.length() == 0) {
                np.append(t.word()).append("的");
                i += 2;
            } else if (np.length() > 0 && np.length() <= 3 && bridgesToNoun(tokens, i)) {
                // 公办民助类改制学校: short modifiers, verbs and classifiers inside a name.
                while (!tokens.get(i).nounLike()) {
                    np.append(tokens.get(i).word());
                    i++;
                }
            } else if (np.length() > 0 && (t.word().equals("(") || t.word().equals("（"))
                    && i + 2 < tokens.size() && tokens.get(i + 2).word().matches("[)）]")
                    && tokens.get(i + 1).word().length() <= 2) {
                np.append(t.word()).append(tokens.get(i + 1).word()).append(tokens.get(i + 2).word());
                i += 3;
            } else if (np.length() > 0 && NOUN_JOINERS.contains(t.word()) && (nounNext || i + 2 < tokens.size()
                    && tokens.get(i + 1).pos().startsWith("a") && tokens.get(i + 2).nounLike())) {
                np.append(t.word());
                i++;
            } else {
                break;
            }
        }
        return trimQuotes(np.toString());
    }

    /**
     * The noun phrase after a description that ends in 的 ({@code 师德高尚、业务精湛的骨干教师} →
     * {@code 骨干教师}), when it names a thing of a known kind; else empty.
     */
    private String describedHead(String v, int from, int to) {
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + 24));
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word().equals("的")) {
                if (k < 2) {
                    return "";
                }
                String head = nounPhraseAfter(v, t.end(), to);
                return countCategories.headIn(head) != null ? head : "";
            }
            boolean descriptive = t.nounLike() || t.pos().startsWith("a") || t.pos().startsWith("d")
                    || t.word().equals("、") || t.pos().equals("nr");
            if (!descriptive) {
                return "";
            }
        }
        return "";
    }

    /** True when tokens from {@code i} are verbs, classifiers or bound morphemes up to a noun within four tokens. */
    private static boolean bridgesToNoun(List<Token> tokens, int i) {
        for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
            Token t = tokens.get(j);
            if (t.nounLike()) {
                return j > i;
            }
            if (!(t.verb() || t.pos().equals("q") || t.pos().startsWith("v")) || t.word().length() > 2) {
                return false;
            }
        }
        return false;
    }

    /** A short {@code …的} modifier that ends the words before a number ({@code 全部重建的169所中小学}). */
    private String modifierBefore(String left) {
        if (!left.endsWith("的") || left.length() < 2) {
            return "";
        }
        String body = left.substring(0, left.length() - 1);
        List<Token> tokens = segmenter.segment(body, 0, body.length());
        int start = body.length();
        for (int i = tokens.size() - 1; i >= 0 && body.length() - tokens.get(i).start() <= 4; i--) {
            Token t = tokens.get(i);
            if (!(t.nounLike() || t.verb() || t.pos().startsWith("a"))) {
                break;
            }
            start = t.start();
        }
        return start == body.length() ? "" : body.substring(start) + "的";
    }

    /**
     * The action a counted thing took part in, when a verb stands right before the number
     * ({@code 涵盖39所幼儿园} → {@code 涵盖的}): it tells these schools from others. Verbs of having
     * and light verbs (有, 包括, 组织, 开展…) tell nothing and are left out.
     */
    private String actionBefore(String left) {
        if (left.isEmpty()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(left, Math.max(0, left.length() - 6), left.length());
        if (tokens.isEmpty()) {
            return "";
        }
        Token t = tokens.get(tokens.size() - 1);
        if (!t.verb() || t.word().length() < 2 || t.word().length() > 3 || LIGHT_VERBS.contains(t.word())) {
            return "";
        }
        return t.word() + "的";
    }

    /** A place or unit name right before a number, for very short subjects ({@code 彭州市16所学校}). */
    private String placeBefore(String v, int from, int to, String np) {
        if (to <= from) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, Math.max(from, to - 8), to);
        int start = to;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (!t.nounLike() || to - t.start() > 6 || scope.suffixOf(t.word()) != null || t.word().startsWith("其")) {
                break;
            }
            start = t.start();
        }
        String place = v.substring(start, to);
        return place.length() >= 2 && !place.endsWith(np) ? place : "";
    }

    private String cleanLeftSubject(String s, boolean keepDe) {
        s = trimQuotes(s).strip();
        s = CIRCLED.matcher(s).replaceAll("");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String t = LEADING_TIME.matcher(s).replaceFirst("");
            if (!t.equals(s)) {
                s = t;
                changed = true;
            }
            Lexicon.Entry sc = scope.prefixOf(s);
            if (sc != null) {
                s = s.substring(sc.word().length());
                changed = true;
            }
            Lexicon.Entry ln = link.suffixOf(s);
            if (ln != null) {
                s = s.substring(0, s.length() - ln.word().length());
                changed = true;
            }
            String u = FROM_TAIL.matcher(s).replaceFirst("");
            if (!u.equals(s) && !u.isEmpty()) {
                s = u;
                changed = true;
            }
        }
        if (!keepDe) {
            s = stripDe(s);
        }
        if (s.length() > MAX_SUBJECT) {
            s = trailingPhrase(s);
        }
        return s.strip();
    }

    /** True when a breakdown item already names a thing of its parent's category ({@code 其中小学72所}). */
    private boolean namesOwnKind(String part, Measure m, Category parent) {
        boolean rate = m instanceof Measure.Percent || m instanceof Measure.PercentagePoints;
        Lexicon.Hit h = (rate ? rateCategories : countCategories).headIn(part);
        return h != null && category(h.entry().rule()) == parent;
    }

    private static String stripDe(String s) {
        return s.endsWith("的") ? s.substring(0, s.length() - 1) : s;
    }

    /** True when a would-be subject is only verbs and adverbs ({@code 将完成}): it needs a noun. */
    private boolean verbsOnly(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (Token t : segmenter.segment(s, 0, s.length())) {
            if (!(t.verb() || t.pos().startsWith("d"))) {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithVerb(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).verb();
    }

    private String lastWord(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        return tokens.isEmpty() ? s : tokens.get(tokens.size() - 1).word();
    }

    /** The trailing noun phrase of a long text (with the verb right before it when it is short). */
    private String trailingPhrase(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        int i = tokens.size();
        while (i > 0 && (tokens.get(i - 1).nounLike() || tokens.get(i - 1).word().equals("的")
                || tokens.get(i - 1).word().equals("、") && i > 1 && tokens.get(i - 2).nounLike()
                || tokens.get(i - 1).pos().startsWith("a") || tokens.get(i - 1).pos().equals("m"))) {
            i--;
        }
        if (i == tokens.size()) {
            return s.substring(Math.max(0, s.length() - MAX_SUBJECT));
        }
        int start = tokens.get(Math.min(i, tokens.size() - 1)).start();
        if (s.length() - start <= 4 && i > 0 && tokens.get(i - 1).verb()) {
            start = tokens.get(i - 1).start();
        }
        String np = s.substring(start);
        return np.startsWith("的") ? np.substring(1) : np;
    }

    private static String headOf(String subject) {
        return LEADING_VERB.matcher(subject).replaceFirst("");
    }

    private static String stripComparison(String s) {
        return AVERAGE_TAIL.matcher(COMPARISON_TAIL.matcher(s).replaceFirst("")).replaceFirst("");
    }

    private static String trimQuotes(String s) {
        return QUOTES.matcher(s).replaceAll("");
    }

    private static String stripTail(String s, String tail) {
        return s.endsWith(tail) ? s.substring(0, s.length() - tail.length()) : s;
    }

    private static Lexicon.Entry longer(Lexicon.Entry a, Lexicon.Entry b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.word().length() > a.word().length() ? b : a;
    }

    private static int lastBreak(String v, int before, String breaks, int floor) {
        for (int i = before - 1; i >= floor; i--) {
            if (breaks.indexOf(v.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    private static int nextBreak(String v, int from, String breaks) {
        for (int i = from; i < v.length(); i++) {
            if (breaks.indexOf(v.charAt(i)) >= 0) {
                return i;
            }
        }
        return v.length();
    }
}
