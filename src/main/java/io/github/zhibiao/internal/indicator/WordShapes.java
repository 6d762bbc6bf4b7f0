package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;

import java.util.List;
import java.util.Set;

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
    /** Words that hold 等 without closing a list ({@code 高等}, {@code 等级}). */
    private final Set<String> dengWords;

    WordShapes(Segmenter segmenter, Set<String> dengWords) {
        this.segmenter = segmenter;
        this.dengWords = dengWords;
    }

    /**
     * What follows a list of examples closed by 等 ({@code A、B等综合治理工程} → {@code 综合治理工程});
     * empty when the subject holds no such list (高等, 平等 are words, not lists).
     */
    String afterExamples(String subject) {
        int k = subject.lastIndexOf(Particles.DENG_CHAR);
        if (k <= 0 || subject.lastIndexOf('、', k) < 0 || dengWords.contains(subject.substring(k - 1, k + 1))
                || dengWords.contains(subject.substring(k, Math.min(subject.length(), k + 2)))) {
            return "";
        }
        String head = subject.substring(k + 1);
        return head.length() >= 2 ? head : "";
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
