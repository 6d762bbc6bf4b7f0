package io.github.zhibiao.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Writes the benchmark text as a .docx (Apache POI XWPF, one paragraph per line) and as a .pdf
 * (PDFBox, A4, at most 40 characters a line and no number or Latin word cut, the CJK font
 * embedded as a subset), so the loading benchmark parses the same report in both formats.
 *
 * <p>A PDF carries Chinese text only with a font that has CJK glyphs. The font is, first match
 * wins: the file named by {@code ZHIBIAO_BENCH_CJK_FONT}; Debian's
 * {@code /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf} ({@code fonts-droid-fallback});
 * the project's {@code testdata/fonts/droid-sans-fallback-subset.ttf} (it covers only the test
 * texts' characters). Latin letters the CJK font lacks are set in Helvetica; a character neither
 * font has is written as a space and counted in {@link Pdf#replaced()}.
 */
final class ReportFiles {

    static final String[] FONT_CANDIDATES = {
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "testdata/fonts/droid-sans-fallback-subset.ttf",
    };

    private static final int CHARS_PER_LINE = 40;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;
    private static final float MARGIN = 40;

    private ReportFiles() {
    }

    static void writeDocx(String text, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(os);
        }
    }

    /** What {@link #writePdf} did: the font used and how many characters it could not draw. */
    record Pdf(Path font, int pages, int replaced) {
    }

    static Pdf writePdf(String text, Path out) throws IOException {
        Path fontFile = cjkFont();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(doc, fontFile.toFile());
            PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Glyphs glyphs = new Glyphs(cjk);
            List<String> lines = wrap(text);
            int replaced = 0;
            int pages = 0;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                pages++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        y -= LEADING;
                        if (line.isBlank()) {
                            continue;
                        }
                        cs.beginText();
                        cs.newLineAtOffset(MARGIN, y);
                        // Runs of one font each.
                        int i = 0;
                        while (i < line.length()) {
                            boolean useCjk = glyphs.has(line.charAt(i)) || !isLatin(line.charAt(i));
                            StringBuilder run = new StringBuilder();
                            while (i < line.length()) {
                                char c = line.charAt(i);
                                boolean cjkHas = glyphs.has(c);
                                boolean thisCjk = cjkHas || !isLatin(c);
                                if (thisCjk != useCjk) {
                                    break;
                                }
                                if (useCjk && !cjkHas) {
                                    c = glyphs.has(' ') ? ' ' : '\u3000';
                                    replaced++;
                                }
                                run.append(c);
                                i++;
                            }
                            PDFont f = useCjk ? cjk : latin;
                            cs.setFont(f, FONT_SIZE);
                            cs.showText(run.toString());
                        }
                        cs.endText();
                    }
                }
            }
            doc.save(out.toFile());
            return new Pdf(fontFile, pages, replaced);
        }
    }

    private static boolean isLatin(char c) {
        return c >= 0x20 && c < 0x7F;
    }

    /**
     * Lines of at most {@link #CHARS_PER_LINE} chars. As a word processor lays a page out, a run
     * of Latin letters, digits and number signs ({@code 98.93%}, {@code 2023}) is never cut: the
     * line ends before it (unless the run alone is longer than a line). Cutting inside numbers,
     * as a plain 40-char cut did, makes the PDF's text hold {@code 9⏎8.93%}, which no report
     * shows and which reads as other numbers than the text's.
     */
    static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String l = line.replace('\t', ' ').replace('\r', ' ');
            if (l.isEmpty()) {
                out.add("");
            }
            int i = 0;
            while (i < l.length()) {
                int end = Math.min(l.length(), i + CHARS_PER_LINE);
                int cut = end;
                while (cut < l.length() && cut > i && inRun(l.charAt(cut - 1)) && inRun(l.charAt(cut))) {
                    cut--;
                }
                if (cut == i) {
                    cut = end;
                }
                out.add(l.substring(i, cut));
                i = cut;
            }
        }
        return out;
    }

    /** A char of a Latin word or a number as written: letters, digits, {@code . , % -}. */
    private static boolean inRun(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '%' || c == '-');
    }

    static Path cjkFont() {
        String env = System.getenv("ZHIBIAO_BENCH_CJK_FONT");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("ZHIBIAO_BENCH_CJK_FONT=" + env + " is not a file");
            }
            return p;
        }
        for (String c : FONT_CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no TrueType font with CJK glyphs for the PDF benchmark: install "
                + "fonts-droid-fallback or set ZHIBIAO_BENCH_CJK_FONT to a .ttf file");
    }

    /** Which chars the CJK font can draw, asked once per char. */
    private static final class Glyphs {
        private final PDType0Font font;
        private final BitSet asked = new BitSet(1 << 16);
        private final BitSet has = new BitSet(1 << 16);

        Glyphs(PDType0Font font) {
            this.font = font;
        }

        boolean has(char c) {
            if (!asked.get(c)) {
                asked.set(c);
                try {
                    if (!Character.isSurrogate(c) && !Character.isISOControl(c)) {
                        font.encode(String.valueOf(c));
                        has.set(c);
                    }
                } catch (IllegalArgumentException | IOException e) {
                    // no glyph
                }
            }
            return has.get(c);
        }
    }
}
