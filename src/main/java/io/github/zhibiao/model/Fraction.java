package io.github.zhibiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share written as a fraction ({@code 1/3}, {@code 三分之二}, {@code 七分之一}), kept as written:
 * numerator over denominator. The record's {@link Measure.Percent} value is this share in percent,
 * rounded to 10 significant digits when the division does not terminate ({@code 1/3} gives
 * 33.33333333); the fraction is the exact value. {@code 百分之三}, {@code 千分之五} and
 * {@code 万分之二} are percent signs written out, not fractions: they have none ({@link #of}).
 *
 * <pre>{@code
 * Fraction f = new Fraction(new BigDecimal("2"), new BigDecimal("3"));
 * f.toString();   // "2/3"
 * }</pre>
 *
 * @param numerator   the numerator as written, sign included ({@code 2} of 三分之二)
 * @param denominator the denominator, positive ({@code 3} of 三分之二)
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {

    /**
     * Checks the parts and drops trailing zeros.
     *
     * @param numerator   the numerator, sign included
     * @param denominator the denominator, positive
     */
    public Fraction {
        numerator = Measure.canonical(numerator);
        denominator = Measure.canonical(denominator);
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator not positive: " + denominator);
        }
    }

    /**
     * The fraction a share keeps, or null for a percent sign written out.
     *
     * <pre>{@code
     * Fraction.of(false, BigDecimal.TWO, new BigDecimal(3));     // 2/3   (三分之二)
     * Fraction.of(false, new BigDecimal(3), new BigDecimal(100)); // null  (百分之三: 3 %, exact)
     * Fraction.of(true, BigDecimal.ONE, new BigDecimal(100));    // 1/100 (written 1/100)
     * }</pre>
     *
     * @param slash       whether it is written with a slash ({@code 1/3}) rather than {@code 分之}
     * @param numerator   the numerator, sign included
     * @param denominator the denominator, positive
     * @return the fraction, or null when it is {@code X分之Y} over a power of ten (百分之, 千分之, 万分之)
     */
    public static Fraction of(boolean slash, BigDecimal numerator, BigDecimal denominator) {
        boolean percentSign = !slash && denominator.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
        return percentSign ? null : new Fraction(numerator, denominator);
    }

    /**
     * The fraction in plain digits, {@code numerator/denominator}: {@code 2/3}, {@code -1/4}, {@code 2.5/7}.
     *
     * @return the fraction as the formats write it
     */
    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }

    /**
     * Parses {@link #toString()}'s form.
     *
     * @param text {@code n/d}
     * @return the fraction
     * @throws IllegalArgumentException when the text is no fraction
     */
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("no fraction: " + text);
        }
        try {
            return new Fraction(new BigDecimal(text.substring(0, slash)), new BigDecimal(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no fraction: " + text, e);
        }
    }
}
