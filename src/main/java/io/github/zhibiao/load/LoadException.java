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

    /**
     * What to change when a limit or a setting refused the input: named as the library's builder
     * method in {@link #detail()} and {@link #getMessage()}, as the command line's flag in
     * {@link #commandLineDetail()}.
     */
    public enum Remedy {
        /** The input byte limit: {@code ReportLoader.Builder.maxInputBytes}, {@code --max-size}. */
        MAX_INPUT_BYTES("raise ReportLoader.Builder.maxInputBytes(...)", "raise it with --max-size (e.g. --max-size 200M)"),
        /** The text length limit: {@code ReportLoader.Builder.maxChars}, {@code --max-chars}. */
        MAX_CHARS("raise ReportLoader.Builder.maxChars(...) or set truncate(true) to keep the first part",
                "raise it with --max-chars (e.g. --max-chars 50M)"),
        /** The parse timeout: {@code ReportLoader.Builder.timeout}, {@code --timeout}. */
        TIMEOUT("raise ReportLoader.Builder.timeout(...) if the file is genuine",
                "raise it with --timeout if the file is genuine (e.g. --timeout 5m)"),
        /** The charset of text input: {@code ReportLoader.Builder.charset}, {@code --charset}. */
        CHARSET("if it is text in an unusual encoding, name it with ReportLoader.Builder.charset(...)",
                "if it is text in an unusual encoding, name it with --charset (e.g. --charset GBK)"),
        /** The expanded-size limit of zip containers: {@code ReportLoader.Builder.maxExpandedBytes}; no flag. */
        MAX_EXPANDED_BYTES("raise ReportLoader.Builder.maxExpandedBytes(...) if it is genuine", null),
        /** An archive of reports given where one report is read. */
        ARCHIVE("an archive of reports: Zhibiao.extractAll(path) or ReportLoader.loadArchive(path) read its members",
                "an archive: zhibiao extract reads the members of a .zip (not of an archive inside one);"
                        + " zhibiao text ARCHIVE.zip!MEMBER prints one");

        private final String library;
        private final String commandLine;

        Remedy(String library, String commandLine) {
            this.library = library;
            this.commandLine = commandLine;
        }

        /**
         * The remedy in the library's words (the builder method to call).
         *
         * @return the hint
         */
        public String library() {
            return library;
        }

        /**
         * The remedy in the command line's words (the flag to give), or null when no flag sets it.
         *
         * @return the hint, or null
         */
        public String commandLine() {
            return commandLine;
        }
    }

    /** The name of the input that failed. */
    private final String fileName;
    /** Why it failed. */
    private final Reason reason;
    /** The explanation alone, without file name, reason and remedy. */
    private final String fact;
    /** What to change, or null. */
    private final Remedy remedy;

    /**
     * @param fileName the name of the input (never null; use {@code "<stream>"} when unknown)
     * @param reason   why loading failed
     * @param detail   a plain-language explanation, ideally with what to do
     * @param cause    the underlying exception, or null
     */
    public LoadException(String fileName, Reason reason, String detail, Throwable cause) {
        this(fileName, reason, detail, null, cause);
    }

    /**
     * A failure that a setting can remedy: the message ends with the remedy in the library's words.
     *
     * @param fileName the name of the input (never null; use {@code "<stream>"} when unknown)
     * @param reason   why loading failed
     * @param fact     what is wrong, without the remedy ({@code input of 35 bytes exceeds the limit of 10 bytes})
     * @param remedy   what to change, or null
     * @param cause    the underlying exception, or null
     */
    public LoadException(String fileName, Reason reason, String fact, Remedy remedy, Throwable cause) {
        super(Objects.requireNonNull(fileName, "fileName") + ": " + reason.label() + ": " + join(fact,
                remedy == null ? null : remedy.library()), cause);
        this.fileName = fileName;
        this.reason = reason;
        this.fact = fact;
        this.remedy = remedy;
    }

    private static String join(String fact, String hint) {
        return hint == null ? fact : fact + "; " + hint;
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
        return join(fact, remedy == null ? null : remedy.library());
    }

    /**
     * The explanation as the command line gives it: the remedy names the flag to use
     * ({@code --max-size}, {@code --max-chars}, {@code --timeout}, {@code --charset}).
     *
     * @return the explanation with the command line's remedy
     */
    public String commandLineDetail() {
        return join(fact, remedy == null ? null : remedy.commandLine());
    }

    /**
     * What to change for the input to load, or null.
     *
     * @return the remedy, or null
     */
    public Remedy remedy() {
        return remedy;
    }
}
