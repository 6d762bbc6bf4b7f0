package io.github.zhibiao.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The site-chrome rules of a {@link PageCleaner}, read from a tab-separated rule file (the default
 * one is {@code io/github/zhibiao/rules/chrome.tsv}; its header comment documents the format).
 *
 * <pre>{@code
 * ChromeRules rules = ChromeRules.defaults();
 * ChromeRules mine = ChromeRules.parse(Files.newBufferedReader(Path.of("my-chrome.tsv")), "my-chrome.tsv");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChromeRules {

    /** Class-path location of the default rules. */
    public static final String DEFAULT_RESOURCE = "/io/github/zhibiao/rules/chrome.tsv";

    /** A rule that marks a whole trimmed line as chrome, or a span inside a line. */
    record LineRule(String id, int maxLen, Pattern pattern) {
    }

    private final List<LineRule> lines;
    private final List<LineRule> notices;
    private final List<LineRule> inlines;
    private final List<LineRule> figures;
    private final List<String> keywords;
    /** Keywords by first character, indexed by the char itself: the scan looks up every char of a page. */
    private final Keyword[][] byFirstChar = new Keyword[Character.MAX_VALUE + 1][];
    private final Map<String, Integer> params;

    private ChromeRules(List<LineRule> lines, List<LineRule> notices, List<LineRule> inlines,
            List<LineRule> figures, List<String> keywords, Map<String, Integer> params) {
        this.lines = List.copyOf(lines);
        this.figures = List.copyOf(figures);
        this.notices = List.copyOf(notices);
        this.inlines = List.copyOf(inlines);
        this.keywords = List.copyOf(keywords);
        java.util.Map<Character, List<Keyword>> index = new java.util.HashMap<>();
        for (int i = 0; i < this.keywords.size(); i++) {
            String k = this.keywords.get(i);
            if (!k.isEmpty()) {
                index.computeIfAbsent(k.charAt(0), c -> new java.util.ArrayList<>()).add(new Keyword(k, i));
            }
        }
        index.forEach((c, ks) -> byFirstChar[c] = ks.toArray(new Keyword[0]));
        this.params = Map.copyOf(params);
    }

    private static final class Default {
        static final ChromeRules RULES = load();

        private static ChromeRules load() {
            InputStream in = ChromeRules.class.getResourceAsStream(DEFAULT_RESOURCE);
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled rules, loaded once. */
    public static ChromeRules defaults() {
        return Default.RULES;
    }

    /**
     * Reads a rule file.
     *
     * @param source a name for error messages
     * @throws IllegalArgumentException naming the source and line of a malformed rule
     */
    public static ChromeRules parse(Reader reader, String source) throws IOException {
        List<LineRule> lines = new ArrayList<>();
        List<LineRule> notices = new ArrayList<>();
        List<LineRule> inlines = new ArrayList<>();
        List<LineRule> figures = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        Map<String, Integer> params = new HashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                throw new IllegalArgumentException(source + ":" + no + ": expected 4 tab-separated columns, got " + c.length);
            }
            int n;
            try {
                n = Integer.parseInt(c[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + no + ": max_len is not a number: " + c[2], e);
            }
            try {
                switch (c[1]) {
                    case "line" -> lines.add(new LineRule(c[0], n, Pattern.compile(c[3])));
                    case "notice" -> notices.add(new LineRule(c[0], n, Pattern.compile(c[3])));
                    case "inline" -> inlines.add(new LineRule(c[0], n, Pattern.compile(c[3])));
                    case "figure" -> figures.add(new LineRule(c[0], n, Pattern.compile(c[3])));
                    case "keyword" -> keywords.add(c[3]);
                    case "param" -> params.put(c[0], n);
                    default -> throw new IllegalArgumentException(source + ":" + no + ": unknown kind " + c[1]);
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ":" + no + ": bad pattern: " + e.getMessage(), e);
            }
        }
        return new ChromeRules(lines, notices, inlines, figures, keywords, params);
    }

    List<LineRule> lineRules() {
        return lines;
    }

    List<LineRule> noticeRules() {
        return notices;
    }

    List<LineRule> inlineRules() {
        return inlines;
    }

    /**
     * Whether a line holds a figure (a number with its unit): such a line is report content, never
     * chrome by its neighbours or by repetition, only by a rule that matches the line itself.
     */
    boolean holdsFigure(String line) {
        for (LineRule r : figures) {
            if (r.pattern().matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    List<String> keywords() {
        return keywords;
    }

    /** A keyword with its position in {@link #keywords()}. */
    record Keyword(String word, int index) {
    }

    int keywordCount() {
        return keywords.size();
    }

    private static final Keyword[] NONE = new Keyword[0];

    /** The keywords whose first character is {@code c} (none for most characters). */
    Keyword[] keywordsStartingWith(char c) {
        Keyword[] ks = byFirstChar[c];
        return ks == null ? NONE : ks;
    }

    int param(String name, int dflt) {
        return params.getOrDefault(Objects.requireNonNull(name), dflt);
    }
}
