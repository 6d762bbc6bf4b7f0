package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.Scope;
import io.github.zhibiao.rules.UnitKind;

import io.github.zhibiao.model.Qualifier;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar's tables, frozen from the quantity-grammar rules of a {@link RuleSet}: numeral
 * characters, units and measure words, qualifier words, blockers, rate denominators. Immutable and
 * thread-safe; share one instance.
 *
 * <p>Rules kinds (built-in files under {@code io/github/zhibiao/rules/}, one line format for all, see
 * {@link RuleKind}): {@code numeral} ({@code numerals.tsv}), {@code quantity-unit} ({@code units.tsv}),
 * {@code qualifier} ({@code qualifiers.tsv}), {@code blocker} ({@code blockers.tsv}), {@code per}
 * ({@code per.tsv}). The {@code expect} column is {@code value|unit} of the single quantity the example
 * must give (unit empty for a bare number).
 *
 * <pre>{@code
 * Rules rules = Rules.of(RuleSet.defaults().with(Path.of("my-units.tsv")));
 * }</pre>
 */
public final class Rules {

    /** Character classes of {@link #charClass}. */
    public static final byte NONE = 0;
    public static final byte ARABIC = 1;
    public static final byte DIGIT = 2;
    public static final byte FORMAL = 3;
    public static final byte SMALL = 4;
    public static final byte BIG = 5;
    public static final byte POINT = 6;
    public static final byte PLACEHOLDER = 7;
    /** First char of a whole-word form such as 半数; not a numeral by itself. */
    public static final byte WORD = 8;

    /**
     * Most parts of a rate denominator: one per-unit, or two as in {@code 元/生·年}. A longer run
     * ({@code 元/生/生/生/…}) is no denominator of one rate: the reading stops after these.
     */
    public static final int MAX_PER_PARTS = 2;
    /** Longest Arabic share part of a share chain, in digits (a part is at most 100). */
    public static final int CHAIN_PART_DIGITS = 3;
    /** Most digits of a share's denominator ({@code 3/1000}); a longer one is a date or a code. */
    public static final int SHARE_DENOMINATOR_DIGITS = 4;
    /** How far before a money amount a 每-phrase may give its rate ({@code 每生每年补助1250元}), in chars. */
    public static final int MEI_REACH = 16;
    /** Fewest Arabic digits with no unit and no separator read as an id or a phone number, not a value. */
    public static final int DIGIT_RUN_DIGITS = 7;

    /** The rules kinds the grammar reads. */
    public static final Set<RuleKind> KINDS = Collections.unmodifiableSet(EnumSet.of(RuleKind.NUMERAL,
            RuleKind.QUANTITY_UNIT, RuleKind.QUALIFIER, RuleKind.BLOCKER, RuleKind.PER));
    private static final Rules DEFAULTS = new Rules(new RuleRows(RuleSet.defaults()), RuleSet.defaults());

    /** One example row of a table, for the generic example test. */
    public record Example(String table, String entry, String example, String value, String unit) {
    }

    private final byte[] classes;
    private final Map<Character, Long> values;
    /** How far before a number a statistic's name may stand. */
    private static final int STATISTIC_REACH = 32;
    private final WordTrie<UnitEntry> after;
    private final WordTrie<UnitEntry> before;
    private final WordTrie<String> names;
    /** Names of statistics measured in units of time ({@code 预期寿命}, {@code 受教育年限}). */
    private final List<String> statisticWords;
    private final WordTrie<Qualifier> prefixQualifiers;
    private final WordTrie<Qualifier> suffixQualifiers;
    private final WordTrie<Boolean> prefixNonQualifiers;
    private final WordTrie<Boolean> suffixNonQualifiers;
    private final Map<Character, Qualifier> infixQualifiers;
    private final WordTrie<Boolean> perTokens;
    private final WordTrie<Long> halfWords;
    private final List<Example> examples;
    private final FindWords words;
    private final RuleSet order;

