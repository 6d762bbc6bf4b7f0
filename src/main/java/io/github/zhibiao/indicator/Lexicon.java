package io.github.zhibiao.indicator;

import io.github.zhibiao.rules.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of some rules, longest first, each remembering its rule: the lookups the indicator
 * stage makes (does a text end with one, start with one, which one ends last inside it).
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

    private final List<Entry> entries;

    Lexicon(List<Rule> rules) {
        List<Entry> es = new ArrayList<>();
        for (Rule r : rules) {
            for (String w : r.words()) {
                es.add(new Entry(w, r));
            }
        }
        // Longest first, so 比上年增加 is tried before 增加; later rules (user files) before earlier on ties.
        List<Entry> reversed = new ArrayList<>(es);
        java.util.Collections.reverse(reversed);
        reversed.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
        this.entries = List.copyOf(reversed);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The longest word that {@code s} ends with, or null. */
    Entry suffixOf(CharSequence s) {
        String str = s.toString();
        for (Entry e : entries) {
            if (str.endsWith(e.word())) {
                return e;
            }
        }
        return null;
    }

    /** The longest word that {@code s} starts with, or null. */
    Entry prefixOf(CharSequence s) {
        String str = s.toString();
        for (Entry e : entries) {
            if (str.startsWith(e.word())) {
                return e;
            }
        }
        return null;
    }

    /** Whether any word occurs in {@code s}. */
    Hit firstIn(CharSequence s) {
        String str = s.toString();
        Hit best = null;
        for (Entry e : entries) {
            int i = str.indexOf(e.word());
            if (i >= 0 && (best == null || i < best.start())) {
                best = new Hit(e, i);
            }
        }
        return best;
    }

    /**
     * The word occurrence in {@code s} that ends last (the head of a Chinese noun phrase stands at
     * its end), the longer word on ties; null when none occurs.
     */
    Hit headIn(CharSequence s) {
        String str = s.toString();
        Hit best = null;
        for (Entry e : entries) {
            int i = str.lastIndexOf(e.word());
            if (i < 0) {
                continue;
            }
            Hit h = new Hit(e, i);
            if (best == null || h.end() > best.end()
                    || h.end() == best.end() && e.word().length() > best.entry().word().length()) {
                best = h;
            }
        }
        return best;
    }
}
