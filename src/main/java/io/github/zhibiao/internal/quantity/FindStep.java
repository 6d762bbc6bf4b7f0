package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.Set;

/**
 * One step of the finder: an id, the slots it reads and writes, and its decision, a method of one
 * of the step groups ({@link AnchorSteps}, {@link FormSteps}, {@link AfterSteps}). Made once, when
 * the finder is built; deciding allocates nothing.
 *
 * <pre>{@code
 * new FindStep("find.vague", Set.of(FindSlot.NUMERAL), Set.of(FindSlot.VERDICT), numeral::vague)
 * }</pre>
 */
final class FindStep implements Step<Reading> {

    /** A step's decision: true when it fired (in a guard stage, that ends the reading). */
    @FunctionalInterface
    interface Decision {
        boolean decide(Reading x);
    }

    private final String id;
    private final Set<FindSlot> reads;
    private final Set<FindSlot> writes;
    private final Decision decision;

    FindStep(String id, Set<FindSlot> reads, Set<FindSlot> writes, Decision decision) {
        this.id = id;
        this.reads = reads;
        this.writes = writes;
        this.decision = decision;
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
        return decision.decide(x);
    }
}
