package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.List;

/**
 * What a short text is made of, by its words' parts of speech: one noun phrase, verbs only, a noun
 * at its start, a verb or an institution at its end. Tests the steps ask of a would-be subject.
 * Immutable.
 *
 * <pre>{@code
 * shapes.nounPhrase("化肥施用量");   // true
 * shapes.verbsOnly("将完成");        // true
 * }</pre>
 */
final class WordShapes {

    /** A text of verbs alone is short; a longer one names something. */
    private static final int MAX_VERBS = 6;

    private final Segmenter segmenter;

    WordShapes(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    private List<Token> words(String s) {
        return segmenter.segment(s, 0, s.length());
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
     * True when {@code s} reads as one noun phrase: it ends in a noun and holds no punctuation,
     * preposition, particle, numeral, pronoun or conjunction ({@code 碳排放}, {@code 化肥施用量}).
     */
    boolean nounPhrase(String s) {
        List<Token> tokens = words(s);
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).nounLike() && tokens.stream()
                .noneMatch(t -> t.pos().isEmpty() || "wpumrc".indexOf(t.pos().charAt(0)) >= 0);
    }

    /** True when {@code s} is empty or only verbs, verbal nouns and adverbs ({@code 调整}, {@code 稳步提升}). */
    boolean actionOnly(String s) {
        if (s.length() > MAX_VERBS) {
            return false;
        }
        for (Token t : words(s)) {
            if (!(t.pos().startsWith("v") || t.pos().startsWith("d"))) {
                return false;
            }
        }
        return true;
    }

    /** True when a would-be subject is only verbs and adverbs ({@code 将完成}): it needs a noun. */
    boolean verbsOnly(String s) {
        if (s.isEmpty() || s.length() > MAX_VERBS) {
            return false;
        }
        for (Token t : words(s)) {
            if (!(t.verb() || t.pos().startsWith("d"))) {
                return false;
            }
        }
        return true;
    }

    boolean endsWithVerb(String s) {
        List<Token> tokens = words(s);
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).verb();
    }

    String lastWord(String s) {
        List<Token> tokens = words(s);
        return tokens.isEmpty() ? s : tokens.get(tokens.size() - 1).word();
    }

    /**
     * True when the last word of {@code s} names an institution or a trade ({@code 陈列馆}, {@code
     * 门诊部}, {@code 药师}): a thing of its own, never a part that takes its parent's name.
     */
    boolean namesInstitutionOrTrade(String s) {
        List<Token> tokens = words(s);
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        // 中心, 机构: two-character institution words are too general to name a thing of their own
        return last != null && (last.pos().equals("nnt") || last.pos().equals("nis") && last.word().length() >= 3);
    }
}
