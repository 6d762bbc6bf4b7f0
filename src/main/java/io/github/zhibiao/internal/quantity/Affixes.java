package io.github.zhibiao.internal.quantity;

/**
 * What stands around a decided reading: a sign or prefix qualifier before it (负, 近, 约), a suffix
 * qualifier after it (以上, 左右), and a 每-phrase before a money amount that gives its rate.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * // 近16万名: qualifier APPROX, start moved to 近; 每生每年补助1250元: per 生·年
 * }</pre>
 */
final class Affixes {

    private final Rules r;

    Affixes(Rules r) {
        this.r = r;
    }

    /** Sign and prefix qualifier right before the number; moves {@code p.start}. */
    void prefix(CharSequence t, Reading p, int floor, boolean signAllowed) {
        int s = p.start;
        if (s - 1 >= floor) {
            char c = t.charAt(s - 1);
            boolean dash = c == '-' || c == '－' || c == '−';
            if (dash && (s - 2 < 0 || !(Chars.isArabic(t.charAt(s - 2)) || Chars.isAsciiLetter(t.charAt(s - 2))
                    || r.charClass(t.charAt(s - 2)) != Rules.NONE || t.charAt(s - 2) == ')' || t.charAt(s - 2) == '）'))) {
                p.negative = true;
                s--;
            } else if (r.words().is(c, FindWords.MINUS) && signAllowed) {
                p.negative = true;
                s--;
            }
        }
        int ql = r.prefixQualifiers().longest(t, s, floor);
        if (ql > 0 && r.prefixNonQualifiers().longest(t, s, floor) >= ql) {
            ql = 0;
        }
        if (ql > 0 && p.qualifier == null) {
            p.qualifier = r.prefixQualifiers().valueAt(t, s, ql);
            s -= ql;
        }
        p.start = s;
    }

    /** A suffix qualifier right after the reading (以上, 左右); moves {@code p.end}. */
    void suffixQualifier(CharSequence t, Reading p) {
        int ql = r.suffixQualifiers().longest(t, p.end, t.length());
        if (ql > 0 && r.suffixNonQualifiers().longest(t, p.end, t.length()) >= ql) {
            ql = 0;
        }
        if (ql > 0) {
            if (p.qualifier == null) {
                p.qualifier = r.suffixQualifiers().valueAt(t, p.end, ql);
            }
            p.end += ql;
        }
    }

    /**
     * 每生每年补助1250元: a 每-phrase shortly before a money amount, in the same clause, gives its
     * rate denominator, if it names a counted thing (每年投入 is a yearly budget, not a rate).
     */
    String perFromMei(CharSequence t, int start, int floor) {
        int lo = Math.max(floor, start - Rules.MEI_REACH);
        int mei = -1;
        for (int k = start - 1; k >= lo; k--) {
            char c = t.charAt(k);
            if ("，。；：！？,;:!?、\n\r".indexOf(c) >= 0) {
                break;
            }
            if (r.words().is(c, FindWords.PER_MARK)) {
                mei = k;
            }
        }
        if (mei < 0) {
            return null;
        }
        StringBuilder per = new StringBuilder();
        boolean who = false;
        int q = mei;
        while (q < start && r.words().is(t.charAt(q), FindWords.PER_MARK)) {
            int tl = r.perTokens().longest(t, q + 1, start);
            if (tl == 0) {
                break;
            }
            who |= r.perTokens().valueAt(t, q + 1, tl);
            if (per.length() > 0) {
                per.append('·');
            }
            per.append(t, q + 1, q + 1 + tl);
            q += 1 + tl;
        }
        return who ? per.toString() : null;
    }
}
