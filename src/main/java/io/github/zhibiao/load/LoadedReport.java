package io.github.zhibiao.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of one loaded report and where it came from. Record offsets ({@code start}/{@code end}
 * in the indicator output) are indices into {@link #text()}.
 *
 * <pre>{@code
 * LoadedReport r = ReportLoader.defaults().load(Path.of("报告.gbk.txt"));
 * r.text();            // the file's text (a byte-order mark is not part of it)
 * r.mediaType();       // "text/plain"
 * r.charset();         // "GB18030"
 * r.charsetSource();   // CharsetSource.DETECTED
 * r.diagnostics();     // [Diagnostic[code=CHARSET_GUESSED, ...]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param fileName      the input's file name, without folders
 * @param text          the extracted text; for a plain-text file exactly the decoded file content
 *                      without a byte-order mark (line ends untouched)
 * @param mediaType     the detected media type without parameters, e.g. {@code text/plain},
 *                      {@code text/html}, {@code application/pdf}, {@code application/ofd}
 * @param charset       the charset name for text and HTML input, else null
 * @param charsetSource what decided {@link #charset()}, null when it is null
 * @param title         the document title from its metadata, else its first non-blank line
 *                      (at most 200 chars); empty when there is none
 * @param metadata      document metadata as flat name → value strings (multi-valued joined by "; ")
 * @param diagnostics   non-fatal notes, in the order they arose
 * @param tables        the tables the document's structure gives (Word, HTML), cells located in
 *                      {@link #text()}; empty for plain text, PDF and OFD
 */
public record LoadedReport(String fileName, String text, String mediaType, String charset,
        CharsetSource charsetSource, String title, Map<String, String> metadata,
        List<Diagnostic> diagnostics, List<LoadedTable> tables) {

    /**
     * A report without table structure.
     *
     * @param fileName the input's file name, without folders
     * @param text the extracted text; for a plain-text file exactly the decoded file content without a
     *     byte-order mark (line ends untouched)
     * @param mediaType the detected media type without parameters, e.g. {@code text/plain}, {@code
     *     text/html}, {@code application/pdf}, {@code application/ofd}
     * @param charset the charset name for text and HTML input, else null
     * @param charsetSource what decided {@link #charset()}, null when it is null
     * @param title the document title from its metadata, else its first non-blank line (at most 200 chars);
     *     empty when there is none
     * @param metadata document metadata as flat name → value strings (multi-valued joined by "; ")
     * @param diagnostics non-fatal notes, in the order they arose
     */
    public LoadedReport(String fileName, String text, String mediaType, String charset,
            CharsetSource charsetSource, String title, Map<String, String> metadata, List<Diagnostic> diagnostics) {
        this(fileName, text, mediaType, charset, charsetSource, title, metadata, diagnostics, List.of());
    }

    /**
     * Checks the fields and copies the collections.
     *
     * @param fileName the input's file name, without folders
     * @param text the extracted text; for a plain-text file exactly the decoded file content without a
     *     byte-order mark (line ends untouched)
     * @param mediaType the detected media type without parameters, e.g. {@code text/plain}, {@code
     *     text/html}, {@code application/pdf}, {@code application/ofd}
     * @param charset the charset name for text and HTML input, else null
     * @param charsetSource what decided {@link #charset()}, null when it is null
     * @param title the document title from its metadata, else its first non-blank line (at most 200 chars);
     *     empty when there is none
     * @param metadata document metadata as flat name → value strings (multi-valued joined by "; ")
     * @param diagnostics non-fatal notes, in the order they arose
     * @param tables the tables the document's structure gives (Word, HTML), cells located in {@link #text()};
     *     empty for plain text, PDF and OFD
     */
    public LoadedReport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        if ((charset == null) != (charsetSource == null)) {
            throw new IllegalArgumentException("charset and charsetSource are both set or both null");
        }
        metadata = Map.copyOf(metadata);
        diagnostics = List.copyOf(diagnostics);
        tables = List.copyOf(tables);
    }

    /**
     * True when a diagnostic of {@code code} was recorded.
     *
     * @param code the diagnostic code to look for
     * @return whether {@link #diagnostics()} holds one of that code
     */
    public boolean has(Diagnostic.Code code) {
        return diagnostics.stream().anyMatch(d -> d.code() == code);
    }
}
