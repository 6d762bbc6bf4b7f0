package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words before a number made a subject: trimmed of a leading time, scope words ({@code scope}
 * rules), link words ({@code link} rules), an existential 有, the adverb 均, a source ({@code 由…}),
 * who held an activity, and cut to its trailing noun phrase when long. Each trim is a sub-rule the
 * trace names ({@code phrase.left-time}, {@code phrase.left-scope}…). Segments only the few
 * characters it looks at. Immutable.
 *
 * <pre>{@code
 * left.clean("全县农作物播种面积稳定在", false, Tracer.NONE);   // 农作物播种面积
 * }</pre>
 */
final class LeftSubjects {

    static final int MAX_SUBJECT = 20;
    static final String LEFT_TIME = "phrase.left-time";
    static final String LEFT_SCOPE = "phrase.left-scope";
    static final String LEFT_LINK = "phrase.left-link";
    static final String LEFT_EXISTENTIAL = "phrase.left-existential";
    static final String LEFT_EACH = "phrase.left-each";
    static final String LEFT_FROM = "phrase.left-from";
    static final String ACTIVITY_OBJECT = "phrase.activity-object";
    static final String TRAILING_PHRASE = "phrase.trailing-phrase";
    /** The trims in the order of their catalogue rows, as the trace names them. */
    private static final List<String> TRIMS = List.of(LEFT_TIME, LEFT_SCOPE, LEFT_LINK, LEFT_EXISTENTIAL, LEFT_EACH,
            LEFT_FROM, ACTIVITY_OBJECT, TRAILING_PHRASE);
    /** The arg of link rules whose words are verbs of reach ({@code 惠及}): never trimmed, they name an action. */
    static final String REACH = "REACH";
    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");

    private final Segmenter segmenter;
    private final PhraseWords words;
    private final Lexicon scope;
    private final Lexicon link;

    LeftSubjects(Segmenter segmenter, PhraseWords words, RuleSet rules) {
        this.segmenter = segmenter;
        this.words = words;
        this.scope = new Lexicon(rules.of(RuleKind.SCOPE));
        this.link = new Lexicon(rules.of(RuleKind.LINK).stream().filter(r -> !r.arg().equals(REACH)).toList());
    }

    /** {@link #clean(String, boolean, Tracer)} without a trace. */
    String clean(String s, boolean keepDe) {
        return clean(s, keepDe, Tracer.NONE);
    }

