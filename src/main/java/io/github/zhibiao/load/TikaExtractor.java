package io.github.zhibiao.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.commons.lang3.StringUtils;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.exception.FileTooLongException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The one place that talks to Tika: one {@link AutoDetectParser}, created on first use and shared
 * by all threads (Tika's parsers are thread-safe; a format the loader names itself goes to its
 * own parser alone, without it: {@link Known}), a write limit on every parse, a timeout, and the
 * mapping of Tika's exception classes to {@link LoadException.Reason}s. Embedded documents
 * (attachments, images) are not parsed: no {@code Parser} is put in the {@link ParseContext}.
 */
final class TikaExtractor {

    static {
        QuietLogging.ensure();
    }

    private static final int MAX_METADATA_ENTRIES = 200;
    private static final int MAX_METADATA_VALUE = 1000;

    private volatile AutoDetectParser parser;
    private volatile ExecutorService executor;
    private final PdfSplit pdfSplit;
    /** PDFs being parsed now by this extractor: they share the processors for page ranges. */
    private final AtomicInteger pdfParses = new AtomicInteger();
    private final AtomicInteger pdfsInRanges = new AtomicInteger();

    /**
     * When a PDF is read as page ranges at once ({@link PdfPageRanges}).
     *
     * @param minPages         fewer pages are read in one piece
     * @param minPagesPerRange the fewest pages a range is given
     * @param processors       the processors the ranges of all PDFs being parsed share
     */
    record PdfSplit(int minPages, int minPagesPerRange, int processors) {

        /** Ranges for documents of {@link PdfPageRanges#MIN_PAGES} pages or more, on this machine's processors. */
        static PdfSplit standard() {
            return new PdfSplit(PdfPageRanges.MIN_PAGES, PdfPageRanges.MIN_PAGES_PER_RANGE,
                    Runtime.getRuntime().availableProcessors());
        }

        /** Every PDF in one piece. */
        static PdfSplit never() {
            return new PdfSplit(Integer.MAX_VALUE, Integer.MAX_VALUE, 1);
        }
    }

    TikaExtractor() {
        this(PdfSplit.standard());
    }

    TikaExtractor(PdfSplit pdfSplit) {
        this.pdfSplit = pdfSplit;
    }

