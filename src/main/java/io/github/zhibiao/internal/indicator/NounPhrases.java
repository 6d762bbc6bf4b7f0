package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.List;
import java.util.Set;

/**
 * The noun phrase that starts right after a number and names what it counts ({@code
 * 6条城乡公交示范线路} → {@code 城乡公交示范线路}): nouns, with the describing words, short verbs,
 * quoted names and joined nouns that stay inside a name. Each of those is a sub-rule the trace
 * names ({@code phrase.quoted-name}, {@code phrase.verb-noun-end}, {@code phrase.bridged-name},
 * {@code phrase.parenthesized}, {@code phrase.joined-nouns}). Segments only the few characters it
 * looks at. Immutable.
 *
 * <pre>{@code
 * String np = nouns.after(v, from, to, Tracer.NONE);   // 建成6条城乡公交示范线路 → 城乡公交示范线路
 * }</pre>
 */
final class NounPhrases {

    /** How many characters after a number a noun phrase is looked for in. */
    private static final int REACH = 24;
    static final String QUOTED_NAME = "phrase.quoted-name";
    static final String VERB_NOUN_END = "phrase.verb-noun-end";
    static final String BRIDGED_NAME = "phrase.bridged-name";
    static final String PARENTHESIZED = "phrase.parenthesized";
    static final String JOINED_NOUNS = "phrase.joined-nouns";
    /** The sub-rules in the order of their catalogue rows, as the trace names them. */
    private static final List<String> SUB_RULES = List.of(QUOTED_NAME, VERB_NOUN_END, BRIDGED_NAME, PARENTHESIZED, JOINED_NOUNS);
    /** Parts of speech of describing words (adjective, distinguishing, position) that may open a name. */
    private static final Set<String> DESCRIBING = Set.of("a", "b", "f");

    private final Segmenter segmenter;
    private final Categorizer categorizer;
    private final PhraseWords words;

    NounPhrases(Segmenter segmenter, Categorizer categorizer, PhraseWords words) {
        this.segmenter = segmenter;
        this.categorizer = categorizer;
        this.words = words;
    }

    /** The noun phrase being built, and the index of the next token to read. */
    private static final class Building {
        final List<Token> tokens;
        final StringBuilder np = new StringBuilder();
        int i;

        Building(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token at(int k) {
            return tokens.get(k);
        }

        boolean has(int k) {
            return k < tokens.size();
        }

        boolean nounNext() {
            return has(i + 1) && at(i + 1).nounLike();
        }

        /** Takes tokens {@code i} to {@code to}, exclusive, into the phrase. */
        void take(int to) {
            for (; i < to; i++) {
                np.append(at(i).word());
            }
        }
    }

    /**
     * The noun phrase that starts right after a number: nouns, with adjectives and (early) verbs
     * inside it when a noun follows, short parenthesized parts ({@code 镇(办)}) and nouns joined by
     * 、 和 或 ({@code 教研组或年级组}); the sub-rules that kept a piece go to {@code t}.
     */
    String after(String v, int from, int to, Tracer t) {
        if (from >= to) {
            return "";
        }
        Building b = new Building(segmenter.segment(v, from, Math.min(to, from + REACH)));
        SubRuleNotes n = SubRuleNotes.of(SUB_RULES, t);
        if (from > 0 && v.charAt(from - 1) == Marks.OPEN_QUOTE) {
            // 7名“两院”院士: a quoted name opens the phrase; the segmenter cuts it into any words.
            int close = TokenRuns.closingQuote(b.tokens, 0);
            if (close > 0) {
                b.take(close);
                b.i = close + 1;
                SubRuleNotes.note(n, QUOTED_NAME, "", b.np.toString());
            }
        }
        while (b.has(b.i) && !ends(b) && (plain(b) || inner(b, n))) {
            // each pass takes at least one token
        }
        SubRuleNotes.flush(n, t);
        return Clauses.trimQuotes(b.np.toString());
    }

    /** {@link #after} without a trace. */
    String after(String v, int from, int to) {
        return after(v, from, to, Tracer.NONE);
    }

    /** Whether the token at the cursor ends a phrase that has begun: it says how or what the things did. */
    private boolean ends(Building b) {
        if (b.np.length() == 0) {
            return false;
        }
        Token t = b.at(b.i);
        // 135所薄弱学校深度结对: 深度 says how they pair; 4个项目入选国家名单: the verb opens what they did
        return words.adverbNouns().contains(t.word()) && b.has(b.i + 1) && b.at(b.i + 1).verb()
                || words.predicateVerbs().contains(t.word());
    }

    /** Takes a noun, a describing word or early verb before a noun, or an opening {@code X的}; whether it did. */
    private static boolean plain(Building b) {
        Token t = b.at(b.i);
        String pos = t.pos();
        if (t.nounLike()) {
            b.take(b.i + 1);
            return true;
        }
        boolean describing = pos.startsWith("a") || pos.equals("b") || pos.equals("f") || pos.equals("s")
                || b.np.length() == 0 && pos.startsWith("v") && t.word().length() <= 2;
        if (describing && b.nounNext()) {
            b.take(b.i + 1);
            return true;
        }
        boolean modifier = pos.startsWith("a") || pos.startsWith("v") || pos.startsWith("d") || pos.startsWith("z");
        if (modifier && b.np.length() == 0 && b.has(b.i + 2) && b.at(b.i + 1).word().equals(Particles.DE)
                && b.at(b.i + 2).nounLike()) {
            b.take(b.i + 2);
            return true;
        }
        return false;
    }

