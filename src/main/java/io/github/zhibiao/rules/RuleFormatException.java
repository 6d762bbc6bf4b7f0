package io.github.zhibiao.rules;

/**
 * A rules file has a line that does not follow the format; the message is {@code file:line: reason}.
 * An {@link IllegalArgumentException}, as a bad argument to the loader.
 */
public final class RuleFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * A format error at one line of a rules file.
     *
     * @param source the file or source name
     * @param line the 1-based line number
     * @param message what is wrong with the line
     */
    public RuleFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
