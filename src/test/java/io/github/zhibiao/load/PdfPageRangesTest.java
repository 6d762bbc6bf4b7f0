package io.github.zhibiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.tika.metadata.Font;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A long PDF read as page ranges at once gives what the whole parse gives: the same text, byte
 * for byte, the same tables, title, type and metadata, and the same errors.
 */
class PdfPageRangesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PDF_TYPE = TikaExtractor.Known.PDF.type;

    /** Up to four ranges for any PDF of two pages or more, as if on four processors. */
    private static TikaExtractor ranged() {
        return new TikaExtractor(new TikaExtractor.PdfSplit(2, 1, 4));
    }

    private static TikaExtractor whole() {
        return new TikaExtractor(TikaExtractor.PdfSplit.never());
    }

    @Test
    void aLongPdfInRangesGivesTheWholeParsesTextAndMetadata() throws Exception {
        byte[] pdf = pages(40, null, true);
        TikaExtractor ranged = ranged();
        TikaExtractor.Extracted inRanges = ranged.extract(PDF_TYPE, pdf, "long.pdf", null, 1_000_000, false, TIMEOUT);
        TikaExtractor.Extracted inOne = whole().extract(PDF_TYPE, pdf, "long.pdf", null, 1_000_000, false, TIMEOUT);
        assertThat(ranged.pdfsReadInRanges()).isEqualTo(1);
        assertSame(inRanges, inOne);
        // Every page once, in order; the bookmarks (after the last page) once.
        assertThat(inRanges.text()).contains("Page 1\n", "Page 20\n", "Page 40\n", "第15页附注")
                .containsOnlyOnce("目录第3章");
        assertThat(inRanges.text().indexOf("Page 21\n")).isGreaterThan(inRanges.text().indexOf("Page 20\n"));
        assertThat(inRanges.metadata()).containsEntry("xmpTPg:NPages", "40");
    }

    @Test
    void theStandardSplitReadsShortPdfsWholeAndLongOnesInRanges() throws Exception {
        TikaExtractor standard = new TikaExtractor(new TikaExtractor.PdfSplit(PdfPageRanges.MIN_PAGES,
                PdfPageRanges.MIN_PAGES_PER_RANGE, 2));
        standard.extract(PDF_TYPE, pages(PdfPageRanges.MIN_PAGES - 1, null, false), "short.pdf", null, 1_000_000, false, TIMEOUT);
        assertThat(standard.pdfsReadInRanges()).isZero();
        standard.extract(PDF_TYPE, pages(PdfPageRanges.MIN_PAGES, null, false), "long.pdf", null, 1_000_000, false, TIMEOUT);
        assertThat(standard.pdfsReadInRanges()).isEqualTo(1);
        assertThat(PdfPageRanges.plan(pages(PdfPageRanges.MIN_PAGES, null, false), 1, 2, 1)).isEmpty();
        assertThat(PdfPageRanges.plan(pages(17, null, false), 4, 2, 8))
                .extracting(PdfPageRanges.Range::from, PdfPageRanges.Range::to)
                .containsExactly(tuple(0, 8), tuple(8, 17));
    }

    @Test
    void theRealPdfsInRangesGiveTheWholeParsesText() throws Exception {
        Path dir = TestFiles.SHARED.resolve("corpus/binary");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared corpus");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Assumptions.assumeFalse(pdfs.isEmpty(), "no PDF in the shared corpus");
        TikaExtractor ranged = ranged();
        for (Path p : pdfs) {
            byte[] pdf = Files.readAllBytes(p);
            String n = p.getFileName().toString();
            assertSame(ranged.extract(PDF_TYPE, pdf, n, null, 1_000_000, false, TIMEOUT),
                    whole().extract(PDF_TYPE, pdf, n, null, 1_000_000, false, TIMEOUT));
        }
        assertThat(ranged.pdfsReadInRanges()).isEqualTo(pdfs.size());
    }

    @Test
    void errorsAreTheWholeParsesErrors() throws Exception {
        byte[] pdf = pages(24, null, true);
        byte[] cut = Arrays.copyOf(pdf, pdf.length * 2 / 3);
        byte[] locked = pages(24, "secret", false);
        for (byte[] bad : List.of(cut, locked)) {
            LoadException inRanges = catchThrowableOfType(LoadException.class,
                    () -> ranged().extract(PDF_TYPE, bad, "bad.pdf", null, 1_000_000, false, TIMEOUT));
            LoadException inOne = catchThrowableOfType(LoadException.class,
                    () -> whole().extract(PDF_TYPE, bad, "bad.pdf", null, 1_000_000, false, TIMEOUT));
            assertThat(inOne).isNotNull();
            assertThat(inRanges).isNotNull();
            assertThat(inRanges.reason()).isEqualTo(inOne.reason());
            assertThat(inRanges.getMessage()).isEqualTo(inOne.getMessage());
        }
        assertThat(catchThrowableOfType(LoadException.class,
                () -> ranged().extract(PDF_TYPE, locked, "locked.pdf", null, 1_000_000, false, TIMEOUT)).reason())
                .isEqualTo(LoadException.Reason.ENCRYPTED);

        // Nothing can be parsed in no time: a timeout either way.
        for (TikaExtractor t : List.of(ranged(), whole())) {
            assertThat(catchThrowableOfType(LoadException.class,
                    () -> t.extract(PDF_TYPE, pdf, "slow.pdf", null, 1_000_000, false, Duration.ZERO)).reason())
                    .isEqualTo(LoadException.Reason.TIMEOUT);
        }
    }

    @Test
    void aPdfOpenedWithoutPasswordIsReadInRanges() throws Exception {
        byte[] pdf = pages(24, "", false);
        TikaExtractor ranged = ranged();
        assertSame(ranged.extract(PDF_TYPE, pdf, "owner.pdf", null, 1_000_000, false, TIMEOUT),
                whole().extract(PDF_TYPE, pdf, "owner.pdf", null, 1_000_000, false, TIMEOUT));
        assertThat(ranged.pdfsReadInRanges()).isEqualTo(1);
    }

    @Test
    void theWriteLimitIsTheWholeParses() throws Exception {
        byte[] pdf = pages(24, null, false);
        int total = whole().extract(PDF_TYPE, pdf, "long.pdf", null, 1_000_000, false, TIMEOUT).text().length();
        int limit = total * 3 / 4;
        assertSame(ranged().extract(PDF_TYPE, pdf, "long.pdf", null, limit, true, TIMEOUT),
                whole().extract(PDF_TYPE, pdf, "long.pdf", null, limit, true, TIMEOUT));
        assertThat(ranged().extract(PDF_TYPE, pdf, "long.pdf", null, limit, true, TIMEOUT).diagnostics())
                .extracting(Diagnostic::code).containsExactly(Diagnostic.Code.TRUNCATED);
        assertThat(catchThrowableOfType(LoadException.class,
                () -> ranged().extract(PDF_TYPE, pdf, "long.pdf", null, limit, false, TIMEOUT)).reason())
                .isEqualTo(LoadException.Reason.TOO_LARGE);
        // Exactly as long as the limit: not cut.
        TikaExtractor ranged = ranged();
        assertThat(ranged.extract(PDF_TYPE, pdf, "long.pdf", null, total, false, TIMEOUT).text()).hasSize(total);
        assertThat(ranged.pdfsReadInRanges()).isEqualTo(1);
    }

    @Test
    void theMetadataOfRangesJoinsAsTheWholeParseCountsIt() {
        Metadata a = new Metadata();
        Metadata b = new Metadata();
        for (Metadata m : List.of(a, b)) {
            m.set("dc:title", "某县统计公报");
            m.set(PagedText.N_PAGES, 2);
        }
        a.add(PDF.CHARACTERS_PER_PAGE, 30);
        a.add(PDF.CHARACTERS_PER_PAGE, 10);
        b.add(PDF.CHARACTERS_PER_PAGE, 40);
        b.add(PDF.CHARACTERS_PER_PAGE, 20);
        a.set(PDF.TOTAL_UNMAPPED_UNICODE_CHARS, 1);
        b.set(PDF.TOTAL_UNMAPPED_UNICODE_CHARS, 0);
        a.set(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS, 1f / 40f);
        a.set(PDF.CONTAINS_DAMAGED_FONT, false);
        b.set(PDF.CONTAINS_DAMAGED_FONT, true);
        a.add(Font.FONT_NAME, "SimSun");
        b.add(Font.FONT_NAME, "FangSong");
        b.add(Font.FONT_NAME, "SimSun");
        Metadata m = PdfPageRanges.mergeMetadata(List.of(a, b), 4);
        assertThat(m.getValues("pdf:charsPerPage")).containsExactly("30", "10", "40", "20");
        assertThat(m.get("xmpTPg:NPages")).isEqualTo("4");
        assertThat(m.get("dc:title")).isEqualTo("某县统计公报");
        assertThat(m.get("pdf:totalUnmappedUnicodeChars")).isEqualTo("1");
        assertThat(m.get("pdf:overallPercentageUnmappedUnicodeChars")).isEqualTo(Double.toString(1f / 100f));
        assertThat(m.get("pdf:containsDamagedFont")).isEqualTo("true");
        assertThat(m.getValues(Font.FONT_NAME)).containsExactly("FangSong", "SimSun");
        // A document property the ranges disagree on: the whole parse must decide.
        b.set("dc:title", "另一个标题");
        assertThat(PdfPageRanges.mergeMetadata(List.of(a, b), 4)).isNull();
    }

    private static void assertSame(TikaExtractor.Extracted inRanges, TikaExtractor.Extracted inOne) {
        assertThat(inRanges.text()).isEqualTo(inOne.text());
        assertThat(inRanges.tables()).isEqualTo(inOne.tables());
        assertThat(inRanges.title()).isEqualTo(inOne.title());
        assertThat(inRanges.mediaType()).isEqualTo(inOne.mediaType());
        assertThat(inRanges.metadata()).isEqualTo(inOne.metadata());
        assertThat(inRanges.diagnostics()).isEqualTo(inOne.diagnostics());
    }

    /**
     * An A4 PDF of {@code count} pages, each a numbered part of the test report with a note
     * (a text annotation) on every fifth page; with bookmarks, one per fifth page, when asked;
     * encrypted when {@code userPassword} is set (empty: opened without a password).
     */
    static byte[] pages(int count, String userPassword, boolean bookmarks) throws IOException {
        List<String> lines = TestFiles.report().lines().filter(l -> !l.isBlank()).toList();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, TestFiles.TESTDATA.resolve("fonts/droid-sans-fallback-subset.ttf").toFile());
            PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int n = 1; n <= count; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                List<String> text = new ArrayList<>();
                text.add("Page " + n);
                for (int i = 0; i < 12; i++) {
                    text.add(lines.get((n * 5 + i) % lines.size()));
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String line : text) {
                        cs.beginText();
                        cs.newLineAtOffset(40, y);
                        TestFiles.showMixed(cs, line, font, latin, 11);
                        cs.endText();
                        y -= 20;
                    }
                }
                if (n % 5 == 0) {
                    PDAnnotationText note = new PDAnnotationText();
                    note.setContents("第" + n + "页附注");
                    note.setRectangle(new PDRectangle(40, 40, 20, 20));
                    page.getAnnotations().add(note);
                    if (bookmarks) {
                        PDOutlineItem item = new PDOutlineItem();
                        item.setTitle("目录第" + (n / 5) + "章");
                        item.setDestination(page);
                        outline.addLast(item);
                    }
                }
            }
            if (bookmarks) {
                doc.getDocumentCatalog().setDocumentOutline(outline);
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
}