    /** Takes the pieces a sub-rule keeps inside a name that has begun; whether one did. */
    private boolean inner(Building b, SubRuleNotes n) {
        String before = n == null ? null : b.np.toString();
        String rule = inner(b);
        if (rule == null) {
            return false;
        }
        SubRuleNotes.note(n, rule, before, n == null ? null : b.np.toString());
        return true;
    }

    /** The sub-rule that took the next pieces into the phrase, or null when none applies. */
    private String inner(Building b) {
        int i = b.i;
        Token t = b.at(i);
        boolean begun = b.np.length() > 0;
        if (begun && endsOnVerbNoun(b.tokens, i) && (!categorizer.endsInCountedKind(b.np)
                || categorizer.endsInCountedKind(b.at(i + 1).word()))) {
            // 国家级技术创新中心, 县域商业领跑县: a short verb and the noun that end the name; after a
            // phrase that already names what is counted (…教师结成师徒) the verb says what they did
            b.take(i + 2);
            return VERB_NOUN_END;
        }
        if (begun && b.np.length() <= 3 && TokenRuns.bridgesToNoun(b.tokens, i)) {
            // 公办民助类改制学校: short modifiers, verbs and classifiers inside a name.
            int to = i;
            while (!b.at(to).nounLike()) {
                to++;
            }
            b.take(to);
            return BRIDGED_NAME;
        }
        if (begun && Marks.opensParenthesis(t.word()) && b.has(i + 2) && Marks.closesParenthesis(b.at(i + 2).word())
                && b.at(i + 1).word().length() <= 2) {
            b.take(i + 3);
            return PARENTHESIZED;
        }
        if (begun && words.nounJoiners().contains(t.word())
                && (b.nounNext() || b.has(i + 2) && b.at(i + 1).pos().startsWith("a") && b.at(i + 2).nounLike())) {
            b.take(i + 1);
            return JOINED_NOUNS;
        }
        // 10所左右省级“双高建设计划”院校: a quoted name before a noun is part of the phrase
        int close = TokenRuns.quotedModifierEnd(b.tokens, i);
        if (close < 0) {
            return null;
        }
        b.take(close + 1);
        return QUOTED_NAME;
    }

    /**
     * A looser noun phrase after a number, for when {@link #after} finds none: names that the
     * segmenter breaks up ({@code 多式联运示范线路}) and names with a size class inside ({@code
     * 750千伏和330千伏电网工程}). Nouns, adjectives, distinguishing words, numerals and measure
     * words, short verbs between nouns; it ends on its last noun. Empty when none.
     */
    String loose(String v, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + LeftSubjects.MAX_SUBJECT));
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (end >= 0 && words.predicateVerbs().contains(t.word())) {
                break;
            }
            if (t.nounLike()) {
                end = t.end();
            } else if (!insideLoose(tokens, i, end >= 0)) {
                break;
            }
        }
        return end < 0 ? "" : Clauses.trimQuotes(v.substring(from, end));
    }

    /** Whether token {@code i}, not a noun, may stand inside a loose name ({@code nounSeen}: after its first noun). */
    private boolean insideLoose(List<Token> tokens, int i, boolean nounSeen) {
        Token t = tokens.get(i);
        String pos = t.pos();
        if (!nounSeen && i > 0 && DESCRIBING.stream().anyMatch(tokens.get(i - 1).pos()::startsWith) && pos.startsWith("v")
                && t.word().length() <= 2 && TokenRuns.bridgesToNoun(tokens, i)) {
            return true; // 36起成功避险避灾案例: a short verb inside the name, after a describing word
        }
        if (pos.startsWith("a") || pos.equals("b") || pos.equals("k") || pos.equals("f")
                || pos.equals("m") || pos.equals("q") || pos.equals("nx")) {
            return true;
        }
        if (nounSeen && pos.startsWith("v") && t.word().length() == 1 && TokenRuns.bridgesToNoun(tokens, i)) {
            return true;
        }
        // 750千伏和330千伏: a joiner before a numeral
        return words.sizeJoiners().contains(t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("m");
    }

    /**
     * The noun phrase after a description that ends in 的 ({@code 师德高尚、业务精湛的骨干教师} →
     * {@code 骨干教师}), when it names a thing of a known kind; else empty.
     */
    String describedHead(String v, int from, int to) {
        List<Token> tokens = segmenter.segment(v, from, Math.min(to, from + REACH));
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word().equals(Particles.DE)) {
                if (k < 2) {
                    return "";
                }
                String head = after(v, t.end(), to);
                return categorizer.namesCountedKind(head) ? head : "";
            }
            boolean descriptive = t.nounLike() || t.pos().startsWith("a") || t.pos().startsWith("d")
                    || t.word().equals(Marks.LIST) || t.pos().equals("nr");
            if (!descriptive) {
                return "";
            }
        }
        return "";
    }

    /**
     * True when {@code tokens[i]} is a short verb (not a predicate verb) followed by a plain noun
     * that ends the span or stands before punctuation: the last words of a name.
     */
    private boolean endsOnVerbNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.verb() || t.word().length() > 2 || words.predicateVerbs().contains(t.word()) || i + 1 >= tokens.size()) {
            return false;
        }
        Token noun = tokens.get(i + 1);
        // a place or a person's name after the verb is its object (落户河北), not the end of a name
        return noun.pos().startsWith("n") && !Marks.PROPER_NOUNS.contains(noun.pos())
                && (i + 2 == tokens.size() || tokens.get(i + 2).pos().equals("w"));
    }
}
