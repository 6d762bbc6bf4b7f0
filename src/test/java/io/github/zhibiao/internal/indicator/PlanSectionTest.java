package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals under a numbered section heading that names a plan (二、“十五五”时期主要目标任务). */
class PlanSectionTest {

    @Test
    void numbersUnderAPeriodsMainTargetsAreGoals() {
        String text = "一、过去五年工作回顾\n全市地区生产总值年均增长5.6%，城镇化率达到66.2%。\n"
                + "二、“十五五”时期主要目标任务\n全市地区生产总值年均增长5%左右，城镇化率达到70%以上。\n";
        List<Indicator> found = Extractor.defaults().extract(text).indicators();
        assertThat(found).extracting(Indicator::text).containsExactly("5.6%", "66.2%", "5%左右", "70%以上");
        assertThat(found).extracting(Indicator::target).containsExactly(false, false, true, true);
    }
}
