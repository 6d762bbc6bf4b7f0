package io.github.zhibiao.internal.text;

import io.github.zhibiao.rules.RuleSet;
import org.apache.commons.lang3.CharUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a text the way its page shows it: joins what a page layout split. It works on an analysis
 * view ({@link CleanText}) and only drops view characters, so offsets stay exact: a record over
 * {@code 56.43 万吨} still has the loaded text {@code 56.43 万吨}, space included.
 *
 * <p>Everywhere (the join is unambiguous): a number and a following scale or percent word apart
 * by spaces ({@code 290.41 亿元}, {@code 1.01 个百分点}).
 *
 * <p>In page-laid-out text (a PDF, or a text with at least two page-number lines such as
 * {@code - 4 -}):
 * <ul>
 * <li>page-number lines go;</li>
 * <li>a line as wide as the page's text that does not end a sentence runs on into the next line:
 *     the break, blank lines, page numbers between them go ({@code 人⏎⏎均地区生产总值});</li>
 * <li>in prose lines, spaces between a number and Chinese text go ({@code 增长 4.8%},
 *     {@code 473.94⏎⏎万人});</li>
 * <li>footnote markers ({@code 生产总值[2]1329.65亿元}) go;</li>
 * <li>charts go: a caption {@code 图1 …} and the short lines under it (units, axis labels).</li>
 * </ul>
 * Table rows are short lines: they are never joined (see {@code io.github.zhibiao.internal.table}).
 *
 * <p>Stateless and thread-safe.
 */
public final class LayoutRepair {

