package io.github.zhibiao.internal.pipeline;

/** How a stage runs its steps ({@code pipeline.tsv}, the arg of a {@code stage} row). */
public enum Mode {
    /** Every step runs, in row order. */
    ALL,
    /** Steps run in row order until one fires; the stage ends there. */
    FIRST,
    /** Steps run in row order until one fires; that ends the item (no quantity, no record). */
    GUARD
}
