package io.github.zhibiao.internal.quantity;

import java.util.List;

/**
 * Redacted numbers: X, XX, X.X%, XX人, X个百分点, X/X, X年: one {@link Kind#PLACEHOLDER} each, never
 * a value. An X glued to Latin letters or digits (XML, X1) is none. Immutable and thread-safe.
 *
 * <pre>{@code
 * // 增长X.X%: PLACEHOLDER [2, 7)
 * }</pre>
 */
final class Placeholders {

    private final Rules r;
    private final NumeralScanner scanner;

    Placeholders(Rules r, NumeralScanner scanner) {
        this.r = r;
        this.scanner = scanner;
    }

    /** Reads the placeholder at {@code i}, adds it, and returns where the scan goes on. */
    int read(CharSequence t, int i, List<Candidate> out) {
        int n = t.length();
        if (i > 0 && (Chars.isAsciiLetter(t.charAt(i - 1)) || Chars.isArabic(t.charAt(i - 1)))) {
            return Chars.skipAlnum(t, i);
        }
        int q = run(t, i);
        if (q < n && (Chars.isAsciiLetter(t.charAt(q)) || Chars.isArabic(t.charAt(q)))) {
            return Chars.skipAlnum(t, q);
        }
        while (q + 1 < n && ".．/／".indexOf(t.charAt(q)) >= 0 && r.charClass(t.charAt(q + 1)) == Rules.PLACEHOLDER) {
            q = run(t, q + 1);
        }
        while (q < n && (scanner.scaleChar(t.charAt(q)) || r.infixQualifier(t.charAt(q)) != null)) {
            q++;
        }
        q += r.after().longest(t, q, n);
        out.add(new Candidate(Kind.PLACEHOLDER, i, q, i, q, -1, -1, -1, -1, null, -1, null, false, null,
                RangeRole.NONE));
        return q;
    }

    private int run(CharSequence t, int q) {
        while (q < t.length() && r.charClass(t.charAt(q)) == Rules.PLACEHOLDER) {
            q++;
        }
        return q;
    }
}
