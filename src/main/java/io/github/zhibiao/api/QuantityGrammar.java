package io.github.zhibiao.api;

import io.github.zhibiao.find.Candidate;
import io.github.zhibiao.find.Kind;
import io.github.zhibiao.find.QuantityFinder;
import io.github.zhibiao.find.Rules;
import io.github.zhibiao.find.Span;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.resolve.QuantityResolver;

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

    /** The grammar with the built-in tables. */
    public static QuantityGrammar defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the built-in tables; add your own rows with it. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every quantity in {@code text}, in order, non-overlapping; spans index {@code text}
     * ({@code text.toString().substring(q.start(), q.end()).equals(q.text())}). Redacted
     * placeholders never come out.
     */
    public List<Quantity> parse(CharSequence text) {
        List<Candidate> cs = finder.find(text);
        List<Quantity> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Quantity q = c.kind() == Kind.PLACEHOLDER ? null : resolver.resolve(text, c);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /** The finder's candidates, placeholders included, before resolution (for tracing). */
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

    /** The tables this grammar runs on. */
    public Rules rules() {
        return rules;
    }

    /** Adds user tables (same formats as the built-in ones) to the built-in tables. */
    public static final class Builder {
        private final Rules.Builder rules = Rules.builder();

        private Builder() {
        }

        /** Adds rows in the {@code units.tsv} format (surface, unit, kind, scope). */
        public Builder addUnits(Path file) {
            rules.addUnits(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds rows in the {@code blockers.tsv} format (word, AFTER/BEFORE/NAME, scope). */
        public Builder addBlockers(Path file) {
            rules.addBlockers(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds rows in the {@code qualifiers.tsv} format (word, PREFIX/SUFFIX/INFIX, qualifier). */
        public Builder addQualifiers(Path file) {
            rules.addQualifiers(Objects.requireNonNull(file, "file"));
            return this;
        }

        public QuantityGrammar build() {
            return new QuantityGrammar(rules.build());
        }
    }
}
