package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The function words of the finder's steps, read from the {@code find-*} {@code pattern} rows of a
 * rule set (the built-in ones in {@code patterns.tsv}, section {@code find}; a set without them
 * reads the built-in ones): each pattern's id names the step or composite that reads it. A
 * one-character pattern class becomes a flag of a character table, so a step's test is one array
 * read. Immutable; equal when built from the same patterns.
 *
 * <pre>{@code
 * FindWords w = FindWords.of(RuleSet.defaults());
 * w.is('几', FindWords.VAGUE)   // true: 十几 is not exact
 * }</pre>
 */
final class FindWords {

    /** {@code find-vague-mark}: 几 of 十几. */
    static final int VAGUE = 1;
    /** {@code find-elided-unit-joint}: 、 和 between list items that write their unit once. */
    static final int LIST_JOINT = 1 << 1;
    /** {@code find-range-word}: 至 到, connectors that are words, never a date's dash. */
    static final int RANGE_WORD = 1 << 2;
    /** {@code find-range-lost-dash}: a dash lost in conversion between Arabic digits (2023一2025年). */
    static final int LOST_DASH = 1 << 3;
    /** {@code find-generic-one-digit}: the one of 一个, 一套. */
    static final int GENERIC_ONE = 1 << 4;
    /** {@code find-tenths-half}: 半 after 成 (三成半). */
    static final int TENTHS_HALF = 1 << 5;
    /** {@code find-sign-word}: 负 before a measure. */
    static final int MINUS = 1 << 6;
    /** {@code find-per-from-mei-mark}: 每 of 每生每年. */
    static final int PER_MARK = 1 << 7;
    /** {@code find-lone-character-formal-scale}: 拾 佰 仟, alone no number. */
    static final int FORMAL_SCALE = 1 << 8;

    private static final String[] CLASS_IDS = {"find-vague-mark", "find-elided-unit-joint", "find-range-word",
        "find-range-lost-dash", "find-generic-one-digit", "find-tenths-half", "find-sign-word",
        "find-per-from-mei-mark", "find-lone-character-formal-scale"};
    private static final String FRACTION_ID = "find-fraction-mark";

    private final List<String> sources;
    private final short[] flags = new short[65536];
    private final String fractionMark;

    private FindWords(List<String> sources) {
        this.sources = List.copyOf(sources);
        for (int k = 0; k < CLASS_IDS.length; k++) {
            mark(sources.get(k), (short) (1 << k));
        }
        this.fractionMark = sources.get(CLASS_IDS.length);
    }

    /** The function words of {@code rules}, each pattern the built-in one where the set has none of its id. */
    static FindWords of(RuleSet rules) {
        List<String> sources = new ArrayList<>();
        for (String id : CLASS_IDS) {
            sources.add(pattern(rules, id));
        }
        sources.add(pattern(rules, FRACTION_ID));
        return new FindWords(sources);
    }

    private static String pattern(RuleSet rules, String id) {
        try {
            return rules.pattern(id);
        } catch (IllegalArgumentException none) {
            return RuleSet.defaults().pattern(id);
        }
    }

    /** A character class {@code [abc]} is read as is; any other pattern is tried on every character. */
    private void mark(String pattern, short flag) {
        if (pattern.matches("\\[[^\\\\\\-\\^\\[\\]]+\\]")) {
            for (int k = 1; k < pattern.length() - 1; k++) {
                flags[pattern.charAt(k)] |= flag;
            }
            return;
        }
        Pattern p = Pattern.compile(pattern);
        for (int c = 0; c < 65536; c++) {
            if (p.matcher(String.valueOf((char) c)).matches()) {
                flags[c] |= flag;
            }
        }
    }

    /** Whether {@code c} is one of the words of {@code flag}. */
    boolean is(char c, int flag) {
        return (flags[c] & flag) != 0;
    }

    /** The mark of X分之Y ({@code find-fraction-mark}). */
    String fractionMark() {
        return fractionMark;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindWords w && w.sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return sources.hashCode();
    }
}
