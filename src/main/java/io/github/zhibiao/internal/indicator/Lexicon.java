package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.rules.Rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of some rules, each remembering its rule, indexed by first and last character: the
 * lookups the indicator stage makes (does a text end with one, start with one, which one ends
 * last inside it). Within one character's list, longer words come first, and on equal length
 * later rules (a user's file) before earlier ones.
 */
final class Lexicon {

    /** One word of one rule. */
    record Entry(String word, Rule rule) {
    }

    /** Where a word was found in a text. */
    record Hit(Entry entry, int start) {
        int end() {
            return start + entry.word().length();
        }
    }

    private final Map<Character, List<Entry>> byFirst;
    private final Map<Character, List<Entry>> byLast;
    /** Characters that start some word: a bit test skips most characters without a map probe. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet lasts = new BitSet(Character.MAX_VALUE + 1);

    Lexicon(List<Rule> rules) {
        List<Entry> es = new ArrayList<>();
        for (Rule r : rules) {
            for (String w : r.words()) {
                es.add(new Entry(w, r));
            }
        }
        Collections.reverse(es);
        es.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
        this.byFirst = index(es, true);
        this.byLast = index(es, false);
        byFirst.keySet().forEach(c -> firsts.set(c));
        byLast.keySet().forEach(c -> lasts.set(c));
    }

    private static Map<Character, List<Entry>> index(List<Entry> sorted, boolean first) {
        Map<Character, List<Entry>> m = new HashMap<>();
        for (Entry e : sorted) {
            String w = e.word();
            m.computeIfAbsent(first ? w.charAt(0) : w.charAt(w.length() - 1), c -> new ArrayList<>()).add(e);
        }
        m.replaceAll((c, l) -> List.copyOf(l));
        return Map.copyOf(m);
    }

    /** The longest word that {@code s} ends with, or null. */
    Entry suffixOf(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        String str = s.toString();
        for (Entry e : byLast.getOrDefault(str.charAt(str.length() - 1), List.of())) {
            if (str.endsWith(e.word())) {
                return e;
            }
        }
        return null;
    }

    /** The longest word that {@code s} starts with, or null. */
    Entry prefixOf(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        String str = s.toString();
        for (Entry e : byFirst.getOrDefault(str.charAt(0), List.of())) {
            if (str.startsWith(e.word())) {
                return e;
            }
        }
        return null;
    }

    /** The word occurrence that starts first in {@code s} (the longest there), or null. */
    Hit firstIn(CharSequence s) {
        return firstIn(s, 0);
    }

    /** The word occurrence that starts first in {@code s} at or after {@code from}; its start indexes {@code s}. */
    Hit firstIn(CharSequence s, int from) {
        String str = s.toString();
        for (int i = from; i < str.length(); i++) {
            if (!firsts.get(str.charAt(i))) {
                continue;
            }
            for (Entry e : byFirst.getOrDefault(str.charAt(i), List.of())) {
                if (str.startsWith(e.word(), i)) {
                    return new Hit(e, i);
                }
            }
        }
        return null;
    }

    /**
     * The word occurrence in {@code s} that ends last (the head of a Chinese noun phrase stands at
     * its end), the longer word on ties; null when none occurs.
     */
    Hit headIn(CharSequence s) {
        String str = s.toString();
        for (int end = str.length(); end > 0; end--) {
            if (!lasts.get(str.charAt(end - 1))) {
                continue;
            }
            for (Entry e : byLast.getOrDefault(str.charAt(end - 1), List.of())) {
                int start = end - e.word().length();
                if (start >= 0 && str.startsWith(e.word(), start)) {
                    return new Hit(e, start);
                }
            }
        }
        return null;
    }
}
