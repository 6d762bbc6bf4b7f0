package io.github.zhibiao.internal.quantity;

/**
 * Separators between numbers: range connectors (至, 到, dashes, tildes) and the date-like chains a
 * turned-down numeral is skipped with ({@code 09:20}, {@code 2023-04-19}, {@code 1.2.3}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * chains.skipChain("2023-04-19发布", 4)   // 10
 * }</pre>
 */
final class Chains {

    private final FindWords words;

    Chains(Rules rules) {
        this.words = rules.words();
    }

    /** Length of a range connector at {@code p} (0 when none); {@code left} the numeral before it, or null. */
    int connector(CharSequence t, int p, Numeral left) {
        int n = t.length();
        if (p >= n) {
            return 0;
        }
        char c = t.charAt(p);
        switch (c) {
            case '-', '－', '–', '~', '～', '〜':
                return 1;
            case '—':
                return p + 1 < n && t.charAt(p + 1) == '—' ? 2 : 1;
            default:
                if (words.is(c, FindWords.RANGE_WORD)) {
                    return 1;
                }
                // A dash lost in conversion between two Arabic numbers: 2023一2025年.
                return words.is(c, FindWords.LOST_DASH) && left != null && left.arabic() && p + 1 < n
                        && Chars.isArabic(t.charAt(p + 1)) ? 1 : 0;
        }
    }

    /** Whether a date-like chain continues at {@code p}: {@code -19} of 2023-4-19. */
    boolean chains(CharSequence t, int p) {
        int n = t.length();
        if (p + 1 >= n || !Chars.isArabic(t.charAt(p + 1))) {
            return false;
        }
        char c = t.charAt(p);
        return c == '-' || c == '－' || Chars.isSlash(c) || Chars.isDot(c) || Chars.isColon(c);
    }

    /** Skips separator-digit chains (09:20, 2023-04-19, 1.2.3, 3.9:39.0:57.1) after {@code p}. */
    int skipChain(CharSequence t, int p) {
        int n = t.length();
        while (chains(t, p) || (p < n && connector(t, p, null) == 1 && p + 1 < n && Chars.isArabic(t.charAt(p + 1))
                && !words.is(t.charAt(p), FindWords.RANGE_WORD))) {
            p++;
            while (p < n && (Chars.isArabic(t.charAt(p)) || Chars.isDot(t.charAt(p)))) {
                p++;
            }
        }
        return p;
    }
}
