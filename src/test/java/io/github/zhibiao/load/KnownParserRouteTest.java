package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format the loader names itself (Word, Excel and PowerPoint in both generations, RTF,
 * HTML; PDF in {@link PdfParserRouteTest}) goes straight to its Tika parser: the loader never
 * builds the auto-detecting parser for it, and the text, type, title, tables and errors are the
 * ones the detecting route gives.
 */
class KnownParserRouteTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX = 1_000_000;
    private static final List<String> LINES = List.of("某区2024年卫生健康事业发展统计公报",
            "年末全区共有医疗卫生机构356个，比上年增加12个。", "卫生技术人员8620人，增长3.7%。",
            "全年总诊疗人次512.4万人次，下降1.9%。");

    static Stream<Arguments> documents() throws IOException {
        Charset gbk = Charset.forName("GBK");
        String page = "<html><head><meta charset=\"gb2312\"><title>" + LINES.get(0) + "</title></head><body>"
                + String.join("", LINES.stream().map(l -> "<p>" + l + "</p>").toList())
                + "<table><tr><td>机构</td><td>356个</td></tr></table></body></html>";
        return Stream.of(
                Arguments.of("report.docx", TikaFormatsTest.docx(String.join("\n", LINES)), null),
                Arguments.of("table.xlsx", workbook(new XSSFWorkbook()), null),
                Arguments.of("slides.pptx", pptx(), null),
                Arguments.of("table.xls", workbook(new HSSFWorkbook()), null),
                Arguments.of("slides.ppt", ppt(), null),
                Arguments.of("report.rtf", rtf(), null),
                Arguments.of("page.html", page.getBytes(gbk), TextDecoder.GB18030));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aKnownFormatLoadsWithoutTheDetectingParserAndGivesItsText(String name, byte[] bytes, Charset html)
            throws Exception {
        ReportLoader loader = ReportLoader.defaults();
        LoadedReport direct = loader.load(bytes, name);
        assertThat(loader.detectingParserBuilt()).as("auto-detecting parser built for " + name).isFalse();

        TikaExtractor tika = new TikaExtractor();
        TikaExtractor.Extracted detected = tika.extract(bytes, name, html, MAX, false, TIMEOUT);
        assertThat(tika.detectingParserBuilt()).isTrue();
        assertThat(direct.text()).isEqualTo(ReportLoader.normalizeLayout(detected.text())).contains("356", "512.4");
        assertThat(direct.mediaType()).isEqualTo(detected.mediaType());
        assertThat(direct.metadata()).containsEntry("X-TIKA:Parsed-By", parsedBy(detected));
        assertThat(direct.tables()).hasSize(detected.tables().size());
        assertThat(direct.metadata().get("dc:title")).isEqualTo(detected.metadata().get("dc:title"));
    }

    @Test
    void theTypesTheLoaderNamesAreTheDetectedOnes() throws Exception {
        Map<String, String> expected = Map.of(
                "report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "table.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "table.xls", "application/vnd.ms-excel", "slides.ppt", "application/vnd.ms-powerpoint",
                "report.rtf", "application/rtf", "page.html", "text/html");
        ReportLoader loader = ReportLoader.defaults();
        for (Arguments a : documents().toList()) {
            String name = (String) a.get()[0];
            assertThat(loader.load((byte[]) a.get()[1], name).mediaType()).as(name).isEqualTo(expected.get(name));
        }
        assertThat(loader.detectingParserBuilt()).isFalse();
    }

    /** Damaged and locked Office files fail for the same reason, with the same message, on both routes. */
    @Test
    void hostileOfficeFilesFailAsOnTheDetectingRoute() throws Exception {
        byte[] lockedOoxml = Files.readAllBytes(TestFiles.TESTDATA.resolve("bad/docx_encrypted.docx"));
        Map<String, byte[]> files = Map.of(
                "corrupt.doc", Files.readAllBytes(TestFiles.TESTDATA.resolve("bad/doc_corrupt_ole2.doc")),
                // An encrypted .docx is an OLE2 container; named .doc it reaches OfficeParser.
                "locked.doc", lockedOoxml,
                "xxe.docx", Files.readAllBytes(TestFiles.TESTDATA.resolve("bad/docx_xxe_external_entity.docx")),
                "laughs.docx", Files.readAllBytes(TestFiles.TESTDATA.resolve("bad/docx_billion_laughs.docx")),
                "cut.xls", Arrays.copyOf(workbook(new HSSFWorkbook()), 1500));
        Map<String, LoadException.Reason> reasons = Map.of("corrupt.doc", LoadException.Reason.CORRUPT,
                "locked.doc", LoadException.Reason.ENCRYPTED, "xxe.docx", LoadException.Reason.CORRUPT,
                "laughs.docx", LoadException.Reason.CORRUPT);
        ReportLoader loader = ReportLoader.defaults();
        TikaExtractor tika = new TikaExtractor();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String name = f.getKey();
            LoadException viaKnown = catchThrowableOfType(LoadException.class, () -> loader.load(f.getValue(), name));
            LoadException viaDetect = catchThrowableOfType(LoadException.class, () -> tika.extract(f.getValue(), name, null, MAX, false, TIMEOUT));
            assertThat(viaKnown).as(name).isNotNull();
            assertThat(viaDetect).as(name).isNotNull();
            assertThat(viaKnown.reason()).as(name).isEqualTo(viaDetect.reason());
            assertThat(viaKnown.getMessage()).as(name).isEqualTo(viaDetect.getMessage());
            if (reasons.containsKey(name)) {
                assertThat(viaKnown.reason()).as(name).isEqualTo(reasons.get(name));
            }
        }
        assertThat(loader.detectingParserBuilt()).isFalse();
    }

    @Test
    void theOoxmlTypeIsTheMainPartsType() throws Exception {
        String types = "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
        assertThat(ReportLoader.ooxmlType(Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ReportLoader.ooxmlType(Map.of("word/document.xml", types.getBytes(StandardCharsets.UTF_8)))).isNull();
    }

    @Test
    void aZipTheLoaderCannotNameIsStillDetected() throws Exception {
        byte[] types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ReportLoader.ooxmlType(Map.of("[Content_Types].xml", types))).isNull();
        byte[] zip = TestFiles.zip(Map.of("[Content_Types].xml", types, "a.txt", "文字".getBytes(StandardCharsets.UTF_8)));
        ReportLoader loader = ReportLoader.defaults();
        LoadException e = catchThrowableOfType(LoadException.class, () -> loader.load(zip, "package.zip"));
        assertThat(e).isNotNull();
        assertThat(loader.detectingParserBuilt()).isTrue();
        assertThat(e.reason()).isIn(LoadException.Reason.UNSUPPORTED, LoadException.Reason.CORRUPT);
    }

    @Test
    void theWriteLimitHoldsOnTheDirectRoute() throws Exception {
        byte[] docx = TikaFormatsTest.docx(String.join("\n", LINES));
        ReportLoader refusing = ReportLoader.builder().maxChars(10).build();
        LoadException tooLong = catchThrowableOfType(LoadException.class, () -> refusing.load(docx, "long.docx"));
        assertThat(tooLong).isNotNull();
        assertThat(tooLong.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
        LoadedReport cut = ReportLoader.builder().maxChars(10).truncate(true).build().load(docx, "long.docx");
        assertThat(cut.text()).hasSizeLessThanOrEqualTo(10);
        assertThat(cut.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.TRUNCATED);
    }

    private static String parsedBy(TikaExtractor.Extracted detected) {
        // The detecting route records DefaultParser first, then the parser it chose.
        String all = detected.metadata().get("X-TIKA:Parsed-By");
        return all.substring(all.lastIndexOf(' ') + 1);
    }

    private static byte[] workbook(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("主要指标");
            for (int i = 0; i < LINES.size(); i++) {
                s.createRow(i).createCell(0).setCellValue(LINES.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pptx() throws IOException {
        try (XMLSlideShow ss = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = ss.createSlide().createTextBox();
            box.setAnchor(new Rectangle(20, 20, 600, 400));
            for (String l : LINES) {
                box.addNewTextParagraph().addNewTextRun().setText(l);
            }
            ss.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] ppt() throws IOException {
        try (HSLFSlideShow ss = new HSLFSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            HSLFTextBox box = ss.createSlide().createTextBox();
            box.setAnchor(new Rectangle(20, 20, 600, 400));
            box.setText(String.join("\n", LINES));
            ss.write(out);
            return out.toByteArray();
        }
    }

    /** An RTF file as Chinese Word writes it: ANSI code page 936, the Han characters as \\u escapes. */
    static byte[] rtf() {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}"
                + "{\\info{\\title health}}\n");
        for (String l : LINES) {
            b.append("\\pard ");
            l.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : "\\u" + (short) c + "?"));
            b.append("\\par\n");
        }
        return b.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }
}
