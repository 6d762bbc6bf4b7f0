package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.rules.RuleSet;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine's own word lists ({@code words} rules), each named by its rule's id: the built-in lists
 * of {@code words.tsv} with what a user's rules files add to them ({@link RuleSet#wordList}). The
 * engine reads each list once, when it is built.
 */
final class Words {

    private final RuleSet rules;

    Words(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * The words of a list, for look-ups.
     *
     * @throws IllegalArgumentException when the rules have no list of this id
     */
    Set<String> set(String id) {
        return Set.copyOf(list(id));
    }

    /**
     * The words of a list as a regular-expression alternation ({@code a|b|c}), each taken literally,
     * in load order: an alternation tries them in that order.
     */
    String alternation(String id) {
        return list(id).stream().map(Words::literal).collect(Collectors.joining("|"));
    }

    /** The regular expression of a {@code pattern} row ({@link RuleSet#pattern}). */
    String pattern(String id) {
        return rules.pattern(id);
    }

    List<String> list(String id) {
        return rules.wordList(id);
    }

    /** The word itself when it has no regex metacharacter (most are Chinese words), else quoted. */
    private static String literal(String word) {
        return word.chars().anyMatch(c -> "\\^$.|?*+()[]{}".indexOf(c) >= 0) ? Pattern.quote(word) : word;
    }
}
