package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases around a number that can name what it measures: the noun phrase after a counted
 * number, modifiers and actions before it, and the words before it trimmed of scope and link
 * words ({@code scope} and {@code link} rules). Segments only the few characters it looks at.
 * Immutable.
 */
final class Phrases {

    /** A quoted name inside a noun phrase is short: at most this many tokens between the quotes. */
    private static final int MAX_QUOTED_TOKENS = 8;
    /** Punctuation that ends a clause or list item: a quote open across one is no short name. */
    private static final String CLAUSE_MARKS = "，。；：！？、,;:!?";
    static final int MAX_SUBJECT = 20;
    /** An action taken into a subject stays short: the subject still names a thing. */
    private static final int MAX_ACTION = 14;
    /** The adverb "each, all" that may end the words before a number (…均超, …均保持). */
    private static final String ALL_OF = "均";
    private static final String LIST_MARKS = "、，,";
    /** Parts of speech of describing words (adjective, distinguishing, position) that may open a name. */
    private static final Set<String> DESCRIBING = Set.of("a", "b", "f");
    /** Parts of speech of names of places, people and organisations: after a verb, its object. */
    private static final Set<String> PROPER_NOUNS = Set.of("nx", "ns", "nr", "nrf", "nrj", "nt", "nsf");
    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");
    private static final Pattern LEADING_TIME = Pattern.compile("^(截至|截止|到)?(\\d{4}年)?(\\d{1,2}月(底|末|份)?)?(上半年|下半年|全年|年底|年末|以来|底|末)?"
            + "(用?[一二三四五六七八九十两\\d]{1,2}年(时间|以内|内|来|间))?");
    private static final String ADVERB = "ADVERB";
    /** The arg of link rules whose words are verbs of reach ({@code 惠及}): never trimmed, they name an action. */
    static final String REACH = "REACH";
    private static final Pattern FROM_TAIL = Pattern.compile("(由|从)[^由从]{0,8}$");

    private final Segmenter segmenter;
    private final Categorizer categorizer;
    private final Lexicon scope;
    private final Lexicon link;
    /** Adverbs written as nouns ({@code 深度结对}): they end a noun phrase when a verb follows. */
    private final java.util.Set<String> adverbNouns = new java.util.HashSet<>();
    // Word lists of the rules (words.tsv and a user's additions).
    /** Words that join two nouns into one counted thing ({@code 农村教师和一般教师}); 与 usually joins parties. */
    private final Set<String> nounJoiners;
    private final Set<String> lightVerbs;
    /** Verbs that open what counted things did or got ({@code 入选}, {@code 荣获}): they end a noun phrase. */
    private final Set<String> predicateVerbs;
    /** Verbs of holding an activity: what follows one is what a count of events or people counts. */
    private final Set<String> activityVerbs;
    /** Words ending in 均 that name an average, not "each" (人均, 年均): they stay. */
    private final Set<String> averageWords;
    private final Set<String> openLeft;
    private final Pattern leadingVerb;
    private final Pattern comparisonTail;
    private final Pattern averageTail;

    Phrases(Segmenter segmenter, Categorizer categorizer, RuleSet rules) {
        Words words = new Words(rules);
        this.nounJoiners = words.set("noun-joiners");
        this.lightVerbs = words.set("light-verbs");
        this.predicateVerbs = words.set("predicate-verbs");
        this.activityVerbs = words.set("activity-verbs");
        this.averageWords = words.set("average-words");
        this.openLeft = words.set("open-left");
        this.leadingVerb = Pattern.compile("^(" + words.alternation("leading-verbs") + ")");
        this.comparisonTail = Pattern.compile("(" + words.alternation("comparison-tail") + ")?(分别)?$");
        this.averageTail = Pattern.compile("(" + words.alternation("average-tail") + ")$");
        this.segmenter = segmenter;
        this.categorizer = categorizer;
        this.scope = new Lexicon(rules.of(RuleKind.SCOPE));
        this.link = new Lexicon(rules.of(RuleKind.LINK).stream().filter(r -> !r.arg().equals(REACH)).toList());
        rules.of(RuleKind.LINK).stream().filter(r -> r.arg().equals(ADVERB)).forEach(r -> adverbNouns.addAll(r.words()));
    }

