package io.github.zhibiao.internal.table;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A {@code table.*} step: its id, the slots it reads and writes, and its decision about one cell.
 *
 * @param id     the step id, as {@code pipeline.tsv} and {@code steps.tsv} name it
 * @param reads  the slots of the cell it reads
 * @param writes the slots it may change
 * @param body   the decision; true when it fired
 */
record TableStep(String id, Set<TableSlot> reads, Set<TableSlot> writes, BiPredicate<CellDraft, Tracer> body)
        implements Step<CellDraft> {

    @Override
    public boolean apply(CellDraft ctx, Tracer t) {
        return body.test(ctx, t);
    }
}
