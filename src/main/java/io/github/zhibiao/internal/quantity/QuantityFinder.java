package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.rules.Scope;
import io.github.zhibiao.rules.UnitKind;

import io.github.zhibiao.model.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds candidate quantities in a text with one linear, table-driven scan: a character class
 * lookup skips everything that cannot start a number; at an anchor (digit, Chinese numeral,
 * placeholder {@code X}, 一半) a small hand-written grammar reads the numeral, its scale words,
 * unit, rate denominator, qualifiers and range partner, and checks the blockers (years, ages,
 * ordinals, names, list markers…) as named steps in a fixed order; a turned-down numeral keeps the
 * {@code Rejection} that decided. Nothing is resolved here: see
 * {@code io.github.zhibiao.internal.quantity.QuantityResolver}.
 *
 * <p>Immutable and thread-safe. Spans index the given text as is (full-width characters are read in
 * place). Candidates come out in order and never overlap.
 *
 * <pre>{@code
 * List<Candidate> cs = new QuantityFinder(Rules.defaults()).find("全市近16万名学生");
 * // one NUMBER candidate: start 2, end 7, numeral [3,6), unit 名, qualifier APPROX
 * }</pre>
 */
public final class QuantityFinder {

    /**
     * Longest numeral read as a number, in chars: the longest real ones (九千九百九十九亿九千九百九十九万…,
     * 1,234,567,890.12) are about half of it. A longer run (亿亿亿…, 000…0, a digit dump) is no
     * quantity, and is skipped whole, so its value is never computed (that cost grows with its square).
     */
    static final int MAX_NUMERAL = 40;

    private final Rules r;

    public QuantityFinder(Rules rules) {
        this.r = Objects.requireNonNull(rules, "rules");
    }

