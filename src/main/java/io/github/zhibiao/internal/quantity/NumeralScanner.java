package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.model.Qualifier;

/**
 * Reads one numeral from an index: Arabic runs (thousands groups, decimals, full width), Chinese
 * digits, scale words, 点 decimals, an infix 余/多 and a vague 几, as a state machine over what was
 * read last. It decides nothing: the finder's steps judge the {@link Numeral} it returns.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Numeral n = new NumeralScanner(Rules.defaults()).scan("2千零30万元", 0);   // [0, 6), hasBig
 * }</pre>
 */
final class NumeralScanner {

    /** What the scan read last: which characters may follow. */
    enum Last { NONE, ARABIC, DIGIT, ZERO, SCALE, INFIX, DECIMAL }

    /** Returned by a reader to end the numeral before the character it looked at. */
    private static final int STOP = -1;

    private final Rules r;

    NumeralScanner(Rules rules) {
        this.r = rules;
    }

    /** The numeral starting at {@code i}, or null when none does. */
    Numeral scan(CharSequence t, int i) {
        Numeral c = new Numeral();
        c.start = i;
        int p = i;
        while (p < t.length()) {
            int next = step(t, p, c);
            if (next == STOP) {
                break;
            }
            p = next;
        }
        c.end = p;
        return p == i ? null : c;
    }

    private int step(CharSequence t, int p, Numeral c) {
        char ch = t.charAt(p);
        byte k = r.charClass(ch);
        if (k == Rules.ARABIC) {
            return arabic(t, p, c);
        }
        if (k == Rules.DIGIT || k == Rules.FORMAL) {
            return digit(ch, p, c);
        }
        if (k == Rules.SMALL || k == Rules.BIG) {
            return scale(t, p, k, c);
        }
        if (k == Rules.POINT) {
            return point(t, p, c);
        }
        // The cheap tests first: most numerals stop at a character that is no infix.
        if (c.infix == null && (c.last == Last.ARABIC || c.last == Last.DIGIT || c.last == Last.SCALE)) {
            Qualifier q = r.infixQualifier(ch);
            if (q != null) {
                return infix(t, p, q, c);
            }
        }
        if (r.vagueMark(ch) && c.last != Last.NONE) {
            c.vague = true; // 十几, 二十几万: not exact
            c.last = Last.SCALE;
            return p + 1;
        }
        return STOP;
    }

    private int arabic(CharSequence t, int p, Numeral c) {
        if (c.last != Last.NONE && c.last != Last.SCALE && c.last != Last.ZERO) {
            return STOP;
        }
        int q = arabicRun(t, p, c);
        c.trailStart = -1;
        c.last = Last.ARABIC;
        return q;
    }

    private int digit(char ch, int p, Numeral c) {
        Last prev = c.last;
        if (prev == Last.ARABIC || prev == Last.DECIMAL || prev == Last.INFIX) {
            return STOP;
        }
        Long v = r.numeralValue(ch);
        if (v != null && v == 0L && prev == Last.SCALE) {
            c.last = Last.ZERO; // a filler (一千零五, 1千零1), not a Chinese digit of its own
            return p + 1;
        }
        if (prev == Last.DIGIT || (prev == Last.ZERO && v != null && v == 0L)) {
            c.badDigits = true; // 两三, 七八: vague; 二〇二三: a year spelled out
        }
        c.last = Last.DIGIT;
        c.cnDigits++;
        c.trailStart = -1;
        return p + 1;
    }

