package io.github.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LayoutRepairTest {

    static String page() throws IOException {
        return Files.readString(Path.of("testdata/layout/bulletin_page.txt"), StandardCharsets.UTF_8);
    }

    private static CleanText view(String loaded) {
        return LayoutRepair.repair(PageCleaner.defaults().clean(loaded), LayoutRepair.pageLike(loaded));
    }

    @Test
    void pageNumbersMakeATextPageLike() throws IOException {
        assertTrue(LayoutRepair.pageLike(page()));
        assertFalse(LayoutRepair.pageLike("全县地区生产总值增长 4.8%。\n\n第二段。\n- 1 -\n"));
    }

    @Test
    void wrappedLinesPageNumbersAndSpacesAreJoinedInTheView() throws IOException {
        String v = view(page()).text();
        assertTrue(v.contains("全年人均地区生产总值35120元"), v);
        assertTrue(v.contains("常住人口473.94万人,"), v);   // the view folds ， to ,
        assertTrue(v.contains("56.43万吨,比上年增长6.8%。"), v);
        assertTrue(v.contains("全县共有普通中小学126所"), v);
        assertFalse(v.contains("- 2 -"), v);
    }

    @Test
    void chartCaptionAndAxisLabelsLeaveTheView() throws IOException {
        String v = view(page()).text();
        assertFalse(v.contains("图 1"), v);
        assertFalse(v.contains("2020 2021"), v);
        assertTrue(v.contains("表 1 2024年某县主要农产品产量及增速"), v);
        // table rows stay one per line
        assertTrue(v.contains("粮食 102.61 -2.1\n"), v);
    }

    @Test
    void everyViewCharacterMapsBackToItsLoadedCharacter() throws IOException {
        String loaded = page();
        CleanText c = view(loaded);
        for (int i = 0; i < c.text().length(); i++) {
            assertEquals(c.text().charAt(i), Widths.toHalfWidth(loaded.charAt(c.loadedStart(i))), "at " + i);
        }
    }

    @Test
    void aNumberAndItsScaleWordApartAreOneQuantityEvenInPlainText() {
        CleanText c = view("全市新增财政支出 20.35 亿元，同比增长 3.1 个百分点。");
        assertTrue(c.text().contains("20.35亿元"), c.text());
        assertTrue(c.text().contains("3.1个百分点"), c.text());
        // in prose that is not laid out in pages, a space before a word that is no unit stays
        assertTrue(c.text().contains("同比增长 3.1"), c.text());
    }

    @Test
    void recordsOverJoinedSpansKeepTheirLoadedText() throws IOException {
        String loaded = page();
        Extraction r = Extractor.defaults().extract("page.txt", loaded);
        Indicator oil = find(r, "56.43");
        assertEquals("56.43 万吨", oil.text());
        assertEquals(new BigDecimal("564300"), oil.value());
        assertEquals("吨", oil.unit());
        Indicator gdp = find(r, "290.41");
        assertEquals("290.41 亿元", gdp.text());
        assertEquals(new BigDecimal("29041000000"), gdp.value());
        Indicator pop = find(r, "473.94");
        assertEquals("473.94\n\n万人", pop.text());
        assertEquals(new BigDecimal("4739400"), pop.value());
        Indicator perHead = find(r, "35120");
        assertEquals("人均地区生产总值", perHead.subject());
        Indicator growth = r.indicators().stream().filter(i -> i.text().equals("6.8%") && i.cell() == null)
                .findFirst().orElseThrow();
        assertTrue(growth.delta());
        for (Indicator i : r.indicators()) {
            assertEquals(i.text(), loaded.substring(i.start(), i.end()));
        }
        // no record from the chart's axis labels
        assertTrue(r.indicators().stream().noneMatch(i -> i.text().equals("120") || i.text().equals("100")));
    }

    /** Paragraphs given as one line each, some cut by a page break in mid-clause. */
    private static final String CUT_PARAGRAPHS = """
            - 1 -

            全年全县新登记市场主体1.99万户，下降3.2%；新登记农民专业合作社187户，增长

            - 2 -

            9.8%。

            全年全县规模以上工业企业营业收入同比增长9.4%，利润总额同比增长

            23.7%。全县高新技术产业增加值、高成长性制造业增加值分别增长21.4%、

            6.3%，均快于全县平均。

            二、农业

            全年全县粮食产量102.61万吨

            表 1 2024年某县主要农产品产量

            - 3 -
            """;

    @Test
    void aParagraphCutInMidClauseByAPageBreakRunsOn() {
        String v = view(CUT_PARAGRAPHS).text();
        assertTrue(v.contains("合作社187户,增长9.8%。"), v);
        assertTrue(v.contains("利润总额同比增长23.7%。"), v);
        assertTrue(v.contains("分别增长21.4%、6.3%,"), v);
        // a heading, and a caption after a line without punctuation, stay lines of their own
        assertTrue(v.contains("\n二、农业\n"), v);
        assertTrue(v.contains("102.61万吨\n"), v);

        Extraction r = Extractor.defaults().extract("cut.txt", CUT_PARAGRAPHS);
        Indicator coop = find(r, "9.8");
        assertTrue(coop.delta(), coop.toString());
        assertTrue(coop.subject().contains("农民专业合作社"), coop.toString());
        assertEquals("利润总额", find(r, "23.7").subject());
    }

    private static Indicator find(Extraction r, String number) {
        return r.indicators().stream().filter(i -> i.text().startsWith(number) && i.cell() == null)
                .findFirst().orElseThrow(() -> new AssertionError(number + " not in " + r.indicators()));
    }

    @Test
    void aFigureRepeatedOnItsOwnLineIsATableCellNotARunningHeader() {
        // One cell a line, as a PDF table comes out: the count 12所 stands three times.
        String loaded = "县域统计公报\n- 1 -\n小学\n12所\n初中\n12所\n高中\n12所\n县域统计公报\n- 2 -\n"
                + "全县财政收入12.5亿元。\n县域统计公报\n- 3 -\n";
        String v = view(loaded).text();
        assertEquals(3, v.split("12所", -1).length - 1, v);
    }
}
