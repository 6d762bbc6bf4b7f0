package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.Kind;
import io.github.zhibiao.internal.quantity.Rules;
import io.github.zhibiao.internal.quantity.UnitEntry;
import io.github.zhibiao.model.Fraction;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Turns a {@link Candidate} into an exact typed {@link Quantity}, reading only the parts the finder
 * recorded. Immutable and thread-safe.
 *
 * <pre>{@code
 * QuantityResolver res = new QuantityResolver(Rules.defaults());
 * Quantity q = res.resolve(text, candidate);   // "3.5‰" -> Percent(0.35)
 * }</pre>
 */
public final class QuantityResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NumeralEvaluator numerals;
    private final FindWords words;

    public QuantityResolver(Rules rules) {
        this.numerals = new NumeralEvaluator(Objects.requireNonNull(rules, "rules"));
        this.words = rules.words();
    }

    /** The evaluator used for numerals. */
    public NumeralEvaluator numerals() {
        return numerals;
    }

    /**
     * The quantity of {@code c}, or {@code null} when it has no value: a placeholder (a redacted
     * number), a share of nothing ({@code 零分之九}), a blocked span. Never throws for a candidate
     * the finder made from {@code text}.
     */
    public Quantity resolve(CharSequence text, Candidate c) {
        if (c.kind() == Kind.PLACEHOLDER) {
            return null;
        }
        Measure m = measure(text, c);
        return m == null ? null : new Quantity(c.start(), c.text(text), m, c.qualifier(), c.per());
    }

    private Measure measure(CharSequence t, Candidate c) {
        switch (c.kind()) {
            case FRACTION, SHARE -> {
                BigDecimal num = numerals.value(t, c.numStart(), c.numEnd());
                BigDecimal den = numerals.value(t, c.denStart(), c.denEnd());
                if (den.signum() == 0) {
                    return null; // no share of nothing, whatever the finder let through
                }
                BigDecimal pct = NumeralEvaluator.divide(num.multiply(HUNDRED), den);
                return new Measure.Percent(sign(c, pct), Fraction.of(c.kind() == Kind.SHARE, sign(c, num), den));
            }
            case CHAIN_PART -> {
                return new Measure.Percent(NumeralEvaluator.normalize(numerals.value(t, c.numStart(), c.numEnd())));
            }
            case HALF -> {
                return new Measure.Percent(BigDecimal.valueOf(50));
            }
            case RATIO -> {
                return new Measure.Ratio(sign(c, numerals.value(t, c.numStart(), colon(t, c))));
            }
            case TENTHS -> {
                int cheng = c.unitStart();
                BigDecimal v = numerals.value(t, c.numStart(), cheng).multiply(BigDecimal.TEN);
                if (cheng + 1 < c.numEnd()) {
                    char tail = t.charAt(cheng + 1);
                    v = v.add(words.is(tail, FindWords.TENTHS_HALF) ? BigDecimal.valueOf(5) : numerals.value(t, cheng + 1, c.numEnd()));
                }
                return new Measure.Percent(sign(c, NumeralEvaluator.normalize(v)));
            }
            default -> {
                BigDecimal v = numerals.value(t, c.numStart(), c.numEnd());
                if (c.scaleStart() >= 0) {
                    v = v.multiply(numerals.value(t, c.scaleStart(), c.scaleEnd()));
                }
                v = sign(c, NumeralEvaluator.normalize(v));
                UnitEntry u = c.unit();
                if (u == null) {
                    return new Measure.Bare(v);
                }
                return switch (u.kind()) {
                    case MONEY -> new Measure.Money(v, u.unit());
                    case PERCENT -> new Measure.Percent(v);
                    case PERMILLE -> new Measure.Percent(NumeralEvaluator.normalize(v.movePointLeft(1)));
                    case PERMYRIAD -> new Measure.Percent(NumeralEvaluator.normalize(v.movePointLeft(2)));
                    case POINTS -> new Measure.PercentagePoints(v);
                    case TENTHS -> new Measure.Percent(NumeralEvaluator.normalize(v.multiply(BigDecimal.TEN)));
                    case COUNT -> new Measure.Count(v, u.unit());
                    case AREA -> new Measure.Area(v, u.unit());
                    case PHYSICAL -> new Measure.Physical(v, u.unit());
                    case BLOCK -> null; // a blocker row is no unit: no quantity
                };
            }
        }
    }

    private static int colon(CharSequence t, Candidate c) {
        for (int i = c.numStart(); i < c.end(); i++) {
            char ch = t.charAt(i);
            if (ch == ':' || ch == '：' || ch == '∶') {
                return i;
            }
        }
        return c.end();
    }

    private static BigDecimal sign(Candidate c, BigDecimal v) {
        return c.negative() ? v.negate() : v;
    }
}
