package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.segment.HanlpSegmenter;

import java.util.List;

/**
 * Start-up work begun at once on background threads, so that it overlaps picocli's parsing and
 * the other start-up work of the main thread: HanLP's dictionaries and models on two threads, the
 * default extractor's rules on a third. Whoever needs them later waits for the work in progress
 * (class initialization and {@link Extractor#defaults()} are both built once, under a lock),
 * never repeats it. Nothing here changes a result; a failure is left for the main thread to meet.
 */
final class WarmUp {

    private WarmUp() {
    }

    /**
     * Whether the command will extract: {@code extract} or {@code text} without a help or version
     * option. Only these pay for the warm-up; {@code --version} and usage errors stay light.
     */
    static boolean worthIt(List<String> args) {
        if (args.isEmpty() || !(args.get(0).equals("extract") || args.get(0).equals("text"))) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** Starts the warm-up threads (daemons: they never keep the JVM alive). */
    static void start() {
        List<Runnable> hanlp = HanlpSegmenter.preloadParts();
        for (int i = 0; i < hanlp.size(); i++) {
            daemon("zhibiao-warm-up-hanlp-" + (i + 1), hanlp.get(i));
        }
        daemon("zhibiao-warm-up-rules", Extractor::defaults);
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // the main thread meets the same failure when it needs the work, and reports it
                // in one line; a warm-up thread prints nothing
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
