package io.github.zhibiao.rules;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of indicator rules, read from tab-separated rules files.
 *
 * <p>Each non-blank line that does not start with {@code #} has five tab-separated columns:
 * {@code kind  id  arg  words  example}, where {@code words} is a {@code |}-separated list. The
 * built-in rules ({@link #defaults()}) come from {@code common.tsv}, {@code education.tsv} and
 * {@code economy.tsv} in this package's resources; {@link #with(Path)} adds a user's file.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults().with(Path.of("hospital.tsv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code with} returns a new set.
 */
public final class RuleSet {

    private static final String[] BUILT_IN = {"common.tsv", "education.tsv", "economy.tsv"};
    private static final RuleSet DEFAULTS = loadDefaults();

    private final List<Rule> rules;
    private final Map<RuleKind, List<Rule>> byKind;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<RuleKind, List<Rule>> m = new EnumMap<>(RuleKind.class);
        for (RuleKind k : RuleKind.values()) {
            m.put(k, this.rules.stream().filter(r -> r.kind() == k).toList());
        }
        this.byKind = m;
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
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return plus(parse(r, file.toString()));
        }
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
     * Every rule, in load order.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rules of one kind, in load order.
     *
     * @param kind the kind wanted
     * @return its rules
     */
    public List<Rule> of(RuleKind kind) {
        return byKind.get(kind);
    }

    private RuleSet plus(List<Rule> more) {
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
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new RuleFormatException(source, n, "expected kind, id, arg, words[, example]; got " + cols.length + " columns");
            }
            RuleKind kind;
            try {
                kind = RuleKind.parse(cols[0]);
            } catch (IllegalArgumentException e) {
                throw new RuleFormatException(source, n, "unknown rule kind '" + cols[0] + "'; one of "
                        + Arrays.toString(RuleKind.values()));
            }
            List<String> words = Arrays.stream(cols[3].split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw new RuleFormatException(source, n, "rule " + cols[1] + " has no words");
            }
            out.add(new Rule(kind, cols[1].strip(), cols[2].strip(), words, cols.length > 4 ? cols[4].strip() : "", source));
        }
        return out;
    }
}
