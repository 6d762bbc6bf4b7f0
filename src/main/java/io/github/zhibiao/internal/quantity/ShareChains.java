package io.github.zhibiao.internal.quantity;

import java.util.List;

/**
 * Share chains ({@code 三次产业结构为8.3:41.4:50.3}): three to six plain decimals joined by colons
 * that add up to 100 give one {@link Kind#CHAIN_PART} per part. Read where a numeral was turned
 * down (its colon made it a clock time); clock times and multi-part ratios add nothing. Stateless.
 *
 * <pre>{@code
 * ShareChains.read("8.3:41.4:50.3", 0, out)   // 13; three CHAIN_PART candidates
 * }</pre>
 */
final class ShareChains {

    /** Fewest and most parts of a share chain: {@code a:b} is a ratio, not a chain of shares. */
    private static final int CHAIN_MIN_PARTS = 3;
    private static final int CHAIN_MAX_PARTS = 6;
    /** How far the parts of a share chain may add up from 100 (rounding of each part). */
    private static final double CHAIN_SUM_SLACK = 0.5;

    private ShareChains() {
    }

    /**
     * The share chain at {@code i}: adds its parts and returns its end, or -1 (nothing added). Reads
     * at most {@link #CHAIN_MAX_PARTS} parts, each at most {@link AnchorSteps#MAX_NUMERAL} characters.
     */
    static int read(CharSequence t, int i, List<Candidate> out) {
        int n = t.length();
        if (!Chars.isArabic(t.charAt(i)) || (i > 0 && (Chars.isArabic(t.charAt(i - 1)) || Chars.isColon(t.charAt(i - 1))
                || Chars.isDot(t.charAt(i - 1))))) {
            return -1;
        }
        int[] starts = new int[CHAIN_MAX_PARTS];
        int[] ends = new int[CHAIN_MAX_PARTS];
        int parts = 0;
        double sum = 0;
        int p = i;
        while (true) {
            int s = p;
            p = part(t, p);
            if (p < 0) {
                return -1;
            }
            starts[parts] = s;
            ends[parts] = p;
            parts++;
            sum += Double.parseDouble(Chars.digits(t, s, p).replace('．', '.'));
            if (!(p + 1 < n && Chars.isColon(t.charAt(p)) && Chars.isArabic(t.charAt(p + 1)))) {
                break;
            }
            if (parts == CHAIN_MAX_PARTS) {
                return -1;
            }
            p++;
        }
        if (parts < CHAIN_MIN_PARTS || Math.abs(sum - 100) > CHAIN_SUM_SLACK
                || (p < n && (t.charAt(p) == '%' || t.charAt(p) == '％'))) {
            return -1;
        }
        for (int k = 0; k < parts; k++) {
            out.add(new Candidate(Kind.CHAIN_PART, starts[k], ends[k], starts[k], ends[k], -1, -1, -1, -1,
                    null, -1, null, false, null, RangeRole.NONE));
        }
        return p;
    }

    /** One part at {@code s}: its end, or -1 when it is no share (over 100, a leading zero: 09:30:15). */
    private static int part(CharSequence t, int s) {
        int n = t.length();
        int p = s;
        while (p < n && p - s <= AnchorSteps.MAX_NUMERAL && Chars.isArabic(t.charAt(p))) {
            p++;
        }
        if (p == s || p - s > Rules.CHAIN_PART_DIGITS || (p - s > 1 && Chars.digits(t, s, s + 1).equals("0"))) {
            return -1;
        }
        if (p + 1 < n && Chars.isDot(t.charAt(p)) && Chars.isArabic(t.charAt(p + 1))) {
            p++;
            int f = p;
            while (p < n && p - f <= AnchorSteps.MAX_NUMERAL && Chars.isArabic(t.charAt(p))) {
                p++;
            }
        }
        return p;
    }
}
