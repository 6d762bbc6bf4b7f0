package io.github.zhibiao.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Validate;

/**
 * Loads a report file into a {@link LoadedReport}: plain text in any common Chinese encoding,
 * HTML, Word (.docx, .doc), PDF, RTF and OFD.
 *
 * <pre>{@code
 * ReportLoader loader = ReportLoader.builder()
 *         .maxInputBytes(32 << 20)          // refuse bigger inputs (TOO_LARGE)
 *         .maxChars(2_000_000)              // refuse longer texts, or cut them with truncate(true)
 *         .build();
 * LoadedReport r = loader.load(Path.of("2023年统计公报.docx"));
 * String text = r.text();
 * }</pre>
 *
 * <h2>How a format is chosen</h2>
 * By content first, then by name: {@code %PDF} → PDF; a zip with {@code OFD.xml} → OFD, any other
 * zip → Office (via Tika); an OLE2 or RTF signature → Word/RTF; {@code <html}/{@code <!DOCTYPE html}
 * or an {@code .htm(l)} name → HTML; anything else is decoded as plain text, and binary data that is
 * not text fails with {@link LoadException.Reason#UNREADABLE_ENCODING}. Image, archive and
 * executable signatures fail with {@link LoadException.Reason#UNSUPPORTED}.
 *
 * <h2>Plain text</h2>
 * Decoded without Tika (no start-up cost): a forced charset, else a byte-order mark (UTF-8,
 * UTF-16LE/BE, GB18030), else strict UTF-8, else the better of GB18030 (a superset of GBK and
 * GB2312) and Big5, judged by how much Chinese punctuation each decoding yields and by the share of
 * common simplified characters; a guess is reported as {@link Diagnostic.Code#CHARSET_GUESSED}.
 * UTF-16 without a byte-order mark is told by its zero bytes. A text with a few bad bytes (at most
 * one invalid sequence or stray control byte, plus one per 1,000 characters) is read with U+FFFD
 * in their place and a {@link Diagnostic.Code#MALFORMED_INPUT} diagnostic (count, first offset).
 * The text is the file's text exactly (line ends untouched, byte-order mark removed).
 *
 * <h2>Office, PDF, HTML</h2>
 * A format the loader names itself (PDF, docx/xlsx/pptx, doc/xls/ppt, RTF, HTML) goes straight to
 * its own Tika parser, created on first use and shared by all threads; anything else goes to
 * Tika's auto-detecting parser, one per loader (building it costs about a second of CPU). A PDF
 * of 16 pages or more is read as page ranges at once on several processors (shared by the PDFs
 * being loaded at the same time), each range on its own thread with its own copy of the document;
 * the joined text, metadata and errors are the whole document's, byte for byte. Its text goes
 * through a light layout normalization: CR LF and CR become LF, spaces and tabs at line ends are
 * removed, runs of blank lines become one blank line, and leading and trailing blank lines are
 * dropped. HTML gives its body text with block elements (paragraphs, divs, list items, table
 * rows, headings, line breaks) on separate lines; its charset is chosen by the loader (forced, BOM,
 * {@code <meta charset>}, detection) and recorded like a text file's.
 *
 * <h2>Limits; truncation is never silent</h2>
 * Inputs over {@code maxInputBytes} fail with {@code TOO_LARGE} before they are read whole. Texts
 * over {@code maxChars} fail with {@code TOO_LARGE}, unless {@code truncate(true)} is set: then the
 * first {@code maxChars} characters are kept and a {@link Diagnostic.Code#TRUNCATED} diagnostic is
 * added. Zip containers (docx, OFD) are inflated once under a size and ratio guard before any
 * parser sees them, so zip bombs fail fast with {@code TOO_LARGE}; parses that exceed
 * {@code timeout} fail with {@code TIMEOUT} (the worker thread is interrupted; a parser that
 * ignores interrupts runs on in a daemon thread until it finishes).
 *
 * <p>Immutable and thread-safe: one loader can serve a whole batch from many threads.
 */
public final class ReportLoader {

