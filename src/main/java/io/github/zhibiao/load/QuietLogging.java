package io.github.zhibiao.load;

/**
 * Keeps the logging of Tika's dependencies off standard output and standard error when nobody
 * has configured logging, without binding a logging backend.
 *
 * <p>Why this shape: POI logs through the Log4j API, PDFBox through commons-logging (which
 * forwards to the Log4j API when present) and Tika through SLF4J. With no backend on the class
 * path, the Log4j API prints {@code ERROR Log4j API could not find a logging provider} on
 * standard output, then logs through its fallback {@code SimpleLogger} on standard error (a
 * damaged PDF prints a stack trace), and SLF4J prints a warning. That breaks JSON Lines on
 * stdout and the one-line-per-file contract of stderr. A library must not bind a backend (it
 * would fight the application's own), and must not silence an application that did configure
 * logging. So this class only sets system properties that are <em>unset</em>, and only when no
 * backend of that API is on the class path: then those messages have nowhere useful to go
 * anyway. An application that adds log4j-core or an SLF4J provider, or sets the property itself,
 * keeps its own behaviour. The command line's fat jar bundles no backend, so it is quiet too, by
 * the same rule; nothing in it needs a no-op backend of its own.
 *
 * <p>It must run before the first Log4j, commons-logging or SLF4J class initializes (they read
 * the properties once): {@link TikaExtractor}, the only class that reaches those libraries,
 * calls {@link #ensure()} in its static initializer.
 */
final class QuietLogging {

    static {
        ClassLoader cl = QuietLogging.class.getClassLoader();
        if (cl.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") == null
                && cl.getResource("META-INF/log4j-provider.properties") == null) {
            // "could not find a logging provider" and other status messages (2.24: StatusLogger.level).
            setIfUnset("log4j2.StatusLogger.level", "OFF");
            setIfUnset("log4j2.statusLoggerLevel", "OFF");
            // The fallback SimpleLogger: POI's and PDFBox's messages and stack traces.
            setIfUnset("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (cl.getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider") == null) {
            // "No SLF4J providers were found": SLF4J then discards every message anyway.
            setIfUnset("slf4j.internal.verbosity", "ERROR");
        }
    }

    private QuietLogging() {
    }

    /** Runs the static configuration once; later calls do nothing. */
    static void ensure() {
        // the work is in the static initializer
    }

    private static void setIfUnset(String key, String value) {
        try {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        } catch (SecurityException e) {
            // a locked-down JVM keeps its settings
        }
    }
}
