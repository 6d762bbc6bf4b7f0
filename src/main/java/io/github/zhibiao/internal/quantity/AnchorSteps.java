package io.github.zhibiao.internal.quantity;

/**
 * The steps at the anchor and on the numeral read there (stages {@code find.anchor} and
 * {@code find.numeral}): names that hide it, half words, the scan itself, and what touches the
 * numeral (vague, too long, an ordinal word before it, Latin letters, a plus).
 *
 * <pre>{@code
 * // 第3次: find.blocker-before turns 3 down; PM2.5: find.latin-glued turns 2.5 down
 * }</pre>
 */
final class AnchorSteps {

    /**
     * Longest numeral read as a number, in chars: the longest real ones (九千九百九十九亿九千九百九十九万…,
     * 1,234,567,890.12) are about half of it. A longer run (亿亿亿…, 000…0, a digit dump) is no
     * quantity, and is skipped whole, so its value is never computed (that cost grows with its square).
     */
    static final int MAX_NUMERAL = 40;

    private final Rules r;
    private final NumeralScanner scanner;
    private final Chains chains;

    AnchorSteps(Rules r, NumeralScanner scanner, Chains chains) {
        this.r = r;
        this.scanner = scanner;
        this.chains = chains;
    }

    /** find.name: names that contain numerals (十九大, 一体化, 万人助万企) hide the numerals inside them. */
    boolean name(Reading x) {
        CharSequence t = x.text;
        int i = x.anchor;
        int maxName = r.names().maxLength();
        for (int k = 0; k < maxName && i - k >= x.floor; k++) {
            int len = r.names().longest(t, i - k, t.length());
            if (len > k) {
                x.start = i - k;
                return x.block(i - k + len);
            }
        }
        return false;
    }

    /** find.half-word: 一半, 半数, a quantity of its own. */
    boolean halfWord(Reading x) {
        int i = x.anchor;
        int halfLen = r.halfWords().longest(x.text, i, x.text.length());
        if (halfLen <= 0) {
            return false;
        }
        x.kind = Kind.HALF;
        x.numStart = i;
        x.numEnd = i + halfLen;
        x.end = i + halfLen;
        return true;
    }

    /** find.no-numeral: reads the numeral at the anchor; fires when none starts there (半 of 半年). */
    boolean noNumeral(Reading x) {
        Numeral c = scanner.scan(x.text, x.anchor);
        if (c == null) {
            x.verdict = Reading.Verdict.NONE;
            return true;
        }
        x.number(c);
        return false;
    }

    /** find.vague: 十几 is not exact. */
    boolean vague(Reading x) {
        return x.core.vague && x.block(x.core.end);
    }

    /** find.too-long: a run longer than {@link #MAX_NUMERAL} is no numeral. */
    boolean tooLong(Reading x) {
        return x.core.length() > MAX_NUMERAL && x.block(x.core.end);
    }

    /** find.blocker-before: 第3, 初三, 星期五: a word before the numeral makes an ordinal or a date of it. */
    boolean blockerBefore(Reading x) {
        Numeral c = x.core;
        int bl = r.before().longest(x.text, c.start, x.floor);
        return bl > 0 && r.before().valueAt(x.text, c.start, bl).scope().applies(c.arabic(), c.startsWithScale)
                && x.block(chains.skipChain(x.text, c.end));
    }

    /**
     * find.latin-glued: a number glued to Latin letters is part of a name (PM2.5, 5G+), also across
     * an underscore that stands for a subscript (PM_2.5, SO_2).
     */
    boolean latinGlued(Reading x) {
        CharSequence t = x.text;
        int i = x.core.start;
        return i > 0 && (Chars.isAsciiLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '+'
                || t.charAt(i - 1) == '_' && i > 1 && Chars.isAsciiLetter(t.charAt(i - 2)))
                && x.block(Chars.skipAlnum(t, x.core.end));
    }

    /** find.plus: one followed by a plus is part of a formula (1+N). */
    boolean plus(Reading x) {
        int e = x.core.end;
        return e < x.text.length() && x.text.charAt(e) == '+' && x.block(e);
    }
}
