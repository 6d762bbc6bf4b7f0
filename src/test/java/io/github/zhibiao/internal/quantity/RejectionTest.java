package io.github.zhibiao.internal.quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of the finder's steps turns a numeral down: the step id kept on its reading. */
class RejectionTest {

    private final QuantityFinder finder = new QuantityFinder(Rules.defaults());

    /** Each case: the text before the numeral | the text from the numeral on | the id (none: a quantity). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "会议于|9:20开始|find.clock-time",
        "列车|09:20发车|find.leading-zero",
        "学习|十九大精神|find.name",
        "新建|一个口袋公园|find.generic-one",
        "全年PM|2.5平均浓度下降|find.latin-glued",
        "通知于|2023.04.19印发|find.dotted-date",
        "截至|2023 年底|find.spaced-blocker",
        "排名第|3位|find.blocker-before",
        "今年|9月召开|find.blocker-after",
        "完成率为|5/3|find.bad-share",
        "重点任务（|3）加强监管|find.list-marker",
        "建设一支高素质队|伍|find.lone-character",
        "培训|十几期|find.vague",
        "得分为|零分之九|find.zero-fraction",
        "学生|两三个人|find.bad-digits",
        "儿童|3岁以下|find.statistic-scope",
        "文件大小|20KB左右|find.latin-after",
        "新建|三所学校|",
        "村里|三|find.bare-chinese",
        "工号|12345678|find.digit-run",
    })
    void namesTheRuleThatDecided(String before, String from, String id) {
        assertThat(finder.rejectionAt(before + from, before.length())).isEqualTo(id);
    }

    @Test
    void quantitiesCarryNoRejection() {
        String t = "全市近16万名学生，其中八成住校，比例为19.6:1，占1/4";
        for (String numeral : new String[] {"16", "八", "19.6", "1/4"}) {
            assertThat(finder.rejectionAt(t, t.indexOf(numeral))).as(numeral).isNull();
        }
    }

    @Test
    void idsAreDistinctAndNamespaced() {
        assertThat(finder.order())
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("find\\.[a-z]+(-[a-z]+)*"));
    }
}
