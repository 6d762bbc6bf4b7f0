package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.Scope;
import io.github.zhibiao.rules.UnitKind;

import java.util.Objects;

/**
 * One row of the word table that follows numbers: a unit with its normalized spelling and kind,
 * or a blocker ({@link UnitKind#BLOCK}).
 *
 * @param surface the word as written ({@code 平米})
 * @param unit    the normalized unit ({@code 平方米}); empty for blockers
 * @param kind    what the word makes of the number
 * @param scope   which numbers may carry it
 */
public record UnitEntry(String surface, String unit, UnitKind kind, Scope scope) {
    public UnitEntry {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
    }

    /** Whether this row blocks the number instead of measuring it. */
    public boolean blocks() {
        return kind == UnitKind.BLOCK;
    }
}
