package io.github.zhibiao.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Font;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * A long PDF read as page ranges at once, one thread and one {@link PDDocument} per range (a
 * document is not thread-safe): PDFBox's content-stream work, two thirds of loading a PDF, is per
 * page. Each range is Tika's own PDF parse of the same bytes with the other pages left out of the
 * page tree ({@link RangedParser}); {@link PageSlice} keeps of each range's output what the whole
 * parse writes for those pages, and {@link #mergeMetadata} joins the ranges' metadata as the whole
 * parse counts it. The joined text is the whole parse's text; anything unusual (a failed range, a
 * page count that does not match, metadata the ranges disagree on) is left to the whole parse.
 */
final class PdfPageRanges {

    /** Fewer pages are read in one piece: a range costs a document load and its fonts again. */
    static final int MIN_PAGES = 16;
    /** The fewest pages a range is given. */
    static final int MIN_PAGES_PER_RANGE = 8;

    private PdfPageRanges() {
    }

    /**
     * Pages {@code from} (inclusive) to {@code to} (exclusive), 0-based in the order PDFBox iterates
     * the page tree, range {@code index} of {@code count}.
     */
    record Range(int from, int to, int index, int count) {

        boolean first() {
            return index == 0;
        }

        boolean last() {
            return index == count - 1;
        }

        int pages() {
            return to - from;
        }

        /**
         * Makes the document's page tree one flat node of this range's pages; each page keeps its
         * parent, so inherited resources, boxes and rotation are the same.
         */
        void keepOnly(PDDocument doc) throws IOException {
            COSArray kids = new COSArray();
            int i = 0;
            // The catalog's tree, not a cached one: the same iteration the text stripper makes.
            for (PDPage page : doc.getDocumentCatalog().getPages()) {
                if (i >= from && i < to) {
                    kids.add(page.getCOSObject());
                }
                i++;
            }
            if (kids.size() != pages()) {
                throw new IOException("page ranges: " + i + " pages, not as counted before");
            }
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.PAGES);
            root.setItem(COSName.KIDS, kids);
            root.setInt(COSName.COUNT, kids.size());
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, root);
        }
    }

    /**
     * The ranges to read {@code pdf} in: at most {@code slots} of them, of equal page counts, at
     * least {@code minPagesPerRange} pages each; none (read it whole) when it has fewer than
     * {@code minPages} pages, fewer than two ranges would do, or PDFBox cannot open it without a
     * password (the whole parse then reports why).
     */
    static List<Range> plan(byte[] pdf, int slots, int minPages, int minPagesPerRange) {
        if (slots < 2) {
            return List.of();
        }
        int pages = 0;
        try (PDDocument doc = Loader.loadPDF(pdf, "")) {
            for (PDPage ignored : doc.getDocumentCatalog().getPages()) {
                pages++;
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        int count = Math.min(slots, pages / minPagesPerRange);
        if (pages < minPages || count < 2) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ranges.add(new Range(pages * k / count, pages * (k + 1) / count, k, count));
        }
        return ranges;
    }

    /**
     * Tika's PDF parser that, given a {@link Range} in the parse context, leaves the other pages
     * out of the document it has just loaded, before it reads anything else of it. Without a
     * range it is Tika's parser unchanged.
     */
    static final class RangedParser extends PDFParser {

        private static final long serialVersionUID = 1L;

        @Override
        protected PDDocument getPDDocument(InputStream stream, TikaInputStream tstream, String password,
                RandomAccessStreamCache.StreamCacheCreateFunction cache, Metadata metadata, ParseContext context)
                throws IOException, EncryptedDocumentException {
            PDDocument doc = super.getPDDocument(stream, tstream, password, cache, metadata, context);
            Range range = context.get(Range.class);
            if (range != null) {
                try {
                    range.keepOnly(doc);
                } catch (IOException | RuntimeException e) {
                    doc.close();
                    throw e;
                }
            }
            return doc;
        }
    }

    /** Counted per page: the ranges' values follow one another. */
    private static final Set<String> PER_PAGE = Set.of(PDF.CHARACTERS_PER_PAGE.getName(),
            PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE.getName());
    /** Counted over the document: the ranges' counts add up. */
    private static final Set<String> SUMS = Set.of(PDF.TOTAL_UNMAPPED_UNICODE_CHARS.getName(),
            PDF.NUM_3D_ANNOTATIONS.getName(), PDF.OCR_PAGE_COUNT.getName());
    /** True when any page makes it so. */
    private static final Set<String> ANY = Set.of(PDF.CONTAINS_DAMAGED_FONT.getName(),
            PDF.CONTAINS_NON_EMBEDDED_FONT.getName(), PDF.HAS_3D.getName());
    /** Tika collects these in sorted sets over the document. */
    private static final Set<String> SORTED_SETS = Set.of(Font.FONT_NAME.getName(), PDF.ANNOTATION_TYPES.getName(),
            PDF.ANNOTATION_SUBTYPES.getName(), PDF.ACTION_TRIGGERS.getName(), PDF.ACTION_TYPES.getName());

    /**
     * The metadata of the whole parse from the ranges' metadata: page counts, per-page lists,
     * sums, sorted sets and flags joined as Tika counts them over the document; every other
     * property must be the same in all ranges (it is read from the document, not its pages).
     *
     * @return null when the ranges disagree on another property
     */
    static Metadata mergeMetadata(List<Metadata> parts, int pages) {
        Set<String> names = new LinkedHashSet<>();
        for (Metadata m : parts) {
            names.addAll(Arrays.asList(m.names()));
        }
        Metadata out = new Metadata();
        for (String name : names) {
            if (PER_PAGE.contains(name)) {
                for (Metadata m : parts) {
                    for (String v : m.getValues(name)) {
                        out.add(name, v);
                    }
                }
            } else if (SUMS.contains(name)) {
                long sum = 0;
                for (Metadata m : parts) {
                    String v = m.get(name);
                    sum += v == null ? 0 : Long.parseLong(v);
                }
                out.set(name, Long.toString(sum));
            } else if (SORTED_SETS.contains(name)) {
                Set<String> all = new TreeSet<>();
                for (Metadata m : parts) {
                    all.addAll(Arrays.asList(m.getValues(name)));
                }
                all.forEach(v -> out.add(name, v));
            } else if (ANY.contains(name) && parts.stream().anyMatch(m -> "true".equals(m.get(name)))) {
                out.set(name, "true");
            } else if (name.equals(PagedText.N_PAGES.getName())) {
                out.set(PagedText.N_PAGES, pages);
            } else if (!name.equals(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS.getName())) {
                String[] first = parts.get(0).getValues(name);
                for (Metadata m : parts) {
                    if (!Arrays.equals(first, m.getValues(name))) {
                        return null;
                    }
                }
                for (String v : first) {
                    out.add(name, v);
                }
            }
        }
        long chars = 0;
        for (String v : out.getValues(PDF.CHARACTERS_PER_PAGE)) {
            chars += Long.parseLong(v);
        }
        String u = out.get(PDF.TOTAL_UNMAPPED_UNICODE_CHARS);
        long unmapped = u == null ? 0 : Long.parseLong(u);
        boolean hadShare = names.contains(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS.getName());
        if (hadShare != chars > 0) {
            return null;
        }
        if (chars > 0) {
            // As Tika computes it: in float.
            out.set(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS, (float) unmapped / (float) chars);
        }
        return out;
    }
}
