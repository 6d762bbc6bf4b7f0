package io.github.zhibiao.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Part rows ({@code #}, {@code 其中：}) name the total they are part of; group columns name their group. */
class TableRowParentsTest {

    private static List<Indicator> cells(Extraction r) {
        for (Indicator i : r.indicators()) {
            assertEquals(i.text(), r.loadedText().substring(i.start(), i.end()));
        }
        return r.indicators().stream().filter(i -> i.cell() != null).toList();
    }

    private static List<Indicator> page(String body) {
        return cells(Extractor.defaults().extract("t.txt", "- 1 -\n\n" + body + "\n\n- 2 -\n"));
    }

    /** Subjects of the level cells, in order. */
    private static String levels(List<Indicator> cells) {
        return cells.stream().filter(i -> !i.delta()).map(Indicator::subject).collect(Collectors.joining(","));
    }

    @Test
    void partsOfATransportTotalNameTheTotal() {
        List<Indicator> cells = page("""
                表 6 2024年某市交通运输主要指标

                指 标 单位 绝对数 增长%

                货物运输总量 亿吨 3.10 5.2

                #铁路 亿吨 0.90 -4.1

                公路 亿吨 2.20 9.0

                旅客运输周转量 亿人公里 40.12 60.3

                #铁路 亿人公里 1.50 80.1

                公路 亿人公里 38.62 59.9
                """);
        assertEquals(12, cells.size(), cells.toString());
        assertEquals("货物运输总量,铁路货物运输总量,公路货物运输总量,旅客运输周转量,铁路旅客运输周转量,公路旅客运输周转量",
                levels(cells));
        assertEquals("铁路货物运输总量", cells.get(3).subject());
        assertEquals(new BigDecimal("-4.1"), cells.get(3).value());
    }

    @Test
    void aTableMeasureOfOnesOwnNamesThePartsOfItsTotals() {
        String body = """
                表 7 2024年某市港口主要指标

                指 标 单位 绝对数 增长%

                港口货物吞吐量 万吨 4210 8.3

                #集装箱 万吨 310 12.5

                散货 万吨 3900 7.9
                """;
        assertEquals("港口货物吞吐量,集装箱,散货", levels(page(body)));
        Extractor mine = Extractor.builder()
                .rules(io.github.zhibiao.rules.RuleSet.defaults().with("table-measure\tport\tTAIL\t吞吐量\n", "port.tsv"))
                .build();
        List<Indicator> cells = cells(mine.extract("t.txt", "- 1 -\n\n" + body + "\n\n- 2 -\n"));
        assertEquals("港口货物吞吐量,集装箱吞吐量,散货吞吐量", levels(cells));
    }

    @Test
    void siblingGroupsUnderOneTotalAreToldApartByTheirSums() {
        // 男性 + 女性 exceed 乡村: they are parts of the whole population, not of 乡村;
        // 65周岁及以上 fits inside 60周岁及以上 and still names the population.
        List<Indicator> cells = page("""
                表 1 2024年末某市常住人口及其构成

                指 标 年末数（万人） 比重（%）

                全市常住人口 100.00 100.0

                其中：城镇 45.00 45.0

                乡村 55.00 55.0

                其中：男性 51.00 51.0

                女性 49.00 49.0

                60周岁及以上 20.00 20.0

                其中：65周岁及以上 15.00 15.0
                """);
        assertEquals("全市常住人口,全市常住人口,城镇常住人口,城镇常住人口,乡村常住人口,乡村常住人口,男性常住人口,男性常住人口,"
                + "女性常住人口,女性常住人口,60周岁及以上常住人口,60周岁及以上常住人口,65周岁及以上常住人口,65周岁及以上常住人口",
                levels(cells));
    }

    @Test
    void theRowAPartGroupBelongsToIsTheRowAboveOnlyWhereItsFiguresFit() {
        String[] labels = {"全市常住人口", "其中：城镇", "乡村", "其中：男性", "女性", "60周岁及以上", "其中：65周岁及以上"};
        String[] figures = {"100", "45", "55", "51", "49", "20", "15"};
        List<Grid.Row> rows = new java.util.ArrayList<>();
        List<BigDecimal> values = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            rows.add(new Grid.Row(labels[i], "", labels[i], List.of()));
            values.add(new BigDecimal(figures[i]));
        }
        List<String> units = java.util.Collections.nCopies(labels.length, "");
        assertEquals("[-1, 0, 0, 0, 0, 0, 5]", java.util.Arrays.toString(RowParents.of(rows, values, units)));
        // Without figures a part belongs to the row above it, and a row followed by parts opens a new total.
        List<BigDecimal> none = java.util.Collections.nCopies(labels.length, null);
        assertEquals("[-1, 0, -1, 2, 2, -1, 5]", java.util.Arrays.toString(RowParents.of(rows, none, units)));
    }

    @Test
    void partsOfSpendingTakeTheMeasureAndPartsThatNameOneKeepTheirOwn() {
        List<Indicator> cells = page("""
                表 12 2024年某县财政收支情况

                指标 绝对数（亿元） 比上年增长（%）

                财政总收入 50.00 3.0

                #一般公共预算收入 30.00 6.0

                #税收收入 20.00 8.0

                非税收入 10.00 -2.0

                一般公共预算支出 120.00 4.0

                #教育 25.00 5.5

                农林水 18.00 -1.2
                """);
        assertEquals("财政总收入,一般公共预算收入,税收收入,非税收入,一般公共预算支出,教育支出,农林水支出",
                levels(cells));
        assertEquals("农林水支出", cells.get(13).subject());
    }

    @Test
    void aPartOfATotalNamedInItsMarkAndProductsKeepTheirNames() {
        List<Indicator> growth = page("""
                表 4 2024年某市规模以上工业增加值增速

                指 标 比上年增长（%）

                规模以上工业增加值 6.0

                在总计中：轻工业 1.2

                重工业 9.4

                在总计中：国有企业 -3.0

                集体企业 2.0
                """);
        assertEquals("规模以上工业增加值,轻工业增加值,重工业增加值,国有企业增加值,集体企业增加值",
                growth.stream().map(Indicator::subject).collect(Collectors.joining(",")));

        // Products under a product name no measure: each keeps its own name.
        List<Indicator> crops = page("""
                表 3 2024年某县主要农产品产量

                产品名称 产量（万吨） 比上年增长（%）

                粮食 100.00 1.0

                其中：小麦 60.00 2.0

                玉米 40.00 -0.5
                """);
        assertEquals("粮食,小麦,玉米", levels(crops));
    }

    static byte[] durablesDocx() throws IOException {
        String[][] rows = {
            {"指标", "城镇", "农村"},
            {"彩色电视机", "108", "101"},
            {"家用汽车", "35", "16"},
        };
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("表10 年末每百户居民家庭拥有耐用品 单位：台");
            XWPFTable t = doc.createTable(rows.length, 3);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    t.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.createParagraph().createRun().setText("全年全县城镇新增就业1.2万人。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void groupColumnsNameTheirGroupInWordAndHtml() throws Exception {
        List<Indicator> docx = cells(Extractor.defaults().extract(new ByteArrayInputStream(durablesDocx()), "d.docx"));
        assertEquals("城镇彩色电视机,农村彩色电视机,城镇家用汽车,农村家用汽车",
                docx.stream().map(Indicator::subject).collect(Collectors.joining(",")));
        assertEquals(new BigDecimal("16"), docx.get(3).value());
        assertEquals("台", docx.get(3).unit());

        String html = """
                <html><head><meta charset="utf-8"></head><body>
                <p>表 2 2024年某县居民人均可支配收入（元）</p>
                <table>
                <tr><th>指标</th><th>城镇（元）</th><th>农村（元）</th></tr>
                <tr><td>人均可支配收入</td><td>40867</td><td>14239</td></tr>
                </table></body></html>
                """;
        List<Indicator> h = cells(Extractor.defaults().extract(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "t.html"));
        assertEquals("城镇人均可支配收入,农村人均可支配收入",
                h.stream().map(Indicator::subject).collect(Collectors.joining(",")));

        // Columns that name what is counted are no groups: they name the count, and so its category.
        List<Indicator> measures = page("""
                表 7 2024年某县学校情况

                指标 学校数（所） 招生数（人） 专任教师数（人）

                普通高中 12 3300 410
                """);
        assertEquals("普通高中学校数,普通高中招生数,普通高中专任教师数",
                measures.stream().map(Indicator::subject).collect(Collectors.joining(",")));
        assertEquals("SCHOOL_COUNT,STUDENT_COUNT,TEACHER_COUNT",
                measures.stream().map(i -> i.category().name()).collect(Collectors.joining(",")));
        assertEquals("所", measures.get(0).unit());
    }
}
