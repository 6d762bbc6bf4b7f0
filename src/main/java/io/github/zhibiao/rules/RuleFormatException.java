package io.github.zhibiao.rules;

/** A rules file has a line that does not follow the format; the message names file and line. */
public final class RuleFormatException extends RuntimeException {

    public RuleFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
