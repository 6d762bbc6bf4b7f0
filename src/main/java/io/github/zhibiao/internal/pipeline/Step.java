package io.github.zhibiao.internal.pipeline;

import java.util.Set;

/**
 * One named decision of a pipeline, about one item of context {@code C} (a numeral, a quantity's
 * draft, a table cell, a whole text). Steps are registered without order; {@code pipeline.tsv}
 * alone says in which stage and in which place each runs, and every step has a {@code step} row
 * with an example. The driver, not the step, notes in the trace that it fired. Implementations
 * are immutable and thread-safe.
 *
 * @param <C> what the step reads and decides about
 */
public interface Step<C> {

    /**
     * The step's id, as {@code pipeline.tsv}, its catalogue row and traces name it.
     *
     * @return the id ({@code subject.after-number})
     */
    String id();

    /**
     * The slots of the context this step reads: each must be given by the context or written by a
     * step of an earlier stage.
     *
     * @return the slots read
     */
    Set<? extends Enum<?>> reads();

    /**
     * The slots of the context this step may change.
     *
     * @return the slots written
     */
    Set<? extends Enum<?>> writes();

    /**
     * Applies the step.
     *
     * @param ctx the item
     * @param t   where the step names the rule it applied and the sub-rules that rewrote a value
     * @return whether it fired: in a {@code FIRST} stage the steps after it do not run, in a
     *         {@code GUARD} stage the item ends
     */
    boolean apply(C ctx, Tracer t);
}
