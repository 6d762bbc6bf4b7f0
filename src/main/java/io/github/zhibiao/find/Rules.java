package io.github.zhibiao.find;

import io.github.zhibiao.model.Qualifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar's tables, loaded once from tab-separated resource files and frozen: numeral
 * characters, units and measure words, qualifier words, blockers, rate denominators. Immutable and
 * thread-safe; share one instance.
 *
 * <p>Files (under {@code io/github/zhibiao/rules/}, {@code #} starts a comment line):
 * <ul>
 *   <li>{@code numerals.tsv}: char, role (DIGIT, FORMAL, SMALL, BIG, POINT, HALF), value, example, expect</li>
 *   <li>{@code units.tsv}: surface, unit, kind ({@link UnitKind}), scope ({@link Scope}), example, expect</li>
 *   <li>{@code qualifiers.tsv}: word, position (PREFIX, SUFFIX, INFIX), qualifier, example, expect</li>
 *   <li>{@code blockers.tsv}: word, position (AFTER, BEFORE, NAME), scope, note</li>
 *   <li>{@code per.tsv}: token, class (WHO, TIME)</li>
 * </ul>
 * {@code expect} is {@code value|unit} of the single quantity the example must give (unit empty
 * for a bare number).
 *
 * <pre>{@code
 * Rules rules = Rules.builder().addUnits(Path.of("my-units.tsv")).build();
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

    private static final String BASE = "/io/github/zhibiao/rules/";
    private static final Rules DEFAULTS = builder().build();

    /** One example row of a table, for the generic example test. */
    public record Example(String table, String entry, String example, String value, String unit) {
    }

    private final byte[] classes;
    private final boolean[] formalScale;
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
    private final Map<Character, Qualifier> infixQualifiers;
    private final WordTrie<Boolean> perTokens;
    private final WordTrie<Long> halfWords;
    private final List<Example> examples;

    private Rules(Builder b) {
        classes = new byte[65536];
        formalScale = new boolean[65536];
        for (char c = '0'; c <= '9'; c++) {
            classes[c] = ARABIC;
            classes[c + 0xFEE0] = ARABIC;
        }
        classes['X'] = PLACEHOLDER;
        classes['Ｘ'] = PLACEHOLDER;
        Map<Character, Long> vals = new HashMap<>();
        Map<String, Long> half = new HashMap<>();
        for (String[] r : b.numerals) {
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
        // 大写 scale characters: a lone 拾/佰/仟 is a formal numeral too.
        for (char c : "拾佰仟".toCharArray()) {
            formalScale[c] = true;
        }
        values = Map.copyOf(vals);
        halfWords = WordTrie.of(half, false);

        Map<String, UnitEntry> afterWords = new HashMap<>();
        for (String[] r : b.units) {
            afterWords.put(r[0], new UnitEntry(r[0], col(r, 1), UnitKind.valueOf(col(r, 2)),
                    Scope.valueOf(col(r, 3).isEmpty() ? "ALL" : col(r, 3))));
        }
        Map<String, UnitEntry> beforeWords = new HashMap<>();
        Map<String, String> nameWords = new HashMap<>();
        List<String> statistics = new ArrayList<>();
        for (String[] r : b.blockers) {
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
        after = WordTrie.of(afterWords, false);
        before = WordTrie.of(beforeWords, true);
        names = WordTrie.of(nameWords, false);
        statisticWords = List.copyOf(statistics);

        Map<String, Qualifier> pre = new HashMap<>();
        Map<String, Qualifier> suf = new HashMap<>();
        Map<Character, Qualifier> inf = new HashMap<>();
        for (String[] r : b.qualifiers) {
            Qualifier q = Qualifier.valueOf(col(r, 2));
            switch (col(r, 1)) {
                case "PREFIX" -> pre.put(r[0], q);
                case "SUFFIX" -> suf.put(r[0], q);
                case "INFIX" -> inf.put(r[0].charAt(0), q);
                default -> throw new IllegalArgumentException("qualifiers: unknown position " + col(r, 1));
            }
        }
        prefixQualifiers = WordTrie.of(pre, true);
        suffixQualifiers = WordTrie.of(suf, false);
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

    /** A builder holding the built-in tables, to which user tables may be added. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class of {@code c}: {@link #ARABIC}, {@link #DIGIT}, … or {@link #NONE}. */
    public byte charClass(char c) {
        return classes[c];
    }

    /** Whether {@code c} is a 大写 scale (拾佰仟), which alone is no number. */
    public boolean formalScale(char c) {
        return formalScale[c];
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

    /** Fixed names that contain numerals (十九大, 一体化). */
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

    public WordTrie<String> names() {
        return names;
    }

    /** Prefix qualifier words, matched backward. */
    public WordTrie<Qualifier> prefixQualifiers() {
        return prefixQualifiers;
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

    /** Collects table rows; {@link #build()} freezes them. Later rows override earlier ones. */
    public static final class Builder {
        private final List<String[]> numerals = new ArrayList<>();
        private final List<String[]> units = new ArrayList<>();
        private final List<String[]> qualifiers = new ArrayList<>();
        private final List<String[]> blockers = new ArrayList<>();
        private final List<String[]> per = new ArrayList<>();

        private Builder() {
            numerals.addAll(resource("numerals.tsv"));
            units.addAll(resource("units.tsv"));
            qualifiers.addAll(resource("qualifiers.tsv"));
            blockers.addAll(resource("blockers.tsv"));
            per.addAll(resource("per.tsv"));
        }

        /** Adds rows in the {@code units.tsv} format. */
        public Builder addUnits(Path file) {
            units.addAll(read(file));
            return this;
        }

        /** Adds rows in the {@code blockers.tsv} format. */
        public Builder addBlockers(Path file) {
            blockers.addAll(read(file));
            return this;
        }

        /** Adds rows in the {@code qualifiers.tsv} format. */
        public Builder addQualifiers(Path file) {
            qualifiers.addAll(read(file));
            return this;
        }

        /** Adds rows in the {@code units.tsv} format from a reader. */
        public Builder addUnits(Reader reader) {
            units.addAll(parse(reader));
            return this;
        }

        /** Freezes the tables. */
        public Rules build() {
            return new Rules(this);
        }

        private static List<String[]> read(Path file) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        private static List<String[]> resource(String name) {
            InputStream in = Rules.class.getResourceAsStream(BASE + name);
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }

        private static List<String[]> parse(Reader reader) {
            List<String[]> rows = new ArrayList<>();
            try {
                BufferedReader br = new BufferedReader(reader);
                String line;
                while ((line = br.readLine()) != null) {
                    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    rows.add(line.split("\t", -1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }
    }

}
