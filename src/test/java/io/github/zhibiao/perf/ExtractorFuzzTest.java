package io.github.zhibiao.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 100,000 short generated inputs (numerals, scale words, units, brackets, punctuation, surrogate
 * pairs and lone surrogates, control characters, full-width digits, placeholders) through the
 * extractor: no exception, none contained either (no diagnostic), every record grounded in its input. The seed is fixed and printed in
 * every failure message, so a failure reproduces with {@code -Dzhibiao.fuzz.seed=…}.
 */
class ExtractorFuzzTest {

    private static final int INPUTS = 100_000;
    private static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20261202L);

    private static final String[] PIECES = {
        "0", "1", "2", "5", "9", "12", "3.5", "0.05", "1,234", "2024", "007", "１２", "３．５", "０",
        "一", "二", "两", "三", "十", "百", "千", "万", "亿", "零", "〇", "壹", "贰", "拾", "佰", "半", "几", "余", "多",
        "分之", "百分之", "千分之", "成", "点", "%", "％", "‰", "个百分点", "百分点", "元", "万元", "亿元", "人", "名",
        "所", "个", "平方米", "/", "／", "生", "年", "月", "日", ":", "：", "-", "—", "~", "至", "比", ":1",
        "（", "）", "(", ")", "【", "】", "“", "”", "《", "》", "，", "。", "；", "、", "！", "\n", "\r\n", " ", "\t",
        "X", "X.X", "XX", "X.X%", "xx", "＊", "*", "约", "近", "超过", "不足", "以上", "增长", "下降", "同比", "比上年",
        "幼儿园", "学校", "学生", "教师", "资金", "投入", "达到", "全县", "其中", "力争", "第", "页", "共", "第1页/共3页",
        "\uD842\uDFB7", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\u0007", "\u001C", "\u007F", "\u0085",
        "\u2028", "\u2029", "\uFEFF", "\u200B", "\u00A0", "\u3000", "\uFFFD", "A", "KB", "H1N1", "&amp;", "<p>",
        // enumerations and their stray marks (issue 21 item 1: 、分别1亩, 其中：、分别增长5% once threw)
        "分别", "、分别", "其中：、", "和", "及", "产量", "分别增长", "、分别1亩", "其中：、分别增长5%",
    };

    @Test
    void noExceptionAndEveryRecordGrounded() {
        System.out.println("ExtractorFuzzTest seed " + SEED + " (-Dzhibiao.fuzz.seed=N to change)");
        Extractor extractor = Extractor.defaults();
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder sb = new StringBuilder();
        long records = 0;
        for (int n = 0; n < INPUTS; n++) {
            sb.setLength(0);
            int pieces = 1 + random.nextInt(10);
            for (int k = 0; k < pieces; k++) {
                if (random.nextInt(20) == 0) {
                    sb.append((char) random.nextInt(0x10000)); // any code unit at all
                } else {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String text = sb.toString();
            Extraction e;
            try {
                e = extractor.extract("fuzz", text);
            } catch (RuntimeException | StackOverflowError ex) {
                throw new AssertionError("seed " + SEED + ", input " + n + " " + escape(text) + ": " + ex, ex);
            }
            // A step that fails is contained to its number and reported: the fuzzer finds none.
            if (!e.diagnostics().isEmpty()) {
                fail("seed " + SEED + ", input " + n + " " + escape(text) + ": " + e.diagnostics());
            }
            for (Indicator i : e.indicators()) {
                if (i.start() < 0 || i.end() > text.length() || !text.substring(i.start(), i.end()).equals(i.text())) {
                    fail("seed " + SEED + ", input " + n + " " + escape(text) + ": ungrounded " + i);
                }
                records++;
            }
        }
        // The generator is not degenerate: numbers with units do come out.
        assertThat(records).as("records from %d inputs, seed %d", INPUTS, SEED).isGreaterThan(INPUTS / 20);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c >= 0x7F && c < 0xA0 || Character.isSurrogate(c) || c >= 0x2028 && c <= 0x2029
                    ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.append('"').toString();
    }
}