    /**
     * The noun phrase that starts right after a number: nouns, with adjectives and (early) verbs
     * inside it when a noun follows, short parenthesized parts ({@code 镇(办)}) and nouns joined by
     * 、 和 或 ({@code 教研组或年级组}).
     */
    String nounPhraseAfter(String v, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + 24));
        StringBuilder np = new StringBuilder();
        int i = 0;
        if (from > 0 && v.charAt(from - 1) == '“') {
            // 7名“两院”院士: a quoted name opens the phrase; the segmenter cuts it into any words.
            int close = closingQuote(tokens, 0);
            if (close > 0) {
                for (int j = 0; j < close; j++) {
                    np.append(tokens.get(j).word());
                }
                i = close + 1;
            }
        }
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean nounNext = i + 1 < tokens.size() && tokens.get(i + 1).nounLike();
            if (np.length() > 0 && adverbNouns.contains(t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).verb()) {
                break; // 135所薄弱学校深度结对: 深度 says how they pair, not what they are
            }
            if (np.length() > 0 && predicateVerbs.contains(t.word())) {
                break; // 4个项目入选国家名单: the verb opens what the things did
            }
            if (t.nounLike()) {
                np.append(t.word());
                i++;
            } else if ((t.pos().startsWith("a") || t.pos().equals("b") || t.pos().equals("f") || t.pos().equals("s")
                    || np.length() == 0 && t.pos().startsWith("v") && t.word().length() <= 2) && nounNext) {
                np.append(t.word());
                i++;
            } else if ((t.pos().startsWith("a") || t.pos().startsWith("v") || t.pos().startsWith("d")
                    || t.pos().startsWith("z")) && i + 2 < tokens.size()
                    && tokens.get(i + 1).word().equals("的") && tokens.get(i + 2).nounLike() && np.length() == 0) {
                np.append(t.word()).append("的");
                i += 2;
            } else if (np.length() > 0 && endsOnVerbNoun(tokens, i) && (!categorizer.endsInCountedKind(np)
                    || categorizer.endsInCountedKind(tokens.get(i + 1).word()))) {
                // 国家级技术创新中心, 县域商业领跑县: a short verb and the noun that end the name; after a
                // phrase that already names what is counted (…教师结成师徒) the verb says what they did
                np.append(t.word()).append(tokens.get(i + 1).word());
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
            } else if (np.length() > 0 && nounJoiners.contains(t.word()) && (nounNext || i + 2 < tokens.size()
                    && tokens.get(i + 1).pos().startsWith("a") && tokens.get(i + 2).nounLike())) {
                np.append(t.word());
                i++;
            } else {
                // 10所左右省级“双高建设计划”院校: a quoted name before a noun is part of the phrase
                int close = quotedModifierEnd(tokens, i);
                if (close < 0) {
                    break;
                }
                for (int j = i; j <= close; j++) {
                    np.append(tokens.get(j).word());
                }
                i = close + 1;
            }
        }
        return Clauses.trimQuotes(np.toString());
    }

    /**
     * A looser noun phrase after a number, for when {@link #nounPhraseAfter} finds none: names that
     * the segmenter breaks up ({@code 多式联运示范线路}) and names with a size class inside
     * ({@code 750千伏和330千伏电网工程}). Nouns, adjectives, distinguishing words, numerals and
     * measure words, short verbs between nouns; it ends on its last noun. Empty when none.
     */
    String looseNounPhrase(String v, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + MAX_SUBJECT));
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            boolean nounNext = i + 1 < tokens.size() && tokens.get(i + 1).nounLike();
            if (end >= 0 && predicateVerbs.contains(t.word())) {
                break;
            }
            if (t.nounLike()) {
                end = t.end();
            } else if (end < 0 && i > 0 && DESCRIBING.stream().anyMatch(tokens.get(i - 1).pos()::startsWith) && pos.startsWith("v")
                    && t.word().length() <= 2 && bridgesToNoun(tokens, i)) {
                continue; // 36起成功避险避灾案例: a short verb inside the name, after a describing word
            } else if (pos.startsWith("a") || pos.equals("b") || pos.equals("k") || pos.equals("f")
                    || pos.equals("m") || pos.equals("q") || pos.equals("nx")) {
                continue;
            } else if (end >= 0 && pos.startsWith("v") && t.word().length() == 1 && bridgesToNoun(tokens, i)) {
                continue;
            } else if ((t.word().equals("和") || t.word().equals("及")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).pos().equals("m")) {
                continue;
            } else {
                break;
            }
        }
        return end < 0 ? "" : Clauses.trimQuotes(v.substring(from, end));
    }

    /**
     * What a counted thing did, in the words after its noun phrase ({@code 通过两化融合贯标} in
     * {@code 404家企业通过两化融合贯标}): from a verb or preposition to the end of the span, without
     * 了 and quotes; empty when the words do not start with one or hold another number.
     */
    String actionAfter(String v, int from, int to) {
        from = Clauses.skipOpening(v, from, to); // 70个县（市、区）与…: the aside says what 县 covers
        if (to - from < 2) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + MAX_SUBJECT));
        if (tokens.isEmpty()) {
            return "";
        }
        if (tokens.size() > 1 && adverbNouns.contains(tokens.get(0).word()) && tokens.get(1).verb()) {
            tokens = tokens.subList(1, tokens.size()); // 深度结对: the action is 结对
        }
        Token first = tokens.get(0);
        if (!(first.verb() || first.pos().startsWith("p") || first.word().equals("与") || first.pos().startsWith("d")
                && tokens.size() > 1 && tokens.get(1).verb())) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.pos().equals("w") && !"“”\"《》".contains(t.word()) || b.length() + t.word().length() > MAX_ACTION) {
                break;
            }
            if (!t.word().equals("了") && !t.pos().startsWith("ul")) {
                b.append(t.word());
            }
        }
        return Clauses.trimQuotes(b.toString());
    }

    /**
     * The noun phrase after a description that ends in 的 ({@code 师德高尚、业务精湛的骨干教师} →
     * {@code 骨干教师}), when it names a thing of a known kind; else empty.
     */
    String describedHead(String v, int from, int to) {
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + 24));
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word().equals("的")) {
                if (k < 2) {
                    return "";
                }
                String head = nounPhraseAfter(v, t.end(), to);
                return categorizer.namesCountedKind(head) ? head : "";
            }
            boolean descriptive = t.nounLike() || t.pos().startsWith("a") || t.pos().startsWith("d")
                    || t.word().equals("、") || t.pos().equals("nr");
            if (!descriptive) {
                return "";
            }
        }
        return "";
    }

    /**
     * The index of the closing quote when {@code tokens[i]} opens a short quoted name that a noun
     * follows ({@code “双高建设计划”院校}); -1 otherwise.
     */
    private static int quotedModifierEnd(List<Token> tokens, int i) {
        if (!tokens.get(i).word().equals("“")) {
            return -1;
        }
        int j = closingQuote(tokens, i + 1);
        return j > i + 1 && j + 1 < tokens.size() && tokens.get(j + 1).nounLike() ? j : -1;
    }

    /**
     * The index of the closing quote of a short quoted name whose words start at {@code from}; -1
     * when none closes within {@link #MAX_QUOTED_TOKENS} tokens or a clause mark comes first.
     */
    private static int closingQuote(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + MAX_QUOTED_TOKENS; j++) {
            String w = tokens.get(j).word();
            if (w.equals("”")) {
                return j;
            }
            if (w.equals("“") || w.length() == 1 && CLAUSE_MARKS.indexOf(w.charAt(0)) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when {@code tokens[i]} is a short verb (not one of {@link #predicateVerbs}) followed by
     * a plain noun that ends the span or stands before punctuation: the last words of a name.
     */
    private boolean endsOnVerbNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.verb() || t.word().length() > 2 || predicateVerbs.contains(t.word()) || i + 1 >= tokens.size()) {
            return false;
        }
        Token noun = tokens.get(i + 1);
        // a place or a person's name after the verb is its object (落户河北), not the end of a name
        return noun.pos().startsWith("n") && !PROPER_NOUNS.contains(noun.pos())
                && (i + 2 == tokens.size() || tokens.get(i + 2).pos().equals("w"));
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
    String modifierBefore(String left) {
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
    String actionBefore(String left) {
        if (left.isEmpty()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(left, Math.max(0, left.length() - 6), left.length());
        if (tokens.isEmpty()) {
            return "";
        }
        Token t = tokens.get(tokens.size() - 1);
        if (!t.verb() || t.word().length() < 2 || t.word().length() > 3 || lightVerbs.contains(t.word())) {
            return "";
        }
        return t.word() + "的";
    }

    /** A place or unit name right before a number, for very short subjects ({@code 彭州市16所学校}). */
    String placeBefore(String v, int from, int to, String np) {
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

    String cleanLeftSubject(String s, boolean keepDe) {
        s = Clauses.trimQuotes(s).strip();
        if (CIRCLED.matcher(s).find()) {
            s = CIRCLED.matcher(s).replaceAll("");
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            java.util.regex.Matcher time = LEADING_TIME.matcher(s);
            if (time.lookingAt() && time.end() > 0) {
                s = s.substring(time.end());
                changed = true;
            }
            Lexicon.Entry sc = scope.prefixOf(s);
            if (sc != null) {
                s = s.substring(sc.word().length());
                changed = true;
            }
            Lexicon.Entry ln = link.suffixOf(s);
            if (ln != null && !(ln.word().length() == 1 && endsInWordOf(s, ln.word()))) {
                s = s.substring(0, s.length() - ln.word().length());
                changed = true;
            }
            if (s.length() > 2 && s.charAt(0) == '有' && existential(s)) {
                s = s.substring(1); // 全州有文化馆: 有 says there are, it names nothing
                changed = true;
            }
            if (s.endsWith(ALL_OF) && averageWords.stream().noneMatch(s::endsWith)) {
                s = s.substring(0, s.length() - ALL_OF.length()); // A、B新增就业均超7万人: 均 says "each"
                changed = true;
            }
            java.util.regex.Matcher from = FROM_TAIL.matcher(s);
            if (from.find() && from.start() > 0) {
                s = s.substring(0, from.start()) + s.substring(from.end());
                changed = true;
            }
        }
        s = afterActivityVerb(s);
        if (!keepDe) {
            s = stripDe(s);
        }
        if (s.length() > MAX_SUBJECT) {
            s = trailingPhrase(s);
        }
        if (!s.isEmpty() && LIST_MARKS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1); // 、B和C率均提高…: the list's first item fell outside the subject
        }
        return s.strip();
    }

    /**
     * True when {@code s} opens with the verb 有 saying there are the things it names ({@code
     * 有文化馆}): 有 on its own, not a word that starts with it ({@code 有效期}, {@code 有色金属}), nor
     * one that opens a description ({@code 有进出口实绩的企业}, {@code 有组织有规模}) or a rate's
     * population ({@code 有意愿特困人员集中供养率}).
     */
    private boolean existential(String s) {
        if (s.indexOf('的') >= 0 || s.indexOf('有', 1) >= 0 || s.endsWith("率")) {
            return false;
        }
        List<Token> tokens = segmenter.segment(s, 0, Math.min(s.length(), 4));
        return !tokens.isEmpty() && tokens.get(0).word().equals("有") && tokens.get(0).verb();
    }

    /**
     * True when the one-character link word {@code link} that ends {@code s} is the last character of
     * a longer verb ({@code 下达}, {@code 传达}), not a word of its own ({@code 总量达}).
     */
    private boolean endsInWordOf(String s, String link) {
        if (s.length() < 2) {
            return false;
        }
        int from = Math.max(0, s.length() - 4);
        List<Token> tokens = segmenter.segment(s, from, s.length());
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        return last != null && last.word().length() > link.length() && last.verb();
    }

    /**
     * Words before a counted number that leave the clause's action to the counted things (none, 在,
     * 为, 对…: the {@code open-left} word list).
     */
    Set<String> openLeft() {
        return openLeft;
    }

    /**
     * True when the last word of {@code s} names an institution or a trade ({@code 陈列馆}, {@code
     * 门诊部}, {@code 药师}): a thing of its own, never a part that takes its parent's name.
     */
    boolean namesInstitutionOrTrade(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        // 中心, 机构: two-character institution words are too general to name a thing of their own
        return last != null && (last.pos().equals("nnt") || last.pos().equals("nis") && last.word().length() >= 3);
    }

    /**
     * What is held, when the words name who held it first ({@code 各校教研组开展集体备课} →
     * {@code 集体备课}): the words after the last activity verb, when the verb does not open them.
     */
    private String afterActivityVerb(String s) {
        int from = -1;
        for (String verb : activityVerbs) {
            int k = s.lastIndexOf(verb);
            if (k > 0 && k + verb.length() > from) {
                from = k + verb.length();
            }
        }
        return from > 0 && s.length() - from >= 2 ? s.substring(from) : s;
    }

    static String stripDe(String s) {
        return s.endsWith("的") ? s.substring(0, s.length() - 1) : s;
    }

    /** True when {@code s} starts with a noun. */
    boolean startsWithNoun(String s) {
        if (s.isEmpty()) {
            return false;
        }
        List<Token> tokens = segmenter.segment(s, 0, Math.min(s.length(), 8));
        return !tokens.isEmpty() && tokens.get(0).nounLike();
    }

    /**
     * The topic a clause opens with: its words up to the first verb or adverb
     * ({@code 三次产业结构进一步优化} → {@code 三次产业结构}); empty when it opens with neither a
     * noun nor stays within {@link #MAX_SUBJECT} characters.
     */
    String topicOf(String clause) {
        String c = cleanLeftSubject(clause, true);
        if (c.isEmpty()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(c, 0, Math.min(c.length(), MAX_SUBJECT + 1));
        if (tokens.isEmpty() || tokens.get(0).pos().startsWith("v")) {
            return ""; // 进行企业大走访: a clause that opens with a verb has no topic
        }
        StringBuilder b = new StringBuilder();
        boolean noun = false;
        for (Token t : tokens) {
            if (t.verb() || t.pos().startsWith("d") || t.pos().equals("w") || t.pos().startsWith("p")) {
                break;
            }
            noun |= t.nounLike();
            b.append(t.word());
        }
        return noun && b.length() <= MAX_SUBJECT && b.length() < c.length() ? b.toString() : "";
    }

    /**
     * What a clause that opens with a verb acts on ({@code 落实课后服务政策} → {@code 课后服务政策}),
     * else the topic it opens with ({@link #topicOf}); empty when it names neither.
     */
    String objectOf(String clause) {
        String c = cleanLeftSubject(clause, true);
        if (c.isEmpty()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(c, 0, Math.min(c.length(), MAX_SUBJECT + 1));
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).pos().startsWith("d") || adverbNouns.contains(tokens.get(k).word()))) {
            k++; // 全面落实…: how it was done
        }
        tokens = tokens.subList(k, tokens.size());
        if (tokens.size() < 2 || !tokens.get(0).verb()) {
            return k == 0 ? topicOf(clause) : "";
        }
        for (Token t : tokens.subList(1, tokens.size())) {
            if (t.pos().startsWith("w") || t.pos().startsWith("p")) {
                return "";
            }
        }
        String object = c.substring(tokens.get(1).start());
        return object.length() >= 2 && object.length() <= MAX_SUBJECT && tokens.get(tokens.size() - 1).nounLike()
                ? object : "";
    }

    /**
     * True when {@code s} reads as one noun phrase: it ends in a noun and holds no punctuation,
     * preposition, particle, numeral, pronoun or conjunction ({@code 碳排放}, {@code 化肥施用量}).
     */
    boolean nounPhrase(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).nounLike() && tokens.stream()
                .noneMatch(t -> t.pos().isEmpty() || "wpumrc".indexOf(t.pos().charAt(0)) >= 0);
    }

    /** True when {@code s} is empty or only verbs, verbal nouns and adverbs ({@code 调整}, {@code 稳步提升}). */
    boolean actionOnly(String s) {
        if (s.length() > 6) {
            return false;
        }
        for (Token t : segmenter.segment(s, 0, s.length())) {
            if (!(t.pos().startsWith("v") || t.pos().startsWith("d"))) {
                return false;
            }
        }
        return true;
    }

    /** True when a would-be subject is only verbs and adverbs ({@code 将完成}): it needs a noun. */
    boolean verbsOnly(String s) {
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

    boolean endsWithVerb(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).verb();
    }

    String lastWord(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        return tokens.isEmpty() ? s : tokens.get(tokens.size() - 1).word();
    }

    /** The trailing noun phrase of a long text (with the verb right before it when it is short). */
    String trailingPhrase(String s) {
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

    String headOf(String subject) {
        return leadingVerb.matcher(subject).replaceFirst("");
    }

    String stripComparison(String s) {
        return averageTail.matcher(comparisonTail.matcher(s).replaceFirst("")).replaceFirst("");
    }

    /**
     * The subject of the item {@code part} of a list that runs "A x、B y" under one verb: {@code
     * part} with the head word of {@code previous} ({@code 油料} after {@code 粮食产量} →
     * {@code 油料产量}); empty when {@code previous} has no head of its own or {@code part} has it.
     */
    String listItem(String part, String previous) {
        if (part.isEmpty() || previous.length() < 3) {
            return "";
        }
        List<Token> tokens = segmenter.segment(previous, 0, previous.length());
        // a domain term the segmenter keeps whole (粮食产量) ends in a two-character head (产量)
        String head = tokens.size() >= 2 ? tokens.get(tokens.size() - 1).word()
                : previous.length() >= 4 ? previous.substring(previous.length() - 2) : "";
        return head.isEmpty() || part.endsWith(head) || previous.startsWith(part) ? "" : part + head;
    }

    /**
     * {@code part} standing for the lead of {@code previous} ({@code 集体企业} after {@code
     * 国有企业增加值} → {@code 集体企业增加值}): the lead is the first words of {@code previous} ending
     * in what {@code part} ends in: its last two characters, or a class of goods ({@code 水产品类} after
     * {@code 畜肉类价格} → {@code 水产品类价格}); empty when there is no such lead.
     */
    String parallelItem(String part, String previous) {
        if (part.isEmpty() || previous.length() <= part.length()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(previous, 0, previous.length());
        String tail = part.substring(part.length() - (part.length() <= 3 ? 1 : 2));
        String found = parallelLead(part, previous, tokens, tail);
        return found.isEmpty() && part.length() > 3 && part.endsWith("类")
                ? parallelLead(part, previous, tokens, "类") : found;
    }

    private static String parallelLead(String part, String previous, List<Token> tokens, String tail) {
        for (Token t : tokens) {
            int end = t.end();
            if (end > 6 || end >= previous.length()) {
                return "";
            }
            String lead = previous.substring(0, end);
            if (lead.endsWith(tail) && !lead.equals(part)) {
                String rest = previous.substring(end);
                return part.endsWith(rest) ? "" : part + rest;
            }
        }
        return "";
    }
}
