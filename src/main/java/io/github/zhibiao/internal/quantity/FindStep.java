package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.Set;

/**
 * One step of the finder: an id, the slots it reads and writes, and its decision, a method of one
 * of the step groups ({@link AnchorSteps}, {@link FormSteps}, {@link AfterSteps}) that
 * {@link FindSteps#decide} calls by number. Made once, when the finder is built; deciding
 * allocates nothing.
 *
 * <pre>{@code
 * new FindStep("find.vague", Set.of(FindSlot.NUMERAL), Set.of(FindSlot.VERDICT), 3, groups)
 * }</pre>
 */
final class FindStep implements Step<Reading> {

    private final String id;
    private final Set<FindSlot> reads;
    private final Set<FindSlot> writes;
    private final int op;
    private final FindSteps.Groups groups;

    FindStep(String id, Set<FindSlot> reads, Set<FindSlot> writes, int op, FindSteps.Groups groups) {
        this.id = id;
        this.reads = reads;
        this.writes = writes;
        this.op = op;
        this.groups = groups;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<FindSlot> reads() {
        return reads;
    }

    @Override
    public Set<FindSlot> writes() {
        return writes;
    }

    @Override
    public boolean apply(Reading x, Tracer t) {
        return FindSteps.decide(op, groups, x);
    }
}
