package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quantity grammar as the later stages use it (the indicator engine, tables, the public
 * {@code api.QuantityGrammar}): found spans resolved to exact quantities, placeholders left out,
 * and for explanations the numerals turned down with the step that did. Immutable, thread-safe.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityParser.of(RuleSet.defaults()).parse("全市近16万名学生");
 * }</pre>
 */
public final class QuantityParser {

    private static final QuantityParser DEFAULTS = new QuantityParser(Rules.defaults());

    private final Rules rules;
    private final QuantityFinder finder;
    private final QuantityResolver resolver;

    private QuantityParser(Rules rules) {
        this.rules = rules;
        this.finder = new QuantityFinder(rules);
        this.resolver = new QuantityResolver(rules);
    }

    /** The parser of the built-in rules. */
    public static QuantityParser defaults() {
        return DEFAULTS;
    }

    /** The parser of these rules (the shared default one when they are the built-in tables). */
    public static QuantityParser of(RuleSet rules) {
        Rules tables = Rules.of(Objects.requireNonNull(rules, "rules"));
        return tables == Rules.defaults() ? DEFAULTS : new QuantityParser(tables);
    }

    /** The grammar's tables. */
    public Rules rules() {
        return rules;
    }

    /** The quantities of {@code text} in order; a span without a value (a placeholder) is none. */
    public List<Quantity> parse(CharSequence text) {
        List<Candidate> cs = finder.find(text);
        List<Quantity> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Quantity q = c.kind() == Kind.PLACEHOLDER ? null : resolveOrSkip(text, c);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private Quantity resolveOrSkip(CharSequence text, Candidate c) {
        try {
            return resolver.resolve(text, c);
        } catch (RuntimeException unresolvable) {
            return null;
        }
    }

    /** Every candidate span of {@code text}, placeholders included. */
    public List<Candidate> candidates(CharSequence text) {
        return finder.find(text);
    }

    /** Spans of redacted numbers ({@code X}, {@code XX人}, {@code X.X%}, {@code X/X}, {@code X年}). */
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
     * The readings of {@code text} the finder turned down, each whole as the scan saw it ({@code 2.5}
     * of PM2.5, {@code 9月}, {@code 2023-4-19}) with the id of the step that did, in text order: the
     * scan that finds the candidates notes them, nothing is read twice. For explanations: extraction
     * never calls it.
     */
    public List<Rejected> rejected(CharSequence text) {
        List<Rejected> out = new ArrayList<>();
        finder.find(text, out, Tracer.NONE);
        return out;
    }
}
