package io.github.zhibiao.internal.quantity;

import io.github.zhibiao.api.FoundSpan;
import io.github.zhibiao.api.QuantityGrammar;
import io.github.zhibiao.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Finder properties: kind tags, termination on nasty input, non-overlap, offsets. */
class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder(Rules.defaults());

    private static final String[] NASTY = {
        "一一一一一一一一万万万亿亿亿千千千十十十百百百零零零〇〇〇",
        "1,1,1,1,,,,1111,111,111,1111.1.1.1.1....1",
        "X.X.X.X%XX/XX/X年X月XX日XXXXX个百分点X",
        "3-5-6-7—8—9~10至11到12一13",
        "19.6:1:1:1:1∶1：1：",
        "近约逾超过不足余多以上左右余多余多余多几几几十几万",
        "百分之百分之千分之万分之分之分之三分之",
        "九成五成成成八点点点五点",
        "元/生/年/人.年//每生每年每每每每1250元",
        "（1）(2)〔3〕【4】1、2、3.4.5 6. 7.",
        "２３，４５６．７８９％‰‱，，，．．．",
        "负负负-----−−−3%",
        "H1N1V2X2X3KB20.90KB9+3+4",
        "十九大十四五一体化万人助万企千方百计",
        "壹贰叁肆伍陆柒捌玖拾佰仟万亿",
        "\n\n1.\n2.3\n\n",
        "一半一半近一半半数",
    };

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void terminatesFromEveryStartIndex() {
        for (String s : NASTY) {
            String doubled = s + s;
            for (int i = 0; i <= doubled.length(); i++) {
                String tail = doubled.substring(i);
                List<Quantity> qs = QuantityGrammar.defaults().parse(tail);
                int last = 0;
                for (Quantity q : qs) {
                    assertThat(q.start()).isGreaterThanOrEqualTo(last);
                    assertThat(tail.substring(q.start(), q.end())).isEqualTo(q.text());
                    last = q.end();
                }
                QuantityGrammar.defaults().placeholders(tail);
            }
        }
    }

    @Test
    void kindTagsAndParts() {
        String t = "近16万名学生，百分之九十，19.6:1，1/4，八成，一半，XX人";
        List<Candidate> cs = finder.find(t);
        assertThat(cs).extracting(Candidate::kind).containsExactly(Kind.NUMBER, Kind.FRACTION, Kind.RATIO,
                Kind.SHARE, Kind.TENTHS, Kind.HALF, Kind.PLACEHOLDER);
        Candidate first = cs.get(0);
        assertThat(t.substring(first.numStart(), first.numEnd())).isEqualTo("16万");
        assertThat(first.unit().unit()).isEqualTo("人");
        assertThat(t.substring(first.unitStart(), first.unitStart() + first.unit().surface().length())).isEqualTo("名");
        Candidate frac = cs.get(1);
        assertThat(t.substring(frac.denStart(), frac.denEnd())).isEqualTo("百");
        assertThat(t.substring(frac.numStart(), frac.numEnd())).isEqualTo("九十");
    }

    @Test
    void rangeRoles() {
        String t = "3万—5万元";
        List<Candidate> cs = finder.find(t);
        assertThat(cs).extracting(Candidate::range).containsExactly(RangeRole.LOW, RangeRole.HIGH);
        assertThat(cs.get(0).unitStart()).isEqualTo(-1);
        assertThat(cs.get(0).unit().unit()).isEqualTo("元");
    }

    @Test
    void placeholderSpans() {
        String t = "入学率X.X%，XX人，提高X个百分点，占X/X，X年X月X日";
        assertThat(QuantityGrammar.defaults().placeholders(t)).extracting(FoundSpan::text)
                .containsExactly("X.X%", "XX人", "X个百分点", "X/X", "X年", "X月", "X日");
        assertThat(QuantityGrammar.defaults().parse(t)).isEmpty();
    }

    @Test
    void wordTrieLongestMatch() {
        WordTrie<String> fw = WordTrie.of(java.util.Map.of("人", "a", "人次", "b"), false);
        assertThat(fw.longest("9万人次。", 2, 5)).isEqualTo(2);
        assertThat(fw.valueAt("9万人次。", 2, 2)).isEqualTo("b");
        WordTrie<String> bw = WordTrie.of(java.util.Map.of("近", "a", "将近", "b"), true);
        assertThat(bw.longest("将近50", 2, 0)).isEqualTo(2);
    }

    /** Issue 21 item 7: a repeated rate denominator stops the reading; the per-unit stays bounded. */
    @Test
    void rateDenominatorIsBounded() {
        String repeated = "625元" + "/生".repeat(200) + "，";
        List<Quantity> qs = QuantityGrammar.defaults().parse(repeated);
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).text()).isEqualTo("625元/生");
        assertThat(qs.get(0).per()).isEqualTo("生");
        Quantity two = QuantityGrammar.defaults().parse("625元/生/年").get(0);
        assertThat(two.text()).isEqualTo("625元/生/年");
        assertThat(two.per()).isEqualTo("生·年");
        Quantity three = QuantityGrammar.defaults().parse("625元/生/年/人，").get(0);
        assertThat(three.per()).isEqualTo("生·年");
        assertThat(three.text()).isEqualTo("625元/生/年");
    }
}