    /** Default input limit: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;
    /** Default text limit: 10 million chars (a long government report has about 100 thousand). */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;
    /** Default limit on the expanded size of a zip container: 512 MiB. */
    public static final long DEFAULT_MAX_EXPANDED_BYTES = 512L << 20;
    /** Default parse timeout: 60 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final int MAX_ZIP_RATIO = 100;
    /** The OOXML main parts loaded without detection: document, workbook, presentation. */
    private static final List<String> OOXML_KINDS = List.of("wordprocessingml.document",
            "spreadsheetml.sheet", "presentationml.presentation");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private final Charset charset;
    private final long maxInputBytes;
    private final int maxChars;
    private final boolean truncate;
    private final Duration timeout;
    private final long maxExpandedBytes;
    private final TikaExtractor tika = new TikaExtractor();

    private ReportLoader(Builder b) {
        this.charset = b.charset;
        this.maxInputBytes = b.maxInputBytes;
        this.maxChars = b.maxChars;
        this.truncate = b.truncate;
        this.timeout = b.timeout;
        this.maxExpandedBytes = b.maxExpandedBytes;
    }

    /**
     * A loader with the default limits and charset detection.
     *
     * @return a loader with the default settings
     */
    public static ReportLoader defaults() {
        return builder().build();
    }

