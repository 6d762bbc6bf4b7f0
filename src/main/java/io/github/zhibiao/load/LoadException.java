package io.github.zhibiao.load;

/**
 * A report could not be loaded. Carries the file name and a typed reason.
 *
 * <p>TEMPORARY SEAM: the loader work replaces this with the full typed family.
 */
public class LoadException extends Exception {

    /** Why a report could not be loaded. */
    public enum Reason { EMPTY, ENCRYPTED, CORRUPT, TOO_LARGE, UNSUPPORTED, UNREADABLE_ENCODING, IO }

    private final String fileName;
    private final Reason reason;

    public LoadException(String fileName, Reason reason, String message, Throwable cause) {
        super(fileName + ": " + message, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }
}
