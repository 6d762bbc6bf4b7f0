package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.model.Qualifier;

/**
 * What the scan of one numeral saw ({@link NumeralScanner}): its span and the facts the finder's
 * steps decide on. Filled by one scan, then only read; package-private, one per numeral read.
 *
 * <pre>{@code
 * // "1,208所": start 0, end 5, arabicRuns 1, intDigits 4, hasSep
 * }</pre>
 */
final class Numeral {
    int start;
    int end;
    int arabicRuns;
    int cnDigits;
    int intDigits;
    int lastRunLen;
    boolean hasScale;
    boolean hasBig;
    boolean startsWithScale;
    boolean vague;
    boolean badDigits;
    boolean hasSep;
    boolean hasDecimal;
    boolean leadingZero;
    Qualifier infix;
    /** The trailing scale words a range's low end may borrow ({@code 万} of 3-5万), -1 when none. */
    int trailStart = -1;
    int trailEnd = -1;
    boolean trailBig;
    /** What the scan read last, while it reads. */
    NumeralScanner.Last last = NumeralScanner.Last.NONE;

    /** Arabic digits only, no Chinese digit. */
    boolean arabic() {
        return arabicRuns > 0 && cnDigits == 0;
    }

    /** Arabic digits with no scale word: the forms of digits alone (ratios, shares, dates) apply. */
    boolean plainArabic() {
        return arabic() && !hasScale;
    }

    int length() {
        return end - start;
    }
}
