package io.github.zhibiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact, normalized amount with its unit. Values are {@link BigDecimal}s, never doubles:
 * {@code 20.35亿元} is exactly {@code new Money(new BigDecimal("2035000000"), "元")}.
 *
 * <p>The kinds follow the record contract: money in its currency (元 unless written otherwise),
 * percent, percentage points, counts with their measure word, {@code a:1} ratios, areas, other
 * physical quantities, and bare numbers whose unit the text leaves out ({@code 全市的19公办学校}).
 */
public sealed interface Measure {

    /**
     * The normalized value, scale words applied ({@code 1.45亿人} gives 145000000).
     *
     * @return the exact value
     */
    BigDecimal value();

    /**
     * The normalized unit as the record contract spells it: 元, %, 百分点, 所, 人, :1, 平方米, 吨…
     *
     * @return the unit, empty for a bare number
     */
    String unit();

    /**
     * The canonical form of a value: trailing zeros dropped ({@code 43000.0} → {@code 43000}), so
     * equal amounts are equal records whatever the written precision.
     *
     * @param value any value
     * @return the same amount without trailing zeros and with a scale of at least 0
     */
    static BigDecimal canonical(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Money; {@code currency} is 元 for renminbi, else the written currency (美元). */
    record Money(BigDecimal value, String currency) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the amount
         * @param currency 元, or the written currency
         */
        public Money {
            value = Measure.canonical(value);
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public String unit() {
            return currency;
        }
    }

    /**
     * A percentage, in percent: {@code 99.77%} gives 99.77, {@code 三成} 30, {@code 3.5‰} 0.35. A share
     * written as a fraction ({@code 1/3}, {@code 三分之二}) keeps it in {@link #fraction()}: its value
     * is rounded to 10 significant digits when the division does not terminate (66.66666667), the
     * fraction is exact. {@code 百分之}, {@code 千分之}, {@code 万分之} are percent signs, not fractions.
     *
     * <pre>{@code
     * new Measure.Percent(new BigDecimal("66.66666667"), new Fraction(BigDecimal.TWO, new BigDecimal(3)));
     * }</pre>
     *
     * @param value    the percentage
     * @param fraction the share as written when it is a fraction ({@code 2/3}), else {@code null}
     */
    record Percent(BigDecimal value, Fraction fraction) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value    the percentage
         * @param fraction the share as written when it is a fraction, else {@code null}
         */
        public Percent {
            value = Measure.canonical(value);
        }

        /**
         * A percentage not written as a fraction.
         *
         * @param value the percentage
         */
        public Percent(BigDecimal value) {
            this(value, null);
        }

        @Override
        public String unit() {
            return "%";
        }
    }

    /** Percentage points ({@code 提高2.9个百分点}): a unit of its own, never a percent. */
    record PercentagePoints(BigDecimal value) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the number of points
         */
        public PercentagePoints {
            value = Measure.canonical(value);
        }

        @Override
        public String unit() {
            return "百分点";
        }
    }

    /** A count with its measure word, 名 and 位 written as 人: {@code 近16万名} gives 160000 人. */
    record Count(BigDecimal value, String measureWord) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the count
         * @param measureWord the measure word (所, 人, 个…)
         */
        public Count {
            value = Measure.canonical(value);
            Objects.requireNonNull(measureWord, "measureWord");
        }

        @Override
        public String unit() {
            return measureWord;
        }
    }

    /** A ratio {@code a:1}, valued {@code a}: {@code 19.6:1} gives 19.6. */
    record Ratio(BigDecimal value) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value {@code a} of {@code a:1}
         */
        public Ratio {
            value = Measure.canonical(value);
        }

        @Override
        public String unit() {
            return ":1";
        }
    }

    /** Floor or land area: 平方米 (平米 and ㎡ normalized to it), 亩, 公顷, 平方公里. */
    record Area(BigDecimal value, String unit) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the area
         * @param unit the normalized area unit
         */
        public Area {
            value = Measure.canonical(value);
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Any other physical quantity, unit as written with scale words removed: 吨, 公里, 千瓦时. */
    record Physical(BigDecimal value, String unit) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the amount
         * @param unit the unit without scale words
         */
        public Physical {
            value = Measure.canonical(value);
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * A number written without a unit ({@code 近70万}, {@code 筹集资金48.8亿}); the indicator stage
     * may infer one from context. Its {@link #unit()} is the empty string.
     */
    record Bare(BigDecimal value) implements Measure {
        /**
         * Canonicalizes the value.
         *
         * @param value the number
         */
        public Bare {
            value = Measure.canonical(value);
        }

        @Override
        public String unit() {
            return "";
        }
    }
}
