package io.github.zhibiao.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static List<Indicator> cells(Extraction r) {
        for (Indicator i : r.indicators()) {
            assertEquals(i.text(), r.loadedText().substring(i.start(), i.end()));
        }
        return r.indicators().stream().filter(i -> i.cell() != null).toList();
    }

    private static Extraction page(String body) {
        return Extractor.defaults().extract("t.txt", "- 1 -\n\n" + body + "\n\n- 2 -\n");
    }

    @Test
    void pageTextTablesAreReadAndIndexColumnsGiveNoRecord() throws Exception {
        String loaded = Files.readString(Path.of("testdata/layout/bulletin_page.txt"), StandardCharsets.UTF_8);
        Extraction r = Extractor.defaults().extract("page.txt", loaded);
        List<Indicator> cells = cells(r);
        assertEquals(8, cells.size(), cells.toString());
        assertTrue(cells.stream().allMatch(i -> i.cell().table().startsWith("表 1")));
        // the index table (上年=100) gives no record, from cells or from prose reading of its lines
        assertTrue(r.indicators().stream().noneMatch(i -> i.text().startsWith("101.2")));
    }

    @Test
    void aUnitColumnAndAUnitLineGiveTheUnit() {
        List<Indicator> cells = cells(page("""
                表 5 2024年某县规模以上工业主要产品产量

                产品名称 单位 产 量 比上年增长（%）

                水泥 万吨 102.88 25.8

                服装 万件 747.50 -3.4
                """));
        assertEquals(4, cells.size(), cells.toString());
        assertEquals(new BigDecimal("1028800"), cells.get(0).value());
        assertEquals("吨", cells.get(0).unit());
        assertEquals("产量", cells.get(0).cell().column());
        assertEquals(new BigDecimal("7475000"), cells.get(2).value());
        assertEquals(Direction.DOWN, cells.get(3).direction());

        List<Indicator> noted = cells(page("""
                表 6 2024年某县财政收支

                单位：亿元

                指标 绝对数 比上年增长（%）

                一般公共预算收入 110.68 6.9
                """));
        assertEquals(new BigDecimal("11068000000"), noted.get(0).value());
        assertEquals(Category.FUNDING, noted.get(0).category());
    }

    @Test
    void shareColumnsAreLevelsAndRowBlocksNameWhatIsCounted() {
        List<Indicator> share = cells(page("""
                表 1 2024年末某县常住人口及其构成

                指 标 年末数（万人） 比重（%）

                全县常住人口 86.60

                其中：城镇 39.26 45.31
                """));
        assertEquals(3, share.size(), share.toString());
        assertEquals(new BigDecimal("45.31"), share.get(2).value());
        assertEquals("%", share.get(2).unit());
        assertEquals(false, share.get(2).delta());
        assertEquals("城镇常住人口", share.get(2).subject());

        List<Indicator> school = cells(page("""
                表 9 2024年各级各类学校招生数、在校生数及其增长速度

                指标 绝对数（人） 比上年增长（%）

                各级各类学校招生数 26865 3.7

                #普通高等学校 1213 13.3

                普通高中 3330 -2.1

                各级各类学校在校生数 96167 2.1

                #普通高等学校 3592 1.6
                """));
        assertEquals(10, school.size(), school.toString());
        assertEquals("普通高等学校招生数", school.get(2).subject());
        assertEquals(Category.STUDENT_COUNT, school.get(2).category());
        assertEquals("普通高中招生数", school.get(5).subject());
        assertEquals(new BigDecimal("-2.1"), school.get(5).value());
        assertEquals("普通高等学校在校生数", school.get(8).subject());
    }

    @Test
    void columnBlocksOfAnHtmlTableNameWhatIsCounted() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"></head><body>
                <p>表 3 2024年各级各类学校学生情况</p>
                <table>
                <tr><th rowspan="2">指标</th><th colspan="2">招生数</th><th colspan="2">在校生数</th></tr>
                <tr><th>绝对数（人）</th><th>比上年增长（%）</th><th>绝对数（人）</th><th>比上年增长（%）</th></tr>
                <tr><td>普通高等学校</td><td>1213</td><td>13.3</td><td>3592</td><td>1.6</td></tr>
                </table></body></html>
                """;
        Extraction r = Extractor.defaults().extract(
                new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "t.html");
        List<Indicator> cells = cells(r);
        assertEquals(4, cells.size(), cells.toString());
        assertEquals("普通高等学校招生数", cells.get(0).subject());
        assertEquals("招生数/绝对数（人）", cells.get(0).cell().column());
        assertEquals("普通高等学校在校生数", cells.get(2).subject());
        assertEquals(Direction.UP, cells.get(3).direction());
    }
}