    private Rules(RuleRows b, RuleSet source) {
        classes = new byte[65536];
        Map<Character, Long> vals = new HashMap<>();
        halfWords = numerals(b.numerals, classes, vals);
        values = Map.copyOf(vals);
        words = FindWords.of(source);
        order = FindSteps.orderOf(source);

        Map<String, UnitEntry> afterWords = new HashMap<>();
        for (String[] r : b.units) {
            afterWords.put(r[0], new UnitEntry(r[0], col(r, 1), UnitKind.valueOf(col(r, 2)),
                    Scope.valueOf(col(r, 3).isEmpty() ? "ALL" : col(r, 3))));
        }
        Map<String, UnitEntry> beforeWords = new HashMap<>();
        Map<String, String> nameWords = new HashMap<>();
        List<String> statistics = new ArrayList<>();
        blockers(b.blockers, afterWords, beforeWords, nameWords, statistics);
        after = WordTrie.of(afterWords, false);
        before = WordTrie.of(beforeWords, true);
        names = WordTrie.of(nameWords, false);
        statisticWords = List.copyOf(statistics);

        Map<String, Qualifier> pre = new HashMap<>();
        Map<String, Qualifier> suf = new HashMap<>();
        Map<Character, Qualifier> inf = new HashMap<>();
        Map<String, Boolean> notPre = new HashMap<>();
        Map<String, Boolean> notSuf = new HashMap<>();
        qualifiers(b.qualifiers, pre, suf, inf, notPre, notSuf);
        prefixQualifiers = WordTrie.of(pre, true);
        suffixQualifiers = WordTrie.of(suf, false);
        prefixNonQualifiers = WordTrie.of(notPre, true);
        suffixNonQualifiers = WordTrie.of(notSuf, false);
        infixQualifiers = Map.copyOf(inf);

        Map<String, Boolean> per = new HashMap<>();
        for (String[] r : b.per) {
            per.put(r[0], col(r, 1).equals("WHO"));
        }
        perTokens = WordTrie.of(per, false);

        List<Example> ex = new ArrayList<>();
        addExamples(ex, "numerals", b.numerals, 3);
        addExamples(ex, "units", b.units, 4);
        addExamples(ex, "qualifiers", b.qualifiers, 3);
        examples = Collections.unmodifiableList(ex);
    }

    /** Fills the character classes and values of the numeral rows; returns the half words (一半, 半数). */
    private static WordTrie<Long> numerals(List<String[]> rows, byte[] classes, Map<Character, Long> vals) {
        for (char c = '0'; c <= '9'; c++) {
            classes[c] = ARABIC;
            classes[c + 0xFEE0] = ARABIC;
        }
        classes['X'] = PLACEHOLDER;
        classes['Ｘ'] = PLACEHOLDER;
        Map<String, Long> half = new HashMap<>();
        for (String[] r : rows) {
            String w = r[0];
            String role = col(r, 1);
            if (role.equals("HALF")) {
                half.put(w, Long.parseLong(col(r, 2)));
                if (classes[w.charAt(0)] == NONE) {
                    classes[w.charAt(0)] = WORD;
                }
                continue;
            }
            char c = w.charAt(0);
            switch (role) {
                case "DIGIT" -> classes[c] = DIGIT;
                case "FORMAL" -> classes[c] = FORMAL;
                case "SMALL" -> classes[c] = SMALL;
                case "BIG" -> classes[c] = BIG;
                case "POINT" -> classes[c] = POINT;
                default -> throw new IllegalArgumentException("numerals: unknown role " + role + " for " + w);
            }
            if (!role.equals("POINT")) {
                vals.put(c, Long.parseLong(col(r, 2)));
            }
        }
        return WordTrie.of(half, false);
    }

    private static void blockers(List<String[]> rows, Map<String, UnitEntry> afterWords,
            Map<String, UnitEntry> beforeWords, Map<String, String> nameWords, List<String> statistics) {
        for (String[] r : rows) {
            Scope scope = Scope.valueOf(col(r, 2).isEmpty() ? "ALL" : col(r, 2));
            UnitEntry e = new UnitEntry(r[0], "", UnitKind.BLOCK, scope);
            switch (col(r, 1)) {
                case "AFTER" -> afterWords.putIfAbsent(r[0], e);
                case "BEFORE" -> beforeWords.put(r[0], e);
                case "NAME" -> nameWords.put(r[0], r[0]);
                case "STATISTIC" -> statistics.add(r[0]);
                default -> throw new IllegalArgumentException("blockers: unknown position " + col(r, 1));
            }
        }
    }

    private static void qualifiers(List<String[]> rows, Map<String, Qualifier> pre, Map<String, Qualifier> suf,
            Map<Character, Qualifier> inf, Map<String, Boolean> notPre, Map<String, Boolean> notSuf) {
        for (String[] r : rows) {
            if (col(r, 2).equals("NONE")) {
                // a word holding a qualifier word that is none: 签约 is no 约, 附近 no 近
                (col(r, 1).equals("SUFFIX") ? notSuf : notPre).put(r[0], Boolean.TRUE);
                continue;
            }
            Qualifier q = Qualifier.valueOf(col(r, 2));
            switch (col(r, 1)) {
                case "PREFIX" -> pre.put(r[0], q);
                case "SUFFIX" -> suf.put(r[0], q);
                case "INFIX" -> inf.put(r[0].charAt(0), q);
                default -> throw new IllegalArgumentException("qualifiers: unknown position " + col(r, 1));
            }
        }
    }

