package io.github.zhibiao.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place with {@code \r}, for a terminal only: files done of
 * all, reports read (archive members counted one by one), failures, time spent and the time
 * left. It is drawn at once when created. Lines printed through {@link #println} clear the bar
 * first and let it be redrawn below them, and {@link #hide()} takes it off the line while records
 * are written to the same terminal, so nothing ever shares its line. When disabled it only passes
 * lines through.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private int files;
    private int reports;
    private int failed;
    private long drawn;
    private int lastWidth;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        if (enabled) {
            draw(started);
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** One more report read (a file, or a member of an archive), and whether it ended a file. */
    void advance(boolean report, boolean reportFailed, boolean endsFile) {
        if (report) {
            reports++;
        }
        if (reportFailed) {
            failed++;
        }
        if (endsFile) {
            files++;
        }
        long now = System.nanoTime();
        if (enabled && (now - drawn >= REDRAW_NANOS || files == total)) {
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

    /** Takes the bar off its line: records are about to be written to the same terminal. */
    void hide() {
        clear();
        err.flush();
    }

    /** Draws the bar again after {@link #hide()}. */
    void show() {
        if (enabled) {
            draw(System.nanoTime());
        }
    }

    private void draw(long now) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * files / total);
        String bar = "=".repeat(filled) + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "");
        String line = String.format("[%s] %d/%d files %3d%%  %d reports%s  %s  ETA %s",
                bar, files, total, total == 0 ? 100 : 100L * files / total, reports,
                failed == 0 ? "" : "  " + failed + " failed", clock(now - started), eta(now));
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
        drawn = now;
    }

    /** Time left at the pace so far; {@code --:--} until the first file is done. */
    private String eta(long now) {
        if (files == 0) {
            return "--:--";
        }
        return clock((now - started) / files * (total - files));
    }

    private void clear() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    private static String clock(long nanos) {
        long s = nanos / 1_000_000_000L;
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** Takes the bar off the screen. */
    @Override
    public void close() {
        clear();
        err.flush();
    }
}
