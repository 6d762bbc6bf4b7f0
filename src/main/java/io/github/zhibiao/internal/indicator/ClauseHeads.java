package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.List;

/**
 * What a clause is about and what counted things did: the topic a clause opens with ({@code
 * 三次产业结构进一步优化} → {@code 三次产业结构}), what a clause that opens with a verb acts on
 * ({@code 落实课后服务政策} → {@code 课后服务政策}), and the action in the words after a noun phrase
 * ({@code 404家企业通过两化融合贯标} → {@code 通过两化融合贯标}). Immutable.
 *
 * <pre>{@code
 * heads.topicOf("三次产业结构进一步优化");   // 三次产业结构
 * }</pre>
 */
final class ClauseHeads {

    /** An action taken into a subject stays short: the subject still names a thing. */
    private static final int MAX_ACTION = 14;
    private static final int MAX_SUBJECT = LeftSubjects.MAX_SUBJECT;

    private final Segmenter segmenter;
    private final LeftSubjects left;
    private final PhraseWords words;

    ClauseHeads(Segmenter segmenter, LeftSubjects left, PhraseWords words) {
        this.segmenter = segmenter;
        this.left = left;
        this.words = words;
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
        if (tokens.size() > 1 && words.adverbNouns().contains(tokens.get(0).word()) && tokens.get(1).verb()) {
            tokens = tokens.subList(1, tokens.size()); // 深度结对: the action is 结对
        }
        Token first = tokens.get(0);
        if (!(first.verb() || first.pos().startsWith("p") || words.partyJoiners().contains(first.word())
                || first.pos().startsWith("d") && tokens.size() > 1 && tokens.get(1).verb())) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.pos().equals("w") && !Marks.KEPT_IN_ACTION.contains(t.word()) || b.length() + t.word().length() > MAX_ACTION) {
                break;
            }
            if (!t.word().equals(Particles.LE) && !t.pos().startsWith("ul")) {
                b.append(t.word());
            }
        }
        return Clauses.trimQuotes(b.toString());
    }

    /**
     * The topic a clause opens with: its words up to the first verb or adverb
     * ({@code 三次产业结构进一步优化} → {@code 三次产业结构}); empty when it opens with neither a
     * noun nor stays within {@link LeftSubjects#MAX_SUBJECT} characters.
     */
    String topicOf(String clause) {
        String c = left.clean(clause, true);
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
        String c = left.clean(clause, true);
        if (c.isEmpty()) {
            return "";
        }
        List<Token> tokens = segmenter.segment(c, 0, Math.min(c.length(), MAX_SUBJECT + 1));
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).pos().startsWith("d") || words.adverbNouns().contains(tokens.get(k).word()))) {
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
}