    private static void addExamples(List<Example> out, String table, List<String[]> rows, int col) {
        for (String[] r : rows) {
            String example = col(r, col);
            if (!example.isEmpty()) {
                String expect = col(r, col + 1);
                int bar = expect.indexOf('|');
                out.add(new Example(table, r[0], example, bar < 0 ? expect : expect.substring(0, bar),
                        bar < 0 ? "" : expect.substring(bar + 1)));
            }
        }
    }

    private static String col(String[] r, int i) {
        return i < r.length ? r[i].strip() : "";
    }

    /** The built-in tables. */
    public static Rules defaults() {
        return DEFAULTS;
    }

    /**
     * The tables of the grammar kinds of {@code rules}; a set with no such rule (only indicator rules)
     * reads numbers with the built-in tables.
     */
    public static Rules of(RuleSet rules) {
        boolean ownTables = rules.hasAny(KINDS);
        boolean sameFinder = FindWords.of(rules).equals(DEFAULTS.words)
                && FindSteps.sameOrder(FindSteps.orderOf(rules), DEFAULTS.order);
        if (sameFinder && (!ownTables || sameTables(rules, RuleSet.defaults()))) {
            return DEFAULTS;
        }
        return new Rules(new RuleRows(ownTables ? rules : RuleSet.defaults()), rules);
    }

    private static boolean sameTables(RuleSet a, RuleSet b) {
        return KINDS.stream().allMatch(k -> a.of(k).equals(b.of(k)));
    }

    /** The function words of the finder's steps ({@code find-*} pattern rows). */
    FindWords words() {
        return words;
    }

    /** The rules whose {@code find.*} stage rows, step rows and {@code disable} rows order the finder. */
    RuleSet order() {
        return order;
    }

    /** The class of {@code c}: {@link #ARABIC}, {@link #DIGIT}, … or {@link #NONE}. */
    public byte charClass(char c) {
        return classes[c];
    }

    /** Whether {@code c} is a 大写 scale (拾佰仟), which alone is no number. */
    public boolean formalScale(char c) {
        return words.is(c, FindWords.FORMAL_SCALE);
    }

    /** Whether {@code c} makes a numeral vague inside it (几 of 十几). */
    boolean vagueMark(char c) {
        return words.is(c, FindWords.VAGUE);
    }

    /** Value of a Chinese numeral character (digit or scale), or {@code null}. */
    public Long numeralValue(char c) {
        return values.get(c);
    }

    /** Units, measure words and AFTER blockers, matched forward from the end of a number. */
    public WordTrie<UnitEntry> after() {
        return after;
    }

    /** BEFORE blockers, matched backward from the start of a number. */
    public WordTrie<UnitEntry> before() {
        return before;
    }

    /**
     * Whether the clause before {@code at} names a statistic measured in units of time, within
     * {@link #STATISTIC_REACH} characters ({@code 人均预期寿命提高1.5岁}).
     */
    public boolean statisticBefore(CharSequence t, int at) {
        int from = at;
        while (from > 0 && at - from < STATISTIC_REACH && "，,。；;：:\n！？".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String window = t.subSequence(from, at).toString();
        for (String w : statisticWords) {
            if (window.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Fixed names that contain numerals (十九大, 一体化). */
    public WordTrie<String> names() {
        return names;
    }

    /** Prefix qualifier words, matched backward. */
    public WordTrie<Qualifier> prefixQualifiers() {
        return prefixQualifiers;
    }

    /** Words ending in a prefix qualifier word that are none ({@code 签约}), matched backward. */
    public WordTrie<Boolean> prefixNonQualifiers() {
        return prefixNonQualifiers;
    }

    /** Words starting with a suffix qualifier word that are none, matched forward. */
    public WordTrie<Boolean> suffixNonQualifiers() {
        return suffixNonQualifiers;
    }

    /** Suffix qualifier words, matched forward. */
    public WordTrie<Qualifier> suffixQualifiers() {
        return suffixQualifiers;
    }

    /** Infix qualifier characters (余, 多) written between a number and its scale or unit. */
    public Qualifier infixQualifier(char c) {
        return infixQualifiers.get(c);
    }

    /** Rate denominators; value {@code true} for a counted thing (生, 人), false for a period. */
    public WordTrie<Boolean> perTokens() {
        return perTokens;
    }

    /** Whole words meaning a share (一半): value in percent. */
    public WordTrie<Long> halfWords() {
        return halfWords;
    }

    /** Every example given in the tables. */
    public List<Example> examples() {
        return examples;
    }
}
