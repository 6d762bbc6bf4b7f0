package io.github.zhibiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share written as a fraction ({@code 1/3}, {@code 三分之二}, {@code 七分之一}), kept as written:
 * numerator over denominator. The record's {@link Measure.Percent} value is this share in percent,
 * rounded to 10 significant digits when the division does not terminate ({@code 1/3} gives
 * 33.33333333); the fraction is the exact value.
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
