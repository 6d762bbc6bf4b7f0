package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.RecordSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code zhibiao} command line: {@code java -jar zhibiao-all.jar extract [options] FILE_OR_DIR...}.
 *
 * <p>Exit status: 0 when every file was extracted, 1 when some failed (one line each on
 * stderr) or the output could not be written, 2 for a usage error. This is the only class of the
 * project that ends the JVM.
 */
@Command(name = "zhibiao",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns Chinese government reports into typed indicator records.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar zhibiao-all.jar extract report.docx",
            "  java -jar zhibiao-all.jar extract -f csv --bom -o out.csv reports/",
            "  java -jar zhibiao-all.jar extract --help",
            "  java -jar zhibiao-all.jar jshell        # JShell with the helpers loaded",
            "  java -jar zhibiao-all.jar schema > record.schema.json"})
public final class Main {

    /** The subcommands, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of("extract", "jshell", "text", "schema", "help");

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        List<String> argList = Arrays.asList(args);
        if (WarmUp.worthIt(argList)) {
            WarmUp.start(argList);
        }
        // Raw descriptors, UTF-8 whatever the locale: Chinese must survive `LANG=C`, and a
        // failing stdout (a closed pipe) must be seen, which System.out would hide.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter stderr = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = localeProblem(args, stderr) ? 2
                : execute(args, stdout, stderr, Terminal.detect(), ExtractorSource::open);
        stderr.flush();
        System.exit(status);
    }

    /**
     * Java 17 decodes command-line arguments and file names with the locale's charset, and there
     * is no way to change that from inside the JVM ({@code -Dsun.jnu.encoding} is ignored). Under
     * {@code LANG=C} a Chinese file name arrives as replacement characters and cannot be opened:
     * say exactly what to set instead of failing on a garbled name. A non-UTF-8 locale with ASCII
     * names only gets a one-line warning (names inside folders may still be Chinese).
     *
     * @return true when an argument was garbled: nothing can be done in this JVM
     */
    static boolean localeProblem(String[] args, PrintWriter err) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8")) {
            return false;
        }
        String fix = "run in a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar zhibiao-all.jar ...";
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                err.println("zhibiao: the locale's charset is " + jnu + ", not UTF-8, so Java cannot read the "
                        + "Chinese in the file name '" + Pipeline.escape(a) + "': " + fix);
                return true;
            }
        }
        if (args.length > 0 && args[0].equals("extract")) {
            err.println("zhibiao: WARNING: the locale's charset is " + jnu + ", not UTF-8: Chinese file names "
                    + "cannot be read; " + fix);
        }
        return false;
    }

    /** Whether standard output and standard error are terminals (the progress bar, and where records go). */
    record Terminal(boolean stdout, boolean stderr) {

        /**
         * Linux tells through {@code /proc/self/fd}; elsewhere {@link System#console()} (standard
         * input and output are a terminal) stands for both.
         */
        static Terminal detect() {
            boolean console = System.console() != null;
            return new Terminal(isTty(1, console), isTty(2, console));
        }

        private static boolean isTty(int fd, boolean fallback) {
            try {
                String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | RuntimeException e) {
                return fallback;
            }
        }
    }

    /**
     * Runs the command line without exiting, with a given extraction source (tests).
     *
     * @param args     the command line arguments
     * @param out      where records go when no {@code --output} is given; flushed, not closed
     * @param err      where errors, usage errors and the progress bar go
     * @param terminal whether the streams are a terminal (the progress bar is drawn only then)
     * @param source   the extraction of one file, whatever the options
     * @return the exit status
     */
    static int execute(String[] args, OutputStream out, PrintWriter err, boolean terminal, Pipeline.Source source) {
        return execute(args, out, err, new Terminal(terminal, terminal), settings -> source);
    }

    /**
     * Runs the command line without exiting: what {@link #main} does, with the streams, the
     * terminals and the extraction source given.
     *
     * @param args     the command line arguments
     * @param out      where records go when no {@code --output} is given; flushed, not closed
     * @param err      where errors, usage errors and the progress bar go
     * @param terminal which streams are a terminal
     * @param sources  makes the extraction source from the options
     * @return the exit status
     */
    static int execute(String[] args, OutputStream out, PrintWriter err, Terminal terminal,
            ExtractCommand.Sources sources) {
        Optional<Integer> plain = ExtractCommand.runPlain(args, new NonClosing(out), err, terminal, sources);
        if (plain.isPresent()) {
            err.flush();
            return plain.get();
        }
        CommandLine cl = new CommandLine(new Main());
        // picocli builds each subcommand's model by reflection (tens of ms at start-up): when the
        // first argument names a subcommand, that one alone is needed; otherwise (help, a
        // mistyped name, top-level options) all of them are, for the help and the suggestions.
        String named = args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("help") ? args[0] : null;
        if (named == null || named.equals("extract")) {
            cl.addSubcommand("extract", new ExtractCommand(new NonClosing(out), err, terminal, sources));
        }
        if (named == null || named.equals("jshell")) {
            cl.addSubcommand("jshell", new JShellCommand());
        }
        if (named == null || named.equals("text")) {
            cl.addSubcommand("text", new TextCommand(new NonClosing(out), err, Extractor::defaults));
        }
        if (named == null || named.equals("schema")) {
            cl.addSubcommand("schema", new SchemaCommand(new NonClosing(out)));
        }
        if (named == null) {
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8), true));
        cl.setErr(err);
        // A usage error is one line and a hint, not the whole help.
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine where = e.getCommandLine();
            String name = where.getCommandSpec().qualifiedName();
            err.println(name + ": " + Pipeline.oneLine(String.valueOf(e.getMessage()))
                    + " (try '" + name + " --help')");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("zhibiao: " + Pipeline.oneLine(e.toString()));
            return 1;
        });
        int status = cl.execute(args);
        err.flush();
        return status;
    }

    /** {@code --version}: the version and commit the build wrote into {@code build.properties}, the record schema's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhibiao " + version() + " (commit " + RecordSchema.commit() + ", record schema "
                    + RecordSchema.VERSION + ")",
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** The project version, from the generated {@code build.properties}; {@code unknown} when absent. */
    static String version() {
        return RecordSchema.zhibiaoVersion();
    }

    /** Standard output stays open for whoever called: closing only flushes. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
