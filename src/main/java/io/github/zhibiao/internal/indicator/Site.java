package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.rules.RuleSet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where one quantity stands, as the steps read it: its sentence and clause, the words before and
 * after it, and the draft of the number before. Read-only; one per quantity.
 *
 * @param v                the cleaned view of the report
 * @param q                the quantity
 * @param prev             the draft of the last number that gave one, or null
 * @param prevEnd          where the quantity before ends (0 for the first)
 * @param planFrom         where the plan section of the report starts
 * @param sentenceStart    where the sentence starts (at most {@link Clauses#WINDOW} back)
 * @param sentenceEnd      where the sentence ends
 * @param samePrevSentence {@code prev} stands in the same sentence
 * @param sameGroup        {@code prev} stands in the same ；-separated clause group of it
 * @param floor            where the words before start
 * @param left             the words before, from {@code floor} to the number
 * @param clauseEnd        where the clause after the number ends
 * @param rightFrom        where the words after start (past an opening bracket or the like)
 * @param rightEnd         where they end: the clause end or the next number
 * @param right            the words after
 * @param rangeHigh        when the number is the low end of a range ({@code 2-3个}): where the high end starts; else -1
 */
record Site(String v, Quantity q, Draft prev, int prevEnd, int planFrom, int sentenceStart, int sentenceEnd,
        boolean samePrevSentence, boolean sameGroup, int floor, String left, int clauseEnd, int rightFrom,
        int rightEnd, String right, int rangeHigh) {

    private static final Pattern RANGE_JOINER = Pattern.compile(RuleSet.defaults().pattern("range-joiner"));

    /**
     * The site of quantity {@code index} of {@code qs}, in document order through one pass's {@code bounds};
     * {@code prevEnd} is where the words before it may start at the earliest (the end of the number before).
     */
    static Site of(String v, List<Quantity> qs, int index, int prevEnd, Draft prev, int planFrom, Bounds bounds) {
        Quantity q = qs.get(index);
        // A sentence longer than the window (a text without punctuation) is read as the window.
        int sentenceStart = bounds.sentence.before(q.start(), Math.max(0, q.start() - Clauses.WINDOW));
        int sentenceEnd = bounds.sentence.after(q.end(), q.end() + Clauses.WINDOW);
        boolean samePrevSentence = prev != null && prev.sentenceStart == sentenceStart;
        // Within one sentence, a ；-separated part is its own clause group: an empty subject is
        // only inherited inside the group, a breakdown may complete itself across groups.
        boolean sameGroup = samePrevSentence && Clauses.lastBreak(v, q.start(), "；;", sentenceStart) <= prev.consumedTo;
        // The words before start after the previous number, or after the noun phrase it took as its
        // subject, unless this number stands inside that phrase's aside (21所(占全省总量的1/4)中等职业学校).
        int consumed = prev == null || prev.consumedTo > q.start() ? 0 : prev.consumedTo;
        int floor = Math.max(sentenceStart, Math.min(q.start(), Math.max(prevEnd, consumed)));
        String left = Clauses.leftContext(v, q.start(), floor);
        int clauseEnd = bounds.clause.after(q.end(), q.end() + Clauses.WINDOW);
        int rightFrom = Clauses.skipOpening(v, q.end(), clauseEnd);
        int rightEnd = clauseEnd;
        for (int k = index + 1; k < qs.size(); k++) {
            if (qs.get(k).start() >= rightFrom) {
                rightEnd = Math.min(clauseEnd, qs.get(k).start());
                break;
            }
        }
        String right = v.substring(rightFrom, rightEnd);
        int rangeHigh = rightEnd < clauseEnd && RANGE_JOINER.matcher(right).matches() ? rightEnd : -1;
        return new Site(v, q, prev, prevEnd, planFrom, sentenceStart, sentenceEnd, samePrevSentence, sameGroup,
                floor, left, clauseEnd, rightFrom, rightEnd, right, rangeHigh);
    }

    /** A count, or a number without a unit: the words after it may name what it counts. */
    boolean counted() {
        return q.measure() instanceof Measure.Count || q.measure() instanceof Measure.Bare;
    }

    /** A percentage or percentage points. */
    boolean rate() {
        return q.measure() instanceof Measure.Percent || q.measure() instanceof Measure.PercentagePoints;
    }

    /** The previous number measures in the same unit. */
    boolean sameKind() {
        return prev != null && prev.measure.unit().equals(q.measure().unit());
    }

    /** The phrase the previous number's breakdown items complete themselves with; empty when none. */
    String prevBase(ListHeads phrases) {
        return prev == null ? "" : prev.base != null ? prev.base : phrases.headOf(prev.subject);
    }

    /**
     * The clause before this number's clause in its sentence (at most a window back), when no
     * number stands in it and the number before took none of it as its subject: what it opens
     * with or acts on may name this number's subject. Null when there is none.
     */
    String clauseBefore() {
        int here = Clauses.lastBreak(v, q.start(), "，,", sentenceStart);
        int before = here > sentenceStart
                ? Clauses.lastBreak(v, here - 1, "，,；;", Math.max(sentenceStart, here - 1 - Clauses.WINDOW)) : here;
        if (before < here - 1 && (prev == null || prev.consumedTo <= before) && !hasDigit(v, before, here - 1)) {
            return v.substring(before, here - 1);
        }
        return null;
    }

    private static boolean hasDigit(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Sentence and clause bounds of one pass, read with cursors so the pass stays linear. */
    static final class Bounds {
        final Clauses.Cursor sentence;
        final Clauses.Cursor clause;

        Bounds(String v) {
            sentence = new Clauses.Cursor(v, Clauses.SENTENCE_BREAKS);
            clause = new Clauses.Cursor(v, Clauses.RIGHT_BREAKS);
        }
    }
}
