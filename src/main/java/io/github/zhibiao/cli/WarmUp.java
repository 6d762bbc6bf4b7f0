package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;

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

    /** The options that make {@code extract} build an extractor of its own instead of the default one. */
    private static final List<String> OWN_EXTRACTOR = List.of("--rules", "--charset", "--max-size", "--timeout");

    /**
     * Whether the command will use the default extractor: no option that builds one of its own
     * ({@code --rules}, {@code --charset}, {@code --max-size}, {@code --timeout}) stands before {@code --}.
     */
    static boolean usesDefaultExtractor(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            for (String o : OWN_EXTRACTOR) {
                if (a.equals(o) || a.startsWith(o + "=")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Starts the warm-up threads (daemons: they never keep the JVM alive): HanLP always, the
     * default extractor only when the command will use it.
     */
    static void start(List<String> args) {
        List<Runnable> hanlp = Extractor.warmUpTasks();
        for (int i = 0; i < hanlp.size(); i++) {
            daemon("zhibiao-warm-up-hanlp-" + (i + 1), hanlp.get(i));
        }
        if (usesDefaultExtractor(args)) {
            daemon("zhibiao-warm-up-rules", Extractor::defaults);
        }
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
