package io.github.zhibiao.rules;

import io.github.zhibiao.model.Category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * An immutable set of rules, read from tab-separated rules files: the one loader of every rules
 * file (indicator rules, the quantity grammar's tables, site chrome, table measures).
 *
 * <p>Each non-blank line whose first non-blank character is not {@code #} has four to six
 * tab-separated columns, {@code kind  id  arg  words  [example  [expect]]} (see
 * {@link io.github.zhibiao.rules the package} and {@link RuleKind}); a line that breaks the format
 * fails with a {@link RuleFormatException} whose message is {@code file:line: reason}. The built-in
 * rules ({@link #defaults()}) come from the {@code .tsv} files in this package's resources;
 * {@link #with(Path)} adds a user's file, which may hold rules of any kind.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults().with(Path.of("hospital.tsv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code with} returns a new set.
 */
public final class RuleSet {

    private static final String[] BUILT_IN = {"common.tsv", "education.tsv", "economy.tsv", "numerals.tsv",
        "units.tsv", "qualifiers.tsv", "blockers.tsv", "per.tsv", "chrome.tsv", "measures.tsv", "words.tsv", "patterns.tsv", "steps.tsv", "pipeline.tsv"};
    /** The kinds whose examples name the quantity they give ({@code expect}). */
    private static final Set<RuleKind> GRAMMAR_EXAMPLES = Set.of(RuleKind.NUMERAL, RuleKind.QUANTITY_UNIT, RuleKind.QUALIFIER);
    /** A step's expect: the number as its example writes it, then what the record shows ({@code 3.1%|delta=UP}). */
    private static final Pattern STEP_EXPECT = Pattern.compile(
            "[^|=]+(\\|((subject|delta|target|unit|category|find|row|column)=[^|]*|no-record))*");
    /** A piece's reference to another: {@code {id}}; quantifiers ({@code {1,4}}) are digits, never an id. */
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");

    /** Units no quantity-unit rule names: the grammar's own (ratios, percent, points). */
    private static final List<String> FIXED_UNITS = List.of(":1", "%", "百分点");
    /** The page cleaner's parameters, what a {@code chrome-param} rule may set. */
    static final Set<String> CHROME_PARAMS = Set.of("short_len", "chars_per_keyword", "min_keywords_dense",
            "duplicate_max_len", "chunk_min_median", "chunk_min_midsentence_percent");
    private static final RuleSet DEFAULTS = loadDefaults();

    private final List<Rule> rules;
    private final Map<RuleKind, List<Rule>> byKind;
    private final Map<String, Category> declared;
    private final Map<String, List<String>> wordLists;
    private final Set<String> disabled;
    private final Map<String, String> patterns;
    /** {@link #digest()}, computed once when asked for. */
    private volatile String digest;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.disabled = this.rules.stream().filter(r -> r.kind() == RuleKind.DISABLE).map(Rule::id)
                .collect(Collectors.toUnmodifiableSet());
        Map<RuleKind, List<Rule>> m = new EnumMap<>(RuleKind.class);
        for (RuleKind k : RuleKind.values()) {
            m.put(k, this.rules.stream().filter(r -> r.kind() == k && (k == RuleKind.DISABLE || !disabled.contains(r.id())))
                    .toList());
        }
        this.byKind = m;
        Map<String, Category> declared = new LinkedHashMap<>();
        for (Rule r : m.get(RuleKind.CATEGORY_DEF)) {
            for (String name : r.words()) {
                Category c;
                try {
                    c = Category.declare(name, Category.valueOf(r.arg()));
                } catch (IllegalArgumentException e) {
                    throw r.error("category-def " + r.id() + ": " + e.getMessage());
                }
                Category before = declared.putIfAbsent(name, c);
                if (before != null && !before.equals(c)) {
                    throw r.error("category-def " + r.id() + ": " + name + " is declared with base " + before.base()
                            + " already");
                }
            }
        }
        this.declared = Collections.unmodifiableMap(declared);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Rule r : m.get(RuleKind.WORDS)) {
            lists.computeIfAbsent(r.id(), id -> new ArrayList<>()).addAll(r.words());
        }
        lists.replaceAll((id, words) -> List.copyOf(words));
        this.wordLists = Collections.unmodifiableMap(lists);
        this.patterns = resolvePatterns(m.get(RuleKind.PATTERN));
        checkUnits(m);
        for (Rule r : m.get(RuleKind.CATEGORY)) {
            if (!declared.containsKey(r.arg()) && !isBuiltIn(r.arg())) {
                throw r.error("category " + r.id() + ": unknown category '" + r.arg()
                        + "'; a built-in one or one declared by a category-def line");
            }
        }
    }

    /** A {@code unit} rule names a unit some quantity-unit rule gives (when the set has them: a standalone test set may not). */
    private static void checkUnits(Map<RuleKind, List<Rule>> m) {
        if (m.get(RuleKind.QUANTITY_UNIT).isEmpty()) {
            return;
        }
        Set<String> units = new java.util.HashSet<>(FIXED_UNITS);
        for (Rule r : m.get(RuleKind.QUANTITY_UNIT)) {
            units.add(r.arg().split(",", -1)[0]);
        }
        for (Rule r : m.get(RuleKind.UNIT)) {
            if (!units.contains(r.arg())) {
                throw r.error("unit " + r.id() + ": unknown unit '" + r.arg() + "'; a unit of a quantity-unit rule "
                        + "(元, 人, 所, 吨…) or " + String.join(", ", FIXED_UNITS));
            }
        }
    }

    private static boolean isBuiltIn(String name) {
        return Arrays.stream(Category.values()).anyMatch(c -> c.name().equals(name));
    }

    /**
     * The category of this name: a built-in one, or one declared by a {@code category-def} rule of this set.
     *
     * @param name a category name ({@code COUNT}, {@code HOSPITAL_BEDS})
     * @return the category
     * @throws IllegalArgumentException when the name is neither built in nor declared here
     */
    public Category category(String name) {
        Category c = declared.get(name);
        return c != null ? c : Category.valueOf(name);
    }

    /**
     * The categories declared by this set's {@code category-def} rules, in load order.
     *
     * @return the user's own categories (none in the built-in rules)
     */
    public List<Category> declaredCategories() {
        return List.copyOf(declared.values());
    }

    /**
     * The words of one of the indicator engine's word lists: the built-in list ({@code words.tsv}), then
     * the words that rules files of one's own add to it, in load order.
     *
     * @param id the list's id ({@code light-verbs})
     * @return its words
     * @throws IllegalArgumentException when this set has no list of this id
     */
    public List<String> wordList(String id) {
        List<String> words = wordLists.get(id);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + id + "' (words.tsv)");
        }
        return words;
    }

    /** Every pattern row with its references resolved, checked to compile; the last row of an id wins. */
    private static Map<String, String> resolvePatterns(List<Rule> rows) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rows) {
            byId.put(r.id(), r);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule r : byId.values()) {
            String regex = resolve(r, byId, out, new ArrayList<>());
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw r.error("pattern " + r.id() + ": bad regular expression once its pieces are in: " + e.getDescription());
            }
            if (!r.example().isEmpty() && !Pattern.compile(regex).matcher(r.example()).find()) {
                throw r.error("pattern " + r.id() + ": does not find its example '" + r.example() + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String resolve(Rule r, Map<String, Rule> byId, Map<String, String> done, List<String> path) {
        String known = done.get(r.id());
        if (known != null) {
            return known;
        }
        if (path.contains(r.id())) {
            throw r.error("pattern " + r.id() + ": refers to itself through " + String.join(" → ", path));
        }
        path.add(r.id());
        Matcher m = REFERENCE.matcher(r.words().get(0));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Rule piece = byId.get(m.group(1));
            if (piece == null) {
                throw r.error("pattern " + r.id() + ": no pattern {" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + resolve(piece, byId, done, path) + ")"));
        }
        m.appendTail(sb);
        path.remove(path.size() - 1);
        done.put(r.id(), sb.toString());
        return sb.toString();
    }

    /**
     * The regular expression of a {@code pattern} row, its {@code {id}} references resolved.
     *
     * @param id the pattern's id ({@code page-number})
     * @return the regular expression
     * @throws IllegalArgumentException when this set has no pattern of this id
     */
    public String pattern(String id) {
        String p = patterns.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no pattern '" + id + "' in the rules");
        }
        return p;
    }

    /**
     * The built-in rules: education, general government reports and statistical bulletins.
     *
     * @return the shared built-in rule set
     */
    public static RuleSet defaults() {
        return DEFAULTS;
    }

    /**
     * A rule set of only these rules, of every kind, steps and stages included: a rule set of its own
     * for tests, or a copy of the built-in files with an order of one's own ({@link #builtInFiles()}).
     * Unlike {@link #with(String, String)}, nothing is added to the built-in rules.
     *
     * @param rulesText the content of one or more rules files
     * @param sourceName a name for error messages
     * @return the rule set
     */
    public static RuleSet standalone(String rulesText, String sourceName) {
        try {
            return new RuleSet(parse(new StringReader(rulesText), sourceName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of the built-in rules files, resources of this package, in load order.
     *
     * @return the file names ({@code common.tsv} … {@code pipeline.tsv})
     */
    public static List<String> builtInFiles() {
        return List.of(BUILT_IN);
    }

    /**
     * A rule set with no rules.
     *
     * @return the empty rule set
     */
    public static RuleSet empty() {
        return new RuleSet(List.of());
    }

    /**
     * This set plus the rules of a UTF-8 rules file; later rules win ties.
     *
     * @param file a UTF-8 rules file
     * @return a new rule set
     * @throws IOException when the file cannot be read
     */
    public RuleSet with(Path file) throws IOException {
        return plus(parse(new StringReader(utf8(Files.readAllBytes(file), file.toString())), file.toString()));
    }

    /**
     * A rules file's bytes as text; bytes that are not UTF-8 (a file saved in GBK) are a
     * {@link RuleFormatException} naming the first line that holds them.
     */
    static String utf8(byte[] bytes, String source) {
        java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return strict.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            int line = 1;
            for (int from = 0; from < bytes.length; ) {
                int to = from;
                while (to < bytes.length && bytes[to] != '\n') {
                    to++;
                }
                try {
                    strict.reset().decode(java.nio.ByteBuffer.wrap(bytes, from, to - from));
                } catch (java.nio.charset.CharacterCodingException bad) {
                    break;
                }
                from = to + 1;
                line++;
            }
            throw new RuleFormatException(source, line, "not UTF-8 (a rules file is read as UTF-8: save it so, "
                    + "e.g. iconv -f GBK -t UTF-8 in.tsv > out.tsv)");
        }
    }

    /**
     * A digest of the rules' content, in load order (kind, id, arg, words, example, expect of each;
     * not the file names): two sets with the same rules have the same digest. Written in the
     * Parquet footer ({@code zhibiao.rules.digest}), so that a file tells which rules made it.
     *
     * <pre>{@code
     * RuleSet.defaults().digest();   // "sha256:3f0c…" (64 hex digits)
     * }</pre>
     *
     * @return {@code sha256:} and 64 hex digits
     */
    public String digest() {
        String d = digest;
        if (d == null) {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                for (Rule r : rules) {
                    String line = r.kind().spelling() + "\t" + r.id() + "\t" + r.arg() + "\t" + String.join("|", r.words())
                            + "\t" + r.example() + "\t" + r.expect() + "\n";
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                }
                d = "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);   // every JDK has SHA-256
            }
            digest = d;
        }
        return d;
    }

    /**
     * This set plus rules given as text in the rules-file format.
     *
     * @param rulesText the content of a rules file
     * @param sourceName a name for error messages
     * @return a new rule set
     */
    public RuleSet with(String rulesText, String sourceName) {
        try {
            return plus(parse(new StringReader(rulesText), sourceName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This set without the rule or step of this id: what a {@code disable} row of a rules file does.
     *
     * <pre>{@code
     * RuleSet rules = RuleSet.defaults().without("reject-aspect");
     * }</pre>
     *
     * @param id the id of a rule or a step of this set
     * @return a new rule set in which it is switched off
     * @throws IllegalArgumentException when no rule and no step has this id
     */
    public RuleSet without(String id) {
        Rule off = new Rule(RuleKind.DISABLE, id, "-", List.of("RuleSet.without"), "", "RuleSet.without");
        try {
            return plus(List.of(off));
        } catch (RuleFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Whether a {@code disable} row switched off the rule or step of this id.
     *
     * @param id a rule or step id
     * @return true when it is switched off
     */
    public boolean disabled(String id) {
        return disabled.contains(id);
    }

    /**
     * Every rule, in load order (disabled ones included, with the {@code disable} rows).
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rules of one kind that are not disabled, in load order.
     *
     * @param kind the kind wanted
     * @return its rules
     */
    public List<Rule> of(RuleKind kind) {
        return byKind.get(kind);
    }

    /**
     * Whether this set has a rule of any of these kinds.
     *
     * @param kinds the kinds asked about
     * @return true when some rule is of one of them
     */
    public boolean hasAny(Set<RuleKind> kinds) {
        return kinds.stream().anyMatch(k -> !byKind.get(k).isEmpty());
    }

    private RuleSet plus(List<Rule> more) {
        for (Rule r : more) {
            if (RuleKind.BUILT_IN_ONLY.contains(r.kind())) {
                throw r.error(r.kind().spelling() + " " + r.id() + ": a " + r.kind().spelling()
                        + " is code of the engine's, read from the built-in rules; a rules file of your own cannot add one");
            }
            if (r.kind() == RuleKind.DISABLE && rules.stream().noneMatch(x -> x.kind() != RuleKind.DISABLE && x.id().equals(r.id()))) {
                throw r.error("disable " + r.id() + ": no rule or step has this id");
            }
            if (r.kind() == RuleKind.WORDS && !wordLists.containsKey(r.id()) && !rules.isEmpty()) {
                throw r.error("words " + r.id() + ": no such word list; a words rule of your own adds words to one of "
                        + "the built-in lists (words.tsv)");
            }
        }
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleSet(all);
    }

    private static RuleSet loadDefaults() {
        List<Rule> all = new ArrayList<>();
        for (String name : BUILT_IN) {
            InputStream in = RuleSet.class.getResourceAsStream(name);
            Objects.requireNonNull(in, "missing built-in rules " + name);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                all.addAll(parse(r, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleSet(all);
    }

    static List<Rule> parse(Reader reader, String source) throws IOException {
        List<Rule> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            out.add(parseLine(line, source, n));
        }
        return out;
    }

    /** One line of the one format: {@code kind  id  arg  words  [example  [expect]]}. */
    private static Rule parseLine(String line, String source, int n) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 4 || cols.length > 6) {
            throw new RuleFormatException(source, n, "expected kind, id, arg, words[, example[, expect]] separated by tabs; got "
                    + cols.length + " column" + (cols.length == 1 ? "" : "s"));
        }
        RuleKind kind;
        try {
            kind = RuleKind.parse(cols[0]);
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(source, n, "unknown rule kind '" + cols[0].strip() + "'; one of "
                    + Arrays.stream(RuleKind.values()).map(RuleKind::spelling).toList());
        }
        String id = cols[1].strip();
        if (id.isEmpty()) {
            throw new RuleFormatException(source, n, "empty id");
        }
        String arg = cols[2].strip();
        String bad = kind.checkArg(arg);
        if (bad != null) {
            throw new RuleFormatException(source, n, kind.spelling() + " " + id + ": " + bad);
        }
        List<String> words;
        if (kind.pattern()) {
            words = cols[3].isBlank() ? List.of() : List.of(cols[3]);
            try {
                // A pattern piece's {id} references are resolved, and it is compiled, once the set is whole.
                if (kind != RuleKind.PATTERN) {
                    words.forEach(Pattern::compile);
                }
            } catch (PatternSyntaxException e) {
                throw new RuleFormatException(source, n, kind.spelling() + " " + id + ": bad regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        } else {
            words = Arrays.stream(cols[3].split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        }
        if (words.isEmpty()) {
            throw new RuleFormatException(source, n, kind.spelling() + " " + id + ": no words");
        }
        if (kind == RuleKind.CHROME_PARAM) {
            for (String w : words) {
                if (!CHROME_PARAMS.contains(w)) {
                    throw new RuleFormatException(source, n, "chrome-param " + id + ": unknown parameter '" + w + "'; one of "
                            + CHROME_PARAMS.stream().sorted().toList());
                }
            }
        }
        if (kind == RuleKind.SPLIT && Arrays.stream(arg.split(",", -1)).filter(p -> !p.isBlank()).count() < 2) {
            throw new RuleFormatException(source, n, "split " + id + ": arg '" + arg + "' names one part; a split names "
                    + "two or more, comma-separated (城镇,农村)");
        }
        String example = cols.length > 4 ? cols[4].strip() : "";
        String expect = cols.length > 5 ? cols[5].strip() : "";
        if (kind == RuleKind.STEP) {
            if (example.isEmpty() != expect.isEmpty() || !expect.isEmpty() && !STEP_EXPECT.matcher(expect).matches()) {
                throw new RuleFormatException(source, n, "step " + id + ": an example needs, in the sixth column, the"
                        + " number it fires on, then |key=value outcomes (subject=, delta=, target=, unit=, category=, find=…) or |no-record");
            }
            return new Rule(kind, id, arg, words, example, expect, source, n);
        }
        if (!expect.isEmpty() && (!GRAMMAR_EXAMPLES.contains(kind) || example.isEmpty())) {
            throw new RuleFormatException(source, n, kind.spelling() + " " + id
                    + ": an expected value|unit belongs to an example of a numeral, quantity-unit or qualifier");
        }
        if (GRAMMAR_EXAMPLES.contains(kind) && !example.isEmpty() && !expect.matches("-?\\d+(\\.\\d+)?\\|.*")) {
            throw new RuleFormatException(source, n, kind.spelling() + " " + id
                    + ": the example needs what it gives, value|unit (unit empty for a bare number), in the sixth column");
        }
        return new Rule(kind, id, arg, words, example, expect, source, n);
    }
}
