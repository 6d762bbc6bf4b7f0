package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.load.LoadedReport;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhibiao text FILE}: the text numbers are read from (the analysis view: site chrome
 * skipped, page layout repaired), or with {@code --raw} the text as loaded, whose offsets the
 * records' {@code start}/{@code end} index.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Print the text zhibiao reads numbers from: the analysis view of FILE (site chrome",
                "skipped, PDF layout repaired), or with --raw the text as loaded (records' offsets index it)."},
        footer = {"", "Examples:", "  zhibiao text report.pdf | less", "  zhibiao text --raw report.docx > loaded.txt"})
final class TextCommand implements Callable<Integer> {

    private final OutputStream out;
    private final PrintWriter err;
    private final Supplier<Extractor> extractor;

    @Parameters(paramLabel = "FILE", description = "a report: .txt, .html, .docx, .doc, .pdf, .ofd")
    Path file;

    @Option(names = "--raw", description = "print the text as loaded, before cleaning")
    boolean raw;

    TextCommand(OutputStream out, PrintWriter err, Supplier<Extractor> extractor) {
        this.out = out;
        this.err = err;
        this.extractor = extractor;
    }

    @Override
    public Integer call() throws Exception {
        Extractor ex = extractor.get();
        LoadedReport report;
        try {
            report = ex.loader().load(file);
        } catch (LoadException e) {
            err.println("zhibiao: " + file + ": " + Pipeline.describe(e));
            return 1;
        }
        String text = raw ? report.text() : ex.view(report).text();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text);
        if (!text.endsWith("\n")) {
            w.write('\n');
        }
        w.flush();
        return 0;
    }
}
