package io.github.zhibiao.internal.indicator;

import java.util.Set;

/**
 * The punctuation and parts of speech phrase building is written around: quotes, parentheses,
 * clause and list marks, the tags of proper nouns. Grammar of the text, not vocabulary.
 *
 * <pre>{@code
 * Marks.clauseMark("，");   // true
 * }</pre>
 */
final class Marks {
    static final char OPEN_QUOTE = '“';
    static final String OPEN_QUOTE_WORD = "“";
    static final String CLOSE_QUOTE_WORD = "”";
    /** The list mark between items ({@code A、B}). */
    static final String LIST = "、";
    /** Marks that may start the words before a number when the list's first item fell outside them. */
    static final String LIST_MARKS = "、，,";
    /** Quotes and title marks an action keeps ({@code 获评“全国文明城市”}). */
    static final String KEPT_IN_ACTION = "“”\"《》";
    /** A quoted name inside a noun phrase is short: at most this many tokens between the quotes. */
    static final int MAX_QUOTED_TOKENS = 8;
    /** Parts of speech of names of places, people and organisations: after a verb, its object. */
    static final Set<String> PROPER_NOUNS = Set.of("nx", "ns", "nr", "nrf", "nrj", "nt", "nsf");
    /** Punctuation that ends a clause or list item: a quote open across one is no short name. */
    private static final String CLAUSE_MARKS = "，。；：！？、,;:!?";

    private Marks() {
    }

    /** Whether {@code w} is one clause or list mark. */
    static boolean clauseMark(String w) {
        return w.length() == 1 && CLAUSE_MARKS.indexOf(w.charAt(0)) >= 0;
    }

    static boolean opensParenthesis(String w) {
        return w.equals("(") || w.equals("（");
    }

    static boolean closesParenthesis(String w) {
        return w.equals(")") || w.equals("）");
    }
}
