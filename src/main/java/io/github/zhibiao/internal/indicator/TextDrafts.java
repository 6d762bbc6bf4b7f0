package io.github.zhibiao.internal.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The context of the {@code text} pipeline: the drafts of one text, in document order, that its
 * composites ({@code subject.range-low}, {@code subject.enumeration-item}, {@code
 * delta.enumeration-verb}) combine once every number has its draft. A composite changes many drafts
 * at once, so it notes on each draft's own trace ({@link Draft#tracer}) what it did there. One per
 * text; mutable, confined to one pass.
 */
final class TextDrafts {
    final String v;
    final List<Draft> drafts;
    /** The enumerations of the text, read once by the first composite that asks. */
    private List<Group> groups;
    /** The composites that failed, each on the draft it was about. */
    private final List<Failure> failures = new ArrayList<>();

    TextDrafts(String v, List<Draft> drafts) {
        this.v = v;
        this.drafts = drafts;
    }

    /**
     * One enumeration and its members: drafts {@code from} (its first number) to {@code to}, exclusive.
     *
     * @param found what {@link Enumerations#at} read
     * @param from  index of its first draft
     * @param to    index after its last draft
     */
    record Group(Enumerations.Found found, int from, int to) {
    }

    /**
     * A composite that failed on unforeseen input.
     *
     * @param draft the draft it was about (its first, for an enumeration); null for the whole text
     * @param step  the composite's id
     * @param error what it threw
     */
    record Failure(Draft draft, String step, RuntimeException error) {
    }

    /**
     * Notes that {@code step} failed about {@code d} (null: the whole text): {@code
     * reject.unreadable:STEP} on the draft's trace, and once among {@link #failures()}.
     */
    void unreadable(Draft d, String step, RuntimeException error) {
        if (d != null) {
            d.tracer.fired(IndicatorSteps.UNREADABLE, step);
        }
        failures.add(new Failure(d, step, error));
    }

    /** The composites that failed, in the order they failed. */
    List<Failure> failures() {
        return failures;
    }

    /**
     * The enumerations of the text. One that cannot be read (a rule failing on unforeseen input) is
     * left out and noted {@code reject.unreadable} on its first draft: it costs nothing but itself.
     */
    List<Group> groups(Enumerations enumerations) {
        if (groups != null) {
            return groups;
        }
        groups = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft first = drafts.get(i);
            Enumerations.Found f;
            try {
                f = enumerations.at(v, first.quantity.start());
            } catch (RuntimeException e) {
                unreadable(first, TextSteps.ENUMERATION_ITEM, e);
                continue;
            }
            if (f == null) {
                continue;
            }
            int j = i;
            while (j < drafts.size() && drafts.get(j).quantity.start() < f.end()) {
                j++;
            }
            groups.add(new Group(f, i, j));
            i = j - 1;
        }
        return groups;
    }
}