    /**
     * The words before a number as a subject: trimmed until no trim applies, then without what
     * held an activity, without a final 的 unless {@code keepDe}, cut to its trailing noun phrase
     * when longer than {@link #MAX_SUBJECT}; each trim that changed it goes to {@code t}.
     */
    String clean(String s, boolean keepDe, Tracer t) {
        SubRuleNotes n = SubRuleNotes.of(TRIMS, t);
        s = Clauses.trimQuotes(s).strip();
        if (CIRCLED.matcher(s).find()) {
            s = CIRCLED.matcher(s).replaceAll("");
        }
        String last;
        do {
            last = s;
            s = noted(n, LEFT_TIME, s, withoutTime(s));
            s = noted(n, LEFT_SCOPE, s, withoutScope(s));
            s = noted(n, LEFT_LINK, s, withoutLink(s));
            // 全州有文化馆: 有 says there are, it names nothing
            s = noted(n, LEFT_EXISTENTIAL, s, s.length() > 2 && s.charAt(0) == Particles.HAVE && existential(s) ? s.substring(1) : s);
            s = noted(n, LEFT_EACH, s, withoutEach(s));
            s = noted(n, LEFT_FROM, s, withoutSource(s));
        } while (!s.equals(last) && !s.isEmpty());
        s = noted(n, ACTIVITY_OBJECT, s, afterActivityVerb(s));
        if (!keepDe) {
            s = stripDe(s);
        }
        if (s.length() > MAX_SUBJECT) {
            s = noted(n, TRAILING_PHRASE, s, trailingPhrase(s));
        }
        SubRuleNotes.flush(n, t);
        if (!s.isEmpty() && Marks.LIST_MARKS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1); // 、B和C率均提高…: the list's first item fell outside the subject
        }
        return s.strip();
    }

    /** {@code after}, noting sub-rule {@code id} when it differs from {@code before}. */
    private static String noted(SubRuleNotes n, String id, String before, String after) {
        if (n != null && !after.equals(before)) {
            SubRuleNotes.note(n, id, before, after);
        }
        return after;
    }

    private String withoutTime(String s) {
        Matcher time = words.leadingTime().matcher(s);
        return time.lookingAt() && time.end() > 0 ? s.substring(time.end()) : s;
    }

    private String withoutScope(String s) {
        Lexicon.Entry sc = scope.prefixOf(s);
        return sc == null ? s : s.substring(sc.word().length());
    }

    private String withoutLink(String s) {
        Lexicon.Entry ln = link.suffixOf(s);
        return ln == null || ln.word().length() == 1 && endsInWordOf(s, ln.word()) ? s
                : s.substring(0, s.length() - ln.word().length());
    }

    /** A、B新增就业均超7万人: 均 says "each", unless it ends a word of averages (人均). */
    private String withoutEach(String s) {
        return s.endsWith(Particles.EACH) && words.averageWords().stream().noneMatch(s::endsWith)
                ? s.substring(0, s.length() - Particles.EACH.length()) : s;
    }

    private String withoutSource(String s) {
        Matcher from = words.fromTail().matcher(s);
        return from.find() && from.start() > 0 ? s.substring(0, from.start()) + s.substring(from.end()) : s;
    }

    /**
     * True when {@code s} opens with the verb 有 saying there are the things it names ({@code
     * 有文化馆}): 有 on its own, not a word that starts with it ({@code 有效期}, {@code 有色金属}), nor
     * one that opens a description ({@code 有进出口实绩的企业}, {@code 有组织有规模}) or a rate's
     * population ({@code 有意愿特困人员集中供养率}).
     */
    private boolean existential(String s) {
        if (s.indexOf(Particles.DE_CHAR) >= 0 || s.indexOf(Particles.HAVE, 1) >= 0 || words.rateEnds().stream().anyMatch(s::endsWith)) {
            return false;
        }
        List<Token> tokens = segmenter.segment(s, 0, Math.min(s.length(), 4));
        return !tokens.isEmpty() && tokens.get(0).word().equals(String.valueOf(Particles.HAVE)) && tokens.get(0).verb();
    }

    /**
     * True when the one-character link word {@code link} that ends {@code s} is the last character of
     * a longer verb ({@code 下达}, {@code 传达}), not a word of its own ({@code 总量达}).
     */
    private boolean endsInWordOf(String s, String link) {
        if (s.length() < 2) {
            return false;
        }
        List<Token> tokens = segmenter.segment(s, Math.max(0, s.length() - 4), s.length());
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        return last != null && last.word().length() > link.length() && last.verb();
    }

    /**
     * What is held, when the words name who held it first ({@code 各校教研组开展集体备课} →
     * {@code 集体备课}): the words after the last activity verb, when the verb does not open them.
     */
    private String afterActivityVerb(String s) {
        int from = -1;
        for (String verb : words.activityVerbs()) {
            int k = s.lastIndexOf(verb);
            if (k > 0 && k + verb.length() > from) {
                from = k + verb.length();
            }
        }
        return from > 0 && s.length() - from >= 2 ? s.substring(from) : s;
    }

    static String stripDe(String s) {
        return s.endsWith(Particles.DE) ? s.substring(0, s.length() - 1) : s;
    }

    /** The trailing noun phrase of a long text (with the verb right before it when it is short). */
    String trailingPhrase(String s) {
        List<Token> tokens = segmenter.segment(s, 0, s.length());
        int i = tokens.size();
        while (i > 0 && inTrailingPhrase(tokens, i - 1)) {
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
        return np.startsWith(Particles.DE) ? np.substring(1) : np;
    }

    /** Whether token {@code k} may stand in a trailing noun phrase: a noun, 的, an adjective, a numeral, 、 after a noun. */
    private static boolean inTrailingPhrase(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.nounLike() || t.word().equals(Particles.DE)
                || t.word().equals(Marks.LIST) && k > 0 && tokens.get(k - 1).nounLike()
                || t.pos().startsWith("a") || t.pos().equals("m");
    }

    /** A short {@code …的} modifier that ends the words before a number ({@code 全部重建的169所中小学}). */
    String modifierBefore(String left) {
        if (!left.endsWith(Particles.DE) || left.length() < 2) {
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
        return start == body.length() ? "" : body.substring(start) + Particles.DE;
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
        if (!t.verb() || t.word().length() < 2 || t.word().length() > 3 || words.lightVerbs().contains(t.word())) {
            return "";
        }
        return t.word() + Particles.DE;
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
            if (!t.nounLike() || to - t.start() > 6 || scope.suffixOf(t.word()) != null || t.word().startsWith(Particles.ITS)) {
                break;
            }
            start = t.start();
        }
        String place = v.substring(start, to);
        return place.length() >= 2 && !place.endsWith(np) ? place : "";
    }

    /**
     * Words before a counted number that leave the clause's action to the counted things: none,
     * a preposition of place or beneficiary (在, 为, 对: the {@code open-left} word list), or
     * examples ending in 等.
     */
    boolean openLeft(String leftWords) {
        if (leftWords.isEmpty() || words.openLeft().contains(leftWords) || leftWords.endsWith(Particles.DENG)) {
            return true;
        }
        // 对全县33处中学校实施…: a preposition before the scope the things are counted in.
        return leftWords.length() > 1 && words.openLeft().contains(leftWords.substring(0, 1))
                && clean(leftWords.substring(1), false).isEmpty();
    }
}
