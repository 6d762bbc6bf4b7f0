package io.github.zhibiao.internal.text;

import io.github.zhibiao.rules.RuleSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the analysis view of a scraped report page: skips the site chrome around and inside the
 * report, rejoins text that preview pages cut into numbered chunks, and maps traditional characters
 * to simplified ones (full-width folding comes from {@link CleanText.Builder}). It only skips or
 * maps characters one for one, so every view span maps back to a true substring of the loaded text.
 *
 * <pre>{@code
 * CleanText view = PageCleaner.defaults().clean(loaded.text());
 * view.text();                    // the report without navigation, download blocks, notices...
 * view.loadedSpan(s, e);          // always loaded.text().substring(...)
 * PageCleaner.defaults().explain(loaded.text());   // what was skipped, and by which rule
 * }</pre>
 *
 * <h2>Site chrome</h2>
 * Decided line by line, with the rules of {@link ChromeRules} (data, not code): a line is chrome
 * when a line rule matches it within its length bound (document ids, sizes and page counts,
 * {@code 第1页 / 共20页}, file names, breadcrumbs, copyright, ICP and police filing numbers, contact
 * lines, {@code 扫一扫}, {@code 打印本页}, {@code 【字号】}, {@code 分享}, {@code 来源/时间} lines,
 * photo captions, editor lines...); when it is dense in chrome keywords (at least
 * {@code min_keywords_dense} hits and one per {@code chars_per_keyword} chars: download notices,
 * "this site" disclaimers); when it is short and holds a keyword; when it belongs to a numbered
 * notice after a {@code 温馨提示}/{@code 友情提示} header; when it repeats an earlier short line
 * (repeated titles, running headers); or when it is a short fragment ({@code short_len} chars, no
 * punctuation) next to chrome (the {@code 加大 还原 减小} of a font-size bar, breadcrumb items).
 * A line holding a figure (a number with its unit, {@code figure} rules) is never taken by the
 * repeat and short-line rules: only a rule matching the line itself removes it. Every rule is
 * linear in the text.
 * Lines that start like a heading ({@code 一、}, {@code （一）}, {@code 1、}) or end with a colon
 * are never taken by the short-line rules. A chrome line is skipped with its line feed.
 *
 * <h2>Preview chunk markers</h2>
 * Preview pages cut the report into chunks and start each with {@code N、} after a blank line,
 * often mid-word ({@code …公平均等的教育⏎⏎2、公共效劳体系…}). Candidates are {@code N、} at the
 * start of a kept line after a blank line. The chain 1, 2, 3… is taken in document order; it is
 * accepted as chunk markers when it has at least two links, at least
 * {@code chunk_min_midsentence_percent} of the cuts fall mid-sentence (no 。！？； before them) and
 * the median chunk is at least {@code chunk_min_median} chars long. Real list items fail this
 * test: they restart within sections, follow a finished sentence, and are short. For an accepted
 * marker the line break(s) before it and the marker itself are skipped, so the cut words join;
 * for the first marker only the marker is skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageCleaner implements TextCleaner {

    private static final Pattern HEADING = Pattern.compile(RuleSet.defaults().pattern("page-heading"));
    private static final Pattern CHUNK_MARK = Pattern.compile("^[ \\t]*(\\d{1,3})、");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[、.]");
    private static final int PROSE_MIN = 40;
    private static final String SENTENCE_END = "。！？；!?;…";
    private static final String CLAUSE_PUNCT = "。！？；，,!?;";

    private static final PageCleaner DEFAULT = new PageCleaner(ChromeRules.defaults(), true);

    private final ChromeRules rules;
    private final boolean simplify;

    private PageCleaner(ChromeRules rules, boolean simplify) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.simplify = simplify;
    }

    /** The cleaner with the bundled rules and traditional → simplified mapping. */
    public static PageCleaner defaults() {
        return DEFAULT;
    }

    /** A cleaner with other rules. */
    public static PageCleaner withRules(ChromeRules rules) {
        return new PageCleaner(rules, true);
    }

    /** A copy that keeps traditional characters as they are in the view (true by default). */
    public PageCleaner simplify(boolean on) {
        return on == simplify ? this : new PageCleaner(rules, on);
    }

    /** One skipped span of the loaded text and the rule that skipped it. */
    public record Skip(int start, int end, String rule) {
    }

    @Override
    public CleanText clean(String loaded) {
        // One fold serves both the line rules and the view: no second pass over the text.
        String folded = fold(loaded);
        CleanText.Builder b = simplify ? CleanText.builder(loaded, folded) : CleanText.builder(loaded);
        for (Skip s : skips(loaded, folded)) {
            b.skip(s.start(), s.end());
        }
        return b.build();
    }

    /** The spans {@link #clean(String)} skips, in loaded order, each with the id of its rule. */
    public List<Skip> explain(String loaded) {
        return skips(loaded, fold(loaded));
    }

    private List<Skip> skips(String loaded, String folded) {
        List<Line> lines = Line.split(folded);
        String[] rule = classify(lines);
        List<Skip> skips = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (rule[i] != null) {
                skips.add(new Skip(l.start, Math.min(l.end + 1, loaded.length()), rule[i]));
            } else if (!l.blank()) {
                for (ChromeRules.LineRule r : rules.inlineRules()) {
                    Matcher m = r.pattern().matcher(l.text);
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            skips.add(new Skip(l.trimStart + m.start(), l.trimStart + m.end(), r.id()));
                        }
                    }
                }
            }
        }
        skips.addAll(chunkMarkers(folded, lines, rule));
        skips.sort((a, c) -> Integer.compare(a.start(), c.start()));
        return Collections.unmodifiableList(skips);
    }

    // ---- line classification

    private String[] classify(List<Line> lines) {
        int n = lines.size();
        String[] rule = new String[n];
        int shortLen = rules.param("short_len", 8);
        int perKw = rules.param("chars_per_keyword", 30);
        int minDense = rules.param("min_keywords_dense", 2);
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            String t = l.text;
            // Report prose (a long line with Chinese sentence punctuation) is never a page-frame
            // line; skipping the line patterns for it keeps cleaning linear and cheap.
            boolean prose = t.length() > PROSE_MIN && punctuation(t) >= 2;
            for (ChromeRules.LineRule r : rules.lineRules()) {
                if (!prose && t.length() <= r.maxLen() && r.pattern().matcher(t).find()) {
                    rule[i] = r.id();
                    break;
                }
            }
            if (rule[i] == null) {
                int[] hits = keywordHits(t);
                if (hits[0] >= minDense && hits[0] * perKw >= t.length()) {
                    rule[i] = "keyword-density";
                } else if (hits[0] >= 1 && t.length() <= shortLen && !HEADING.matcher(t).find()
                        && hits[1] * 5 >= t.length() * 2) {
                    rule[i] = "short-keyword";
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.blank() || !isNotice(l.text)) {
                continue;
            }
            rule[i] = "notice";
            for (int j = i + 1; j < n; j++) {
                Line m = lines.get(j);
                if (m.blank()) {
                    continue;
                }
                if (!NUMBERED.matcher(m.text).find() || m.text.length() > 200) {
                    break;
                }
                rule[j] = "notice";
            }
        }
        int dupMax = rules.param("duplicate_max_len", 60);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.blank() || rule[i] != null) {
                continue;
            }
            if (!seen.add(l.text) && l.text.length() <= dupMax && noneOf(l.text, SENTENCE_END)
                    && !rules.holdsFigure(l.text)) {
                rule[i] = "duplicate-line";
            }
        }
        // A short fragment next to chrome is chrome, and so on along a run of such fragments: one
        // pass forward and one back reach every run that touches chrome (linear, where repeating
        // passes until nothing changes was quadratic). A line holding a figure is never a fragment,
        // so it also stops the run: a table's rows next to a page footer stay.
        boolean[] fragment = new boolean[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            fragment[i] = !l.blank() && rule[i] == null && l.text.length() <= shortLen && !protectedLine(l.text)
                    && noneOf(l.text, CLAUSE_PUNCT) && !rules.holdsFigure(l.text);
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean lastChrome = false; // the last non-blank line met in this direction is chrome
            for (int k = 0; k < n; k++) {
                int i = pass == 0 ? k : n - 1 - k;
                Line l = lines.get(i);
                if (l.blank()) {
                    continue;
                }
                if (fragment[i] && rule[i] == null && lastChrome) {
                    rule[i] = "near-chrome";
                }
                lastChrome = rule[i] != null && !rule[i].equals("duplicate-line");
            }
        }
        return rule;
    }

    private static int punctuation(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '，' || c == '。' || c == '；') {
                n++;
            }
        }
        return n;
    }

    private boolean isNotice(String t) {
        for (ChromeRules.LineRule r : rules.noticeRules()) {
            if (t.length() <= r.maxLen() && r.pattern().matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * [number of keyword occurrences, chars they cover]. One pass over the line: only positions
     * whose character starts some keyword are tried (body lines are long; most chars start none).
     */
    private int[] keywordHits(String t) {
        int hits = 0;
        int covered = 0;
        int[] nextFree = new int[rules.keywordCount()];
        for (int i = 0; i < t.length(); i++) {
            ChromeRules.Keyword[] ks = rules.keywordsStartingWith(t.charAt(i));
            for (ChromeRules.Keyword k : ks) {
                if (i >= nextFree[k.index()] && t.startsWith(k.word(), i)) {
                    hits++;
                    covered += k.word().length();
                    nextFree[k.index()] = i + k.word().length();
                }
            }
        }
        return new int[] {hits, covered};
    }

    private static boolean protectedLine(String t) {
        return HEADING.matcher(t).find() || t.endsWith(":");
    }

    private static boolean noneOf(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    // ---- chunk markers

    private List<Skip> chunkMarkers(String text, List<Line> lines, String[] rule) {
        List<int[]> chain = new ArrayList<>(); // {line index, marker end offset}
        int expected = 1;
        boolean firstKept = true;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank() || rule[i] != null) {
                continue;
            }
            boolean afterBlank = firstKept || (i > 0 && lines.get(i - 1).blank());
            firstKept = false;
            if (!afterBlank) {
                continue;
            }
            Matcher m = CHUNK_MARK.matcher(text.substring(l.start, l.end));
            if (m.find() && Integer.parseInt(m.group(1)) == expected) {
                chain.add(new int[] {i, l.start + m.end()});
                expected++;
            }
        }
        if (chain.size() < 2) {
            return List.of();
        }
        int mid = 0;
        List<Integer> lengths = new ArrayList<>();
        int[] prevEnds = new int[chain.size()];
        for (int k = 1; k < chain.size(); k++) {
            int lineIdx = chain.get(k)[0];
            int prevEnd = previousContentEnd(text, lines, rule, lineIdx);
            prevEnds[k] = prevEnd;
            if (prevEnd > 0 && SENTENCE_END.indexOf(text.charAt(prevEnd - 1)) < 0) {
                mid++;
            }
            lengths.add(lines.get(lineIdx).start - chain.get(k - 1)[1]);
        }
        Collections.sort(lengths);
        int median = lengths.get(lengths.size() / 2);
        if (mid * 100 < rules.param("chunk_min_midsentence_percent", 50) * (chain.size() - 1)
                || median < rules.param("chunk_min_median", 150)) {
            return List.of();
        }
        List<Skip> out = new ArrayList<>();
        Line first = lines.get(chain.get(0)[0]);
        out.add(new Skip(first.start, chain.get(0)[1], "chunk-marker"));
        for (int k = 1; k < chain.size(); k++) {
            int start = prevEnds[k] >= 0 ? prevEnds[k] : lines.get(chain.get(k)[0]).start;
            out.add(new Skip(start, chain.get(k)[1], "chunk-marker"));
        }
        return out;
    }

    /** Offset just past the last non-space char of the kept text before line {@code lineIdx}, or -1. */
    private static int previousContentEnd(String text, List<Line> lines, String[] rule, int lineIdx) {
        for (int j = lineIdx - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (!l.blank() && rule[j] == null) {
                return l.trimEnd;
            }
        }
        return -1;
    }

    // ---- text helpers

    /** Width folding and traditional → simplified, one for one, for matching only. */
    private static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = ScriptConverter.toSimplified(Widths.toHalfWidth(c[i]));
        }
        return new String(c);
    }

    private static final class Line {
        final int start;
        final int end;
        final int trimStart;
        final int trimEnd;
        final String text;

        private Line(String s, int start, int end) {
            this.start = start;
            this.end = end;
            int a = start;
            int b = end;
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            this.trimStart = a;
            this.trimEnd = b;
            this.text = s.substring(a, b);
        }

        boolean blank() {
            return text.isEmpty();
        }

        static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
        }

        static List<Line> split(String s) {
            List<Line> out = new ArrayList<>();
            int from = 0;
            while (from <= s.length()) {
                int nl = s.indexOf('\n', from);
                int end = nl < 0 ? s.length() : nl;
                out.add(new Line(s, from, end));
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            return out;
        }
    }
}