    record Extracted(String text, String mediaType, String title, Map<String, String> metadata,
            List<Diagnostic> diagnostics, List<List<List<TableTracker.RawCell>>> tables) {
    }

    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new AutoDetectParser();
                    parser = p;
                }
            }
        }
        return p;
    }

    /** How many PDFs this extractor has read as page ranges (for tests). */
    int pdfsReadInRanges() {
        return pdfsInRanges.get();
    }

    /** Whether the auto-detecting parser was built (a {@link Known} format never needs it). */
    boolean detectingParserBuilt() {
        return parser != null;
    }

    private ExecutorService executor() {
        ExecutorService e = executor;
        if (e == null) {
            synchronized (this) {
                e = executor;
                if (e == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadFactory daemons = r -> {
                        Thread t = new Thread(r, "zhibiao-load-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    };
                    e = Executors.newCachedThreadPool(daemons);
                    executor = e;
                }
            }
        }
        return e;
    }

    /**
     * Extracts the text of an Office, PDF or HTML document; Tika detects the format.
     *
     * @param htmlCharset for HTML, the charset the loader chose (Tika's own detection is bypassed);
     *                    null for other formats
     */
    Extracted extract(byte[] bytes, String name, Charset htmlCharset, int maxChars, boolean truncate,
            Duration timeout) throws LoadException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext ctx = context();
        if (htmlCharset != null) {
            ctx.set(EncodingDetector.class, fixed(htmlCharset));
        }
        AutoDetectParser p = parser();
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = p.getDetector().detect(in, md);
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "cannot detect the format: " + e.getMessage(), e);
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/octet-stream") || base.equals("application/zip")
                || base.startsWith("image/") || base.startsWith("audio/") || base.startsWith("video/")) {
            throw unsupported(name, base);
        }
        return parse(p::parse, bytes, name, base, md, ctx, maxChars, truncate, timeout);
    }

    /**
     * Extracts the text of a document whose format the loader named itself, with that format's
     * Tika parser alone (see {@link Known}); any other type goes through {@link #extract}. The
     * text, type, title and errors are the ones the detecting route gives, but no
     * {@link AutoDetectParser} is built: that reads Tika's whole type registry and every parser on
     * the class path, about 1.5 s of CPU in a fresh JVM, more than a short document's parse
     * (measured; README, "PDF against text").
     *
     * @param mediaType the type the loader saw (a {@link Known} type, or another: detected)
     * @param htmlCharset for HTML, the charset the loader chose; null for other formats
     */
    Extracted extract(String mediaType, byte[] bytes, String name, Charset htmlCharset, int maxChars,
            boolean truncate, Duration timeout) throws LoadException {
        Known known = Known.of(mediaType);
        String type = mediaType;
        if (known == Known.OLE2) {
            // Which OLE2 format it is (Word, Excel, an encrypted OOXML file...) decides the parser.
            type = ole2Type(bytes);
            known = Known.OLE2.takes(type) ? known : null;
        }
        if (known == null) {
            return extract(bytes, name, htmlCharset, maxChars, truncate, timeout);
        }
        if (known == Known.PDF) {
            pdfParses.incrementAndGet();
            try {
                Extracted ranged = pdfInRanges(bytes, name, maxChars, timeout);
                if (ranged != null) {
                    return ranged;
                }
                return extractKnown(known, type, bytes, name, htmlCharset, maxChars, truncate, timeout);
            } finally {
                pdfParses.decrementAndGet();
            }
        }
        return extractKnown(known, type, bytes, name, htmlCharset, maxChars, truncate, timeout);
    }

    private Extracted extractKnown(Known known, String type, byte[] bytes, String name, Charset htmlCharset,
            int maxChars, boolean truncate, Duration timeout) throws LoadException {
        Known route = known;
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        // As AutoDetectParser does: the parser sees the type it was chosen for.
        md.set(Metadata.CONTENT_TYPE, type);
        ParseContext ctx = context();
        if (htmlCharset != null) {
            ctx.set(EncodingDetector.class, fixed(htmlCharset));
        }
        Parser parser = known.parser();
        ParseCall call = (in, handler, metadata, context) -> {
            // As AutoDetectParser does: the handler is guarded against output that dwarfs the input.
            SecureContentHandler secure = new SecureContentHandler(handler, in);
            // Before the parse, as CompositeParser records it: a text cut at maxChars was parsed.
            metadata.add(TikaCoreProperties.TIKA_PARSED_BY, parser.getClass().getName());
            if (route == Known.OLE2) {
                // As AutoDetectParser does, on the same stream: the detector opens the OLE2
                // directory once and the parser reads that one, so damage is reported alike.
                Ole2Detector.INSTANCE.detect(in, new Metadata());
            }
            try {
                parser.parse(in, secure, metadata, context);
            } catch (SAXException e) {
                secure.throwIfCauseOf(e);
                throw new TikaException("Unexpected SAX processing failure", e);
            }
        };
        return parse(call, bytes, name, type, md, ctx, maxChars, truncate, timeout);
    }

    /** The parser of PDF page ranges; without a range in the context it is Tika's PDF parser. */
    private static final class Ranged {
        static final PdfPageRanges.RangedParser PARSER = new PdfPageRanges.RangedParser();
    }

    /** One range's output: its text, tables, metadata and whether it wrote exactly its pages. */
    private record RangeText(String text, List<List<List<TableTracker.RawCell>>> tables, Metadata metadata,
            int pages, boolean whole) {
    }

    /**
     * A long PDF read as page ranges at once ({@link PdfPageRanges}), the texts joined in page
     * order: the text, tables, title and metadata of the whole parse, in less time on several
     * processors. Null when the PDF is read in one piece: it is short, the processors are taken
     * by other PDFs being parsed, or anything in the ranges went otherwise than plainly (an
     * error, the write limit, a page count that does not match, metadata the ranges disagree
     * on); the whole parse then gives its text or its error, with a timeout of its own. Running
     * out of time is final: counting the pages and the ranges together had the timeout.
     */
    private Extracted pdfInRanges(byte[] bytes, String name, int maxChars, Duration timeout) throws LoadException {
        int slots = pdfSplit.processors() / Math.max(1, pdfParses.get());
        if (slots < 2) {
            return null;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // Counting the pages loads the document: under the timeout too, as the whole parse is.
        Future<List<PdfPageRanges.Range>> planned = executor().submit(() -> PdfPageRanges.plan(bytes, slots,
                pdfSplit.minPages(), pdfSplit.minPagesPerRange()));
        List<Future<RangeText>> jobs = new ArrayList<>();
        List<RangeText> parts = new ArrayList<>();
        try {
            List<PdfPageRanges.Range> ranges = await(planned, deadline, name, timeout);
            if (ranges == null || ranges.isEmpty()) {
                return null;
            }
            for (PdfPageRanges.Range range : ranges) {
                jobs.add(executor().submit(() -> parseRange(bytes, name, range, maxChars)));
            }
            for (Future<RangeText> job : jobs) {
                RangeText part = await(job, deadline, name, timeout);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
        } finally {
            planned.cancel(true);
            jobs.forEach(j -> j.cancel(true));
        }
        StringBuilder text = new StringBuilder();
        List<List<List<TableTracker.RawCell>>> tables = new ArrayList<>();
        List<Metadata> metadata = new ArrayList<>(parts.size());
        for (RangeText part : parts) {
            if (!part.whole()) {
                return null;
            }
            text.append(part.text());
            tables.addAll(part.tables());
            metadata.add(part.metadata());
        }
        int pages = parts.stream().mapToInt(RangeText::pages).sum();
        Metadata md = PdfPageRanges.mergeMetadata(metadata, pages);
        if (md == null || text.length() > maxChars) {
            return null;
        }
        String mediaType = md.get(Metadata.CONTENT_TYPE);
        mediaType = mediaType == null ? Known.PDF.type : MediaType.parse(mediaType).getBaseType().toString();
        String title = md.get(TikaCoreProperties.TITLE);
        pdfsInRanges.incrementAndGet();
        return new Extracted(text.toString(), mediaType, title == null ? "" : title.trim(), flatten(md),
                new ArrayList<>(), tables);
    }

    /** One range parsed as the whole PDF is ({@link #extractKnown}), keeping its pages' output. */
    private static RangeText parseRange(byte[] bytes, String name, PdfPageRanges.Range range, int maxChars)
            throws Exception {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        md.set(Metadata.CONTENT_TYPE, Known.PDF.type);
        ParseContext ctx = context();
        ctx.set(PdfPageRanges.Range.class, range);
        StringWriter sw = new StringWriter();
        TableTracker tables = new TableTracker(new WriteOutContentHandler(sw, maxChars));
        PageSlice slice = new PageSlice(new BodyContentHandler(tables), range.pages(), range.first(), range.last());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            SecureContentHandler secure = new SecureContentHandler(slice, in);
            md.add(TikaCoreProperties.TIKA_PARSED_BY, PDFParser.class.getName());
            Ranged.PARSER.parse(in, secure, md, ctx);
        }
        return new RangeText(sw.toString(), tables.tables(), md, range.pages(), slice.sawAllPages());
    }

    /**
     * The job's result once done, by the deadline; null when it failed (the whole parse then
     * gives the error). Running out of time or being interrupted is final, as for the whole parse.
     */
    private static <T> T await(Future<T> job, long deadline, String name, Duration timeout) throws LoadException {
        try {
            return job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(name, timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException(name, LoadException.Reason.IO, "interrupted while parsing", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static LoadException timedOut(String name, Duration timeout, TimeoutException e) {
        return new LoadException(name, LoadException.Reason.TIMEOUT,
                "parsing took longer than " + timeout.toMillis() + " ms", LoadException.Remedy.TIMEOUT, e);
    }

    /**
     * The type of an OLE2 file as the detecting route would see it (Word, Excel, PowerPoint, an
     * encrypted OOXML file...), from Tika's OLE2 detector alone; the generic OLE2 type when the
     * directory cannot be read (the parser then reports why).
     */
    private static String ole2Type(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Ole2Detector.INSTANCE.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return Known.OLE2.type;
        }
    }

    /** Tika's OLE2 detector, created on the first OLE2 file. */
    private static final class Ole2Detector {
        static final POIFSContainerDetector INSTANCE = new POIFSContainerDetector();
    }

    /**
     * The formats the loader recognises itself, each with the one parser the detecting route
     * would choose for it. A parser is created on the first document of its format and shared
     * by all threads (Tika's parsers are thread-safe).
     */
    enum Known {
        PDF(PDFParser::new, "application/pdf"),
        OOXML(OOXMLParser::new, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        /** Any OLE2 file; it goes to OfficeParser when that takes its detected type (Word, Excel, encrypted OOXML...). */
        OLE2(OfficeParser::new, "application/x-tika-msoffice"),
        RTF(RTFParser::new, "application/rtf"),
        HTML(JSoupParser::new, "text/html");

        /** The type the loader passes for this format. */
        final String type;
        private final List<String> types;
        private final Supplier<Parser> factory;
        private volatile Parser parser;

        Known(Supplier<Parser> factory, String... types) {
            this.factory = factory;
            this.types = List.of(types);
            this.type = types[0];
        }

        /** Whether this format's parser takes {@code detected} (for OLE2: one of OfficeParser's types). */
        boolean takes(String detected) {
            return types.contains(detected)
                    || parser().getSupportedTypes(new ParseContext()).contains(MediaType.parse(detected));
        }

        static Known of(String type) {
            if (type == null) {
                return null;
            }
            for (Known k : values()) {
                if (k.types.contains(type)) {
                    return k;
                }
            }
            return null;
        }

        Parser parser() {
            Parser p = parser;
            if (p == null) {
                synchronized (this) {
                    p = parser;
                    if (p == null) {
                        p = factory.get();
                        parser = p;
                    }
                }
            }
            return p;
        }
    }

    private static ParseContext context() {
        ParseContext ctx = new ParseContext();
        ctx.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        // No OCR module is on the class path; Tika's default AUTO strategy then fails with a
        // NullPointerException on pages without text instead of returning no text. The other
        // costly options (inline images, marked content, angle detection, sorting by position,
        // overlapping-text suppression) are off by Tika's defaults; turning off annotation,
        // bookmark and form text too measured no faster (README, "PDF against text").
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ctx.set(PDFParserConfig.class, pdf);
        return ctx;
    }

    /** One parse of a document into a handler, run on a worker thread under the timeout. */
    private interface ParseCall {
        void parse(TikaInputStream in, ContentHandler handler, Metadata md, ParseContext ctx) throws Exception;
    }

    private Extracted parse(ParseCall p, byte[] bytes, String name, String base, Metadata md, ParseContext ctx,
            int maxChars, boolean truncate, Duration timeout) throws LoadException {
        StringWriter sw = new StringWriter();
        TableTracker tables = new TableTracker(new WriteOutContentHandler(sw, maxChars));
        BodyContentHandler handler = new BodyContentHandler(tables);
        List<Diagnostic> diags = new ArrayList<>();
        Future<?> job = executor().submit(() -> {
            try (TikaInputStream in = TikaInputStream.get(bytes)) {
                p.parse(in, handler, md, ctx);
            }
            return null;
        });
        try {
            job.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw timedOut(name, timeout, e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new LoadException(name, LoadException.Reason.IO, "interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (WriteLimitReachedException.isWriteLimitReached(cause)) {
                if (!truncate) {
                    throw new LoadException(name, LoadException.Reason.TOO_LARGE, "text longer than the limit of "
                            + maxChars + " characters", LoadException.Remedy.MAX_CHARS, cause);
                }
                diags.add(new Diagnostic(Diagnostic.Code.TRUNCATED, "text cut at maxChars=" + maxChars));
            } else {
                throw map(name, cause);
            }
        }
        String parsedBy = String.join(",", md.getValues(TikaCoreProperties.TIKA_PARSED_BY));
        if (parsedBy.isEmpty() || parsedBy.endsWith("EmptyParser")) {
            throw unsupported(name, base);
        }
        String mediaType = md.get(Metadata.CONTENT_TYPE);
        mediaType = mediaType == null ? base : MediaType.parse(mediaType).getBaseType().toString();
        String title = md.get(TikaCoreProperties.TITLE);
        return new Extracted(sw.toString(), mediaType, title == null ? "" : title.trim(), flatten(md), diags,
                tables.tables());
    }

    /** Skips embedded parts (images, OLE objects) entirely: no text, no file names in the text. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // not parsed
        }
    };

    private static LoadException unsupported(String name, String type) {
        return new LoadException(name, LoadException.Reason.UNSUPPORTED, "no text parser for " + type,
                type.equals("application/zip") ? LoadException.Remedy.ARCHIVE : null, null);
    }

    private static EncodingDetector fixed(Charset cs) {
        return (in, md) -> cs;
    }

    private static Map<String, String> flatten(Metadata md) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : md.names()) {
            if (out.size() >= MAX_METADATA_ENTRIES) {
                break;
            }
            String v = String.join("; ", md.getValues(n));
            out.put(n, StringUtils.truncate(v, MAX_METADATA_VALUE));
        }
        return out;
    }

    /** Maps a parse failure, walking its causes, to a typed {@link LoadException}. */
    static LoadException map(String name, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String cls = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (c instanceof EncryptedDocumentException || cls.endsWith("InvalidPasswordException")
                    || cls.endsWith(".EncryptedDocumentException")) {
                return new LoadException(name, LoadException.Reason.ENCRYPTED,
                        "password-protected or encrypted document", t);
            }
            if (c instanceof ZeroByteFileException) {
                return new LoadException(name, LoadException.Reason.EMPTY, "no bytes", t);
            }
            if (c instanceof TikaMemoryLimitException || c instanceof FileTooLongException
                    || msg.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new LoadException(name, LoadException.Reason.TOO_LARGE, firstLine(msg), t);
            }
            if (c instanceof TikaTimeoutException) {
                return new LoadException(name, LoadException.Reason.TIMEOUT, firstLine(msg), t);
            }
            if (c instanceof UnsupportedFormatException) {
                return new LoadException(name, LoadException.Reason.UNSUPPORTED, firstLine(msg), t);
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadException(name, LoadException.Reason.CORRUPT,
                "the parser failed: " + root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage())), t);
    }

    private static String firstLine(String s) {
        return StringUtils.substringBefore(s, '\n');
    }
}
