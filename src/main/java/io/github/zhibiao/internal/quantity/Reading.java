package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.model.Qualifier;

/**
 * One reading at an anchor, the item the finder's steps decide about: where it stands, the
 * numeral scanned there, what the steps found (form, unit, rate) and their verdict. One per
 * numeral read, confined to the scan that made it; the finder freezes a good one into a
 * {@link Candidate}.
 *
 * <pre>{@code
 * // 16万名 of 全市近16万名学生: numeral [2,5), unit 名 at 5, end 6, verdict OK
 * }</pre>
 */
final class Reading {

    /** A reading's verdict. */
    enum Verdict {
        /** A quantity (so far). */
        OK,
        /** Not a quantity alone (三 without unit), but may be the low end of a range (三至五所). */
        WEAK,
        /** No quantity: the scan goes on at {@link #skipTo}. */
        BLOCKED,
        /** No numeral starts at the anchor. */
        NONE
    }

    /** Not yet looked up: {@link #afterLen}. */
    private static final int UNKNOWN = -2;

    final CharSequence text;
    final int anchor;
    final int floor;
    Verdict verdict = Verdict.OK;
    int skipTo;
    Kind kind = Kind.NUMBER;
    int start;
    int numStart;
    int numEnd;
    int denStart = -1;
    int denEnd = -1;
    int scaleStart = -1;
    int scaleEnd = -1;
    UnitEntry unit;
    int unitStart = -1;
    int end;
    Qualifier qualifier;
    boolean negative;
    String per;
    Numeral core;
    /** The numerator scanned after 分之, when it follows. */
    Numeral numerator;
    /** The id of the step that turned it down (blocked) or found it weak; null otherwise. */
    String reason;
    private int afterLen = UNKNOWN;
    private UnitEntry afterEntry;

    Reading(CharSequence text, int anchor, int floor) {
        this.text = text;
        this.anchor = anchor;
        this.floor = floor;
        this.start = anchor;
    }

    /** The plain number {@code c} reads as, before any word after it. */
    void number(Numeral c) {
        core = c;
        start = c.start;
        numStart = c.start;
        numEnd = c.end;
        end = c.end;
    }

    /** Turns the reading down; the scan goes on at {@code to}. Always true: the step fired. */
    boolean block(int to) {
        verdict = Verdict.BLOCKED;
        skipTo = to;
        return true;
    }

    /** Not a quantity alone: the scan goes on after it unless a range takes it. Always true. */
    boolean weak() {
        verdict = Verdict.WEAK;
        skipTo = end;
        return true;
    }

    /** Length of the unit, measure word or blocker right after the numeral, 0 when none. */
    int afterLen(Rules r) {
        if (afterLen == UNKNOWN) {
            afterLen = r.after().longest(text, core.end, text.length());
            afterEntry = afterLen > 0 ? r.after().valueAt(text, core.end, afterLen) : null;
        }
        return afterLen;
    }

    /** That word's row; null when none ({@link #afterLen} first). */
    UnitEntry after(Rules r) {
        afterLen(r);
        return afterEntry;
    }

    /** Whether it is a finished quantity (not turned down, not weak). */
    boolean ok() {
        return verdict == Verdict.OK;
    }

    Candidate candidate(RangeRole role) {
        return new Candidate(kind, start, end, numStart, numEnd, denStart, denEnd, scaleStart, scaleEnd, unit,
                unitStart, qualifier, negative, per, role);
    }
}
