package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.internal.quantity.Candidate;
import io.github.zhibiao.internal.quantity.QuantityFinder;
import io.github.zhibiao.internal.quantity.Rules;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Generated fractions ({@code X分之Y}, {@code Y/X}, {@code 百分之Y}) with zero, empty and huge parts:
 * the resolver never throws, a share of nothing is no quantity, and the quantity after it always
 * comes out.
 */
class FractionPropertyTest {

    private static final String[] ZEROS = {"0", "00", "０", "零", "〇", "〇〇", "0.0"};
    private static final String[] TEMPLATES = {"%s分之%s", "%2$s/%1$s", "%2$s／%1$s", "百分之%2$s", "千分之%2$s",
            "万分之%2$s", "%s分之"};
    private static final String CN = "一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟零〇";

    private final Rules rules = Rules.defaults();
    private final QuantityFinder finder = new QuantityFinder(rules);
    private final QuantityResolver resolver = new QuantityResolver(rules);
    private final QuantityGrammar grammar = QuantityGrammar.defaults();

    @Test
    void generatedFractionsNeverThrowAndNeverCostTheNextQuantity() {
        Random rnd = new Random(20261202L);
        int zeroDenominators = 0;
        for (int n = 0; n < 5_000; n++) {
            boolean zeroDen = rnd.nextInt(3) == 0;
            String den = zeroDen ? ZEROS[rnd.nextInt(ZEROS.length)] : part(rnd);
            String num = rnd.nextInt(6) == 0 ? ZEROS[rnd.nextInt(ZEROS.length)] : part(rnd);
            String template = TEMPLATES[rnd.nextInt(TEMPLATES.length)];
            String fraction = String.format(template, den, num);
            String text = "其中" + fraction + "的学校达标，共有学生120人。";

            for (Candidate c : finder.find(text)) {
                assertThatCode(() -> resolver.resolve(text, c)).as(text).doesNotThrowAnyException();
            }
            List<Quantity> qs = grammar.parse(text);
            for (Quantity q : qs) {
                assertThat(text.substring(q.start(), q.end())).as(text).isEqualTo(q.text());
            }
            assertThat(qs).as(text).last().satisfies(q -> {
                assertThat(q.text()).isEqualTo("120人");
                assertThat(q.measure()).isEqualTo(new Measure.Count(new BigDecimal("120"), "人"));
            });
            if (zeroDen && !template.startsWith("百") && !template.startsWith("千") && !template.startsWith("万")) {
                zeroDenominators++;
                int fractionEnd = 2 + fraction.length();
                assertThat(qs).as(text).noneMatch(q -> q.start() < fractionEnd && q.measure() instanceof Measure.Percent);
            }
        }
        assertThat(zeroDenominators).isGreaterThan(750);
    }

    @Test
    void zeroDenominatorsAreNoQuantity() {
        for (String t : List.of("零分之九", "0分之玖", "〇分之三", "00分之5", "0/0", "5/0", "０／０")) {
            assertThat(grammar.parse("其中" + t + "的班级")).as(t).isEmpty();
        }
        for (String t : List.of("0/5", "三分之零")) { // nothing of something is a share: zero
            assertThat(grammar.parse("其中" + t + "的班级")).as(t).singleElement()
                    .satisfies(q -> assertThat(((Measure.Percent) q.measure()).value()).isEqualByComparingTo(BigDecimal.ZERO));
        }
    }

    /** A numerator or denominator: Arabic (up to 40 digits), Chinese, 大写, mixed, or empty. */
    private static String part(Random rnd) {
        StringBuilder sb = new StringBuilder();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 40);
                for (int i = 0; i < len; i++) {
                    sb.append((char) ('0' + rnd.nextInt(10)));
                }
                if (rnd.nextInt(4) == 0) {
                    sb.append('.').append(rnd.nextInt(100));
                }
            }
            case 1, 2 -> {
                int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 20);
                for (int i = 0; i < len; i++) {
                    sb.append(CN.charAt(rnd.nextInt(CN.length())));
                }
            }
            case 3 -> sb.append(rnd.nextInt(1000)).append(CN.charAt(rnd.nextInt(CN.length())));
            default -> {
                // empty part
            }
        }
        return sb.toString();
    }
}
