package io.github.zhibiao.load;

/** What decided the charset of a text input (see {@link LoadedReport#charsetSource()}). */
public enum CharsetSource {
    /** A byte-order mark at the start of the input (UTF-8, UTF-16 LE/BE, GB18030). */
    BOM,
    /** A declaration inside the document, such as an HTML {@code <meta charset>}. */
    DECLARED,
    /** The loader's own detector: valid UTF-8, or the better-scoring of GB18030 and Big5. */
    DETECTED,
    /** The caller named it with {@link ReportLoader.Builder#charset(java.nio.charset.Charset)}. */
    FORCED
}
