package io.github.zhibiao.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import io.github.zhibiao.load.TikaFormatsTest;
import org.junit.jupiter.api.Test;

/** The same table as .docx, .html and .pdf gives the same records. */
class TableFormatsTest {

    static final String CAPTION = "表 1 2024年某县主要农产品产量及增速";
    static final String[][] TABLE = {
        {"产品名称", "产量（万吨）", "比上年增长（%）"},
        {"粮食", "102.61", "-2.1"},
        {"其中：夏粮", "58.58", "-8.6"},
        {"秋粮", "44.03", "4.8"},
        {"#豆类", "7.11", "2.9"},
    };
    static final String AFTER = "全年全县教育经费投入12.50亿元，比上年增长3.2%。";

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("全年全县粮食总产量102.61万吨。");
            doc.createParagraph().createRun().setText(CAPTION);
            XWPFTable t = doc.createTable(TABLE.length, TABLE[0].length);
            for (int r = 0; r < TABLE.length; r++) {
                XWPFTableRow row = t.getRow(r);
                for (int c = 0; c < TABLE[r].length; c++) {
                    row.getCell(c).setText(TABLE[r][c]);
                }
            }
            doc.createParagraph().createRun().setText(AFTER);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] html() {
        StringBuilder h = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>公报</title></head><body>\n"
                + "<p>全年全县粮食总产量102.61万吨。</p>\n<p>" + CAPTION + "</p>\n<table>\n");
        for (String[] row : TABLE) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(cell).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p>").append(AFTER).append("</p></body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF with the table printed as lines of words apart by spaces, as a bulletin's table is. */
    static byte[] pdf() throws IOException {
        StringBuilder text = new StringBuilder("- 1 -\n全年全县粮食总产量102.61万吨。\n" + CAPTION + "\n");
        for (String[] row : TABLE) {
            text.append(String.join("   ", row)).append('\n');
        }
        text.append(AFTER).append("\n- 2 -\n");
        return pdf(text.toString());
    }

    static byte[] pdf(String text) throws IOException {
        return TikaFormatsTest.pdf(text, null, 800, 10, 16);
    }

    static Extraction extract(byte[] bytes, String name) throws LoadException {
        return Extractor.defaults().extract(new ByteArrayInputStream(bytes), name);
    }

    /** The table's records in a form that ignores offsets: value, unit, subject, change, row, column. */
    static List<String> tableRecords(Extraction r) {
        for (Indicator i : r.indicators()) {
            assertEquals(i.text(), r.loadedText().substring(i.start(), i.end()), "grounding of " + i);
        }
        return r.indicators().stream().filter(i -> i.cell() != null)
                .map(i -> i.text() + " " + i.value().toPlainString() + " " + i.unit() + " " + i.category() + " "
                        + i.subject() + " " + i.delta() + " " + i.direction() + " | " + i.cell().row() + " | "
                        + i.cell().column() + " | " + i.cell().table())
                .collect(Collectors.toList());
    }

    @Test
    void aDocxTableGivesOneRecordPerNumericCell() throws Exception {
        Extraction r = extract(docx(), "t.docx");
        List<Indicator> cells = r.indicators().stream().filter(i -> i.cell() != null).toList();
        assertEquals(8, cells.size(), tableRecords(r).toString());
        Indicator grain = cells.get(0);
        assertEquals("102.61", grain.text());
        assertEquals(new BigDecimal("1026100"), grain.value());
        assertEquals("吨", grain.unit());
        assertEquals("粮食", grain.subject());
        assertEquals(CAPTION, grain.cell().table());
        assertEquals("粮食", grain.cell().row());
        assertEquals("产量（万吨）", grain.cell().column());
        Indicator fall = cells.get(1);
        assertEquals("-2.1", fall.text());
        assertEquals(new BigDecimal("-2.1"), fall.value());
        assertEquals("%", fall.unit());
        assertTrue(fall.delta());
        assertEquals(Direction.DOWN, fall.direction());
        assertEquals("夏粮", cells.get(2).subject());
        assertEquals("其中：夏粮", cells.get(2).cell().row());
        assertEquals("豆类", cells.get(6).subject());
        assertEquals(Direction.UP, cells.get(7).direction());
        // prose around the table is read as prose
        assertTrue(r.indicators().stream().anyMatch(i -> i.cell() == null && i.text().equals("12.50亿元")));
        assertTrue(r.indicators().stream().anyMatch(i -> i.cell() == null && i.text().equals("102.61万吨")));
    }

    @Test
    void theSameTableAsDocxHtmlAndPdfGivesTheSameRecords() throws Exception {
        List<String> docx = tableRecords(extract(docx(), "t.docx"));
        List<String> html = tableRecords(extract(html(), "t.html"));
        List<String> pdf = tableRecords(extract(pdf(), "t.pdf"));
        assertEquals(8, docx.size(), docx.toString());
        assertEquals(docx, html);
        assertEquals(docx, pdf);
    }

    @Test
    void proseRecordsHaveNoCell() throws Exception {
        Extraction r = extract(html(), "t.html");
        Indicator prose = r.indicators().stream().filter(i -> i.text().equals("12.50亿元")).findFirst().orElseThrow();
        assertNull(prose.cell());
    }
}
