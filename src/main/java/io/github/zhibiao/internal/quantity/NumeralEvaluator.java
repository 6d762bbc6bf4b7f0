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
        BigDecimal acc = BigDecimal.ZERO;
        long accScale = 0;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal num = null;
        long prevScale = 0;      // the scale word just before, for 一万三 = 13000
        boolean afterZero = false;
        int p = start;
        while (p < end) {
            char c = Widths.toHalfWidth(s.charAt(p));
            if (c >= '0' && c <= '9') {
                int q = p;
                StringBuilder sb = new StringBuilder();
                while (q < end) {
                    char d = Widths.toHalfWidth(s.charAt(q));
                    if (d >= '0' && d <= '9') {
                        sb.append(d);
                    } else if (d == '.' && q + 1 < end && isArabic(s.charAt(q + 1))) {
                        sb.append('.');
                    } else if (d != ',') {
                        break;
                    }
                    q++;
                }
                BigDecimal v = new BigDecimal(sb.toString());
                if (prevScale >= 10 && !afterZero && sb.length() == 1 && !moreNumerals(s, q, end)) {
                    v = v.multiply(BigDecimal.valueOf(prevScale / 10)); // 13万2
                }
                num = v;
                prevScale = 0;
                afterZero = false;
                p = q;
                continue;
            }
            byte k = rules.charClass(s.charAt(p));
            if (k == Rules.DIGIT || k == Rules.FORMAL) {
                long d = rules.numeralValue(s.charAt(p));
                if (d == 0) {
                    if (prevScale > 0) {
                        afterZero = true;
                    } else {
                        num = num == null ? BigDecimal.ZERO : num.multiply(BigDecimal.TEN);
                    }
                    prevScale = 0;
                    p++;
                    continue;
                }
                BigDecimal v = BigDecimal.valueOf(d);
                if (num != null) {
                    v = num.multiply(BigDecimal.TEN).add(v); // 二〇二三 read digit by digit
                } else if (prevScale >= 10 && !afterZero && !moreNumerals(s, p + 1, end)) {
                    v = v.multiply(BigDecimal.valueOf(prevScale / 10)); // 一万三, 九百九
                }
                num = v;
                prevScale = 0;
                afterZero = false;
                p++;
                continue;
            }
            if (k == Rules.SMALL) {
                long sc = rules.numeralValue(s.charAt(p));
                section = section.add((num == null ? BigDecimal.ONE : num).multiply(BigDecimal.valueOf(sc)));
                num = null;
                prevScale = sc;
                afterZero = false;
                p++;
                continue;
            }
            if (k == Rules.BIG) {
                long sc = rules.numeralValue(s.charAt(p));
                BigDecimal v = section.add(num == null ? BigDecimal.ZERO : num);
                if (v.signum() == 0 && acc.signum() == 0) {
                    v = BigDecimal.ONE; // a lone 万 (borrowed scale of a range, 万分之)
                }
                BigDecimal scale = BigDecimal.valueOf(sc);
                if (accScale == 0 || sc >= accScale) {
                    acc = acc.add(v).multiply(scale);
                } else {
                    acc = acc.add(v.multiply(scale));
                }
                accScale = sc;
                section = BigDecimal.ZERO;
                num = null;
                prevScale = sc;
                afterZero = false;
                p++;
                continue;
            }
            if (k == Rules.POINT) {
                // 十五点八: the integer so far plus the digits after 点 as a fraction.
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
                    num = section.add(num == null ? BigDecimal.ZERO : num).add(new BigDecimal(frac.toString()));
                    section = BigDecimal.ZERO;
                }
                prevScale = 0;
                p = q;
                continue;
            }
            p++; // 余, 多, spaces: not part of the value
        }
        BigDecimal v = acc.add(section).add(num == null ? BigDecimal.ZERO : num);
        return normalize(v);
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
