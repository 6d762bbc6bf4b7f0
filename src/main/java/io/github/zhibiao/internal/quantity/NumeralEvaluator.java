package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.text.Widths;
import io.github.zhibiao.internal.quantity.Rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Exact value of a numeral as written: Arabic digits (thousands separators, decimals, full-width
 * forms), Chinese numerals (两, 零, 〇, 大写), scale words and their mixtures. {@link BigDecimal}
 * only; never a {@code double}.
 *
 * <pre>{@code
 * NumeralEvaluator ev = new NumeralEvaluator(Rules.defaults());
 * ev.value("一万五千亿")   // 1500000000000
 * ev.value("2千零30万")    // 20300000
 * ev.value("13万2")        // 132000 (a last single digit after a scale counts in the next lower place)
 * ev.value("十五点八万")   // 158000
 * }</pre>
 *
 * <p>Characters that are not numerals (an infix 余/多, spaces) are skipped. Sections follow the
 * Chinese grouping: a scale word at least as large as every scale before it multiplies all that
 * came before ({@code 二十万亿}, {@code 一万五千亿}); a smaller one starts a lower section
 * ({@code 5亿1万4千6百}).
 */
public final class NumeralEvaluator {

    /**
     * Precision of non-terminating divisions (三分之二 as a percent): 10 significant digits,
     * half-even, so results are reproducible across platforms.
     */
    public static final MathContext DIVISION = new MathContext(10, RoundingMode.HALF_EVEN);

    private final Rules rules;

