package io.github.zhibiao.indicator;

import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine's own word lists: the {@code words} rules of the built-in rules ({@code words.tsv}),
 * read once, each named by its rule's id.
 */
final class Words {

    private static final Map<String, List<String>> LISTS = load();

    private Words() {
    }

    /**
     * The words of a list, for look-ups.
     *
     * @throws IllegalStateException when the built-in rules have no list of this id
     */
    static Set<String> set(String id) {
        return Set.copyOf(list(id));
    }

    /**
     * The words of a list as a regular-expression alternation ({@code a|b|c}), each taken literally,
     * in file order: an alternation tries them in that order.
     */
    static String alternation(String id) {
        return list(id).stream().map(Words::literal).collect(Collectors.joining("|"));
    }

    static List<String> list(String id) {
        List<String> words = LISTS.get(id);
        if (words == null) {
            throw new IllegalStateException("no built-in word list '" + id + "' (words.tsv)");
        }
        return words;
    }

    /** The word itself when it has no regex metacharacter (most are Chinese words), else quoted. */
    private static String literal(String word) {
        return word.chars().anyMatch(c -> "\\^$.|?*+()[]{}".indexOf(c) >= 0) ? Pattern.quote(word) : word;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> lists = new HashMap<>();
        for (Rule r : RuleSet.defaults().of(RuleKind.WORDS)) {
            lists.merge(r.id(), r.words(), (a, b) -> {
                throw new IllegalStateException(r.source() + ":" + r.line() + ": word list " + r.id() + " given twice");
            });
        }
        return Map.copyOf(lists);
    }
}
