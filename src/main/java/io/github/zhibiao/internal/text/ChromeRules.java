package io.github.zhibiao.internal.text;

import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site-chrome rules of a {@link PageCleaner}: the {@code chrome-*} kinds of a {@link RuleSet}
 * (the built-in ones are in {@code io/github/zhibiao/rules/chrome.tsv}; its header comment says what
 * each kind does).
 *
 * <pre>{@code
 * ChromeRules rules = ChromeRules.defaults();
 * ChromeRules mine = ChromeRules.of(RuleSet.empty().with(Path.of("my-chrome.tsv")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChromeRules {

    /** Class-path location of the default rules. */
    public static final String DEFAULT_RESOURCE = "/io/github/zhibiao/rules/chrome.tsv";
    /** The rules kinds read here. */
    public static final Set<RuleKind> KINDS = Collections.unmodifiableSet(EnumSet.of(RuleKind.CHROME_LINE,
            RuleKind.CHROME_KEYWORD, RuleKind.CHROME_NOTICE, RuleKind.CHROME_INLINE, RuleKind.CHROME_FIGURE,
            RuleKind.CHROME_PARAM));

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
        static final ChromeRules RULES = build(RuleSet.defaults());
    }

    /** The bundled rules, loaded once. */
    public static ChromeRules defaults() {
        return Default.RULES;
    }

    /**
     * The chrome rules of a rule set; a set with none (only indicator rules) gives the bundled ones.
     *
     * @param rules a rule set
     * @return its chrome rules
     */
    public static ChromeRules of(RuleSet rules) {
        if (!rules.hasAny(KINDS) || KINDS.stream().allMatch(k -> rules.of(k).equals(RuleSet.defaults().of(k)))) {
            return defaults();
        }
        return build(rules);
    }

    /**
     * Reads a rules file and keeps its chrome rules.
     *
     * @param reader the rules file's text
     * @param source a name for error messages
     * @return the chrome rules of the file
     * @throws IOException when the reader fails
     * @throws io.github.zhibiao.rules.RuleFormatException naming the source and line of a malformed rule
     */
    public static ChromeRules parse(Reader reader, String source) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) > 0; ) {
            text.append(buf, 0, n);
        }
        return build(RuleSet.empty().with(text.toString(), source));
    }

    private static ChromeRules build(RuleSet set) {
        List<LineRule> lines = new ArrayList<>();
        List<LineRule> notices = new ArrayList<>();
        List<LineRule> inlines = new ArrayList<>();
        List<LineRule> figures = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        Map<String, Integer> params = new HashMap<>();
        for (Rule r : set.rules()) {
            if (!KINDS.contains(r.kind())) {
                continue;
            }
            int n = Integer.parseInt(r.arg());
            switch (r.kind()) {
                case CHROME_LINE -> lines.add(new LineRule(r.id(), n, Pattern.compile(r.words().get(0))));
                case CHROME_NOTICE -> notices.add(new LineRule(r.id(), n, Pattern.compile(r.words().get(0))));
                case CHROME_INLINE -> inlines.add(new LineRule(r.id(), n, Pattern.compile(r.words().get(0))));
                case CHROME_FIGURE -> figures.add(new LineRule(r.id(), n, Pattern.compile(r.words().get(0))));
                case CHROME_KEYWORD -> keywords.addAll(r.words());
                default -> r.words().forEach(name -> params.put(name, n));
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
