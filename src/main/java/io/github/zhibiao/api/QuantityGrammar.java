package io.github.zhibiao.api;

import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.Kind;
import io.github.zhibiao.internal.quantity.QuantityFinder;
import io.github.zhibiao.internal.quantity.Rules;
import io.github.zhibiao.internal.quantity.Span;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.internal.quantity.QuantityResolver;

import io.github.zhibiao.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds every number-with-unit in a Chinese text and resolves it exactly: find (a linear,
 * table-driven scan, {@link QuantityFinder}), then resolve ({@link QuantityResolver}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityGrammar.defaults().parse("全市近16万名学生，经费3-5万元");
 * // 近16万名 -> Count(160000, 人) APPROX; 3 -> Money(30000, 元); 5万元 -> Money(50000, 元)
 * }</pre>
 */
public final class QuantityGrammar {

    private static final QuantityGrammar DEFAULTS = new QuantityGrammar(Rules.defaults());

    private final Rules rules;
    private final QuantityFinder finder;
    private final QuantityResolver resolver;

    private QuantityGrammar(Rules rules) {
        this.rules = rules;
        this.finder = new QuantityFinder(rules);
        this.resolver = new QuantityResolver(rules);
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
        List<Candidate> cs = finder.find(text);
        List<Quantity> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Quantity q = c.kind() == Kind.PLACEHOLDER ? null : resolveOrSkip(text, c);
            if (q != null) {
                out.add(q); // a quantity without a value is no quantity
            }
        }
        return out;
    }

    /** The resolver never throws by contract; should an unforeseen input break it, only that quantity is lost. */
    private Quantity resolveOrSkip(CharSequence text, Candidate c) {
        try {
            return resolver.resolve(text, c);
        } catch (RuntimeException unresolvable) {
            return null;
        }
    }

    /**
     * The finder's candidates, placeholders included, before resolution (for tracing).
     *
     * @param text the text to read
     * @return the candidates, in text order
     */
    public List<Candidate> candidates(CharSequence text) {
        return finder.find(text);
    }

    /**
     * Spans of redacted numbers ({@code X}, {@code XX人}, {@code X.X%}, {@code X/X}, {@code X年}).
     *
     * @param text the text to read
     * @return the placeholder spans, in text order
     */
    public List<Span> placeholders(CharSequence text) {
        List<Span> out = new ArrayList<>();
        for (Candidate c : finder.find(text)) {
            if (c.kind() == Kind.PLACEHOLDER) {
                out.add(new Span(c.start(), c.end(), c.text(text)));
            }
        }
        return out;
    }

    /**
     * The tables this grammar runs on.
     *
     * @return the unit, numeral, qualifier, blocker and per tables
     */
    public Rules rules() {
        return rules;
    }

    /**
     * The grammar of the quantity-grammar rules ({@code numeral}, {@code quantity-unit}, {@code qualifier},
     * {@code blocker}, {@code per}) of a rule set; a set without any reads numbers with the built-in tables.
     *
     * @param rules a rule set, e.g. {@code RuleSet.defaults().with(Path.of("units.tsv"))}
     * @return the grammar ({@link #defaults()} when the set's grammar rules are the built-in ones)
     */
    public static QuantityGrammar of(RuleSet rules) {
        Rules tables = Rules.of(Objects.requireNonNull(rules, "rules"));
        return tables == Rules.defaults() ? DEFAULTS : new QuantityGrammar(tables);
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
