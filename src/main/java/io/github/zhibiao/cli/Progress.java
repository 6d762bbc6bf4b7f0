package io.github.zhibiao.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place with {@code \r}, for a terminal only. Lines printed
 * through {@link #println} clear the bar first and let it be redrawn below them, so error lines
 * never mix with it. When disabled it only passes lines through.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private int done;
    private int failed;
    private long drawn;
    private int lastWidth;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.drawn = started - REDRAW_NANOS;   // the first file draws at once
    }

    boolean enabled() {
        return enabled;
    }

    /** One more file handled. */
    void advance(boolean fileFailed) {
        done++;
        if (fileFailed) {
            failed++;
        }
        long now = System.nanoTime();
        if (enabled && (now - drawn >= REDRAW_NANOS || done == total)) {
            draw(now);
        }
    }

    /** A line of its own on stderr (an error), above the bar. */
    void println(String line) {
        clear();
        err.println(line);
        if (enabled) {
            draw(System.nanoTime());
        } else {
            err.flush();
        }
    }

    private void draw(long now) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        String bar = "=".repeat(filled) + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "");
        String line = String.format("[%s] %d/%d files %3d%%%s  %s",
                bar, done, total, total == 0 ? 100 : 100L * done / total,
                failed == 0 ? "" : "  " + failed + " failed", elapsed(now));
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
        drawn = now;
    }

    private void clear() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    private String elapsed(long now) {
        long s = (now - started) / 1_000_000_000L;
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** Takes the bar off the screen. */
    @Override
    public void close() {
        clear();
        err.flush();
    }
}
