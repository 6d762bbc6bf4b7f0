package io.github.zhibiao.internal.quantity;

/**
 * What a finder step reads or writes of a {@link Reading}: the pipeline driver checks that each
 * step reads only what the anchor gives or an earlier stage writes.
 */
enum FindSlot {
    /** The text, the anchor index and the floor (given). */
    ANCHOR,
    /** The numeral scanned at the anchor. */
    NUMERAL,
    /** The form it reads as: kind, denominator, numerator, span end. */
    FORM,
    /** The unit or measure word after it. */
    UNIT,
    /** The rate denominator ({@code 元/生}). */
    RATE,
    /** The verdict: blocked (with where the scan goes on) or weak. */
    VERDICT
}
