package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.internal.text.ScriptConverter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same report gives the same indicators whichever form it arrives in: each file is built here
 * from {@code testdata/txt_utf8.txt} and its records are compared with the UTF-8 original's (offsets
 * differ by format; everything an analyst reads must not).
 */
class FormatIndicatorsTest {

    private static final Extractor EXTRACTOR = Extractor.defaults();
    private static String text;
    private static List<String> expected;

    @BeforeAll
    static void original() throws Exception {
        text = TestFiles.report();
        expected = rows(EXTRACTOR.extract("txt_utf8.txt", text));
        assertThat(expected).as("the original gives indicators").hasSizeGreaterThanOrEqualTo(10);
    }

    /** What an analyst reads of each record, and the grounding of each record in its loaded text. */
    private static List<String> rows(Extraction r) {
        for (Indicator i : r.indicators()) {
            assertThat(r.loadedText().substring(i.start(), i.end())).isEqualTo(i.text());
        }
        return r.indicators().stream()
                .map(i -> String.join("|", i.text(), i.value().toPlainString(), i.unit(), i.category().name(),
                        i.subject(), String.valueOf(i.direction()), String.valueOf(i.qualifier()),
                        String.valueOf(i.target()), String.valueOf(i.per())))
                .toList();
    }

    private static List<String> viaLoader(byte[] bytes, String name) throws LoadException {
        return rows(EXTRACTOR.extract(ReportLoader.defaults().load(bytes, name)));
    }

    @Test
    void gbkAndUtf16GiveTheOriginalsRecords() throws Exception {
        assertThat(viaLoader(text.getBytes(Charset.forName("GBK")), "txt_gbk.txt")).isEqualTo(expected);
        byte[] utf16 = TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(viaLoader(utf16, "txt_utf16.txt")).isEqualTo(expected);
    }

    @Test
    void docxGivesTheOriginalsRecords() throws Exception {
        assertThat(viaLoader(TikaFormatsTest.docx(text), "docx_report.docx")).isEqualTo(expected);
    }

    @Test
    void pdfGivesTheOriginalsRecords() throws Exception {
        assertThat(viaLoader(TikaFormatsTest.pdf(text, null), "pdf_report.pdf")).isEqualTo(expected);
    }

    @Test
    void htmlGivesTheOriginalsRecords() throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title></head><body>");
        for (String line : text.split("\n")) {
            html.append("<p>").append(line).append("</p>");
        }
        html.append("</body></html>");
        assertThat(viaLoader(html.toString().getBytes(StandardCharsets.UTF_8), "html_report.html")).isEqualTo(expected);
    }

    @Test
    void ofdGivesTheOriginalsRecords() throws Exception {
        byte[] ofd = OfdLoadTest.ofd(text.lines().filter(l -> !l.isBlank()).toList(), 6, null);
        assertThat(viaLoader(ofd, "ofd_report.ofd")).isEqualTo(expected);
    }

    @Test
    void traditionalCharactersGiveTheSameFiguresWithTheirOwnCharacters() throws Exception {
        String traditional = TestFiles.traditionalReport();
        List<String> utf8 = rows(EXTRACTOR.extract("txt_traditional.txt", traditional));
        List<String> big5 = viaLoader(traditional.getBytes(Charset.forName("Big5")), "txt_big5.txt");
        assertThat(big5).isEqualTo(utf8);
        assertThat(utf8.stream().map(ScriptConverter::toSimplified).toList()).isEqualTo(expected);
    }
}
