package io.github.zhibiao.perf;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Text shapes that once made the pipeline superlinear, each generated at any length: long chains of
 * scale words, digits alternating with numerals, unclosed brackets, a sentence without punctuation,
 * one huge line, many short lines. Used by the linearity test and the shape benchmark.
 */
public final class HostileShapes {

    /** One named shape: {@code text(n)} returns exactly {@code n} characters. */
    public record Shape(String name, IntFunction<String> text) {
        public String of(int chars) {
            return text.apply(chars);
        }

        /** About {@code bytes} bytes of UTF-8 (1 MB = 2^20), as many chars as that takes. */
        public String ofUtf8Bytes(int bytes) {
            String sample = text.apply(1000);
            double perChar = sample.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1000.0;
            return text.apply((int) (bytes / perChar));
        }
    }

    private HostileShapes() {
    }

    /** A realistic report sentence, used for the shapes made of ordinary text. */
    static final String REPORT_WORDS =
            "全县共有幼儿园42所在园幼儿8560人学前三年毛入园率达到93.5%专任教师1200人投入资金3250万元";

    /** All shapes, in a stable order. */
    public static List<Shape> all() {
        return List.of(
                new Shape("scale-chain 亿亿亿", n -> repeat("亿", n)),
                new Shape("numeral-scale 一亿一亿", n -> repeat("一亿", n)),
                new Shape("scale-pair 万亿万亿", n -> repeat("万亿", n)),
                new Shape("digit-numeral 1一2二", n -> repeat("1一2二3三4四5五6六7七8八9九", n)),
                new Shape("zeros before unit 000…0万元", n -> zerosBeforeUnit(n)),
                new Shape("zeros-unit lines", n -> repeat("0000000000000000000000000000万元\n", n)),
                new Shape("unclosed （（（", n -> repeat("（", n)),
                new Shape("unclosed 【 with numbers", n -> repeat("【投入资金3250万元", n)),
                new Shape("unclosed “ with numbers", n -> repeat("“增长12.4%", n)),
                new Shape("one sentence, no punctuation", n -> repeat(REPORT_WORDS, n)),
                new Shape("one line, sentences", n -> repeat(REPORT_WORDS + "。", n)),
                new Shape("short lines", n -> repeat("第1页\n42所\n8560人\n93.5%\n共3页\n", n)),
                new Shape("short report lines", n -> repeat("学校\n42所\n学生\n8560人\n", n)),
                new Shape("short lines, footer last", n -> endWith(repeat("学校\n42所\n", n), "\n第1页/共3页")),
                new Shape("digits only", n -> repeat("1234567890", n)),
                new Shape("digits with dots", n -> repeat("1.2.3.4.5.", n)),
                new Shape("units only", n -> repeat("万元%人所亿元平方米", n)),
                new Shape("numerals only", n -> repeat("一二三四五六七八九十百千", n)),
                new Shape("percent signs", n -> repeat("百分之", n)),
                new Shape("placeholders X.X%", n -> repeat("增长X.X%，", n)));
    }

    /** {@code n} characters of {@code unit} repeated and cut. */
    public static String repeat(String unit, int n) {
        StringBuilder sb = new StringBuilder(n + unit.length());
        while (sb.length() < n) {
            sb.append(unit);
        }
        sb.setLength(n);
        return sb.toString();
    }

    private static String endWith(String text, String tail) {
        return text.length() <= tail.length() ? tail.substring(0, text.length())
                : text.substring(0, text.length() - tail.length()) + tail;
    }

    private static String zerosBeforeUnit(int n) {
        return repeat("0", Math.max(0, n - 2)) + "万元".substring(0, Math.min(2, n));
    }
}
