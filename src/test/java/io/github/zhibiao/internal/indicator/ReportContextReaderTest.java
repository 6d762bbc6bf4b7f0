package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.ReportContext;
import io.github.zhibiao.internal.segment.HanlpSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContextReaderTest {

    private final ReportContextReader reader = new ReportContextReader(new HanlpSegmenter(List.of()));

    @Test
    void readsRegionYearAndPeriodFromTheOpening() {
        ReportContext c = reader.read("2023年县教育局上半年工作总结\n2023年上半年，博兴县教育体育局认真落实各项要求，博兴县教育工作取得成效。");
        assertThat(c.region()).isEqualTo("博兴县");
        assertThat(c.year()).isEqualTo(2023);
        assertThat(c.period()).isEqualTo("上半年");
    }

    @Test
    void quarterAndCity() {
        ReportContext c = reader.read("湘潭市教育局2024年第三季度工作总结。一、第三季度工作开展情况。湘潭市新增公办幼儿园11所。");
        assertThat(c.region()).isEqualTo("湘潭市");
        assertThat(c.year()).isEqualTo(2024);
        assertThat(c.period()).isEqualTo("第三季度");
    }

    @Test
    void saysNothingWhenTheTextStatesNothing() {
        ReportContext c = reader.read("加强师德师风建设，提高教育教学质量。");
        assertThat(c).isEqualTo(new ReportContext(null, null, null));
    }

    @Test
    void titleYearWinsOverTheYearsUnderReview() {
        ReportContext c = reader.read("2025年某某自治区政府工作报告\n2024年是关键之年。2024年全区生产总值增长5%，2024年新增就业10万人。");
        assertThat(c.year()).isEqualTo(2025);
    }

    @Test
    void autonomousRegionsWithoutAPlaceTag() {
        ReportContext c = reader.read("政府工作报告\n各位代表：现在，我代表宁夏回族自治区人民政府向大会报告工作。");
        assertThat(c.region()).isEqualTo("宁夏回族自治区");
    }

    @Test
    void theMoreSpecificPlaceWinsOnEqualCounts() {
        ReportContext c = reader.read("市教育局第三季度工作总结\n印发湘潭市实施方案，参加湖南省培训。");
        assertThat(c.region()).isEqualTo("湘潭市");
    }

    @Test
    void aYearIsNoPlace() {
        ReportContext c = reader.read("2023年县教育局上半年工作总结\n2023年上半年，博兴县教育体育局认真落实各项要求。");
        assertThat(c.region()).isEqualTo("博兴县");
    }
}
