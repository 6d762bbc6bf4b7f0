package io.github.zhibiao.api;

import io.github.zhibiao.model.Quantity;

import java.util.List;

/**
 * Finds every number-with-unit in a Chinese text and resolves it exactly.
 *
 * <p>TEMPORARY SEAM: the real grammar (find, then resolve, table-driven) replaces this body.
 */
public final class QuantityGrammar {

    private static final QuantityGrammar DEFAULTS = new QuantityGrammar();

    private QuantityGrammar() {
    }

    /** The grammar with the built-in tables. */
    public static QuantityGrammar defaults() {
        return DEFAULTS;
    }

    /** Every quantity in {@code text}, in order, non-overlapping; spans index {@code text}. */
    public List<Quantity> parse(CharSequence text) {
        return List.of();
    }
}
