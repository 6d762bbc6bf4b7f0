package io.github.zhibiao.load;

import java.util.Objects;

/**
 * A non-fatal note about how a report was loaded: the text is usable, but the caller may want to
 * know, e.g. that it was cut at the configured limit or that its charset was a guess.
 *
 * @param code    what happened
 * @param message a plain-language explanation
 */
public record Diagnostic(Code code, String message) {

    /** Kinds of non-fatal notes. */
    public enum Code {
        /** The text was cut at the loader's {@code maxChars} limit ({@code truncate(true)} was set). */
        TRUNCATED,
        /** The charset of a text was guessed among legacy Chinese encodings (GB18030/GBK, Big5). */
        CHARSET_GUESSED,
        /** The declared charset (HTML meta) could not decode the bytes; a detected one was used. */
        CHARSET_DECLARATION_IGNORED,
        /** Some bytes were not valid in the chosen charset and were replaced by U+FFFD. */
        MALFORMED_INPUT,
        /** Something inside the document (an embedded part, a page) could not be read and was left out. */
        PART_SKIPPED,
        /** The PDF's permissions (its owner password) forbid extracting its text; it was read anyway. */
        EXTRACTION_RESTRICTED
    }

    /**
     * Checks that code and message are present.
     *
     * @param code what happened
     * @param message a plain-language explanation
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
