package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.List;

/**
 * The sub-rules one phrase reading applied, each noted once and handed to the trace in the order of
 * their catalogue rows, whatever order they applied in: a trim that applies twice (a loop that
 * trims until nothing changes) is one entry, from the value before its first change to the value
 * after its last. Only made when the trace records ({@link #of}); confined to one call.
 *
 * <pre>{@code
 * SubRuleNotes notes = SubRuleNotes.of(ORDER, t);   // null when t records nothing
 * SubRuleNotes.note(notes, LEFT_SCOPE, before, after);
 * SubRuleNotes.flush(notes, t);
 * }</pre>
 */
final class SubRuleNotes {
    private final List<String> order;
    private final String[] before;
    private final String[] after;

    private SubRuleNotes(List<String> order) {
        this.order = order;
        this.before = new String[order.size()];
        this.after = new String[order.size()];
    }

    /** Notes for the sub-rules {@code order} names, in that order; null when {@code t} records nothing. */
    static SubRuleNotes of(List<String> order, Tracer t) {
        return t.on() ? new SubRuleNotes(order) : null;
    }

    /** Notes that sub-rule {@code id} changed {@code before} into {@code after}; nothing when {@code notes} is null. */
    static void note(SubRuleNotes notes, String id, String before, String after) {
        if (notes == null) {
            return;
        }
        int k = notes.order.indexOf(id);
        if (notes.before[k] == null) {
            notes.before[k] = before;
        }
        notes.after[k] = after;
    }

    /** Hands the noted sub-rules to {@code t}, in order. */
    static void flush(SubRuleNotes notes, Tracer t) {
        if (notes == null) {
            return;
        }
        for (int k = 0; k < notes.order.size(); k++) {
            if (notes.before[k] != null) {
                t.sub(notes.order.get(k), notes.before[k], notes.after[k]);
            }
        }
    }
}
