package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.segment.HanlpSegmenter;
import io.github.zhibiao.internal.segment.Segmenter;
import io.github.zhibiao.internal.segment.Token;
import io.github.zhibiao.internal.text.CleanText;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 1: no exception inside the indicator stage costs more than the one number it is
 * about. A stray 、 before 分别 once threw in the enumeration step; a step that fails is contained to
 * its number, which gives no record and is reported once.
 */
class UnreadableNumberTest {

    private static final String STRAY = "全年粮食产量增长3.2%。新增耕地、分别1亩。工业增加值达到86亿元。"
            + "其中：、分别增长5%。全县新建学校12所。";

    @Test
    void aStrayListMarkBeforeRespectivelyCostsNothing() {
        Extraction e = Zhibiao.extract(STRAY);
        assertThat(e.indicators()).extracting(Indicator::text).containsExactly("3.2%", "1亩", "86亿元", "5%", "12所");
        assertThat(e.indicators()).extracting(Indicator::subject).contains("粮食产量", "工业增加值");
        assertThat(e.diagnostics()).as("nothing was unreadable").isEmpty();
        Extraction traced = Extractor.defaults().withTrace(true).extract(STRAY);
        assertThat(traced.indicators()).allSatisfy(i -> assertThat(i.trace())
                .noneMatch(id -> id.startsWith(IndicatorSteps.UNREADABLE)));
    }

    @Test
    void theEnumerationStepReadsAListOfSeparatorsAsNoList() {
        Enumerations enumerations = new Enumerations(new HanlpSegmenter(List.of()), null, RuleSet.defaults());
        assertThat(enumerations.items("、")).isEmpty();
        assertThat(enumerations.items("、、")).isEmpty();
    }

    @Test
    void aFailingStepCostsOnlyItsNumberAndIsReportedOnce() {
        IndicatorEngine engine = new IndicatorEngine(QuantityParser.of(RuleSet.defaults()), RuleSet.defaults(),
                new FailingOn('囧', new HanlpSegmenter(List.of())));
        String text = "全年粮食产量增长3.2%。\n全县引进教师12名囧。\n全县新建学校15所。";
        List<Unreadable> unreadable = new ArrayList<>();
        List<Indicator> records = engine.extract(CleanText.identity(text), true, unreadable::add);
        assertThat(records).extracting(Indicator::text).containsExactly("3.2%", "15所");
        assertThat(records).extracting(Indicator::subject).containsExactly("粮食产量", "新建学校");
        assertThat(unreadable).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("12名");
            assertThat(text.substring(u.start(), u.start() + u.text().length())).isEqualTo("12名");
            assertThat(u.skipped()).isTrue();
            assertThat(u.error()).contains("segmenter refuses");
            assertThat(u.message()).contains("12名", u.step());
        });
        List<IndicatorEngine.Explanation> explained = engine.explain(CleanText.identity(text));
        assertThat(explained).filteredOn(x -> x.text().equals("12名")).singleElement()
                .satisfies(x -> assertThat(x.steps()).last().asString().startsWith(IndicatorSteps.UNREADABLE + ":"));
    }

    /** A test-only segmenter that fails on any span holding {@code poison}: a step meeting input no one foresaw. */
    private record FailingOn(char poison, Segmenter real) implements Segmenter {
        @Override
        public List<Token> segment(CharSequence text, int start, int end) {
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == poison) {
                    throw new IllegalStateException("segmenter refuses " + poison);
                }
            }
            return real.segment(text, start, end);
        }
    }
}
