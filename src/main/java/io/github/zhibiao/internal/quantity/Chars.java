package io.github.zhibiao.internal.quantity;

/**
 * Character tests and small text helpers the finder's parts share: Arabic digits in both widths,
 * Latin letters, ideographs, colons, digit strings. Static and allocation-free except {@link #digits}.
 *
 * <pre>{@code
 * Chars.isArabic('８')            // true: full-width digits are read in place
 * Chars.skipAlnum("H1N1病毒", 0)   // 4
 * }</pre>
 */
final class Chars {

    private Chars() {
    }

    static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    static boolean isIdeograph(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    static boolean isColon(char c) {
        return c == ':' || c == '：' || c == '∶';
    }

    static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    /** The Arabic digits of {@code t[s, e)} in ASCII (full-width ones folded). */
    static String digits(CharSequence t, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }

    /** Past Latin letters, digits and dots from {@code p} (the rest of 20.90KB, H1N1). */
    static int skipAlnum(CharSequence t, int p) {
        int n = t.length();
        while (p < n && (isAsciiLetter(t.charAt(p)) || isArabic(t.charAt(p)) || t.charAt(p) == '.')) {
            p++;
        }
        return p;
    }

    /** Whether {@code t[a, a+len)} equals {@code t[b, b+len)}. */
    static boolean regionEquals(CharSequence t, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (t.charAt(a + k) != t.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is written at {@code p} of {@code t}. */
    static boolean at(CharSequence t, int p, String word) {
        if (p < 0 || p + word.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (t.charAt(p + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Four ASCII digits and nothing else: a year (2020年), never a statistic's value. */
    static boolean yearDigits(CharSequence t, int from, int to) {
        if (to - from != 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Compares two Arabic integers digit-wise (no BigDecimal): a ≤ b, b not zero. */
    static boolean notGreater(CharSequence t, int as, int ae, int bs, int be) {
        String a = digits(t, as, ae);
        String b = digits(t, bs, be);
        if (b.chars().allMatch(ch -> ch == '0')) {
            return false;
        }
        a = a.replaceFirst("^0+(?=.)", "");
        b = b.replaceFirst("^0+(?=.)", "");
        return a.length() < b.length() || (a.length() == b.length() && a.compareTo(b) <= 0);
    }
}
