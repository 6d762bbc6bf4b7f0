package io.github.zhibiao.api;

import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.quantity.Span;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds every number-with-unit in a Chinese text and resolves it exactly: a linear, table-driven
 * scan, then exact resolution. The public face of the internal {@code QuantityParser}, which the
 * later stages use directly. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityGrammar.defaults().parse("全市近16万名学生，经费3-5万元");
 * // 近16万名 -> Count(160000, 人) APPROX; 3 -> Money(30000, 元); 5万元 -> Money(50000, 元)
 * }</pre>
 */
public final class QuantityGrammar {

    private static final QuantityGrammar DEFAULTS = new QuantityGrammar(QuantityParser.defaults(), RuleSet.defaults());

    private final QuantityParser parser;
    private final RuleSet rules;

    private QuantityGrammar(QuantityParser parser, RuleSet rules) {
        this.parser = parser;
        this.rules = rules;
    }

    /**
     * The grammar with the built-in tables.
     *
     * @return the shared default grammar
     */
    public static QuantityGrammar defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the built-in tables; add your own rows with it.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every quantity in {@code text}, in order, non-overlapping; spans index {@code text}
     * ({@code text.toString().substring(q.start(), q.end()).equals(q.text())}). Redacted
     * placeholders and spans without a value ({@code 零分之九}) never come out.
     *
     * @param text the text to read
     * @return the quantities found, in text order
     */
    public List<Quantity> parse(CharSequence text) {
        return parser.parse(text);
    }

    /**
     * The finder's candidates, placeholders included, before resolution (for tracing).
     *
     * @param text the text to read
     * @return the candidates, in text order
     */
    public List<FoundSpan> candidates(CharSequence text) {
        List<Candidate> found = parser.candidates(text);
        List<FoundSpan> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(new FoundSpan(FoundSpan.kindName(c.kind()), c.start(), c.end(), c.text(text)));
        }
        return out;
    }

    /**
     * Spans of redacted numbers ({@code X}, {@code XX人}, {@code X.X%}, {@code X/X}, {@code X年}).
     *
     * @param text the text to read
     * @return the placeholder spans ({@link FoundSpan#placeholder()}), in text order
     */
    public List<FoundSpan> placeholders(CharSequence text) {
        List<Span> found = parser.placeholders(text);
        List<FoundSpan> out = new ArrayList<>(found.size());
        for (Span s : found) {
            out.add(new FoundSpan(FoundSpan.PLACEHOLDER, s.start(), s.end(), s.text()));
        }
        return out;
    }

    /**
     * The rules this grammar was made of: its {@code numeral}, {@code quantity-unit}, {@code qualifier},
     * {@code blocker} and {@code per} rows are the tables it runs on (other kinds are not read here).
     *
     * @return the rule set ({@link RuleSet#defaults()} for the built-in grammar)
     */
    public RuleSet rules() {
        return rules;
    }

    /** The parser this grammar wraps, for the extractor that hands it to the later stages. */
    QuantityParser parser() {
        return parser;
    }

    /**
     * The grammar of the quantity-grammar rules ({@code numeral}, {@code quantity-unit}, {@code qualifier},
     * {@code blocker}, {@code per}) of a rule set; a set without any reads numbers with the built-in tables.
     *
     * @param rules a rule set, e.g. {@code RuleSet.defaults().with(Path.of("units.tsv"))}
     * @return the grammar ({@link #defaults()} when the set's grammar rules are the built-in ones)
     */
    public static QuantityGrammar of(RuleSet rules) {
        QuantityParser p = QuantityParser.of(Objects.requireNonNull(rules, "rules"));
        return p == QuantityParser.defaults() ? DEFAULTS : new QuantityGrammar(p, rules);
    }

    /** Adds rules files of the user's own (the one rules format, see "Rules files" in the README) to the built-in rules. */
    public static final class Builder {
        private RuleSet rules = RuleSet.defaults();

        private Builder() {
        }

        /**
         * Adds the rules of a rules file; its {@code quantity-unit}, {@code blocker}, {@code qualifier},
         * {@code numeral} and {@code per} rules change the grammar, other kinds are ignored here.
         *
         * @param file a UTF-8 rules file
         * @return this builder
         * @throws UncheckedIOException when the file cannot be read
         * @throws io.github.zhibiao.rules.RuleFormatException naming file and line of a malformed rule
         */
        public Builder addRules(Path file) {
            try {
                rules = rules.with(Objects.requireNonNull(file, "file"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return this;
        }

        /**
         * Adds a rules file of {@code quantity-unit} rules; the same as {@link #addRules(Path)}.
         *
         * @param file a UTF-8 rules file
         * @return this builder
         * @deprecated every rules file has one format and may hold any kind: use {@link #addRules(Path)}
         */
        @Deprecated
        public Builder addUnits(Path file) {
            return addRules(file);
        }

        /**
         * Adds a rules file of {@code blocker} rules; the same as {@link #addRules(Path)}.
         *
         * @param file a UTF-8 rules file
         * @return this builder
         * @deprecated every rules file has one format and may hold any kind: use {@link #addRules(Path)}
         */
        @Deprecated
        public Builder addBlockers(Path file) {
            return addRules(file);
        }

        /**
         * Adds a rules file of {@code qualifier} rules; the same as {@link #addRules(Path)}.
         *
         * @param file a UTF-8 rules file
         * @return this builder
         * @deprecated every rules file has one format and may hold any kind: use {@link #addRules(Path)}
         */
        @Deprecated
        public Builder addQualifiers(Path file) {
            return addRules(file);
        }

        /**
         * Builds the grammar from the built-in rules and the rules added.
         *
         * @return a new immutable grammar
         */
        public QuantityGrammar build() {
            return of(rules);
        }
    }
}
