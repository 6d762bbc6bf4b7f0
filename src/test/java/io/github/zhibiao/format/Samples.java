package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Qualifier;
import io.github.zhibiao.model.ReportContext;

import java.math.BigDecimal;
import java.util.List;

/** Known records, built by hand, for the format tests (the engine is not needed for these). */
public final class Samples {

    /** The report text every sample indicator indexes. */
    public static final String TEXT = "全市新增财政支出20.35亿元。小学适龄儿童入学率99.77%。"
            + "在校生比上年减少1052人。力争学前教育\"普惠\"覆盖率,全市达到85%以上。"
            + "生均公用经费625元/生/年。";

    private Samples() {
    }

    /** The extraction of {@link #TEXT} as {@code a.txt}: five records of every shape. */
    public static Extraction report() {
        return new Extraction("a.txt", TEXT, new ReportContext("博兴县", 2023, "全年"), List.of(
                indicator("20.35亿元", new Measure.Money(new BigDecimal("20.35").multiply(new BigDecimal("100000000")), "元"),
                        Category.FUNDING, "新增财政支出", null, null, false, null),
                indicator("99.77%", new Measure.Percent(new BigDecimal("99.77")),
                        Category.ENROLLMENT_RATE, "小学适龄儿童入学率", null, null, false, null),
                indicator("1052人", new Measure.Count(new BigDecimal("1052"), "人"),
                        Category.STUDENT_COUNT, "在校生", Direction.DOWN, null, false, null),
                indicator("85%以上", new Measure.Percent(new BigDecimal("85")),
                        Category.PERCENTAGE, "学前教育\"普惠\"覆盖率,全市", null, Qualifier.OVER, true, null),
                indicator("625元/生/年", new Measure.Money(new BigDecimal("625"), "元"),
                        Category.FUNDING, "生均公用经费", null, null, false, "生·年")));
    }

    /** A report that gave nothing. */
    public static Extraction empty(String doc) {
        return new Extraction(doc, "", ReportContext.UNKNOWN, List.of());
    }

    /** An indicator whose span is where {@code text} first stands in {@link #TEXT}. */
    public static Indicator indicator(String text, Measure measure, Category category, String subject,
                                      Direction direction, Qualifier qualifier, boolean target, String per) {
        int start = TEXT.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException(text);
        }
        return new Indicator(text, start, start + text.length(), measure, category, subject,
                direction != null, direction, qualifier, target, per, "sentence of " + text, "test.rule");
    }
}
