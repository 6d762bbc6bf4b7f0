package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.api.Outcome;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of a record and {@code explain}: the ids of the steps behind each number, on the mini rule
 * set ({@link MiniRules}), whose files alone give the answers.
 */
class TraceTest {

    private static final String TEXT = "全县藏书增长5.1%，经费达到2.4亿元。全县38家书店通过星级评定，实施3个方面工作。";
    private static final Extractor TRACED = MiniRules.extractor();

    @Test
    void recordsCarryNoTraceUnlessAskedFor() {
        Extraction plain = TRACED.withTrace(false).extract(TEXT);
        assertThat(plain.indicators()).hasSize(3).allSatisfy(i -> assertThat(i.trace()).isEmpty());
        assertThat(JsonLinesWriter.toString(List.of(plain))).doesNotContain("\"trace\"");
    }

    @Test
    void aTracedRecordNamesTheStepsThatSetIt() {
        Extraction traced = TRACED.extract(TEXT);
        Indicator money = find(traced, "2.4亿元");
        assertThat(money.subject()).isEqualTo("经费");
        assertThat(money.trace()).containsExactly("subject.before-number", "phrase.left-link", "category.head:money");
        Indicator shops = find(traced, "38家");
        assertThat(shops.subject()).isEqualTo("通过星级评定书店");
        assertThat(shops.trace()).contains("subject.actor");
        assertThat(find(traced, "5.1%").trace()).containsExactly("delta.trigger", "subject.before-number", "phrase.left-scope",
                "category.head:percent");
        assertThat(JsonLinesWriter.toString(List.of(traced)))
                .contains("\"trace\":[\"subject.noun-after\",\"subject.after-number\",\"subject.actor\",\"category.head:count-家\"]");
    }

    @Test
    void explainListsEveryNumberInTextOrderWithItsRejection() {
        List<Explanation> all = TRACED.explain(TEXT);
        assertThat(all).extracting(Explanation::text).containsExactly("5.1%", "2.4亿元", "38家", "3个");
        Explanation aspects = all.get(3);
        assertThat(aspects.outcome()).isEqualTo(Outcome.NO_RECORD);
        assertThat(aspects.ids()).containsExactly("reject.aspect:mini-aspect");
        assertThat(all.get(2).outcome()).isEqualTo(Outcome.RECORD);
        assertThat(all.get(2).subject()).isEqualTo("通过星级评定书店");
        assertThat(TEXT.substring(all.get(2).start(), all.get(2).start() + 3)).isEqualTo("38家");
    }

    private static Indicator find(Extraction e, String text) {
        return e.indicators().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
    }
}
