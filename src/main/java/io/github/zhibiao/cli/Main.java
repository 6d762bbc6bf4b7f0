package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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
            "  java -jar zhibiao-all.jar extract --help"})
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        // The command line's stderr is for per-file errors: Tika's dependencies must not add
        // "no logging provider" notices there. Library users keep their own logging setup.
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        // Raw descriptors, UTF-8 whatever the locale: Chinese must survive `LANG=C`, and a
        // failing stdout (a closed pipe) must be seen, which System.out would hide.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter stderr = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = execute(args, stdout, stderr, System.console() != null,
                new ExtractorSource(Extractor.defaults()));
        stderr.flush();
        System.exit(status);
    }

    /**
     * Runs the command line without exiting: what {@link #main} does, with the streams, the
     * terminal test and the extractor given.
     *
     * @param args     the command line arguments
     * @param out      where records go when no {@code --output} is given; flushed, not closed
     * @param err      where errors, help for usage errors and the progress bar go
     * @param terminal whether {@code err} is a terminal (the progress bar is drawn only then)
     * @param source   the extraction of one file
     * @return the exit status
     */
    static int execute(String[] args, OutputStream out, PrintWriter err, boolean terminal, Pipeline.Source source) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("extract", new ExtractCommand(new NonClosing(out), err, terminal, source));
        cl.addSubcommand("text", new TextCommand(new NonClosing(out), err, Extractor::defaults));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setOut(new PrintWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8), true));
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("zhibiao: " + e);
            return 1;
        });
        int status = cl.execute(args);
        err.flush();
        return status;
    }

    /** {@code --version}: the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhibiao " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** The project version, from the generated {@code version.properties}; {@code unknown} when absent. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
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