    // Layout vocabulary is rules data (patterns.tsv), read once from the built-in rules.
    private static final Pattern PAGE_NUMBER = builtIn("page-number");
    private static final Pattern CHART_CAPTION = builtIn("chart-caption");
    private static final Pattern TABLE_CAPTION = builtIn("table-caption");
    /** A heading or note line: never a running header nor the end of a chart. */
    private static final Pattern HEADING = builtIn("layout-heading");
    /** A scale or percent word right after a number ({@code 万}, {@code 个百分点}): a space before it is no gap. */
    private static final Pattern SCALE_WORD = builtIn("layout-scale-word");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d{1,2}\\]");
    /** A line that is one figure ({@code 42所}, {@code -2.1}, {@code 93.5%}): a table cell, never a running header. */
    private static final Pattern FIGURE_LINE = Pattern.compile("^[-+－]?\\d[\\d.,，]*\\s*[^\\d\\s]{0,4}$");
    private static final String SENTENCE_END = "。！？!?";
    /** Sentence punctuation of prose (the view folds ，； to ,;); a comma before a digit is a thousands mark. */
    private static final String PROSE_PUNCT = "，。；,;";
    /** A line at least this share of the page's text width is a full line that may run on. */
    private static final double FULL_LINE = 0.8;
    private static final int CHART_LINE_MAX = 30;
    private static final int RUNNING_HEADER_MAX = 30;

    private static Pattern builtIn(String id) {
        return Pattern.compile(RuleSet.defaults().pattern(id));
    }

    private LayoutRepair() {
    }

    /** True when {@code text} shows page layout: two or more page-number lines. */
    public static boolean pageLike(String text) {
        int n = 0;
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            if (end - from <= 16 && PAGE_NUMBER.matcher(text.substring(from, end)).matches() && ++n >= 2) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /**
     * The view with layout splits joined.
     *
     * @param view the analysis view of a loaded text
     * @param page true for page-laid-out text (a PDF); only the unambiguous number-unit join applies otherwise
     */
    public static CleanText repair(CleanText view, boolean page) {
        String v = view.text();
        boolean[] drop = new boolean[v.length()];
        boolean any = joinUnits(v, drop);
        if (page) {
            any |= pageJoins(v, drop);
        }
        return any ? view.without(drop) : view;
    }

    /** {@code 290.41 亿元}, {@code 1.01 个百分点}: spaces between a digit and a scale or percent word. */
    private static boolean joinUnits(String v, boolean[] drop) {
        boolean any = false;
        for (int i = 0; i < v.length(); i++) {
            if (!isHorizontalSpace(v.charAt(i)) || i == 0 || !CharUtils.isAsciiNumeric(v.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < v.length() && isHorizontalSpace(v.charAt(j))) {
                j++;
            }
            if (j < v.length() && j - i <= 3 && scaleWordAt(v, j)) {
                Arrays.fill(drop, i, j, true);
                any = true;
            }
            i = j - 1;
        }
        return any;
    }

    private static boolean scaleWordAt(String v, int j) {
        return SCALE_WORD.matcher(v).region(j, v.length()).lookingAt();
    }

    private static boolean pageJoins(String v, boolean[] drop) {
        List<int[]> lines = lines(v);
        int n = lines.size();
        boolean[] gone = new boolean[n];
        double[] width = new double[n];
        for (int k = 0; k < n; k++) {
            int[] l = lines.get(k);
            width[k] = width(v, l[0], l[1]);
            if (PAGE_NUMBER.matcher(v.substring(l[0], l[1])).matches()) {
                gone[k] = true;
            }
        }
        chartLines(v, lines, gone);
        runningHeaders(v, lines, width, gone);
        double full = FULL_LINE * pageWidth(width);
        boolean any = false;
        for (int k = 0; k < n; k++) {
            int[] l = lines.get(k);
            if (gone[k]) {
                // the line and its line feed
                Arrays.fill(drop, l[0], Math.min(l[1] + 1, v.length()), true);
                any = true;
                continue;
            }
            if (l[1] == l[0] || blank(v, l)) {
                continue;
            }
            boolean prose = width[k] >= full || containsAny(v, l[0], l[1], PROSE_PUNCT);
            if (prose) {
                any |= joinNumberSpaces(v, l[0], l[1], drop);
                any |= dropFootnotes(v, l[0], l[1], drop);
            }
            int last = lastNonSpace(v, l);
            boolean wide = width[k] >= full;
            // A paragraph the text layer gives as one line and a page break cuts (…，增长⏎⏎9.8%。)
            // is no full line: it runs on when it stops mid-clause and prose follows.
            if (SENTENCE_END.indexOf(v.charAt(last)) >= 0 || !wide && !(prose && midClause(v.charAt(last)))) {
                continue;
            }
            int m = k + 1;
            while (m < n && (gone[m] || blank(v, lines.get(m)))) {
                m++;
            }
            if (m == n || !runsOn(v.substring(lines.get(m)[0], lines.get(m)[1]))
                    || !wide && !containsAny(v, lines.get(m)[0], lines.get(m)[1], PROSE_PUNCT)) {
                continue;
            }
            int first = firstNonSpace(v, lines.get(m));
            int from = last + 1;
            // Two numbers or two Latin words stay apart: keep one break between them.
            if (CharUtils.isAsciiAlphanumeric(v.charAt(last)) && CharUtils.isAsciiAlphanumeric(v.charAt(first))) {
                from++;
            }
            if (from < first) {
                Arrays.fill(drop, from, first, true);
                any = true;
            }
        }
        return any;
    }

    /** A character a clause does not end with: a Chinese character, a digit, an enumeration or clause comma. */
    private static boolean midClause(char c) {
        return isCjk(c) || CharUtils.isAsciiNumeric(c) || c == '、' || c == ',' || c == '，';
    }

    /** A line that can continue the line before it: no heading, caption or page number. */
    private static boolean runsOn(String line) {
        return !HEADING.matcher(line).find() && !TABLE_CAPTION.matcher(line).find()
                && !CHART_CAPTION.matcher(line).find();
    }

    /**
     * Running headers and footers: a short line without sentence punctuation that stands three
     * times or more, word for word. They would else run into the sentence they interrupt. A line
     * that is one figure is a table cell that happens to repeat (one cell a line, as PDF tables
     * come out), never a header.
     */
    private static void runningHeaders(String v, List<int[]> lines, double[] width, boolean[] gone) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        String[] key = new String[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            if (gone[k] || blank(v, l) || width[k] > RUNNING_HEADER_MAX || containsAny(v, l[0], l[1], PROSE_PUNCT)) {
                continue;
            }
            key[k] = v.substring(l[0], l[1]).strip();
            count.merge(key[k], 1, Integer::sum);
        }
        for (int k = 0; k < lines.size(); k++) {
            if (key[k] != null && count.get(key[k]) >= 3 && !TABLE_CAPTION.matcher(key[k]).find()
                    && !FIGURE_LINE.matcher(key[k]).matches()) {
                gone[k] = true;
            }
        }
    }

    /** Chart captions and the short lines under them (unit line, axis labels, legend). */
    private static void chartLines(String v, List<int[]> lines, boolean[] gone) {
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            if (!CHART_CAPTION.matcher(v.substring(l[0], l[1])).find()) {
                continue;
            }
            gone[k] = true;
            for (int m = k + 1; m < lines.size(); m++) {
                int[] c = lines.get(m);
                if (blank(v, c)) {
                    continue;
                }
                String t = v.substring(c[0], c[1]).strip();
                if (t.length() > CHART_LINE_MAX || containsAny(v, c[0], c[1], PROSE_PUNCT)
                        || HEADING.matcher(t).find() || TABLE_CAPTION.matcher(t).find()
                        || CHART_CAPTION.matcher(t).find()) {
                    break;
                }
                gone[m] = true;
            }
        }
    }

    /** Spaces between a number and Chinese text, either way round, inside one prose line. */
    private static boolean joinNumberSpaces(String v, int start, int end, boolean[] drop) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            if (!isHorizontalSpace(v.charAt(i)) || i == start) {
                continue;
            }
            int j = i;
            while (j < end && isHorizontalSpace(v.charAt(j))) {
                j++;
            }
            if (j < end) {
                char a = v.charAt(i - 1);
                char b = v.charAt(j);
                if (CharUtils.isAsciiNumeric(a) && (isCjk(b) || b == '%') || isCjk(a) && (CharUtils.isAsciiNumeric(b) || b == '-')) {
                    Arrays.fill(drop, i, j, true);
                    any = true;
                }
            }
            i = j - 1;
        }
        return any;
    }

    private static boolean dropFootnotes(String v, int start, int end, boolean[] drop) {
        var m = FOOTNOTE.matcher(v).region(start, end);
        boolean any = false;
        while (m.find()) {
            if (m.start() > start && isCjk(v.charAt(m.start() - 1))) {
                Arrays.fill(drop, m.start(), m.end(), true);
                any = true;
            }
        }
        return any;
    }

    /** The width of the page's text lines: the 90th percentile of the line widths. */
    private static double pageWidth(double[] width) {
        double[] w = Arrays.stream(width).filter(x -> x >= 10).sorted().toArray();
        return w.length == 0 ? Double.MAX_VALUE : w[(int) (w.length * 0.9)];
    }

    /** Display width: a Chinese or full-width character counts 1, others ½. */
    private static double width(String v, int start, int end) {
        double w = 0;
        for (int i = start; i < end; i++) {
            char c = v.charAt(i);
            w += c < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }

    private static List<int[]> lines(String v) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from <= v.length()) {
            int nl = v.indexOf('\n', from);
            int end = nl < 0 ? v.length() : nl;
            int e = end > from && v.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(new int[] {from, e});
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }

    private static boolean blank(String v, int[] l) {
        return firstNonSpace(v, l) < 0;
    }

    private static int firstNonSpace(String v, int[] l) {
        for (int i = l[0]; i < l[1]; i++) {
            if (!Character.isWhitespace(v.charAt(i)) && v.charAt(i) != '\u3000' && v.charAt(i) != '\u00A0') {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonSpace(String v, int[] l) {
        for (int i = l[1] - 1; i >= l[0]; i--) {
            if (!Character.isWhitespace(v.charAt(i)) && v.charAt(i) != '\u3000' && v.charAt(i) != '\u00A0') {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsAny(String v, int start, int end, String chars) {
        for (int i = start; i < end; i++) {
            char c = v.charAt(i);
            if (chars.indexOf(c) >= 0 && !(c == ',' && i + 1 < end && CharUtils.isAsciiNumeric(v.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }


    private static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
