package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Step;
import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Direction;

import java.util.List;
import java.util.Set;

/**
 * The composites of the {@code text} pipeline, over all drafts of a text: the low end of a range
 * takes its high end's subject; the numbers of an enumeration take their items and the shared verb.
 * Each fires when it changed a draft, and notes on that draft's trace what it did. A composite that
 * fails on unforeseen input costs that composite only: it is noted {@code reject.unreadable} and
 * the drafts keep what they had.
 */
final class TextSteps {
    static final String RANGE_LOW = "subject.range-low";
    static final String ENUMERATION_ITEM = "subject.enumeration-item";
    static final String ENUMERATION_VERB = "delta.enumeration-verb";

    private TextSteps() {
    }

    /** A step over the drafts of a text; reads and writes are the drafts' (the text has no slots of its own). */
    private abstract static class TextStep implements Step<TextDrafts> {
        private final String id;

        TextStep(String id) {
            this.id = id;
        }

        @Override
        public final String id() {
            return id;
        }

        @Override
        public final Set<Slot> reads() {
            return Set.of(Slot.SUBJECT, Slot.CATEGORY, Slot.RULE, Slot.DIRECTION, Slot.TARGET);
        }

        @Override
        public final Set<Slot> writes() {
            return Set.of(Slot.SUBJECT, Slot.CATEGORY, Slot.RULE, Slot.DIRECTION, Slot.TARGET);
        }
    }

    /** {@code subject.range-low}: the low end of a range ({@code 2-3个项目}) measures what its high end measures. */
    static final class RangeLow extends TextStep {
        RangeLow() {
            super(RANGE_LOW);
        }

        @Override
        public boolean apply(TextDrafts text, Tracer t) {
            boolean fired = false;
            List<Draft> drafts = text.drafts;
            for (int i = 1; i < drafts.size(); i++) {
                Draft low = drafts.get(i - 1);
                Draft high = drafts.get(i);
                if (low.rangeLowOf == high.quantity.start()) {
                    low.tracer.sub(RANGE_LOW, low.subject, high.subject);
                    low.subject = high.subject;
                    low.category = high.category;
                    low.ruleId = high.ruleId;
                    fired = true;
                }
            }
            return fired;
        }
    }

    /** {@code subject.enumeration-item}: each number of {@code A、B、C…分别增长x、y、z} measures its own item. */
    static final class EnumerationItem extends TextStep {
        private final Enumerations enumerations;
        private final Categorizer categorizer;

        EnumerationItem(Enumerations enumerations, Categorizer categorizer) {
            super(ENUMERATION_ITEM);
            this.enumerations = enumerations;
            this.categorizer = categorizer;
        }

        @Override
        public boolean apply(TextDrafts text, Tracer t) {
            boolean fired = false;
            for (TextDrafts.Group g : text.groups(enumerations)) {
                try {
                    fired |= share(text, g);
                } catch (RuntimeException e) {
                    text.unreadable(text.drafts.get(g.from()), ENUMERATION_ITEM, e);
                }
            }
            return fired;
        }

        /** Gives the members of {@code g} their items when the items and the numbers fit one to one. */
        private boolean share(TextDrafts text, TextDrafts.Group g) {
            Enumerations.Found f = g.found();
            List<String> items = f.items();
            String v = text.v;
            Draft last = text.drafts.get(g.to() - 1);
            if (items.size() <= 1 || items.size() != f.elementOf(v, last.quantity.start()) + 1) {
                return false;
            }
            // Read every item before changing any draft: a failure leaves the drafts as they were.
            String[] subjects = new String[g.to() - g.from()];
            for (int k = g.from(); k < g.to(); k++) {
                subjects[k - g.from()] = items.get(f.elementOf(v, text.drafts.get(k).quantity.start()));
            }
            for (int k = g.from(); k < g.to(); k++) {
                Draft d = text.drafts.get(k);
                d.tracer.sub(ENUMERATION_ITEM, d.subject, subjects[k - g.from()]);
                d.subject = subjects[k - g.from()];
                Categorizer.Verdict verdict = categorizer.categorize(d.measure, d.subject);
                d.category = verdict.category();
                d.ruleId = verdict.ruleId();
                d.tracer.fired(IndicatorSteps.CATEGORY, d.ruleId);
            }
            return true;
        }
    }

    /**
     * {@code delta.enumeration-verb}: all numbers of an enumeration say what the shared verb says
     * (change, direction, goal); when the list's first figures gave no record, the verb's change is
     * read from the list.
     */
    static final class EnumerationVerb extends TextStep {
        private final Enumerations enumerations;

        EnumerationVerb(Enumerations enumerations) {
            super(ENUMERATION_VERB);
            this.enumerations = enumerations;
        }

        @Override
        public boolean apply(TextDrafts text, Tracer t) {
            boolean fired = false;
            for (TextDrafts.Group g : text.groups(enumerations)) {
                Draft first = text.drafts.get(g.from());
                Direction shared = g.found().change() != null ? g.found().change() : first.direction;
                for (int k = g.from(); k < g.to(); k++) {
                    Draft d = text.drafts.get(k);
                    if (d.direction != shared || d != first && first.target && !d.target) {
                        d.tracer.fired(ENUMERATION_VERB, null);
                        fired = true;
                    }
                    d.direction = shared;
                    d.target = d.target || first.target;
                }
            }
            return fired;
        }
    }
}
