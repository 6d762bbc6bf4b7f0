package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace of a record and {@code explain}: the ids of the steps behind each number. */
class TraceTest {

    private static final String TEXT = "全县一般公共预算收入增长5.1%、支出达到28.6亿元。"
            + "全市240家企业通过两化融合贯标，开工建设南网500兆瓦储能电站等项目。";

    @Test
    void recordsCarryNoTraceUnlessAskedFor() {
        Extraction plain = Extractor.defaults().extract(TEXT);
        assertThat(plain.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.trace()).isEmpty());
        assertThat(JsonLinesWriter.toString(List.of(plain))).doesNotContain("\"trace\"");
    }

    @Test
    void aTracedRecordNamesTheStepsThatSetIt() {
        Extraction traced = Extractor.defaults().withTrace(true).extract(TEXT);
        Indicator spending = find(traced, "28.6亿元");
        assertThat(spending.subject()).isEqualTo("一般公共预算支出");
        assertThat(spending.trace()).containsSubsequence("subject.before-number", "subject.topic-carried", "category.head:money");
        Indicator firms = find(traced, "240家");
        assertThat(firms.subject()).isEqualTo("通过两化融合贯标企业");
        assertThat(firms.trace()).contains("subject.actor");
        assertThat(find(traced, "5.1%").trace()).contains("delta.trigger");
        assertThat(JsonLinesWriter.toString(List.of(traced)))
                .contains("\"trace\":[\"subject.noun-after\",\"subject.after-number\",\"subject.actor\",\"category.head:economy-count\"]");
    }

    @Test
    void explainListsEveryNumberInTextOrderWithItsRejection() {
        List<Explanation> all = Extractor.defaults().explain(TEXT);
        assertThat(all).extracting(Explanation::text)
                .containsExactly("5.1%", "28.6亿元", "240家", "500兆瓦");
        Explanation capacity = all.get(3);
        assertThat(capacity.outcome()).isEqualTo(Outcome.NO_RECORD);
        assertThat(capacity.ids()).containsExactly("reject.capacity-name");
        assertThat(all.get(2).outcome()).isEqualTo(Outcome.RECORD);
        assertThat(TEXT.substring(all.get(2).start(), all.get(2).start() + 4)).isEqualTo("240家");
    }

    private static Indicator find(Extraction e, String text) {
        return e.indicators().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
    }
}
