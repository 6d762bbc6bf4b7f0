package io.github.zhibiao.load;

import java.util.Objects;

/**
 * A report that could not be loaded: carries the file name and a {@link Reason}, and its message
 * says what went wrong and, where there is one, what to do about it.
 *
 * <pre>{@code
 * try {
 *     LoadedReport r = loader.load(path);
 * } catch (LoadException e) {
 *     if (e.reason() == LoadException.Reason.ENCRYPTED) { ... }   // "报告.pdf: encrypted: ..."
 * }
 * }</pre>
 *
 * <p>Tika's exception classes map to reasons as follows: {@code ZeroByteFileException} to
 * {@link Reason#EMPTY}; {@code EncryptedDocumentException} to {@link Reason#ENCRYPTED};
 * {@code WriteLimitReachedException}, {@code TikaMemoryLimitException} and POI's zip-bomb
 * refusal to {@link Reason#TOO_LARGE}; {@code TikaTimeoutException} to {@link Reason#TIMEOUT};
 * {@code UnsupportedFormatException} to {@link Reason#UNSUPPORTED}; every other
 * {@code TikaException}, and runtime failures inside a parser, to {@link Reason#CORRUPT}.
 */
public final class LoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a report could not be loaded. */
    public enum Reason {
        /** The input has no bytes, or a document holds no extractable text (e.g. a scanned PDF). */
        EMPTY("empty"),
        /** The document is password-protected or encrypted. */
        ENCRYPTED("encrypted"),
        /** The bytes are not a well-formed document of the format they claim (truncated, damaged). */
        CORRUPT("corrupt"),
        /** Input bytes, expanded container size or text length exceed the loader's limits. */
        TOO_LARGE("too large"),
        /** A format the loader does not read (images, archives, executables...). */
        UNSUPPORTED("unsupported format"),
        /** Text whose encoding could not be recognized, or binary data given as text. */
        UNREADABLE_ENCODING("unreadable encoding"),
        /** Parsing took longer than the loader's timeout. */
        TIMEOUT("timeout"),
        /** The input could not be read (missing file, permissions, I/O error). */
        IO("I/O error");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /**
         * A short lower-case label used in messages.
         *
         * @return the label, e.g. {@code too large}
         */
        public String label() {
            return label;
        }
    }

    /** The name of the input that failed. */
    private final String fileName;
    /** Why it failed. */
    private final Reason reason;
    /** The explanation alone, without file name and reason. */
    private final String detail;

    /**
     * @param fileName the name of the input (never null; use {@code "<stream>"} when unknown)
     * @param reason   why loading failed
     * @param detail   a plain-language explanation, ideally with what to do
     * @param cause    the underlying exception, or null
     */
    public LoadException(String fileName, Reason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(fileName, "fileName") + ": " + reason.label() + ": " + detail, cause);
        this.fileName = fileName;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Same as {@link #LoadException(String, Reason, String, Throwable)} without a cause.
     *
     * @param fileName the name of the input (never null; use {@code "<stream>"} when unknown)
     * @param reason why loading failed
     * @param detail a plain-language explanation, ideally with what to do
     */
    public LoadException(String fileName, Reason reason, String detail) {
        this(fileName, reason, detail, null);
    }

    /**
     * The name of the input that failed.
     *
     * @return the input's name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Why it failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The explanation alone, without file name and reason ({@code zip file is truncated}).
     *
     * @return the explanation
     */
    public String detail() {
        return detail;
    }
}
