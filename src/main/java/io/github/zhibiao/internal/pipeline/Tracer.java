package io.github.zhibiao.internal.pipeline;

import io.github.zhibiao.model.Fired;

import java.util.ArrayList;
import java.util.List;

/**
 * What fired on one item, in the order it fired. The pipeline's driver notes each step that fires;
 * a step itself only names the rule it applied ({@link #rule}) and the sub-rules that rewrote a
 * value ({@link #sub}). {@link #NONE} records nothing and costs nothing: steps may call it freely.
 * A recording tracer is confined to one thread.
 */
public class Tracer {

    /** The tracer that records nothing. */
    public static final Tracer NONE = new Tracer(false);

    private final boolean on;
    private final List<Fired> fired;
    private String rule;

    private Tracer(boolean on) {
        this.on = on;
        this.fired = on ? new ArrayList<>() : List.of();
    }

    /**
     * A tracer that records.
     *
     * @return a new, empty recording tracer
     */
    public static Tracer recording() {
        return new Tracer(true);
    }

    /**
     * Whether this tracer records: a step may skip building a before/after it would only trace.
     *
     * @return false for {@link #NONE}
     */
    public boolean on() {
        return on;
    }

    /**
     * Names the rule of the rules files that the running step applies.
     *
     * @param ruleId the rule's id
     */
    public void rule(String ruleId) {
        if (on) {
            rule = ruleId;
        }
    }

    /**
     * Notes a sub-rule of the running step that rewrote a value.
     *
     * @param id     the sub-rule's id ({@code phrase.left.max-subject})
     * @param before the value before
     * @param after  the value after
     */
    public void sub(String id, String before, String after) {
        if (on) {
            fired.add(new Fired(id, null, before, after));
        }
    }

    /**
     * Notes that a step fired outside a pipeline's stages (a driver's own decision), with the rule it applied.
     *
     * @param step   the step's id
     * @param ruleId the rule's id, or null
     */
    public void fired(String step, String ruleId) {
        if (on) {
            fired.add(new Fired(step, ruleId, null, null));
        }
    }

    /**
     * What fired so far, in order.
     *
     * @return the fired steps and sub-rules (empty for {@link #NONE})
     */
    public List<Fired> fired() {
        return on ? List.copyOf(fired) : List.of();
    }

    /**
     * The ids of what fired so far ({@link Fired#id()}), in order.
     *
     * @return the ids (empty for {@link #NONE})
     */
    public List<String> ids() {
        if (!on) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(fired.size());
        for (Fired f : fired) {
            ids.add(f.id());
        }
        return ids;
    }

    /** Where the running step's sub-rules start; called by the driver before a step runs. */
    int mark() {
        if (!on) {
            return 0;                           // NONE is shared by every thread: it is never written
        }
        rule = null;
        return fired.size();
    }

    /**
     * Forgets the sub-rules that the step begun at {@code mark} noted: it did not fire, so the
     * phrases it built on its way were not used.
     */
    void unfired(int mark) {
        if (on) {
            fired.subList(mark, fired.size()).clear();
            rule = null;
        }
    }

    /** Notes that the step begun at {@code mark} fired, before the sub-rules it noted. */
    void stepFired(String step, int mark) {
        if (on) {
            fired.add(mark, new Fired(step, rule, null, null));
            rule = null;
        }
    }
}
