package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.segment.Token;

import java.util.List;

/**
 * Runs of tokens that stay inside a name: a short quoted name ({@code “双高建设计划”院校}) and the
 * short verbs, classifiers and bound morphemes that bridge to a noun ({@code 公办民助类改制学校}).
 * Pure functions over a segmenter's tokens.
 *
 * <pre>{@code
 * int close = TokenRuns.closingQuote(tokens, 0);   // the index of ”, or -1
 * }</pre>
 */
final class TokenRuns {

    private TokenRuns() {
    }

    /**
     * The index of the closing quote when {@code tokens[i]} opens a short quoted name that a noun
     * follows ({@code “双高建设计划”院校}); -1 otherwise.
     */
    static int quotedModifierEnd(List<Token> tokens, int i) {
        if (!tokens.get(i).word().equals(Marks.OPEN_QUOTE_WORD)) {
            return -1;
        }
        int j = closingQuote(tokens, i + 1);
        return j > i + 1 && j + 1 < tokens.size() && tokens.get(j + 1).nounLike() ? j : -1;
    }

    /**
     * The index of the closing quote of a short quoted name whose words start at {@code from}; -1
     * when none closes within {@link Marks#MAX_QUOTED_TOKENS} tokens or a clause mark comes first.
     */
    static int closingQuote(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + Marks.MAX_QUOTED_TOKENS; j++) {
            String w = tokens.get(j).word();
            if (w.equals(Marks.CLOSE_QUOTE_WORD)) {
                return j;
            }
            if (w.equals(Marks.OPEN_QUOTE_WORD) || Marks.clauseMark(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** True when tokens from {@code i} are verbs, classifiers or bound morphemes up to a noun within four tokens. */
    static boolean bridgesToNoun(List<Token> tokens, int i) {
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
}
