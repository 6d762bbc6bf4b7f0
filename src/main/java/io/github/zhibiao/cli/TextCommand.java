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
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
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
 * records' {@code start}/{@code end} index. Load warnings go to stderr as in {@code extract}; a
 * reader that stops early ({@code | head}) ends it quietly with status 0.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        header = "Prints the text zhibiao reads numbers from (or, with --raw, the text as loaded).",
        description = {"Prints the analysis view of FILE (site chrome skipped, PDF layout repaired), or with --raw",
                "the text as loaded, which the records' start and end index. Load warnings go to stderr",
                "(FILE: WARNING: CODE: message). A reader that stops early (| head) ends it quietly, status 0."},
        footer = {"", "Examples:", "  zhibiao text report.pdf | less", "  zhibiao text --raw report.docx > loaded.txt",
                "  zhibiao text --charset GBK old.txt | head"})
final class TextCommand implements Callable<Integer> {

    private final OutputStream out;
    private final PrintWriter err;
    private final Supplier<Extractor> extractor;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a report: .txt, .html, .docx, .doc, .pdf, .ofd")
    Path file;

    @Option(names = "--raw", description = "print the text as loaded, before cleaning")
    boolean raw;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "read .txt and .html in this charset (GBK, GB18030, Big5, UTF-8...) instead of detecting it")
    String charsetName;

    TextCommand(OutputStream out, PrintWriter err, Supplier<Extractor> extractor) {
        this.out = out;
        this.err = err;
        this.extractor = extractor;
    }

    @Override
    public Integer call() throws Exception {
        Charset cs = null;
        if (charsetName != null) {
            try {
                cs = Charset.forName(charsetName.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(spec.commandLine(), "unknown --charset '" + charsetName
                        + "': try UTF-8, GBK, GB18030 or Big5");
            }
        }
        Extractor ex = extractor.get();
        ReportLoader loader = cs == null ? ex.loader() : ReportLoader.builder().charset(cs).build();
        LoadedReport report;
        try {
            report = loader.load(file);
        } catch (LoadException e) {
            err.println("zhibiao: " + Pipeline.label(file) + ": " + Pipeline.describe(e));
            return 1;
        }
        for (Diagnostic d : report.diagnostics()) {
            err.println("zhibiao: " + Pipeline.label(file) + ": WARNING: " + d.code() + ": " + Pipeline.oneLine(d.message()));
        }
        err.flush();
        String text = raw ? report.text() : ex.view(report).text();
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
