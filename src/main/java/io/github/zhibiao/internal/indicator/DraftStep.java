package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.Set;

/**
 * A step of the indicator pipeline: decides one thing about the draft of one number, reading where
 * the number stands ({@link Draft#site}). It declares its id and the {@link Slot}s it reads and
 * writes; {@code pipeline.tsv} alone places it, {@link IndicatorSteps} registers it. The driver
 * notes in the trace that it fired; the step names the rule it applied ({@link Tracer#rule}) and
 * the sub-rules that rewrote a value ({@link Tracer#sub}). Immutable.
 */
abstract class DraftStep implements Step<Draft> {
    private final String id;
    private final Set<Slot> reads;
    private final Set<Slot> writes;

    DraftStep(String id, Set<Slot> reads, Set<Slot> writes) {
        this.id = id;
        this.reads = Set.copyOf(reads);
        this.writes = Set.copyOf(writes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<Slot> reads() {
        return reads;
    }

    @Override
    public final Set<Slot> writes() {
        return writes;
    }

    @Override
    public final boolean apply(Draft d, Tracer t) {
        return apply(d.site, d, t);
    }

    /** Applies the step to the draft of the number at {@code s}; whether it fired. */
    abstract boolean apply(Site s, Draft d, Tracer t);
}
