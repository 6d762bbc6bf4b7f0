package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;
import io.github.zhibiao.load.ReportLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao text FILE}: the text numbers are read from (the analysis view: site chrome
 * skipped, page layout repaired), or with {@code --raw} the text as loaded, whose offsets the
 * records' {@code start}/{@code end} index. FILE may name an archive member as records do
 * ({@code reports.zip!2024/b.docx}). Load warnings go to stderr as in {@code extract}; a reader that
 * stops early ({@code | head}) ends it quietly with status 0.
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "Prints the text zhibiao reads numbers from (--raw: as loaded).",
        description = {"Prints the analysis view of FILE (site chrome skipped, PDF layout repaired), or with --raw",
                "the text as loaded, which the records' start and end index. FILE may be a member of a zip",
                "archive, named as records name it: reports.zip!2024/b.docx. Load warnings go to stderr",
                "(FILE: WARNING: CODE: message). A reader that stops early (| head) ends it quietly, status 0."},
        footer = {"", "Examples:", "  zhibiao text report.pdf | less", "  zhibiao text --raw report.docx > loaded.txt",
                "  zhibiao text --charset GBK old.txt | head", "  zhibiao text 'reports.zip!2024/b.docx'"})
final class TextCommand implements Callable<Integer> {

    private final OutputStream out;
    private final PrintWriter err;
    private final Supplier<Extractor> extractor;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a report (.txt, .html, .docx, .doc, .pdf, .ofd) or ARCHIVE.zip!MEMBER")
    String file;

    @Option(names = "--raw", description = "print the text as loaded, before cleaning")
    boolean raw;

    @Option(names = "--charset", paramLabel = "NAME", description = "read .txt and .html in this charset instead of detecting it")
    String charsetName;

    @Option(names = "--max-size", paramLabel = "SIZE", description = "refuse a file larger than SIZE (default 64M)")
    String maxSize;

    @Option(names = "--max-chars", paramLabel = "N", description = "refuse a text longer than N characters (default 10M)")
    String maxChars;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up parsing after this long (default 60)")
    String timeout;

    TextCommand(OutputStream out, PrintWriter err, Supplier<Extractor> extractor) {
        this.out = out;
        this.err = err;
        this.extractor = extractor;
    }

    @Override
    public Integer call() throws Exception {
        ReportLoader.Builder options = ReportLoader.builder();
        boolean custom;
        try {
            custom = charsetName != null || maxSize != null || maxChars != null || timeout != null;
            options.charset(LoaderOptions.charset(charsetName));
            if (maxSize != null) {
                options.maxInputBytes(LoaderOptions.size(maxSize));
            }
            if (maxChars != null) {
                options.maxChars(LoaderOptions.chars(maxChars));
            }
            if (timeout != null) {
                options.timeout(LoaderOptions.timeout(timeout));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ReportPath path = ReportPath.of(file);
        Extractor ex = extractor.get();
        ReportLoader loader = custom ? options.build() : ex.loader();
        LoadedReport report;
        try {
            if (path.isArchive()) {
                List<String> members = loader.archiveMembers(path.file());
                if (members.size() != 1) {
                    err.println("zhibiao: " + path.label() + ": an archive of " + members.size() + " files: name one as "
                            + "records do, e.g. zhibiao text '" + path.file() + "!" + (members.isEmpty() ? "MEMBER" : members.get(0))
                            + "'" + (members.isEmpty() ? "" : " (members: " + String.join(", ",
                                    members.subList(0, Math.min(10, members.size()))) + (members.size() > 10 ? ", …" : "") + ")"));
                    return 1;
                }
                path = new ReportPath(path.file(), members.get(0));
            }
            report = path.load(loader);
        } catch (LoadException e) {
            err.println("zhibiao: " + path.label() + ": " + Pipeline.describe(e));
            return 1;
        }
        for (Diagnostic d : report.diagnostics()) {
            err.println("zhibiao: " + path.label() + ": WARNING: " + d.code() + ": " + Pipeline.oneLine(d.message()));
        }
        err.flush();
        String text = raw ? report.text() : ex.view(report);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            if (!text.endsWith("\n")) {
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            if (ExtractCommand.isBrokenPipe(e)) {
                return 0;   // `| head` has what it wanted
            }
            err.println("zhibiao: cannot write standard output: " + Pipeline.oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
        return 0;
    }
}
