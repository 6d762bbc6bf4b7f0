package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Word, PDF and HTML through Tika, from files the tests build out of testdata/txt_utf8.txt. */
public class TikaFormatsTest {

    /** One loader for the class: Tika's parser is created once. */
    private static final ReportLoader LOADER = ReportLoader.defaults();

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.getProperties().getCoreProperties().setTitle("某县2024年教育事业发展情况报告");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text, String userPassword) throws IOException {
        return pdf(text, userPassword, 780, 11, 20);
    }

    /**
     * A one-page A4 PDF of {@code text}, one printed line per line, CJK in the test font subset and
     * ASCII in Helvetica (the subset has no Latin glyphs); encrypted when {@code userPassword} is set.
     */
    public static byte[] pdf(String text, String userPassword, float top, float fontSize, float leading)
            throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, TestFiles.TESTDATA.resolve("fonts/droid-sans-fallback-subset.ttf").toFile());
            PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = top;
                for (String line : text.split("\n")) {
                    if (!line.isEmpty()) {
                        cs.beginText();
                        cs.newLineAtOffset(40, y);
                        TestFiles.showMixed(cs, line, font, latin, fontSize);
                        cs.endText();
                    }
                    y -= leading;
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void docxGivesTheTextAndTitle() throws Exception {
        String text = TestFiles.report();
        LoadedReport r = LOADER.load(docx(text), "docx_report.docx");
        assertThat(TestFiles.noSpace(r.text())).isEqualTo(TestFiles.noSpace(text));
        assertThat(r.text().lines().filter(l -> !l.isBlank()).toList())
                .isEqualTo(text.lines().filter(l -> !l.isBlank()).toList());
        assertThat(r.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.title()).isEqualTo("某县2024年教育事业发展情况报告");
        assertThat(r.charset()).isNull();
        assertThat(r.metadata()).containsKey("Content-Type");
    }

    @Test
    void pdfWithEmbeddedCjkFontGivesTheText() throws Exception {
        String text = TestFiles.report();
        LoadedReport r = LOADER.load(pdf(text, null), "pdf_cjk_font.pdf");
        assertThat(TestFiles.noSpace(r.text())).isEqualTo(TestFiles.noSpace(text));
        assertThat(r.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void encryptedPdfIsEncrypted() throws Exception {
        byte[] locked = pdf(TestFiles.report(), "user-secret");
        assertThatThrownBy(() -> LOADER.load(locked, "pdf_encrypted.pdf"))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.ENCRYPTED);
                    assertThat(e.getMessage()).startsWith("pdf_encrypted.pdf: encrypted");
                });
    }

    @Test
    void pdfWithoutTextIsEmpty() throws Exception {
        byte[] blank;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            blank = out.toByteArray();
        }
        assertThatThrownBy(() -> LOADER.load(blank, "pdf_no_text.pdf"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(LoadException.Reason.EMPTY));
    }

    @Test
    void truncatedDocxIsCorrupt() throws Exception {
        byte[] whole = docx(TestFiles.report());
        for (int keep : new int[] {whole.length / 3, whole.length * 2 / 3, whole.length - 30}) {
            byte[] cut = Arrays.copyOf(whole, keep);
            long t = System.nanoTime();
            assertThatThrownBy(() -> LOADER.load(cut, "docx_truncated.docx"))
                    .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.reason()).isEqualTo(LoadException.Reason.CORRUPT));
            assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5_000);
        }
    }

    /**
     * A docx-shaped zip whose document.xml inflates 1000:1 to 200 MB. Measured: Tika 3.3.1 with POI
     * 5.5.1 alone does not refuse it; it inflates all 200 MB (about 4 s here) and then fails on the
     * XML. The loader's own guard refuses it after 8 MB.
     */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void zipBombNamedDocxIsTooLargeFast() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(1 << 20);
        long t = System.nanoTime();
        assertThatThrownBy(() -> LOADER.load(bomb, "docx_zip_bomb.docx"))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("zip bomb");
                });
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(2_000);
        // The absolute cap works too, below the ratio check.
        assertThatThrownBy(() -> ReportLoader.builder().maxExpandedBytes(1 << 20).build().load(bomb, "docx_zip_bomb.docx"))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.getMessage()).contains("maxExpandedBytes"));
    }

    @Test
    void htmlPageGivesBodyBlocksOnSeparateLinesWithDeclaredCharset() throws Exception {
        List<String> lines = TestFiles.report().lines().filter(l -> !l.isBlank()).toList();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\""
                + " content=\"text/html; charset=gb2312\"><title>某县教育事业发展情况报告</title>"
                + "<style>p { margin: 0 }</style><script>var 统计 = 12345;</script></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/x\">政务公开</a></div>");
        html.append("<h1>").append(lines.get(0)).append("</h1>");
        for (String l : lines.subList(1, lines.size())) {
            html.append(l.startsWith("（") ? "<div>" + l + "</div>" : "<p>" + l + "</p>");
        }
        html.append("<ul><li>第一项</li><li>第二项</li></ul><table><tr><td>学校</td><td>128所</td></tr></table>");
        html.append("</body></html>");
        LoadedReport r = LOADER.load(html.toString().getBytes(Charset.forName("GBK")), "html_report.html");
        assertThat(r.mediaType()).isEqualTo("text/html");
        assertThat(r.charset()).isEqualTo("GB18030");
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DECLARED);
        assertThat(r.title()).isEqualTo("某县教育事业发展情况报告");
        List<String> got = r.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(got).containsSubsequence(lines);
        assertThat(got).contains("第一项", "第二项");
        assertThat(r.text()).doesNotContain("12345").doesNotContain("margin");
    }

    @Test
    void htmlWithoutDeclarationIsDetected() throws Exception {
        String page = "<html><body><p>" + TestFiles.report().replace("\n", "</p><p>") + "</p></body></html>";
        LoadedReport r = LOADER.load(page.getBytes(Charset.forName("GBK")), "html_undeclared.htm");
        assertThat(r.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(TestFiles.noSpace(r.text())).isEqualTo(TestFiles.noSpace(TestFiles.report()));
    }

    @Test
    void zipArchiveIsNotAReport() throws Exception {
        byte[] zip = TestFiles.zip(java.util.Map.of("a.txt", "文字".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> LOADER.load(zip, "zip_archive.zip"))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoadException.Reason.UNSUPPORTED);
                    assertThat(e.getMessage()).contains("loadArchive");
                });
    }

    @Test
    void loaderIsSafeToShareBetweenThreads() throws Exception {
        byte[] d = docx(TestFiles.report());
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> texts = new java.util.concurrent.ConcurrentLinkedQueue<>();
        String expected = TestFiles.noSpace(TestFiles.report());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    texts.add(LOADER.load(d, "docx_threads.docx").text());
                } catch (LoadException e) {
                    texts.add("failed: " + e.getMessage());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(texts).hasSize(4).allMatch(s -> TestFiles.noSpace(s).equals(expected));
    }

    @SuppressWarnings("unused")
    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
