package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.UnitKind;

/**
 * The steps on the numeral's form (stages {@code find.fraction}, {@code find.arabic-form},
 * {@code find.chinese-form}): X分之Y; forms of Arabic digits alone (leading zeros, x:1 ratios and
 * clock times, dotted dates, shares a/b, list markers); Chinese numerals that are words or no number.
 *
 * <pre>{@code
 * // 19.6:1 find.ratio; 9:20 find.clock-time; 2023.04.19 find.dotted-date; 队伍 find.lone-character
 * }</pre>
 */
final class FormSteps {

    private final Rules r;
    private final NumeralScanner scanner;
    private final Chains chains;

    FormSteps(Rules r, NumeralScanner scanner, Chains chains) {
        this.r = r;
        this.scanner = scanner;
        this.chains = chains;
    }

    /**
     * find.bad-fraction: X分之Y with no share to read (五百分之2.2, 三分之几); reads the numerator
     * when 分之 follows. Only 百/千/万分之 take Arabic numerators.
     */
    boolean badFraction(Reading x) {
        Numeral c = x.core;
        CharSequence t = x.text;
        int p = c.end;
        String mark = r.words().fractionMark();
        if (!Chars.at(t, p, mark)) {
            return false;
        }
        Numeral num = p + mark.length() < t.length() ? scanner.scan(t, p + mark.length()) : null;
        char d0 = t.charAt(c.start);
        boolean roundDen = c.length() == 1 && r.charClass(d0) != Rules.DIGIT && r.charClass(d0) != Rules.FORMAL;
        if (num == null || num.vague || num.badDigits || num.length() > AnchorSteps.MAX_NUMERAL
                || (c.arabic() && c.hasDecimal) || (!c.arabic() && !roundDen && num.arabic())) {
            return x.block(num == null ? p + mark.length() : num.end);
        }
        x.numerator = num;
        return false;
    }

    /** find.zero-fraction: 零分之九, 0分之5: a share of nothing has no value. */
    boolean zeroFraction(Reading x) {
        return x.numerator != null && zeroValued(x.text, x.core.start, x.core.end) && x.block(x.numerator.end);
    }

    /** find.fraction: X分之Y, 百分之九十八点六, 三分之二; the numeral read first is the denominator. */
    boolean fraction(Reading x) {
        Numeral num = x.numerator;
        if (num == null) {
            return false;
        }
        x.kind = Kind.FRACTION;
        x.denStart = x.core.start;
        x.denEnd = x.core.end;
        x.numStart = num.start;
        x.numEnd = num.end;
        x.end = num.end;
        x.core = num;
        return true;
    }

    /** find.leading-zero: 09:20, the 04 of a date. */
    boolean leadingZero(Reading x) {
        return x.core.leadingZero && x.block(chains.skipChain(x.text, x.core.end));
    }

    /** find.ratio: a:1, 19.6:1. */
    boolean ratio(Reading x) {
        CharSequence t = x.text;
        int n = t.length();
        int p = x.core.end;
        if (!(p + 1 < n && Chars.isColon(t.charAt(p)) && Chars.isArabic(t.charAt(p + 1)))) {
            return false;
        }
        Numeral right = scanner.scan(t, p + 1);
        if (right != null && right.plainArabic() && right.length() == 1
                && (t.charAt(p + 1) == '1' || t.charAt(p + 1) == '１') && !chains.chains(t, right.end)
                && !(right.end < n && Chars.isArabic(t.charAt(right.end)))) {
            x.kind = Kind.RATIO;
            x.end = right.end;
            return true;
        }
        return false;
    }

    /** find.clock-time: a colon that makes no x:1 ratio: clock times, multi-part ratios. */
    boolean clockTime(Reading x) {
        return followedBy(x, FormSteps::colon) && x.block(chains.skipChain(x.text, x.core.end));
    }

    /** find.dotted-date: 1.2.3, 2023.04.19. */
    boolean dottedDate(Reading x) {
        return followedBy(x, FormSteps::dot) && x.block(chains.skipChain(x.text, x.core.end));
    }

    /** find.share: a/b with a ≤ b, a plain denominator of few digits: 1/4 is 25 %. */
    boolean share(Reading x) {
        if (!followedBy(x, FormSteps::slash)) {
            return false;
        }
        Numeral c = x.core;
        CharSequence t = x.text;
        int p = c.end;
        Numeral den = scanner.scan(t, p + 1);
        if (den != null && den.arabic() && !den.hasScale && !c.hasDecimal && !c.hasSep && !den.hasDecimal
                && !den.hasSep && !den.leadingZero && den.intDigits <= Rules.SHARE_DENOMINATOR_DIGITS
                && !chains.chains(t, den.end) && Chars.notGreater(t, c.start, p, p + 1, den.end)) {
            x.kind = Kind.SHARE;
            x.denStart = p + 1;
            x.denEnd = den.end;
            x.end = den.end;
            return true;
        }
        return false;
    }