    /** Every candidate in {@code text}, placeholders included, in order and non-overlapping. */
    public List<Candidate> find(CharSequence text) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int floor = 0;
        while (i < n) {
            byte k = r.charClass(text.charAt(i));
            if (k == Rules.NONE || k == Rules.POINT) {
                i++;
                continue;
            }
            int before = out.size();
            int next = at(text, i, floor, out);
            if (out.size() > before) {
                floor = out.get(out.size() - 1).end();
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // The numeral itself.

    /** What the scan of one numeral saw. */
    private static final class Core {
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
        int trailStart = -1;
        int trailEnd = -1;
        boolean trailBig;

        boolean arabic() {
            return arabicRuns > 0 && cnDigits == 0;
        }

        int length() {
            return end - start;
        }
    }

    private static final int P_NONE = 0;
    private static final int P_ARABIC = 1;
    private static final int P_DIGIT = 2;
    private static final int P_ZERO = 3;
    private static final int P_SCALE = 4;
    private static final int P_INFIX = 5;
    private static final int P_DECIMAL = 6;

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    private boolean isCnDigit(char c) {
        byte k = r.charClass(c);
        return k == Rules.DIGIT || k == Rules.FORMAL;
    }

    private boolean isScale(char c) {
        byte k = r.charClass(c);
        return k == Rules.SMALL || k == Rules.BIG;
    }

    private boolean isNumeralStart(char c) {
        byte k = r.charClass(c);
        return k == Rules.ARABIC || k == Rules.DIGIT || k == Rules.FORMAL || k == Rules.SMALL || k == Rules.BIG;
    }

    private Core core(CharSequence t, int i) {
        int n = t.length();
        Core c = new Core();
        c.start = i;
        int p = i;
        int prev = P_NONE;
        while (p < n) {
            char ch = t.charAt(p);
            byte k = r.charClass(ch);
            if (k == Rules.ARABIC) {
                if (prev != P_NONE && prev != P_SCALE && prev != P_ZERO) {
                    break;
                }
                p = arabicRun(t, p, c);
                c.trailStart = -1;
                prev = P_ARABIC;
                continue;
            }
            if (k == Rules.DIGIT || k == Rules.FORMAL) {
                if (prev == P_ARABIC || prev == P_DECIMAL || prev == P_INFIX) {
                    break;
                }
                Long v = r.numeralValue(ch);
                boolean zero = v != null && v == 0L;
                if (zero) {
                    if (prev == P_SCALE) {
                        prev = P_ZERO; // a filler (一千零五, 1千零1), not a Chinese digit of its own
                        p++;
                        continue;
                    } else {
                        if (prev == P_DIGIT || prev == P_ZERO) {
                            c.badDigits = true;
                        }
                        prev = P_DIGIT;
                    }
                } else {
                    if (prev == P_DIGIT) {
                        c.badDigits = true; // 两三, 七八: vague; 二〇二三: a year spelled out
                    }
                    prev = P_DIGIT;
                }
                c.cnDigits++;
                c.trailStart = -1;
                p++;
                continue;
            }
            if (k == Rules.SMALL || k == Rules.BIG) {
                if (prev == P_INFIX && k == Rules.SMALL) {
                    break;
                }
                // 3千米, 2.9百分点, 3.5亿千瓦时: a unit that begins with a scale character wins.
                int ul = r.after().longest(t, p, n);
                if (ul >= 2 && !r.after().valueAt(t, p, ul).blocks()) {
                    break;
                }
                if (prev == P_NONE) {
                    c.startsWithScale = true;
                }
                c.hasScale = true;
                if (k == Rules.BIG) {
                    c.hasBig = true;
                }
                if (c.trailStart < 0) {
                    c.trailStart = p;
                    c.trailBig = false;
                }
                c.trailBig |= k == Rules.BIG;
                c.trailEnd = p + 1;
                if (k == Rules.SMALL && r.numeralValue(ch) == 10L) {
                    c.trailStart = -1; // 二十万: the 十 belongs to 二十, a range's low end borrows only 万
                }
                prev = P_SCALE;
                p++;
                continue;
            }
            if (k == Rules.POINT) {
                if ((prev == P_DIGIT || prev == P_SCALE) && p + 1 < n && isCnDigit(t.charAt(p + 1))) {
                    p++;
                    while (p < n && isCnDigit(t.charAt(p))) {
                        p++;
                        c.cnDigits++;
                    }
                    c.hasDecimal = true;
                    c.trailStart = -1;
                    prev = P_DECIMAL;
                    continue;
                }
                break;
            }
            Qualifier q = r.infixQualifier(ch);
            if (q != null && c.infix == null && (prev == P_ARABIC || prev == P_DIGIT || prev == P_SCALE)) {
                // 余/多 only inside a number: before a scale, a unit, or nothing word-like.
                if (p + 1 >= n || isScale(t.charAt(p + 1)) || r.after().longest(t, p + 1, n) > 0
                        || !isIdeograph(t.charAt(p + 1))) {
                    c.infix = q;
                    prev = P_INFIX;
                    p++;
                    continue;
                }
                break;
            }
            if ((ch == '几' || ch == '幾') && prev != P_NONE) {
                c.vague = true; // 十几, 二十几万: not exact
                prev = P_SCALE;
                p++;
                continue;
            }
            break;
        }
        c.end = p;
        if (p == i) {
            return null;
        }
        return c;
    }

    private int arabicRun(CharSequence t, int p, Core c) {
        int n = t.length();
        int q = p;
        boolean fullWidth = t.charAt(p) >= '０';
        while (q < n && isArabic(t.charAt(q))) {
            q++;
        }
        int first = q - p;
        c.intDigits += first;
        char d0 = t.charAt(p);
        if ((d0 == '0' || d0 == '０') && first > 1) {
            c.leadingZero = true;
        }
        if (first <= 3) {
            // Thousands groups: ASCII comma with ASCII digits, full-width comma with full-width ones
            // (a full-width comma after ASCII digits is a clause break in Chinese text).
            while (q + 3 < n) {
                char s = t.charAt(q);
                boolean sep = fullWidth ? s == '，' : s == ',';
                if (!sep || !isArabic(t.charAt(q + 1)) || !isArabic(t.charAt(q + 2)) || !isArabic(t.charAt(q + 3))
                        || (q + 4 < n && isArabic(t.charAt(q + 4)))) {
                    break;
                }
                q += 4;
                c.intDigits += 3;
                c.hasSep = true;
            }
        }
        if (q + 1 < n && (t.charAt(q) == '.' || t.charAt(q) == '．') && isArabic(t.charAt(q + 1))) {
            q++;
            while (q < n && isArabic(t.charAt(q))) {
                q++;
            }
            c.hasDecimal = true;
        }
        c.arabicRuns++;
        c.lastRunLen = q - p;
        return q;
    }

    // ---------------------------------------------------------------------------------------------
    // One quantity around a numeral.

    private static final int OK = 0;
    /** Not a quantity alone (三 without unit), but may be the low end of a range (三至五所). */
    private static final int WEAK = 1;
    private static final int BLOCKED = 2;

    private static final class Parsed {
        int state = OK;
        int skipTo;
        Kind kind = Kind.NUMBER;
        int start;
        int numStart;
        int numEnd;
        int denStart = -1;
        int denEnd = -1;
        int scaleStart = -1;
        int scaleEnd = -1;
        UnitEntry unit;
        int unitStart = -1;
        int end;
        Qualifier qualifier;
        boolean negative;
        String per;
        Core core;
        /** Why the numeral was turned down (blocked) or cannot stand alone (weak); null otherwise. */
        Rejection reason;
    }

    /** Four digits and nothing else: a year (2020年), never a statistic's value. */
    private static boolean yearDigits(CharSequence t, int from, int to) {
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

    private static Parsed blocked(int skipTo, Rejection why) {
        Parsed p = new Parsed();
        p.state = BLOCKED;
        p.skipTo = skipTo;
        p.reason = why;
        return p;
    }

    /**
     * Reads at an anchor: a placeholder, a turned-down numeral (where a share chain may still
     * start), a range, or one quantity. Adds the candidates and returns where the scan goes on.
     */
    private int at(CharSequence t, int i, int floor, List<Candidate> out) {
        if (r.charClass(t.charAt(i)) == Rules.PLACEHOLDER) {
            return placeholder(t, i, out);
        }
        Parsed a = parseOne(t, i, floor, true);
        if (a == null) {
            return i + 1;
        }
        if (a.state == BLOCKED) {
            int chainEnd = shareChain(t, i, out);
            return chainEnd > 0 ? chainEnd : a.skipTo;
        }
        int rangeEnd = a.kind == Kind.NUMBER ? range(t, a, out) : -1;
        if (rangeEnd >= 0) {
            return rangeEnd;
        }
        if (a.state == WEAK) {
            return a.skipTo;
        }
        elidedUnit(t, a);
        suffixQualifier(t, a);
        out.add(candidate(a, RangeRole.NONE));
        return a.end;
    }

    /**
     * A list that writes a unit once, at its end, after the measure word each item repeats
     * ({@code 高于增速16.4个、1.3个百分点}): the item before takes the last one's unit, so {@code 16.4个}
     * is 16.4 points, not 16.4 things.
     */
    private void elidedUnit(CharSequence t, Parsed a) {
        int p = a.end;
        if (a.unit == null || a.unit.kind() != UnitKind.COUNT || p + 1 >= t.length()
                || "、和及与".indexOf(t.charAt(p)) < 0 || !isNumeralStart(t.charAt(p + 1))) {
            return;
        }
        Parsed b = parseOne(t, p + 1, p + 1, false);
        if (b != null && b.state == OK && b.unit != null && b.unit.kind() == UnitKind.POINTS
                && b.unit.surface().startsWith(a.unit.surface())) {
            a.unit = b.unit;
        }
    }

    /**
     * A range whose low end is the plain number {@code a} (3万—5万元, 三至五所): adds both ends
     * and returns the range's end. A dash that makes a date or an age span instead (2023-04-19,
     * 3-6岁, © 2015-2023) adds nothing and returns the chain's end; -1 when no range starts here.
     */
    private int range(CharSequence t, Parsed a, List<Candidate> out) {
        int n = t.length();
        int p = a.end;
        int conn = connector(t, p, a.core);
        if (conn <= 0 || p + conn >= n || !isNumeralStart(t.charAt(p + conn))) {
            return -1;
        }
        Parsed b = parseOne(t, p + conn, p + conn, false);
        if (b == null) {
            return -1;
        }
        if (b.state == BLOCKED) {
            return skipChain(t, b.skipTo); // 3-6岁, 2023—2025年, 2023-04-19
        }
        if (b.state != OK || b.kind != Kind.NUMBER) {
            return -1;
        }
        if (chains(t, b.end) || (a.unit == null && b.unit == null && year(t, a) && year(t, b))) {
            return skipChain(t, b.end); // 2023-4-19, © 2015-2023
        }
        borrowFromHigh(a, b);
        suffixQualifier(t, b);
        Core ac = a.core;
        if (a.unit != null || a.scaleStart >= 0 || ac.hasBig || ac.arabic()) {
            out.add(candidate(a, RangeRole.LOW)); // a Chinese low end needs a unit or a scale word, own or borrowed
        }
        out.add(candidate(b, RangeRole.HIGH));
        return b.end;
    }

    /** The low end of a range takes the high end's unit, rate and trailing scale word it lacks (3—5万元). */
    private static void borrowFromHigh(Parsed a, Parsed b) {
        if (a.unit == null) {
            a.unit = b.unit;
            if (a.per == null) {
                a.per = b.per;
            }
        }
        Core ac = a.core;
        Core bc = b.core;
        if (!ac.hasBig && bc.trailStart >= 0 && (bc.trailBig || !ac.hasScale)) {
            a.scaleStart = bc.trailStart;
            a.scaleEnd = bc.trailEnd;
        }
    }

    /** Fewest and most parts of a share chain: {@code a:b} is a ratio, not a chain of shares. */
    private static final int CHAIN_MIN_PARTS = 3;
    private static final int CHAIN_MAX_PARTS = 6;
    /** How far the parts of a share chain may add up from 100 (rounding of each part). */
    private static final double CHAIN_SUM_SLACK = 0.5;

    /**
     * A share chain at {@code i} ({@code 三次产业结构为8.3:41.4:50.3}): three to six plain decimals
     * joined by colons that add up to 100 give one {@link Kind#CHAIN_PART} per part; returns the
     * chain's end, or -1 (nothing added) for anything else (clock times, multi-part ratios). Reads
     * at most {@link #CHAIN_MAX_PARTS} parts, each at most {@link #MAX_NUMERAL} characters.
     */
    private int shareChain(CharSequence t, int i, List<Candidate> out) {
        int n = t.length();
        if (!isArabic(t.charAt(i)) || (i > 0 && (isArabic(t.charAt(i - 1)) || isColon(t.charAt(i - 1))
                || t.charAt(i - 1) == '.' || t.charAt(i - 1) == '．'))) {
            return -1;
        }
        int[] starts = new int[CHAIN_MAX_PARTS];
        int[] ends = new int[CHAIN_MAX_PARTS];
        int parts = 0;
        double sum = 0;
        int p = i;
        while (true) {
            int s = p;
            while (p < n && p - s <= MAX_NUMERAL && isArabic(t.charAt(p))) {
                p++;
            }
            if (p == s || p - s > Rules.CHAIN_PART_DIGITS || (p - s > 1 && digits(t, s, s + 1).equals("0"))) {
                return -1; // a part is a share: at most 100, no leading zero (09:30:15)
            }
            if (p + 1 < n && (t.charAt(p) == '.' || t.charAt(p) == '．') && isArabic(t.charAt(p + 1))) {
                p++;
                int f = p;
                while (p < n && p - f <= MAX_NUMERAL && isArabic(t.charAt(p))) {
                    p++;
                }
            }
            starts[parts] = s;
            ends[parts] = p;
            parts++;
            sum += Double.parseDouble(digits(t, s, p).replace('．', '.'));
            boolean more = p + 1 < n && isColon(t.charAt(p)) && isArabic(t.charAt(p + 1));
            if (!more) {
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

    /** A bare four-digit integer 1900-2099: in a bare range, a span of years. */
    private static boolean year(CharSequence t, Parsed p) {
        Core c = p.core;
        if (c == null || !c.arabic() || c.hasScale || c.hasDecimal || c.hasSep || c.length() != 4) {
            return false;
        }
        String d = digits(t, c.start, c.end);
        return d.startsWith("19") || d.startsWith("20");
    }

    private Candidate candidate(Parsed p, RangeRole role) {
        return new Candidate(p.kind, p.start, p.end, p.numStart, p.numEnd, p.denStart, p.denEnd,
                p.scaleStart, p.scaleEnd, p.unit, p.unitStart, p.qualifier, p.negative, p.per, role);
    }

    /** Length of a range connector at {@code p} (0 when none). */
    private int connector(CharSequence t, int p, Core left) {
        int n = t.length();
        if (p >= n) {
            return 0;
        }
        char c = t.charAt(p);
        switch (c) {
            case '-', '－', '–', '~', '～', '〜', '至', '到':
                return 1;
            case '—':
                return p + 1 < n && t.charAt(p + 1) == '—' ? 2 : 1;
            case '一':
                // A dash lost in conversion between two Arabic numbers: 2023一2025年.
                return left != null && left.arabic() && p + 1 < n && isArabic(t.charAt(p + 1)) ? 1 : 0;
            default:
                return 0;
        }
    }

    /** Whether a date-like chain continues at {@code p}: {@code -19} of 2023-4-19. */
    private boolean chains(CharSequence t, int p) {
        int n = t.length();
        if (p + 1 >= n || !isArabic(t.charAt(p + 1))) {
            return false;
        }
        char c = t.charAt(p);
        return c == '-' || c == '－' || c == '/' || c == '／' || c == '.' || c == '．' || c == ':' || c == '：' || c == '∶';
    }

    /** Skips separator-digit chains (09:20, 2023-04-19, 1.2.3, 3.9:39.0:57.1) after {@code p}. */
    private int skipChain(CharSequence t, int p) {
        int n = t.length();
        while (chains(t, p) || (p < n && connector(t, p, null) == 1 && p + 1 < n && isArabic(t.charAt(p + 1))
                && t.charAt(p) != '至' && t.charAt(p) != '到')) {
            p++;
            while (p < n && (isArabic(t.charAt(p)) || t.charAt(p) == '.' || t.charAt(p) == '．')) {
                p++;
            }
        }
        return p;
    }

    // ---------------------------------------------------------------------------------------------
    // Whether a numeral starts a quantity: named steps in the order applied, the first that decides wins.

    /**
     * The reading of the numeral at {@code i}: a quantity (with its sign and prefix qualifier when
     * {@code allowPrefix}), a weak one or a blocked one, each turned-down reading with its
     * {@link Rejection}; null when no numeral starts at {@code i}.
     */
    private Parsed parseOne(CharSequence t, int i, int floor, boolean allowPrefix) {
        Parsed d = decide(t, i, floor);
        if (d == null || d.state == BLOCKED) {
            return d;
        }
        if (allowPrefix) {
            // 负 is a sign before a measure, not before 一半 or a count; a dash is one before any.
            prefix(t, d, floor, d.kind != Kind.HALF && (d.unit == null || d.unit.kind() != UnitKind.COUNT));
        }
        if (d.per == null && d.unit != null && d.unit.kind() == UnitKind.MONEY) {
            d.per = perFromMei(t, d.start, floor);
        }
        return d;
    }

    /**
     * Which rule turned down the numeral at {@code i} of {@code text}, read as the scan reads a
     * numeral with nothing found before it; null when it starts a quantity or no numeral starts
     * there. A weak numeral reports why it cannot stand alone. For tests: the scan never calls it.
     */
    Rejection rejectionAt(CharSequence text, int i) {
        Parsed p = parseOne(text, i, 0, true);
        return p == null ? null : p.reason;
    }

    /**
     * The steps, in the order applied. A step returns its decision (a blocked reading, or a
     * finished one) or null to let the next step look; the steps after the numeral's forms fill
     * {@code out} as they read on.
     */
    private Parsed decide(CharSequence t, int i, int floor) {
        // Before the numeral is read: names that hide it, half words.
        Parsed d = hiddenInName(t, i, floor);
        if (d != null) {
            return d;
        }
        d = halfWord(t, i);
        if (d != null) {
            return d;
        }
        // The numeral and what touches it.
        Core c = core(t, i);
        if (c == null) {
            return null;
        }
        d = notExact(c);
        if (d != null) {
            return d;
        }
        d = blockerBefore(t, floor, c);
        if (d != null) {
            return d;
        }
        d = gluedToSymbols(t, c);
        if (d != null) {
            return d;
        }
        // Its form: X分之Y, forms of Arabic digits, Chinese numerals that are words.
        Parsed out = number(c);
        d = fraction(t, out);
        if (d != null) {
            return d;
        }
        d = arabicForm(t, out);
        if (d != null) {
            return d;
        }
        d = chineseNumeral(t, c);
        if (d != null) {
            return d;
        }
        // What follows it: unit, measure word or blocker; the rate denominator.
        d = wordAfter(t, out);
        if (d != null) {
            return d;
        }
        d = bareEnd(t, out);
        if (d != null) {
            return d;
        }
        rateDenominator(t, out);
        return standsAlone(out);
    }

    /** Names that contain numerals (十九大, 一体化, 万人助万企) hide the numerals inside them. */
    private Parsed hiddenInName(CharSequence t, int i, int floor) {
        int n = t.length();
        int maxName = r.names().maxLength();
        for (int k = 0; k < maxName && i - k >= floor; k++) {
            int len = r.names().longest(t, i - k, n);
            if (len > k) {
                return blocked(i - k + len, Rejection.NAME);
            }
        }
        return null;
    }

    /** 一半, 半数: a quantity of its own. */
    private Parsed halfWord(CharSequence t, int i) {
        int halfLen = r.halfWords().longest(t, i, t.length());
        if (halfLen <= 0) {
            return null;
        }
        Parsed p = new Parsed();
        p.kind = Kind.HALF;
        p.start = i;
        p.numStart = i;
        p.numEnd = i + halfLen;
        p.end = i + halfLen;
        return p;
    }

    /** 十几 is not exact; a run longer than {@link #MAX_NUMERAL} is no numeral. */
    private static Parsed notExact(Core c) {
        if (c.vague || c.length() > MAX_NUMERAL) {
            return blocked(c.end, c.vague ? Rejection.VAGUE : Rejection.TOO_LONG);
        }
        return null;
    }

    /** 第3, 初三, 星期五: a word before the numeral makes an ordinal or a date of it. */
    private Parsed blockerBefore(CharSequence t, int floor, Core c) {
        int bl = r.before().longest(t, c.start, floor);
        if (bl > 0 && r.before().valueAt(t, c.start, bl).scope().applies(c.arabic(), c.startsWithScale)) {
            return blocked(skipChain(t, c.end), Rejection.BLOCKER_BEFORE);
        }
        return null;
    }

    /**
     * A number glued to Latin letters is part of a name (PM2.5, 5G+), also across an underscore
     * that stands for a subscript (PM_2.5, SO_2); one followed by a plus is part of a formula (1+N).
     */
    private static Parsed gluedToSymbols(CharSequence t, Core c) {
        int i = c.start;
        if (i > 0 && (isAsciiLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '+'
                || t.charAt(i - 1) == '_' && i > 1 && isAsciiLetter(t.charAt(i - 2)))) {
            return blocked(skipAlnum(t, c.end), Rejection.LATIN_GLUED);
        }
        if (c.end < t.length() && t.charAt(c.end) == '+') {
            return blocked(c.end, Rejection.PLUS);
        }
        return null;
    }

    /** The plain number the numeral reads as, before any word after it. */
    private static Parsed number(Core c) {
        Parsed out = new Parsed();
        out.core = c;
        out.start = c.start;
        out.numStart = c.start;
        out.numEnd = c.end;
        out.end = c.end;
        return out;
    }

    /** X分之Y: 百分之九十八点六, 千分之三, 三分之二; the numeral read so far is the denominator. */
    private Parsed fraction(CharSequence t, Parsed out) {
        Core c = out.core;
        int n = t.length();
        int i = c.start;
        int p = c.end;
        if (!(p + 1 < n && t.charAt(p) == '分' && t.charAt(p + 1) == '之')) {
            return null;
        }
        Core num = p + 2 < n ? core(t, p + 2) : null;
        char d0 = t.charAt(i);
        boolean roundDen = c.length() == 1 && r.charClass(d0) != Rules.DIGIT && r.charClass(d0) != Rules.FORMAL;
        if (num == null || num.vague || num.badDigits || num.length() > MAX_NUMERAL || (c.arabic() && c.hasDecimal)
                || (!c.arabic() && !roundDen && num.arabic())) {
            // 五百分之2.2: only 百/千/万分之 take Arabic numerators
            return blocked(num == null ? p + 2 : num.end, Rejection.BAD_FRACTION);
        }
        if (zeroValued(t, i, p)) {
            return blocked(num.end, Rejection.ZERO_FRACTION); // 零分之九, 0分之5: a share of nothing has no value
        }
        out.kind = Kind.FRACTION;
        out.denStart = i;
        out.denEnd = p;
        out.numStart = num.start;
        out.numEnd = num.end;
        out.end = num.end;
        out.core = num;
        return out;
    }

    /**
     * Forms of Arabic digits alone: leading zeros, x:1 ratios and clock times, dotted dates,
     * shares a/b and list markers.
     */
    private Parsed arabicForm(CharSequence t, Parsed out) {
        Core c = out.core;
        if (!c.arabic() || c.hasScale) {
            return null;
        }
        int n = t.length();
        int i = c.start;
        int p = c.end;
        if (c.leadingZero) {
            return blocked(skipChain(t, p), Rejection.LEADING_ZERO); // 09:20, 04 of a date
        }
        if (p + 1 < n && isColon(t.charAt(p)) && isArabic(t.charAt(p + 1))) {
            Core right = core(t, p + 1);
            if (right != null && right.arabic() && !right.hasScale && right.length() == 1
                    && (t.charAt(p + 1) == '1' || t.charAt(p + 1) == '１') && !chains(t, right.end)
                    && !(right.end < n && isArabic(t.charAt(right.end)))) {
                out.kind = Kind.RATIO;
                out.end = right.end;
                return out;
            }
            return blocked(skipChain(t, p), Rejection.CLOCK_TIME); // clock times, multi-part ratios
        }
        if (p + 1 < n && (t.charAt(p) == '.' || t.charAt(p) == '．') && isArabic(t.charAt(p + 1))) {
            return blocked(skipChain(t, p), Rejection.DOTTED_DATE); // 1.2.3, 2023.04.19
        }
        if (p + 1 < n && (t.charAt(p) == '/' || t.charAt(p) == '／') && isArabic(t.charAt(p + 1))) {
            Core den = core(t, p + 1);
            if (den != null && den.arabic() && !den.hasScale && !c.hasDecimal && !c.hasSep && !den.hasDecimal
                    && !den.hasSep && !den.leadingZero && den.intDigits <= Rules.SHARE_DENOMINATOR_DIGITS
                    && !chains(t, den.end)
                    && notGreater(t, i, p, p + 1, den.end)) {
                out.kind = Kind.SHARE;
                out.denStart = p + 1;
                out.denEnd = den.end;
                out.end = den.end;
                return out;
            }
            return blocked(skipChain(t, p), Rejection.BAD_SHARE);
        }
        if (listMarker(t, i, p, c)) {
            return blocked(p + 1, Rejection.LIST_MARKER);
        }
        return null;
    }

    /** Chinese numerals that are words or no number: 队伍, 大陆, a lone 万; 万万; 两三个. */
    private Parsed chineseNumeral(CharSequence t, Core c) {
        if (c.arabic()) {
            return null;
        }
        char c0 = t.charAt(c.start);
        byte k0 = r.charClass(c0);
        if (c.length() == 1 && (k0 == Rules.FORMAL || r.formalScale(c0) || k0 == Rules.BIG
                || (k0 == Rules.SMALL && r.numeralValue(c0) != 10L))) {
            return blocked(c.end, Rejection.LONE_CHARACTER); // 队伍, 大陆, a lone 万 or 千
        }
        if (c.cnDigits == 0 && !hasSmall(t, c)) {
            return blocked(c.end, Rejection.SCALE_ONLY); // 万万: scale words with no digit
        }
        if (c.badDigits) {
            return blocked(c.end, Rejection.BAD_DIGITS); // 两三个, 二两
        }
        return null;
    }

    /**
     * The word right after the numeral: a blocker decides, 成 makes tenths, a unit or measure
     * word is kept on {@code out} (and the reading goes on after it).
     */
    private Parsed wordAfter(CharSequence t, Parsed out) {
        Core c = out.core;
        int n = t.length();
        int i = c.start;
        int p = c.end;
        boolean arabic = c.arabic();
        int ul = r.after().longest(t, p, n);
        if (ul <= 0) {
            return null;
        }
        UnitEntry e = r.after().valueAt(t, p, ul);
        if (e.scope() == Scope.STATISTIC && (!r.statisticBefore(t, i) || yearDigits(t, i, p))) {
            return blocked(skipChain(t, p + ul), Rejection.STATISTIC_SCOPE); // 3-6岁, 三年内: ages and durations
        }
        if (e.blocks()) {
            // A blocker out of its scope leaves the number as it is, with no unit.
            return e.scope().applies(arabic, c.startsWithScale)
                    ? blocked(skipChain(t, p + ul), Rejection.BLOCKER_AFTER) : null;
        }
        if (e.scope() == Scope.ARABIC && !arabic) {
            return blocked(p + ul, Rejection.ARABIC_ONLY_UNIT); // 十九大, 五大兴市战略: names
        }
        if (e.kind() == UnitKind.TENTHS) {
            return tenthsOk(t, c) ? tenths(t, out, e, ul) : null; // 八成, 三成五; a larger number goes on with no unit
        }
        if (!arabic && c.length() == 1 && t.charAt(i) == '一' && e.kind() != UnitKind.POINTS
                && e.kind() != UnitKind.PERCENT && e.kind() != UnitKind.PERMILLE && e.kind() != UnitKind.MONEY) {
            return blocked(p + ul, Rejection.GENERIC_ONE); // 一个, 一套: too generic
        }
        out.unit = e;
        out.unitStart = p;
        out.end = p + ul;
        return null;
    }

    /** 八成, 三成五: tenths, with the one digit after 成. */
    private Parsed tenths(CharSequence t, Parsed out, UnitEntry e, int ul) {
        int n = t.length();
        int p = out.core.end;
        int q = p + ul;
        if (q < n && (isCnDigit(t.charAt(q)) || t.charAt(q) == '半') && !(q + 1 < n && isNumeralStart(t.charAt(q + 1)))) {
            q++;
        }
        out.kind = Kind.TENTHS;
        out.unit = e;
        out.unitStart = p;
        out.numEnd = q;
        out.end = q;
        return out;
    }

    /** With no unit: a blocker after a space (2023 年), Latin letters glued after (20.90KB, H1N1). */
    private Parsed bareEnd(CharSequence t, Parsed out) {
        if (out.unit != null) {
            return null;
        }
        Core c = out.core;
        int n = t.length();
        int p = out.end;
        int q = p;
        while (q < n && (t.charAt(q) == ' ' || t.charAt(q) == '\u3000')) {
            q++;
        }
        if (q > p) {
            int bl = r.after().longest(t, q, n);
            if (bl > 0) {
                UnitEntry e = r.after().valueAt(t, q, bl);
                if ((e.blocks() || e.scope() == Scope.STATISTIC) && e.scope().applies(c.arabic(), c.startsWithScale)) {
                    return blocked(q + bl, Rejection.SPACED_BLOCKER); // 2023 年
                }
            }
        }
        if (p < n && isAsciiLetter(t.charAt(p))) {
            return blocked(skipAlnum(t, p), Rejection.LATIN_AFTER); // 20.90KB, H1N1
        }
        return null;
    }

    /**
     * Rate denominator: 元/生/年, 元/人.年, 430/年; at most {@link Rules#MAX_PER_PARTS} parts, and a
     * part that repeats the one before ends it ({@code 625元/生/生/生}: one rate, per 生).
     */
    private void rateDenominator(CharSequence t, Parsed out) {
        int n = t.length();
        int p = out.end;
        if (p + 1 >= n || (t.charAt(p) != '/' && t.charAt(p) != '／')) {
            return;
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
            if (tl == 0 || tl == lastLen && regionEquals(t, last, from, tl)) {
                break;
            }
            per = per == null ? new StringBuilder() : per.append('·');
            per.append(t, from, from + tl);
            last = from;
            lastLen = tl;
            q = from + tl;
        }
        if (per != null) {
            out.per = per.toString();
            out.end = q;
        }
    }

    private static boolean regionEquals(CharSequence t, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (t.charAt(a + k) != t.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plain number, finished: its infix qualifier (16万余), and weak when it cannot stand
     * alone (it may still be a range's low end: 三至五所).
     */
    private static Parsed standsAlone(Parsed out) {
        Core c = out.core;
        out.qualifier = c.infix;
        if (out.unit == null) {
            if (!c.arabic() && !c.hasBig) {
                out.state = WEAK; // a Chinese numeral needs a unit, or 万/亿
                out.skipTo = out.end;
                out.reason = Rejection.BARE_CHINESE;
            } else if (c.arabic() && !c.hasSep && c.intDigits >= Rules.DIGIT_RUN_DIGITS) {
                out.state = WEAK; // ids, phone numbers
                out.skipTo = out.end;
                out.reason = Rejection.DIGIT_RUN;
            }
        }
        return out;
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：' || c == '∶';
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

    /** Compares two Arabic integers digit-wise (no BigDecimal): a ≤ b, b not zero. */
    private static boolean notGreater(CharSequence t, int as, int ae, int bs, int be) {
        String a = digits(t, as, ae);
        String b = digits(t, bs, be);
        if (b.chars().allMatch(ch -> ch == '0')) {
            return false;
        }
        a = a.replaceFirst("^0+(?=.)", "");
        b = b.replaceFirst("^0+(?=.)", "");
        return a.length() < b.length() || (a.length() == b.length() && a.compareTo(b) <= 0);
    }

    private static String digits(CharSequence t, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }

    /** Numbered lines and list heads: {@code 1. }, {@code 2.3本项目} at a line start, {@code (3)}. */
    private boolean listMarker(CharSequence t, int i, int p, Core c) {
        int n = t.length();
        char next = p < n ? t.charAt(p) : '\n';
        if (i > 0 && "(（〔[【".indexOf(t.charAt(i - 1)) >= 0 && ")）〕]】".indexOf(next) >= 0) {
            return true;
        }
        if ((next == '(' || next == '（') && p + 1 < n && (t.charAt(p + 1) == ')' || t.charAt(p + 1) == '）')) {
            return true; // 1()所
        }
        if ((next == '.' || next == '．') && p + 1 < n && "(（)）".indexOf(t.charAt(p + 1)) >= 0) {
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
        if (!c.hasDecimal || !isIdeograph(next) || isScale(next)) {
            return false;
        }
        // 2.3本项目: a section number; but 2.9个百分点, 3.2平方公里 at a line start are quantities.
        int ul = r.after().longest(t, p, n);
        return ul == 0 || (ul == 1 && r.after().valueAt(t, p, ul).kind() == UnitKind.COUNT);
    }

    private boolean hasSmall(CharSequence t, Core c) {
        for (int k = c.start; k < c.end; k++) {
            if (r.charClass(t.charAt(k)) == Rules.SMALL) {
                return true;
            }
        }
        return false;
    }

    private boolean tenthsOk(CharSequence t, Core c) {
        if (c.hasBig || c.hasSep) {
            return false;
        }
        if (c.arabic()) {
            return c.intDigits <= 2;
        }
        // 三, 两, 十, 八点五: one digit (or ten), optionally with a decimal.
        return c.length() == 1 || (c.hasDecimal && c.length() <= 3);
    }

    private static int skipAlnum(CharSequence t, int p) {
        int n = t.length();
        while (p < n && (isAsciiLetter(t.charAt(p)) || isArabic(t.charAt(p)) || t.charAt(p) == '.')) {
            p++;
        }
        return p;
    }

    /** Sign and prefix qualifier right before the number; moves {@code p.start}. */
    private void prefix(CharSequence t, Parsed p, int floor, boolean signAllowed) {
        int s = p.start;
        if (s - 1 >= floor) {
            char c = t.charAt(s - 1);
            boolean dash = c == '-' || c == '－' || c == '−';
            if (dash && (s - 2 < 0 || !(isArabic(t.charAt(s - 2)) || isAsciiLetter(t.charAt(s - 2))
                    || r.charClass(t.charAt(s - 2)) != Rules.NONE || t.charAt(s - 2) == ')' || t.charAt(s - 2) == '）'))) {
                p.negative = true;
                s--;
            } else if ((c == '负' || c == '負') && signAllowed) {
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

    private void suffixQualifier(CharSequence t, Parsed p) {
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
    private String perFromMei(CharSequence t, int start, int floor) {
        int lo = Math.max(floor, start - Rules.MEI_REACH);
        int mei = -1;
        for (int k = start - 1; k >= lo; k--) {
            char c = t.charAt(k);
            if ("，。；：！？,;:!?、\n\r".indexOf(c) >= 0) {
                break;
            }
            if (c == '每') {
                mei = k;
            }
        }
        if (mei < 0) {
            return null;
        }
        StringBuilder per = new StringBuilder();
        boolean who = false;
        int q = mei;
        while (q < start && t.charAt(q) == '每') {
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

    // ---------------------------------------------------------------------------------------------
    // Placeholders: X, XX, X.X%, XX人, X个百分点, X/X, X年.

    private int placeholder(CharSequence t, int i, List<Candidate> out) {
        int n = t.length();
        if (i > 0 && (isAsciiLetter(t.charAt(i - 1)) || isArabic(t.charAt(i - 1)))) {
            return skipAlnum(t, i);
        }
        int q = i;
        while (q < n && r.charClass(t.charAt(q)) == Rules.PLACEHOLDER) {
            q++;
        }
        if (q < n && (isAsciiLetter(t.charAt(q)) || isArabic(t.charAt(q)))) {
            return skipAlnum(t, q);
        }
        while (q + 1 < n && ".．/／".indexOf(t.charAt(q)) >= 0 && r.charClass(t.charAt(q + 1)) == Rules.PLACEHOLDER) {
            q++;
            while (q < n && r.charClass(t.charAt(q)) == Rules.PLACEHOLDER) {
                q++;
            }
        }
        while (q < n && (isScale(t.charAt(q)) || r.infixQualifier(t.charAt(q)) != null)) {
            q++;
        }
        q += r.after().longest(t, q, n);
        out.add(new Candidate(Kind.PLACEHOLDER, i, q, i, q, -1, -1, -1, -1, null, -1, null, false, null,
                RangeRole.NONE));
        return q;
    }
}