    private int scale(CharSequence t, int p, byte k, Numeral c) {
        if (c.last == Last.INFIX && k == Rules.SMALL) {
            return STOP;
        }
        // 3千米, 2.9百分点, 3.5亿千瓦时: a unit that begins with a scale character wins.
        int ul = r.after().longest(t, p, t.length());
        if (ul >= 2 && !r.after().valueAt(t, p, ul).blocks()) {
            return STOP;
        }
        if (c.last == Last.NONE) {
            c.startsWithScale = true;
        }
        c.hasScale = true;
        c.hasBig |= k == Rules.BIG;
        if (c.trailStart < 0) {
            c.trailStart = p;
            c.trailBig = false;
        }
        c.trailBig |= k == Rules.BIG;
        c.trailEnd = p + 1;
        if (k == Rules.SMALL && r.numeralValue(t.charAt(p)) == 10L) {
            c.trailStart = -1; // 二十万: the 十 belongs to 二十, a range's low end borrows only 万
        }
        c.last = Last.SCALE;
        return p + 1;
    }

    private int point(CharSequence t, int p, Numeral c) {
        int n = t.length();
        if ((c.last != Last.DIGIT && c.last != Last.SCALE) || p + 1 >= n || !cnDigit(t.charAt(p + 1))) {
            return STOP;
        }
        p++;
        while (p < n && cnDigit(t.charAt(p))) {
            p++;
            c.cnDigits++;
        }
        c.hasDecimal = true;
        c.trailStart = -1;
        c.last = Last.DECIMAL;
        return p;
    }

    /** 余/多 only inside a number: before a scale, a unit, or nothing word-like. */
    private int infix(CharSequence t, int p, Qualifier q, Numeral c) {
        int n = t.length();
        if (p + 1 >= n || scaleChar(t.charAt(p + 1)) || r.after().longest(t, p + 1, n) > 0
                || !Chars.isIdeograph(t.charAt(p + 1))) {
            c.infix = q;
            c.last = Last.INFIX;
            return p + 1;
        }
        return STOP;
    }

    /** Arabic digits at {@code p}: thousands groups, a decimal part. */
    private int arabicRun(CharSequence t, int p, Numeral c) {
        int n = t.length();
        int q = p;
        boolean fullWidth = t.charAt(p) >= '０';
        while (q < n && Chars.isArabic(t.charAt(q))) {
            q++;
        }
        int first = q - p;
        c.intDigits += first;
        char d0 = t.charAt(p);
        if ((d0 == '0' || d0 == '０') && first > 1) {
            c.leadingZero = true;
        }
        if (first <= 3) {
            q = thousandsGroups(t, q, fullWidth, c);
        }
        if (q + 1 < n && Chars.isDot(t.charAt(q)) && Chars.isArabic(t.charAt(q + 1))) {
            q++;
            while (q < n && Chars.isArabic(t.charAt(q))) {
                q++;
            }
            c.hasDecimal = true;
        }
        c.arabicRuns++;
        c.lastRunLen = q - p;
        return q;
    }

    /**
     * Thousands groups: ASCII comma with ASCII digits, full-width comma with full-width ones (a
     * full-width comma after ASCII digits is a clause break in Chinese text).
     */
    private static int thousandsGroups(CharSequence t, int q, boolean fullWidth, Numeral c) {
        int n = t.length();
        while (q + 3 < n) {
            char s = t.charAt(q);
            boolean sep = fullWidth ? s == '，' : s == ',';
            if (!sep || !Chars.isArabic(t.charAt(q + 1)) || !Chars.isArabic(t.charAt(q + 2))
                    || !Chars.isArabic(t.charAt(q + 3)) || (q + 4 < n && Chars.isArabic(t.charAt(q + 4)))) {
                break;
            }
            q += 4;
            c.intDigits += 3;
            c.hasSep = true;
        }
        return q;
    }

    boolean cnDigit(char c) {
        byte k = r.charClass(c);
        return k == Rules.DIGIT || k == Rules.FORMAL;
    }

    boolean scaleChar(char c) {
        byte k = r.charClass(c);
        return k == Rules.SMALL || k == Rules.BIG;
    }

    boolean numeralStart(char c) {
        byte k = r.charClass(c);
        return k == Rules.ARABIC || k == Rules.DIGIT || k == Rules.FORMAL || k == Rules.SMALL || k == Rules.BIG;
    }
}