    /** find.bad-share: a slash that makes no share a/b: 2023/04/19, 5/3. */
    boolean badShare(Reading x) {
        return followedBy(x, FormSteps::slash) && x.block(chains.skipChain(x.text, x.core.end));
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean colon(char c) {
        return Chars.isColon(c);
    }

    private static boolean dot(char c) {
        return Chars.isDot(c);
    }

    private static boolean slash(char c) {
        return Chars.isSlash(c);
    }

    /** Whether the numeral is followed by a separator of {@code sep} and a digit. */
    private static boolean followedBy(Reading x, CharTest sep) {
        int p = x.core.end;
        CharSequence t = x.text;
        return p + 1 < t.length() && sep.test(t.charAt(p)) && Chars.isArabic(t.charAt(p + 1));
    }

    /** find.list-marker: numbered lines and list heads: {@code 1. }, {@code 2.3本项目} at a line start, {@code (3)}. */
    boolean listMarker(Reading x) {
        Numeral c = x.core;
        return listMarker(x.text, c.start, c.end, c) && x.block(c.end + 1);
    }

    private boolean listMarker(CharSequence t, int i, int p, Numeral c) {
        int n = t.length();
        char next = p < n ? t.charAt(p) : '\n';
        if (i > 0 && "(（〔[【".indexOf(t.charAt(i - 1)) >= 0 && ")）〕]】".indexOf(next) >= 0) {
            return true;
        }
        if ((next == '(' || next == '（') && p + 1 < n && (t.charAt(p + 1) == ')' || t.charAt(p + 1) == '）')) {
            return true; // 1()所
        }
        if (Chars.isDot(next) && p + 1 < n && "(（)）".indexOf(t.charAt(p + 1)) >= 0) {
            return true; // 2.()
        }
        int k = i - 1;
        while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\u3000')) {
            k--;
        }
        boolean lineStart = k < 0 || t.charAt(k) == '\n' || t.charAt(k) == '\r';
        if (!lineStart) {
            return false;
        }
        if (". ．、)）\t\u3000".indexOf(next) >= 0) {
            return true;
        }
        if (!c.hasDecimal || !Chars.isIdeograph(next) || scanner.scaleChar(next)) {
            return false;
        }
        // 2.3本项目: a section number; but 2.9个百分点, 3.2平方公里 at a line start are quantities.
        int ul = r.after().longest(t, p, n);
        return ul == 0 || (ul == 1 && r.after().valueAt(t, p, ul).kind() == UnitKind.COUNT);
    }

    /** find.lone-character: 队伍, 大陆, a lone 万 or 千: one formal or scale character read alone. */
    boolean loneCharacter(Reading x) {
        Numeral c = x.core;
        char c0 = x.text.charAt(c.start);
        byte k0 = r.charClass(c0);
        return c.length() == 1 && (k0 == Rules.FORMAL || r.formalScale(c0) || k0 == Rules.BIG
                || (k0 == Rules.SMALL && r.numeralValue(c0) != 10L)) && x.block(c.end);
    }

    /** find.scale-only: 万万, scale words with no digit. */
    boolean scaleOnly(Reading x) {
        Numeral c = x.core;
        return c.cnDigits == 0 && !hasSmall(x.text, c) && x.block(c.end);
    }

    /** find.bad-digits: 两三个, 二两: Chinese digits in a row. */
    boolean badDigits(Reading x) {
        return x.core.badDigits && x.block(x.core.end);
    }

    private boolean hasSmall(CharSequence t, Numeral c) {
        for (int k = c.start; k < c.end; k++) {
            if (r.charClass(t.charAt(k)) == Rules.SMALL) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t[s, e)} holds no non-zero digit and no scale word (0, 00, 零, 〇〇). */
    private boolean zeroValued(CharSequence t, int s, int e) {
        for (int i = s; i < e; i++) {
            char ch = t.charAt(i);
            byte k = r.charClass(ch);
            if (k == Rules.ARABIC) {
                if (ch != '0' && ch != '０' && Character.isDigit(ch)) {
                    return false;
                }
            } else if (k == Rules.SMALL || k == Rules.BIG) {
                return false;
            } else if (k == Rules.DIGIT || k == Rules.FORMAL) {
                Long v = r.numeralValue(ch);
                if (v == null || v != 0L) {
                    return false;
                }
            }
        }
        return true;
    }
}