    /**
     * Starts a loader configuration.
     *
     * @return a new builder with the default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The forced charset for text input, or null when it is detected.
     *
     * @return the forced charset, or null
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Inputs with more bytes fail with {@code TOO_LARGE}.
     *
     * @return the byte limit
     */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Texts with more chars fail with {@code TOO_LARGE}, or are cut when {@link #truncate()}.
     *
     * @return the char limit
     */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Whether a text over {@link #maxChars()} is cut rather than refused.
     *
     * @return true to cut
     */
    public boolean truncate() {
        return truncate;
    }

    /**
     * The longest time one Tika parse may take.
     *
     * @return the parse timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Zip containers (docx, OFD, archives) expanding to more bytes fail with {@code TOO_LARGE}.
     *
     * @return the expanded-size limit
     */
    public long maxExpandedBytes() {
        return maxExpandedBytes;
    }

    /**
     * Loads a file; the report's name is the file name without folders.
     *
     * @param path the file to load
     * @return the loaded report
     * @throws LoadException naming the file and the reason when it cannot be loaded
     */
    public LoadedReport load(Path path) throws LoadException {
        return load(readFile(path), fileName(path));
    }

    /**
     * Loads from a stream, reading at most {@code maxInputBytes + 1} bytes; the stream is not closed.
     *
     * @param in the input
     * @param name the file name, used for format hints and messages (may be null: {@code "<stream>"})
     * @return the loaded report
     * @throws LoadException naming the input and the reason when it cannot be loaded
     */
    public LoadedReport load(InputStream in, String name) throws LoadException {
        String n = name == null ? "<stream>" : name;
        return load(readStream(in, n), n);
    }

    /**
     * Loads from bytes.
     *
     * @param bytes the file's content
     * @param name the file name, used for format hints and messages
     * @return the loaded report
     * @throws LoadException naming the input and the reason when it cannot be loaded
     */
    public LoadedReport load(byte[] bytes, String name) throws LoadException {
        Objects.requireNonNull(bytes, "bytes");
        String n = name == null ? "<stream>" : name;
        if (bytes.length == 0) {
            throw new LoadException(n, LoadException.Reason.EMPTY, "the input has no bytes");
        }
        if (bytes.length > maxInputBytes) {
            throw tooBig(n, bytes.length);
        }
        Sniff sniff = Sniff.of(bytes, n);
        String mismatch = Sniff.mismatch(sniff, n);
        if (mismatch != null) {
            throw new LoadException(n, LoadException.Reason.CORRUPT, mismatch);
        }
        switch (sniff) {
            case PDF:
                return fromTika(TikaExtractor.Known.PDF.type, bytes, n, null, null, new ArrayList<>());
            case OLE2:
                return fromTika(TikaExtractor.Known.OLE2.type, bytes, n, null, null, new ArrayList<>());
            case RTF:
                return fromTika(TikaExtractor.Known.RTF.type, bytes, n, null, null, new ArrayList<>());
            case ZIP:
                return fromZip(bytes, n);
            case HTML:
                return fromHtml(bytes, n);
            case TEXT:
                return fromText(bytes, n);
            default:
                throw new LoadException(n, LoadException.Reason.UNSUPPORTED, Sniff.describe(bytes)
                        + " is not a report format (text, HTML, Word, PDF, RTF, OFD)");
        }
    }

    /**
     * Loads every file inside a zip archive (member names in UTF-8 or, for older Chinese archives,
     * GBK), each as {@link #load(byte[], String)} would; a member that fails is returned with its
     * error. The whole archive is under the same size and zip-bomb guard as a docx.
     *
     * @param zip the archive file
     * @return one member per file in the archive, in archive order
     * @throws LoadException when the archive itself cannot be read
     */
    public List<ArchiveMember> loadArchive(Path zip) throws LoadException {
        List<ArchiveMember> out = new ArrayList<>();
        loadArchive(zip, out::add);
        return out;
    }

    /**
     * Loads the files inside a zip archive one at a time, handing each to {@code each} before the
     * next is read, so only one member's bytes and text are held at a time (besides the archive's
     * own bytes, at most {@code maxInputBytes}). A member that fails, one larger than
     * {@code maxInputBytes} included, is handed over with its error. The archive is under the
     * same size and zip-bomb guard as a docx; a bomb is found as it is reached, after the members
     * before it were handed over.
     *
     * @param zip  the archive
     * @param each receives every member in zip order
     * @throws LoadException when the archive itself cannot be read
     */
    public void loadArchive(Path zip, java.util.function.Consumer<ArchiveMember> each) throws LoadException {
        String n = fileName(zip);
        long size = regularFileSize(zip);
        if (size == 0) {
            throw new LoadException(n, LoadException.Reason.EMPTY, "the input has no bytes");
        }
        // ZipFile reads the central directory and then one member at a time from the disk: the
        // archive is never held whole, and each member's size is known before it is read.
        try (java.util.zip.ZipFile z = openZip(zip)) {
            // The central directory says how many entries there are: too many is refused before
            // any member is read, never after some were handed over.
            checkEntryCount(z, n);
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = z.entries();
            long expanded = 0;
            int count = 0;
            int members = 0;
            byte[] buf = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                if (++count > ZipGuard.MAX_ENTRIES) {
                    throw new LoadException(n, LoadException.Reason.TOO_LARGE,
                            "zip container has more than " + ZipGuard.MAX_ENTRIES + " entries");
                }
                String path = e.getName();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!isMember(e)) {
                    continue;
                }
                members++;
                if (e.getSize() > maxInputBytes) {
                    each.accept(new ArchiveMember(path, null, new LoadException(name, LoadException.Reason.TOO_LARGE,
                            "archive member of " + e.getSize() + " bytes exceeds the limit of " + maxInputBytes
                                    + " bytes, not read", LoadException.Remedy.MAX_INPUT_BYTES, null)));
                    continue;
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(
                        (int) Math.max(32, Math.min(maxInputBytes, e.getSize())));
                long read = 0;
                try (InputStream in = z.getInputStream(e)) {
                    int k;
                    while ((k = in.read(buf)) > 0) {
                        read += k;
                        expanded += k;
                        if (expanded > maxExpandedBytes || expanded > (long) MAX_ZIP_RATIO * Math.max(size, 1) + (8L << 20)) {
                            throw new LoadException(n, LoadException.Reason.TOO_LARGE, "zip bomb: archive of " + size
                                    + " bytes expands to more than " + expanded + " bytes", LoadException.Remedy.MAX_EXPANDED_BYTES, null);
                        }
                        if (read > maxInputBytes) {
                            out = null;
                            break;
                        }
                        out.write(buf, 0, k);
                    }
                }
                ArchiveMember m;
                try {
                    m = new ArchiveMember(path, load(out == null ? tooBigMember(name, read) : out.toByteArray(), name), null);
                } catch (LoadException x) {
                    m = new ArchiveMember(path, null, x);
                }
                out = null;   // the member's bytes go before the next is read
                each.accept(m);
            }
            if (count == 0) {
                throw new LoadException(n, LoadException.Reason.CORRUPT, "zip container holds no entries (truncated?)");
            }
            if (members == 0) {
                throw new LoadException(n, LoadException.Reason.EMPTY, "the archive holds folders only, no file");
            }
        } catch (java.util.zip.ZipException e) {
            throw zipFailure(n, e);
        } catch (IOException e) {
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    private static void checkEntryCount(java.util.zip.ZipFile z, String n) throws LoadException {
        if (z.size() > ZipGuard.MAX_ENTRIES) {
            throw new LoadException(n, LoadException.Reason.TOO_LARGE, "the archive has " + z.size()
                    + " entries, more than the " + ZipGuard.MAX_ENTRIES + " read from one archive; nothing was read"
                    + " (split it into smaller archives, or unpack it and extract the folder)");
        }
    }

    /** A zip the JDK refuses: encrypted (the flag bit of an entry) or damaged. */
    static LoadException zipFailure(String n, java.util.zip.ZipException e) {
        if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("encrypted")) {
            return new LoadException(n, LoadException.Reason.ENCRYPTED, "password-protected (encrypted) zip"
                    + " entries; unpack it with the password, then extract the files", e);
        }
        return new LoadException(n, LoadException.Reason.CORRUPT, "damaged zip container: " + e.getMessage(), e);
    }

    /**
     * The paths of the files inside a zip archive, in archive order, as {@link #loadArchive(Path)}
     * names its members (folders and macOS metadata left out); nothing is inflated.
     *
     * @param zip the archive
     * @return the member paths
     * @throws LoadException when the archive cannot be read
     */
    public List<String> archiveMembers(Path zip) throws LoadException {
        String n = fileName(zip);
        regularFileSize(zip);
        try (java.util.zip.ZipFile z = openZip(zip)) {
            checkEntryCount(z, n);
            List<String> out = new ArrayList<>();
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                if (isMember(e)) {
                    out.add(e.getName());
                }
            }
            return out;
        } catch (java.util.zip.ZipException e) {
            throw zipFailure(n, e);
        } catch (IOException e) {
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMember(java.util.zip.ZipEntry e) {
        String path = e.getName();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !(e.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith("._"));
    }

    /**
     * Loads one file of a zip archive, named by its path inside it ({@code 2024/b.docx}, as the
     * records of {@link #loadArchive(Path)} name it after the {@code !}); the report is named by
     * the member's file name. Only that member is inflated.
     *
     * @param zip    the archive
     * @param member the member's path in the archive
     * @return the loaded report
     * @throws LoadException when the archive or the member cannot be read ({@code IO} for a member not in it)
     */
    public LoadedReport loadMember(Path zip, String member) throws LoadException {
        String n = fileName(zip);
        long size = regularFileSize(zip);
        String name = member.substring(member.lastIndexOf('/') + 1);
        try (java.util.zip.ZipFile z = openZip(zip)) {
            checkEntryCount(z, n);
            java.util.zip.ZipEntry e = z.getEntry(member);
            if (e == null || e.isDirectory()) {
                throw new LoadException(n + "!" + member, LoadException.Reason.IO, "no such file in the archive " + n);
            }
            if (e.getSize() > maxInputBytes) {
                tooBigMember(name, e.getSize());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, Math.min(maxInputBytes, e.getSize())));
            long read = 0;
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = z.getInputStream(e)) {
                int k;
                while ((k = in.read(buf)) > 0) {
                    read += k;
                    if (read > maxExpandedBytes || read > (long) MAX_ZIP_RATIO * Math.max(size, 1) + (8L << 20)) {
                        throw new LoadException(n, LoadException.Reason.TOO_LARGE, "zip bomb: archive of " + size
                                + " bytes expands to more than " + read + " bytes", LoadException.Remedy.MAX_EXPANDED_BYTES, null);
                    }
                    if (read > maxInputBytes) {
                        tooBigMember(name, read);
                    }
                    out.write(buf, 0, k);
                }
            }
            return load(out.toByteArray(), name);
        } catch (java.util.zip.ZipException e) {
            throw zipFailure(n, e);
        } catch (IOException e) {
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads every file inside a zip archive given as bytes, as {@link #loadArchive(Path)} does
     * for a file: for a distributed job that already holds the archive's bytes (at most
     * {@code maxInputBytes} of them), under the same zip-bomb guard.
     *
     * @param bytes the archive
     * @param name  the archive's name, used in messages
     * @return every member in zip order, each with its report or its error
     * @throws LoadException when the archive itself cannot be read
     */
    public List<ArchiveMember> loadArchive(byte[] bytes, String name) throws LoadException {
        Objects.requireNonNull(bytes, "bytes");
        String n = name == null ? "<stream>" : name;
        if (bytes.length > maxInputBytes) {
            throw tooBig(n, bytes.length);
        }
        if (bytes.length == 0) {
            throw new LoadException(n, LoadException.Reason.EMPTY, "the input has no bytes");
        }
        Map<String, byte[]> members = new ZipGuard(maxExpandedBytes, MAX_ZIP_RATIO).scan(bytes, n,
                p -> !p.startsWith("__MACOSX/") && !p.substring(p.lastIndexOf('/') + 1).startsWith("._"));
        List<ArchiveMember> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            String member = m.getKey().substring(m.getKey().lastIndexOf('/') + 1);
            try {
                out.add(new ArchiveMember(m.getKey(), load(m.getValue(), member), null));
            } catch (LoadException e) {
                out.add(new ArchiveMember(m.getKey(), null, e));
            }
        }
        return out;
    }

    /** Entry names in UTF-8, else (older Chinese tools) GBK: the central directory says which. */
    private static java.util.zip.ZipFile openZip(Path zip) throws IOException {
        try {
            return new java.util.zip.ZipFile(zip.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad entry name")) {
                return new java.util.zip.ZipFile(zip.toFile(), TextDecoder.GB18030);
            }
            throw e;
        }
    }

    private byte[] tooBigMember(String name, long size) throws LoadException {
        throw new LoadException(name, LoadException.Reason.TOO_LARGE, "archive member of at least " + size
                + " bytes exceeds the limit of " + maxInputBytes + " bytes, not read", LoadException.Remedy.MAX_INPUT_BYTES, null);
    }

    /** Whether this loader built Tika's auto-detecting parser (only a format it cannot name needs it). */
    boolean detectingParserBuilt() {
        return tika.detectingParserBuilt();
    }

    // ---- formats

    private LoadedReport fromText(byte[] bytes, String name) throws LoadException {
        List<Diagnostic> diags = new ArrayList<>();
        byte[] b = bytes;
        if (!truncate && (charset == null || charset.equals(java.nio.charset.StandardCharsets.UTF_8))) {
            // UTF-8 tells its length before it is decoded: a text too long is refused unread.
            long chars = TextDecoder.utf8Length(b);
            if (chars > maxChars) {
                throw new LoadException(name, LoadException.Reason.TOO_LARGE, "text of " + chars
                        + " characters is longer than the limit of " + maxChars + " characters",
                        LoadException.Remedy.MAX_CHARS, null);
            }
        }
        // Every supported charset needs at least one byte per 4 chars... and at most 4 bytes per char.
        if (b.length > 4L * maxChars) {
            if (!truncate) {
                throw new LoadException(name, LoadException.Reason.TOO_LARGE, "text of " + b.length
                        + " bytes is longer than the limit of " + maxChars + " characters",
                        LoadException.Remedy.MAX_CHARS, null);
            }
            b = cutAtLineEnd(b, (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxChars));
        }
        TextDecoder.Decoded d = TextDecoder.decode(b, charset, name);
        diags.addAll(d.diagnostics());
        String text = limit(d.text(), name, diags);
        if (text.isBlank()) {
            throw new LoadException(name, LoadException.Reason.EMPTY, "the text holds only white space");
        }
        return new LoadedReport(name, text, "text/plain", d.charset().name(), d.source(), firstLine(text),
                Map.of(), diags);
    }

    private LoadedReport fromHtml(byte[] bytes, String name) throws LoadException {
        List<Diagnostic> diags = new ArrayList<>();
        Charset cs;
        CharsetSource src;
        if (charset != null) {
            cs = charset;
            src = CharsetSource.FORCED;
        } else if (TextDecoder.bomCharset(bytes) != null) {
            cs = TextDecoder.bomCharset(bytes);
            src = CharsetSource.BOM;
        } else {
            Charset declared = declaredCharset(bytes);
            if (declared != null && TextDecoder.decodeStrict(bytes, 0, declared) != null) {
                cs = declared;
                src = CharsetSource.DECLARED;
            } else {
                TextDecoder.Decoded d = TextDecoder.detect(bytes, 0, name, diags);
                if (declared != null) {
                    diags.add(new Diagnostic(Diagnostic.Code.CHARSET_DECLARATION_IGNORED, "declared charset "
                            + declared.name() + " cannot decode the page; used " + d.charset().name()));
                }
                cs = d.charset();
                src = CharsetSource.DETECTED;
            }
        }
        return fromTika(TikaExtractor.Known.HTML.type, bytes, name, cs, src, diags);
    }

    private LoadedReport fromZip(byte[] bytes, String name) throws LoadException {
        ZipGuard guard = new ZipGuard(maxExpandedBytes, MAX_ZIP_RATIO);
        // The guard inflates every entry; only the two that tell the format are kept (a docx's
        // parts go to its parser, which reads them again under the write limit).
        Map<String, byte[]> roots = guard.scan(bytes, name, p -> p.equals("[Content_Types].xml")
                || p.equals("OFD.xml") || p.equals("/OFD.xml"));
        if (!OfdReader.isOfd(roots)) {
            return fromTika(ooxmlType(roots), bytes, name, null, null, new ArrayList<>());
        }
        Map<String, byte[]> xml = guard.scan(bytes, name, p -> p.toLowerCase(Locale.ROOT).endsWith(".xml"));
        OfdReader.OfdText ofd = OfdReader.read(xml, name, maxChars);
        List<Diagnostic> diags = new ArrayList<>(ofd.diagnostics());
        if (!ofd.complete() && !truncate) {
            throw new LoadException(name, LoadException.Reason.TOO_LARGE, "OFD text longer than the limit of " + maxChars
                    + " characters (reading stopped there)",
                    LoadException.Remedy.MAX_CHARS, null);
        }
        String text = limit(ofd.text(), name, diags);
        if (text.isBlank()) {
            throw new LoadException(name, LoadException.Reason.EMPTY, "the OFD pages hold no text objects");
        }
        String title = ofd.title().isEmpty() ? firstLine(text) : ofd.title();
        return new LoadedReport(name, text, "application/ofd", null, null, title, ofd.metadata(), diags);
    }

    /** Through Tika: straight to the parser of {@code type} when it is a known one, else detected. */
    private LoadedReport fromTika(String type, byte[] bytes, String name, Charset htmlCharset, CharsetSource src,
            List<Diagnostic> diags) throws LoadException {
        return fromTika(tika.extract(type, bytes, name, htmlCharset, maxChars, truncate, timeout), name, htmlCharset,
                src, diags);
    }

    /**
     * The type of a Word, Excel or PowerPoint (OOXML) package, from its main part's content type
     * in {@code [Content_Types].xml}; null for any other zip (left to Tika's detection).
     */
    static String ooxmlType(Map<String, byte[]> xml) {
        byte[] types = xml.get("[Content_Types].xml");
        if (types == null) {
            return null;
        }
        String t = new String(types, java.nio.charset.StandardCharsets.UTF_8);
        String found = null;
        for (String kind : OOXML_KINDS) {
            if (t.contains("application/vnd.openxmlformats-officedocument." + kind + ".main+xml")) {
                if (found != null) {
                    return null;   // two main parts: let Tika decide
                }
                found = "application/vnd.openxmlformats-officedocument." + kind;
            }
        }
        return found;
    }

    private LoadedReport fromTika(TikaExtractor.Extracted x, String name, Charset htmlCharset, CharsetSource src,
            List<Diagnostic> diags) throws LoadException {
        diags.addAll(x.diagnostics());
        if ("false".equals(x.metadata().get(org.apache.tika.metadata.AccessPermissions.EXTRACT_CONTENT.getName()))) {
            diags.add(new Diagnostic(Diagnostic.Code.EXTRACTION_RESTRICTED, "the document's permissions (set with an owner"
                    + " password) forbid extracting its text; it was read anyway: make sure you may use it"));
        }
        String text = normalizeLayout(x.text());
        if (text.isEmpty()) {
            throw new LoadException(name, LoadException.Reason.EMPTY,
                    "no extractable text (a scanned PDF without a text layer, or an empty document?)");
        }
        // HTML <title> is kept; Office and PDF files often carry a stale template title ("Microsoft
        // Word - 副本.doc", last year's report), trusted only when the text contains it.
        String meta = x.title().strip();
        String head = StringUtils.truncate(text, 3000);
        boolean trusted = htmlCharset != null || head.contains(meta);
        String title = !meta.isEmpty() && trusted ? meta : firstLine(text);
        return new LoadedReport(name, text, x.mediaType(), htmlCharset == null ? null : htmlCharset.name(),
                htmlCharset == null ? null : src, title, x.metadata(), diags, TableTracker.locate(x.tables(), text));
    }

    // ---- helpers

    private String limit(String text, String name, List<Diagnostic> diags) throws LoadException {
        if (text.length() <= maxChars) {
            return text;
        }
        if (!truncate) {
            throw new LoadException(name, LoadException.Reason.TOO_LARGE, "text of " + text.length()
                    + " characters is longer than the limit of " + maxChars + " characters",
                    LoadException.Remedy.MAX_CHARS, null);
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        diags.add(new Diagnostic(Diagnostic.Code.TRUNCATED, "text cut at maxChars=" + maxChars
                + " (of " + text.length() + " chars)"));
        return text.substring(0, end);
    }

    /** Cuts legacy-encoded bytes after a line feed (never inside a multi-byte character). */
    private static byte[] cutAtLineEnd(byte[] b, int max) {
        Charset bom = TextDecoder.bomCharset(b);
        if (bom != null && bom.name().startsWith("UTF-16")) {
            return java.util.Arrays.copyOf(b, max & ~1);
        }
        int cut = max;
        while (cut > 0 && b[cut - 1] != '\n') {
            cut--;
        }
        return java.util.Arrays.copyOf(b, cut == 0 ? max : cut);
    }

    static String normalizeLayout(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        StringBuilder out = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.split("\n", -1)) {
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end == 0) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(line, 0, end);
        }
        return out.toString();
    }

    /** The first line with at least two letters or Han characters (skips page numbers like "- 1 -"). */
    private static String firstLine(String text) {
        for (String line : text.split("\n", 50)) {
            String t = line.strip();
            if (t.codePoints().filter(Character::isLetter).limit(2).count() == 2) {
                return StringUtils.truncate(t, 200);
            }
        }
        return "";
    }

    private static Charset declaredCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(TextDecoder.head(bytes, 4096));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936")) {
            return TextDecoder.GB18030; // pages declared GB2312/GBK routinely use GBK-only characters
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private LoadException tooBig(String name, long size) {
        return new LoadException(name, LoadException.Reason.TOO_LARGE,
                "input of " + size + " bytes exceeds the limit of " + maxInputBytes + " bytes",
                LoadException.Remedy.MAX_INPUT_BYTES, null);
    }

    private byte[] readFile(Path path) throws LoadException {
        String n = fileName(path);
        regularFileSize(path);
        try {
            // Files.readAllBytes allocates the file's size once (a growing buffer would take twice).
            byte[] b = Files.readAllBytes(path);
            if (b.length > maxInputBytes) {
                throw tooBig(n, b.length);
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new LoadException(n, LoadException.Reason.IO, "no such file: " + path, e);
        } catch (OutOfMemoryError e) {
            throw new LoadException(n, LoadException.Reason.TOO_LARGE, "no heap left to read it; give Java more (-Xmx)", e);
        } catch (IOException e) {
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The size of a regular file within the limit; folders, FIFOs, devices, missing files and link loops refused. */
    private long regularFileSize(Path path) throws LoadException {
        String n = fileName(path);
        try {
            java.nio.file.attribute.BasicFileAttributes a =
                    Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new LoadException(n, LoadException.Reason.IO, "is a directory");
            }
            // A FIFO would block the run until someone writes to it, /dev/zero would never end:
            // only regular files are read.
            if (!a.isRegularFile()) {
                throw new LoadException(n, LoadException.Reason.UNSUPPORTED,
                        "not a regular file (a FIFO, device or socket); not read");
            }
            if (a.size() > maxInputBytes) {
                throw tooBig(n, a.size());
            }
            return a.size();
        } catch (NoSuchFileException e) {
            throw new LoadException(n, LoadException.Reason.IO, "no such file: " + path, e);
        } catch (java.nio.file.FileSystemException e) {
            String why = e.getReason() == null ? e.getMessage() : e.getReason();
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + path + ": " + why, e);
        } catch (IOException e) {
            throw new LoadException(n, LoadException.Reason.IO, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private byte[] readStream(InputStream in, String name) throws LoadException {
        Objects.requireNonNull(in, "in");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxInputBytes) {
                    throw tooBig(name, total);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.IO, "cannot read the input: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String fileName(Path path) {
        Path f = Objects.requireNonNull(path, "path").getFileName();
        return f == null ? path.toString() : f.toString();
    }

    /** Configures a {@link ReportLoader}. Not thread-safe; the loaders it builds are. */
    public static final class Builder {
        private Charset charset;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxChars = DEFAULT_MAX_CHARS;
        private boolean truncate;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxExpandedBytes = DEFAULT_MAX_EXPANDED_BYTES;

        private Builder() {
        }

        /**
         * Forces the charset of text and HTML input (null: detect).
         *
         * @param charset the charset, or null to detect it
         * @return this builder
         */
        public Builder charset(Charset charset) {
            this.charset = charset;
            return this;
        }

        /**
         * Inputs with more bytes fail with {@code TOO_LARGE} (default 64 MiB).
         *
         * @param maxInputBytes the byte limit
         * @return this builder
         */
        public Builder maxInputBytes(long maxInputBytes) {
            Validate.isTrue(maxInputBytes > 0, "maxInputBytes must be positive: %d", maxInputBytes);
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * Texts with more chars fail with {@code TOO_LARGE}, or are cut when {@link #truncate(boolean)} (default 10 M).
         *
         * @param maxChars the char limit
         * @return this builder
         */
        public Builder maxChars(int maxChars) {
            Validate.isTrue(maxChars > 0, "maxChars must be positive: %d", maxChars);
            this.maxChars = maxChars;
            return this;
        }

        /**
         * Keep the first {@code maxChars} chars of a longer text, with a {@code TRUNCATED} diagnostic (default false).
         *
         * @param truncate true to cut longer texts instead of refusing them
         * @return this builder
         */
        public Builder truncate(boolean truncate) {
            this.truncate = truncate;
            return this;
        }

        /**
         * Longest time one Tika parse may take (default 60 s).
         *
         * @param timeout the parse timeout
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Validate.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s", timeout);
            this.timeout = timeout;
            return this;
        }

        /**
         * Zip containers (docx, OFD, archives) expanding to more bytes fail with {@code TOO_LARGE} (default 512 MiB).
         *
         * @param maxExpandedBytes the expanded-size limit
         * @return this builder
         */
        public Builder maxExpandedBytes(long maxExpandedBytes) {
            Validate.isTrue(maxExpandedBytes > 0, "maxExpandedBytes must be positive: %d", maxExpandedBytes);
            this.maxExpandedBytes = maxExpandedBytes;
            return this;
        }

        /**
         * Builds the loader.
         *
         * @return a new immutable loader
         */
        public ReportLoader build() {
            return new ReportLoader(this);
        }
    }
}
