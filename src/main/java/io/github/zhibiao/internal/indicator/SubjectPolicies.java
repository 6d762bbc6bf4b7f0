package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.EnumSet;
import java.util.regex.Pattern;

/**
 * The policies that settle a worded subject, each a step of its own ({@code subject.share-named},
 * {@code subject.trailing-marks}, {@code subject.replacement-edges}): they fire when they change it.
 */
final class SubjectPolicies {

    private static final Pattern TRAILING_PUNCT = Pattern.compile("[、，,]+$");
    private static final Pattern REPLACEMENT_EDGES = Pattern.compile("^[\\uFFFD\\u0085\\s]+|[\\uFFFD\\u0085\\s]+$");

    private SubjectPolicies() {
    }

    /** {@code subject.share-named}: a rate's share (占全省…) names its ratio ({@code 占全省比例}). */
    static final class ShareNamed extends DraftStep {
        ShareNamed() {
            super("subject.share-named", EnumSet.of(Slot.SITE, Slot.WORDING), EnumSet.of(Slot.WORDING));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String w = d.wording;
            if (s.rate() && w.startsWith(Particles.SHARE) && !w.endsWith(Particles.RATIO) && !w.endsWith(Particles.PROPORTION)) {
                d.wording = w + Particles.RATIO;
                return true;
            }
            return false;
        }
    }

    /** {@code subject.trailing-marks}: a record's subject ends in no list or clause mark ({@code 产量、} → {@code 产量}). */
    static final class TrailingMarks extends DraftStep {
        TrailingMarks() {
            super("subject.trailing-marks", EnumSet.of(Slot.WORDING), EnumSet.of(Slot.SUBJECT));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String w = d.wording;
            boolean marked = !w.isEmpty() && "、，,".indexOf(w.charAt(w.length() - 1)) >= 0;
            d.subject = marked ? TRAILING_PUNCT.matcher(w).replaceFirst("") : w;
            return marked;
        }
    }

    /**
     * {@code subject.replacement-edges}: a byte the loader could not read (U+FFFD) never starts or
     * ends a subject, nor does a next-line control (U+0085, a line break that {@link String#strip()} keeps).
     */
    static final class ReplacementEdges extends DraftStep {
        ReplacementEdges() {
            super("subject.replacement-edges", EnumSet.of(Slot.SUBJECT), EnumSet.of(Slot.SUBJECT));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            String subject = d.subject;
            if (subject.indexOf('\uFFFD') < 0 && subject.indexOf('\u0085') < 0) {
                return false;
            }
            d.subject = REPLACEMENT_EDGES.matcher(subject).replaceAll("");
            return !d.subject.equals(subject);
        }
    }
}
