package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.model.Qualifier;

/**
 * A span the finder recognized, with the parts it saw, so that the resolver can compute the value
 * without searching again. Offsets index the searched text; absent parts are {@code -1}/{@code null}.
 *
 * <pre>{@code
 * // "近16万名": start 0, end 5, kind NUMBER, number [1,4), unit 名 -> 人 at [4,5), qualifier APPROX
 * }</pre>
 *
 * @param kind       pattern family that fired
 * @param start      first index of the whole span (qualifier words and sign included)
 * @param end        index just past the span (unit, rate denominator and suffix qualifier included)
 * @param numStart   the numeral (digits, scale words, infix 余/多); the numerator for FRACTION and
 *                   SHARE, the left side for RATIO, the whole {@code 九成五} for TENTHS
 * @param numEnd     end of the numeral
 * @param denStart   denominator numeral of FRACTION ({@code 百} of 百分之) or SHARE, else -1
 * @param denEnd     its end, else -1
 * @param scaleStart scale words borrowed from the upper end of a range ({@code 万} for the 3 of
 *                   {@code 3-5万元}), else -1
 * @param scaleEnd   their end, else -1
 * @param unit       the unit row, written after the number or borrowed from the range's upper end;
 *                   {@code null} for a bare number
 * @param unitStart  where the unit is written, -1 when absent or borrowed
 * @param qualifier  bound or approximation, or {@code null}
 * @param negative   a minus sign or 负 belongs to the number
 * @param per        rate denominator ({@code 生·年}), or {@code null}
 * @param range      position in a range
 */
public record Candidate(Kind kind, int start, int end, int numStart, int numEnd, int denStart, int denEnd,
                        int scaleStart, int scaleEnd, UnitEntry unit, int unitStart, Qualifier qualifier,
                        boolean negative, String per, RangeRole range) {

    /** Length of the span. */
    public int length() {
        return end - start;
    }

    /** The span's characters in {@code text}. */
    public String text(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
