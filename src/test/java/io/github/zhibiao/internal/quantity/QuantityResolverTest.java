package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.QuantityFinder;
import io.github.zhibiao.internal.quantity.Rules;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver turns each candidate kind into the right typed measure. */
class QuantityResolverTest {

    private final QuantityFinder finder = new QuantityFinder(Rules.defaults());
    private final QuantityResolver resolver = new QuantityResolver(Rules.defaults());

    private Quantity one(String text) {
        List<Candidate> cs = finder.find(text);
        assertThat(cs).hasSize(1);
        return resolver.resolve(text, cs.get(0));
    }

    @Test
    void kinds() {
        assertThat(one("增长5.2%").measure()).isEqualTo(new Measure.Percent(new BigDecimal("5.2")));
        assertThat(one("提高2.9个百分点").measure()).isEqualTo(new Measure.PercentagePoints(new BigDecimal("2.9")));
        assertThat(one("为3.5‰").measure()).isEqualTo(new Measure.Percent(new BigDecimal("0.35")));
        assertThat(one("3.5‱").measure()).isEqualTo(new Measure.Percent(new BigDecimal("0.035")));
        assertThat(one("比为19.6:1").measure()).isEqualTo(new Measure.Ratio(new BigDecimal("19.6")));
        assertThat(one("20.35亿元").measure()).isEqualTo(new Measure.Money(new BigDecimal("2035000000"), "元"));
        assertThat(one("1.2万美元").measure()).isEqualTo(new Measure.Money(new BigDecimal("12000"), "美元"));
        assertThat(one("13.8万平米").measure()).isEqualTo(new Measure.Area(new BigDecimal("138000"), "平方米"));
        assertThat(one("1200万吨").measure()).isEqualTo(new Measure.Physical(new BigDecimal("12000000"), "吨"));
        assertThat(one("近16万名").measure()).isEqualTo(new Measure.Count(new BigDecimal("160000"), "人"));
        assertThat(one("48.8亿").measure()).isEqualTo(new Measure.Bare(new BigDecimal("4880000000")));
        assertThat(one("九成五").measure()).isEqualTo(new Measure.Percent(new BigDecimal("95")));
        assertThat(one("三成半").measure()).isEqualTo(new Measure.Percent(new BigDecimal("35")));
        assertThat(one("百分之九十八点六").measure()).isEqualTo(new Measure.Percent(new BigDecimal("98.6")));
        Measure.Percent twoThirds = (Measure.Percent) one("三分之二").measure();
        assertThat(twoThirds.value()).isEqualTo(new BigDecimal("66.66666667"));
        assertThat(twoThirds.fraction()).hasToString("2/3");   // the fraction as written, kept exact
        Measure.Percent quarter = (Measure.Percent) one("1/4").measure();
        assertThat(quarter.value()).isEqualTo(new BigDecimal("25"));
        assertThat(quarter.fraction()).hasToString("1/4");
        assertThat(one("一半").measure()).isEqualTo(new Measure.Percent(new BigDecimal("50")));
        assertThat(one("为-0.57‰").measure()).isEqualTo(new Measure.Percent(new BigDecimal("-0.057")));
        assertThat(one("负3.9%").measure()).isEqualTo(new Measure.Percent(new BigDecimal("-3.9")));
    }

    @Test
    void placeholderHasNoValue() {
        String t = "达到X.X%";
        assertThat(resolver.resolve(t, finder.find(t).get(0))).isNull();
    }

    @Test
    void rangeLowEndBorrowsScaleAndUnit() {
        String t = "3-5万元";
        List<Candidate> cs = finder.find(t);
        assertThat(cs).hasSize(2);
        Quantity low = resolver.resolve(t, cs.get(0));
        assertThat(low.text()).isEqualTo("3");
        assertThat(low.measure()).isEqualTo(new Measure.Money(new BigDecimal("30000"), "元"));
    }
}
