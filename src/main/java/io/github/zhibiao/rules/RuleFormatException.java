package io.github.zhibiao.rules;

/** A rules file has a line that does not follow the format; the message names file and line. */
public final class RuleFormatException extends RuntimeException {

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