    public NumeralEvaluator(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Value of the whole string. */
    public BigDecimal value(CharSequence s) {
        return value(s, 0, s.length());
    }

    /** Value of {@code s[start, end)}; zero when it holds no numeral. */
    public BigDecimal value(CharSequence s, int start, int end) {
        Sum sum = new Sum();
        int p = start;
        while (p < end) {
            char c = Widths.toHalfWidth(s.charAt(p));
            if (c >= '0' && c <= '9') {
                p = arabic(s, p, end, sum);
                continue;
            }
            byte k = rules.charClass(s.charAt(p));
            if (k == Rules.DIGIT || k == Rules.FORMAL) {
                digit(s, p, end, sum);
                p++;
            } else if (k == Rules.SMALL) {
                long sc = rules.numeralValue(s.charAt(p));
                sum.section = sum.section.add((sum.num == null ? BigDecimal.ONE : sum.num).multiply(BigDecimal.valueOf(sc)));
                sum.num = null;
                sum.scaled(sc);
                p++;
            } else if (k == Rules.BIG) {
                big(rules.numeralValue(s.charAt(p)), sum);
                p++;
            } else if (k == Rules.POINT) {
                p = point(s, p, end, sum);
            } else {
                p++; // 余, 多, spaces: not part of the value
            }
        }
        BigDecimal v = sum.acc.add(sum.section).add(sum.num == null ? BigDecimal.ZERO : sum.num);
        return normalize(v);
    }

    /**
     * The running sum of one numeral: the sections closed by a big scale word ({@code acc}, and
     * the scale {@code accScale} that closed the last), the open section, the number just read,
     * and the scale word just before it (for 一万三 = 13000).
     */
    private static final class Sum {
        BigDecimal acc = BigDecimal.ZERO;
        long accScale;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal num;
        long prevScale;
        boolean afterZero;

        void scaled(long sc) {
            prevScale = sc;
            afterZero = false;
        }

        void read(BigDecimal v) {
            num = v;
            prevScale = 0;
            afterZero = false;
        }
    }

    /**
     * Arabic digits at {@code p}, with separators and a decimal point; returns their end. Up to 18
     * digits and one point are read as a long with a scale, the value {@code new BigDecimal} gives
     * their text; anything longer goes through the text.
     */
    private int arabic(CharSequence s, int p, int end, Sum sum) {
        int q = p;
        long unscaled = 0;
        int digits = 0;
        int dots = 0;
        int fraction = 0;
        while (q < end) {
            char d = Widths.toHalfWidth(s.charAt(q));
            if (d >= '0' && d <= '9') {
                unscaled = digits < 18 ? unscaled * 10 + (d - '0') : unscaled;
                digits++;
                fraction += dots > 0 ? 1 : 0;
            } else if (d == '.' && q + 1 < end && isArabic(s.charAt(q + 1))) {
                dots++;
            } else if (d != ',') {
                break;
            }
            q++;
        }
        BigDecimal v = digits <= 18 && dots <= 1 ? BigDecimal.valueOf(unscaled, fraction) : new BigDecimal(text(s, p, q, end));
        if (sum.prevScale >= 10 && !sum.afterZero && digits + dots == 1 && !moreNumerals(s, q, end)) {
            v = v.multiply(BigDecimal.valueOf(sum.prevScale / 10)); // 13万2
        }
        sum.read(v);
        return q;
    }

    /** The digits and points of {@code s[p, q)} as {@link #arabic} reads them, separators dropped. */
    private static String text(CharSequence s, int p, int q, int end) {
        StringBuilder sb = new StringBuilder(q - p);
        for (int k = p; k < q; k++) {
            char d = Widths.toHalfWidth(s.charAt(k));
            if (d >= '0' && d <= '9' || d == '.' && k + 1 < end && isArabic(s.charAt(k + 1))) {
                sb.append(d);
            }
        }
        return sb.toString();
    }

    /** A Chinese digit at {@code p}: a zero filler, a digit of a number read digit by digit, or one of its own. */
    private void digit(CharSequence s, int p, int end, Sum sum) {
        long d = rules.numeralValue(s.charAt(p));
        if (d == 0) {
            if (sum.prevScale > 0) {
                sum.afterZero = true;
            } else {
                sum.num = sum.num == null ? BigDecimal.ZERO : sum.num.multiply(BigDecimal.TEN);
            }
            sum.prevScale = 0;
            return;
        }
        BigDecimal v = BigDecimal.valueOf(d);
        if (sum.num != null) {
            v = sum.num.multiply(BigDecimal.TEN).add(v); // 二〇二三 read digit by digit
        } else if (sum.prevScale >= 10 && !sum.afterZero && !moreNumerals(s, p + 1, end)) {
            v = v.multiply(BigDecimal.valueOf(sum.prevScale / 10)); // 一万三, 九百九
        }
        sum.read(v);
    }

    /** A big scale word (万, 亿): at least as large as the last one it multiplies all before it. */
    private static void big(long sc, Sum sum) {
        BigDecimal v = sum.section.add(sum.num == null ? BigDecimal.ZERO : sum.num);
        if (v.signum() == 0 && sum.acc.signum() == 0) {
            v = BigDecimal.ONE; // a lone 万 (borrowed scale of a range, 万分之)
        }
        BigDecimal scale = BigDecimal.valueOf(sc);
        if (sum.accScale == 0 || sc >= sum.accScale) {
            sum.acc = sum.acc.add(v).multiply(scale);
        } else {
            sum.acc = sum.acc.add(v.multiply(scale));
        }
        sum.accScale = sc;
        sum.section = BigDecimal.ZERO;
        sum.num = null;
        sum.scaled(sc);
    }

    /** 十五点八: the integer so far plus the digits after 点 as a fraction; returns their end. */
    private int point(CharSequence s, int p, int end, Sum sum) {
        StringBuilder frac = new StringBuilder("0.");
        int q = p + 1;
        while (q < end) {
            byte kq = rules.charClass(s.charAt(q));
            if (kq != Rules.DIGIT && kq != Rules.FORMAL) {
                break;
            }
            frac.append(rules.numeralValue(s.charAt(q)));
            q++;
        }
        if (q > p + 1) {
            sum.num = sum.section.add(sum.num == null ? BigDecimal.ZERO : sum.num).add(new BigDecimal(frac.toString()));
            sum.section = BigDecimal.ZERO;
        }
        sum.prevScale = 0;
        return q;
    }

    private boolean moreNumerals(CharSequence s, int q, int end) {
        for (int i = q; i < end; i++) {
            char c = s.charAt(i);
            if (isArabic(c)) {
                return true;
            }
            byte k = rules.charClass(c);
            if (k != Rules.NONE && k != Rules.PLACEHOLDER && k != Rules.WORD) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Strips trailing zeros without ever going to exponent form (1600000, not 1.6E+6). */
    public static BigDecimal normalize(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@code a / b} exactly when it terminates, else rounded to {@link #DIVISION}. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        try {
            return normalize(a.divide(b));
        } catch (ArithmeticException nonTerminating) {
            return normalize(a.divide(b, DIVISION));
        }
    }
}
