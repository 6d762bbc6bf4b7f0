package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.Scope;
import io.github.zhibiao.rules.UnitKind;

/**
 * The steps on what follows the numeral (stages {@code find.word-after}, {@code find.measure},
 * {@code find.bare-end}, {@code find.rate}, {@code find.alone}): the word right after it (a blocker,
 * 成 for tenths, a unit or measure word), a blocker after a space, Latin letters, the rate
 * denominator, and whether the plain number stands alone.
 *
 * <pre>{@code
 * // 9月 find.blocker-after; 八成 find.tenths; 16万名 find.unit; 625元/生 find.rate; 三 find.bare-chinese
 * }</pre>
 */
final class AfterSteps {

    private final Rules r;
    private final NumeralScanner scanner;
    private final Chains chains;

    AfterSteps(Rules r, NumeralScanner scanner, Chains chains) {
        this.r = r;
        this.scanner = scanner;
        this.chains = chains;
    }

    /** find.statistic-scope: 3-6岁, 三年内: a unit of time with no statistic's name before it, or after a year. */
    boolean statisticScope(Reading x) {
        int ul = x.afterLen(r);
        Numeral c = x.core;
        return ul > 0 && x.after(r).scope() == Scope.STATISTIC
                && (!r.statisticBefore(x.text, c.start) || Chars.yearDigits(x.text, c.start, c.end))
                && x.block(chains.skipChain(x.text, c.end + ul));
    }

    /** find.blocker-after: 9月, 3号, 600分; a blocker out of its scope leaves the number as it is, with no unit. */
    boolean blockerAfter(Reading x) {
        int ul = x.afterLen(r);
        return ul > 0 && x.after(r).blocks() && x.after(r).scope().applies(x.core.arabic(), x.core.startsWithScale)
                && x.block(chains.skipChain(x.text, x.core.end + ul));
    }

    /** Whether a unit or measure word (no blocker) follows the numeral. */
    private boolean unitAfter(Reading x) {
        return x.afterLen(r) > 0 && !x.after(r).blocks();
    }

    /** find.arabic-only-unit: 十九大, 五大兴市战略: a Chinese numeral before a word only Arabic digits measure. */
    boolean arabicOnlyUnit(Reading x) {
        return unitAfter(x) && x.after(r).scope() == Scope.ARABIC && !x.core.arabic()
                && x.block(x.core.end + x.afterLen(r));
    }

    /** find.tenths: 八成, 三成五; a larger number goes on with no unit. */
    boolean tenths(Reading x) {
        if (!unitAfter(x) || x.after(r).kind() != UnitKind.TENTHS || !tenthsOk(x.core)) {
            return false;
        }
        CharSequence t = x.text;
        int n = t.length();
        int p = x.core.end;
        int q = p + x.afterLen(r);
        if (q < n && (scanner.cnDigit(t.charAt(q)) || r.words().is(t.charAt(q), FindWords.TENTHS_HALF))
                && !(q + 1 < n && scanner.numeralStart(t.charAt(q + 1)))) {
            q++;
        }
        x.kind = Kind.TENTHS;
        x.unit = x.after(r);
        x.unitStart = p;
        x.numEnd = q;
        x.end = q;
        return true;
    }

    private static boolean tenthsOk(Numeral c) {
        if (c.hasBig || c.hasSep) {
            return false;
        }
        if (c.arabic()) {
            return c.intDigits <= 2;
        }
        // 三, 两, 十, 八点五: one digit (or ten), optionally with a decimal.
        return c.length() == 1 || (c.hasDecimal && c.length() <= 3);
    }

    /** Whether the word after is a unit the reading takes: no blocker, no 成. */
    private boolean measureAfter(Reading x) {
        return unitAfter(x) && x.after(r).kind() != UnitKind.TENTHS;
    }

