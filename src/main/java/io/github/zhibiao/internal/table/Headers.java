package io.github.zhibiao.internal.table;

import io.github.zhibiao.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words of a table's headers, labels and captions mean. */
final class Headers {

    // The words are the rules' (patterns.tsv, "tables" block); the code only names them.
    static final Pattern CAPTION = builtIn("table-caption-number");
    static final Pattern UNIT_NOTE = builtIn("table-unit-note");
    static final Pattern UNIT_COLUMN = builtIn("table-unit-column");
    static final Pattern UNIT_WORD = builtIn("table-unit-word");
    static final Pattern POINTS = builtIn("table-points");
    private static final Pattern UNIT_PREFIX = builtIn("table-unit-prefix");
    private static final Pattern PARENS = Pattern.compile("[（(]([^（()）]*)[）)]");
    private static final Pattern INDEX = builtIn("table-index");
    private static final Pattern GROWTH = builtIn("table-growth");
    private static final Pattern SHARE = builtIn("table-share");
    private static final Pattern LABEL_MARKS = builtIn("table-label-marks");
    static final Pattern NUMBER = Pattern.compile("^[-−–+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$|^[-−–+]?\\d+(?:\\.\\d+)?$");
    /** What a table prints for "no figure". */
    static final Pattern NONE = Pattern.compile("^[-—–…－]{1,2}$|^…+$|^/$");

    /** What a row of a block counts, when its label ends with it: its rows below are kinds of it. */
    private static final Pattern BLOCK_MEASURE = builtIn("table-block-measure");
    /** A column header that names a group, not a measure: a few characters, no measure word at its end. */
    static final Pattern DIMENSION = builtIn("table-dimension");
    /** A row label marked as a part of the row above ({@code 其中：}, {@code #}). */
    static final Pattern MARKED = builtIn("table-part-mark");

    private Headers() {
    }

    /** A built-in pattern piece of the rules ({@code patterns.tsv}), compiled. */
    static Pattern builtIn(String id) {
        return Pattern.compile(RuleSet.defaults().pattern(id));
    }

    /** Whether a header names the unit column ({@code 单位}, {@code 计量单位}). */
    static boolean unitColumn(String header) {
        return UNIT_COLUMN.matcher(squeeze(header)).matches();
    }

    /** How a column's numbers are read. */
    enum Kind { LEVEL, GROWTH, SHARE, INDEX }

    static Kind kind(String header) {
        String h = squeeze(header);
        if (INDEX.matcher(h).find() && !h.contains("%")) {
            return Kind.INDEX;
        }
        if (GROWTH.matcher(h).find()) {
            return Kind.GROWTH;
        }
        if (SHARE.matcher(h).find()) {
            return Kind.SHARE;
        }
        return Kind.LEVEL;
    }

    /** The unit a header names: in its last brackets ({@code 产量（万吨）}), or a trailing {@code %}; else empty. */
    static String unit(String header) {
        String h = squeeze(header);
        Matcher m = PARENS.matcher(h);
        String u = "";
        while (m.find()) {
            u = m.group(1);
        }
        if (u.isEmpty() && (h.endsWith("%") || h.endsWith("％"))) {
            u = "%";
        }
        u = u.replace("％", "%");
        u = UNIT_PREFIX.matcher(u).replaceFirst("");
        return u.length() > 8 || INDEX.matcher(u).find() ? "" : u;
    }

    /** The header without its bracketed unit: what the column measures ({@code 产量}). */
    static String name(String header) {
        return PARENS.matcher(squeeze(header)).replaceAll("").replaceAll("[%％]$", "");
    }

    /** A row label made a subject: markers ({@code #}, {@code 其中：}, {@code （1）}) and spaces gone. */
    static String subject(String label) {
        String s = squeeze(label);
        String before;
        do {
            before = s;
            s = LABEL_MARKS.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }

    /**
     * The block a row opens: the count word its label ends with ({@code 各级各类学校招生数} →
     * {@code 招生数}), when the next row is marked as its part ({@code #普通高等学校}); else empty.
     */
    static String blockOf(String label, String nextLabel) {
        Matcher m = BLOCK_MEASURE.matcher(subject(label));
        return m.find() && nextLabel != null && MARKED.matcher(nextLabel).find() ? m.group(1) : "";
    }

    /** True when a column header (its unit aside) is a block's count word: {@code 招生数（人）}. */
    static boolean isBlockMeasure(String header) {
        return BLOCK_MEASURE.matcher(name(header)).matches();
    }

    /** True when a row label ends with a block's count word. */
    static boolean endsWithBlockMeasure(String label) {
        return BLOCK_MEASURE.matcher(subject(label)).find();
    }

    /** Without whitespace. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000\\u00A0\\u200B\\uFEFF]+", "");
    }

    /**
     * The words of a header line split on spaces, rejoined where the layout spaced out one word:
     * brackets left open ({@code 指数（以上年为 100）}) and single characters ({@code 指 标}).
     */
    static List<String> words(List<String> tokens) {
        List<String> paren = new ArrayList<>();
        StringBuilder cur = null;
        for (String t : tokens) {
            if (cur != null) {
                cur.append(t);
                if (balanced(cur)) {
                    paren.add(cur.toString());
                    cur = null;
                }
            } else if (!balanced(t)) {
                cur = new StringBuilder(t);
            } else {
                paren.add(t);
            }
        }
        if (cur != null) {
            paren.add(cur.toString());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paren.size(); i++) {
            String t = paren.get(i);
            if (t.length() == 1 && isCjk(t.charAt(0)) && i + 1 < paren.size() && isCjk(paren.get(i + 1).charAt(0))) {
                out.add(t + paren.get(++i));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean balanced(CharSequence s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                d++;
            } else if (c == '）' || c == ')') {
                d--;
            }
        }
        return d <= 0;
    }

    static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    /** True for a cell that holds a number or a dash for none. */
    static boolean figure(String t) {
        return NUMBER.matcher(t).matches() || NONE.matcher(t).matches();
    }
}