    /** find.generic-one: 一个, 一套: 一 with a plain measure word is too generic to count. */
    boolean genericOne(Reading x) {
        Numeral c = x.core;
        if (!measureAfter(x) || c.arabic() || c.length() != 1 || !r.words().is(x.text.charAt(c.start), FindWords.GENERIC_ONE)) {
            return false;
        }
        UnitKind k = x.after(r).kind();
        return k != UnitKind.POINTS && k != UnitKind.PERCENT && k != UnitKind.PERMILLE && k != UnitKind.MONEY
                && x.block(c.end + x.afterLen(r));
    }

    /** find.unit: the unit or measure word after the numeral is the reading's; it reads on after it. */
    boolean unit(Reading x) {
        if (!measureAfter(x)) {
            return false;
        }
        x.unit = x.after(r);
        x.unitStart = x.core.end;
        x.end = x.core.end + x.afterLen(r);
        return true;
    }

    /** find.spaced-blocker: 2023 年: with no unit, a blocker after a space. */
    boolean spacedBlocker(Reading x) {
        if (x.unit != null) {
            return false;
        }
        CharSequence t = x.text;
        int n = t.length();
        int q = x.end;
        while (q < n && (t.charAt(q) == ' ' || t.charAt(q) == '\u3000')) {
            q++;
        }
        int bl = q > x.end ? r.after().longest(t, q, n) : 0;
        if (bl <= 0) {
            return false;
        }
        UnitEntry e = r.after().valueAt(t, q, bl);
        return (e.blocks() || e.scope() == Scope.STATISTIC) && e.scope().applies(x.core.arabic(), x.core.startsWithScale)
                && x.block(q + bl);
    }

    /** find.latin-after: 20.90KB, H1N1: with no unit, Latin letters glued after it. */
    boolean latinAfter(Reading x) {
        int p = x.end;
        return x.unit == null && p < x.text.length() && Chars.isAsciiLetter(x.text.charAt(p))
                && x.block(Chars.skipAlnum(x.text, p));
    }

    /**
     * find.rate: 元/生/年, 元/人.年, 430/年; at most {@link Rules#MAX_PER_PARTS} parts, and a part that
     * repeats the one before ends it ({@code 625元/生/生/生}: one rate, per 生).
     */
    boolean rate(Reading x) {
        CharSequence t = x.text;
        int n = t.length();
        int p = x.end;
        if (p + 1 >= n || !Chars.isSlash(t.charAt(p))) {
            return false;
        }
        int q = p + 1;
        int last = -1;
        int lastLen = 0;
        StringBuilder per = null;
        for (int parts = 0; parts < Rules.MAX_PER_PARTS; parts++) {
            int from = parts == 0 ? q : q + 1;
            if (parts > 0 && !(from < n && "/／.．·•・".indexOf(t.charAt(q)) >= 0)) {
                break;
            }
            int tl = r.perTokens().longest(t, from, n);
            if (tl == 0 || tl == lastLen && Chars.regionEquals(t, last, from, tl)) {
                break;
            }
            per = per == null ? new StringBuilder() : per.append('·');
            per.append(t, from, from + tl);
            last = from;
            lastLen = tl;
            q = from + tl;
        }
        if (per == null) {
            return false;
        }
        x.per = per.toString();
        x.end = q;
        return true;
    }

    /** find.infix-qualifier: 16万余, 3千多: the numeral's own qualifier goes with the plain number. */
    static boolean infixQualifier(Reading x) {
        x.qualifier = x.core.infix;
        return x.qualifier != null;
    }

    /** find.bare-chinese: weak: a Chinese numeral with neither a unit nor 万/亿 (三 alone). */
    static boolean bareChinese(Reading x) {
        return x.unit == null && !x.core.arabic() && !x.core.hasBig && x.weak();
    }

    /** find.digit-run: weak: seven or more Arabic digits with no unit and no separator (ids, phone numbers). */
    static boolean digitRun(Reading x) {
        Numeral c = x.core;
        return x.unit == null && c.arabic() && !c.hasSep && c.intDigits >= Rules.DIGIT_RUN_DIGITS && x.weak();
    }
}
