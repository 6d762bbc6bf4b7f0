package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.format.CsvWriter;
import io.github.zhibiao.format.ExtractionWriter;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.format.TableWriter;
import io.github.zhibiao.load.LoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.PatternSyntaxException;

/** {@code zhibiao extract}: reports in, records out, streamed, in a stable order. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        headerHeading = "",
        header = "Extracts indicator records from reports.",
        description = "Reads each FILE (.txt in UTF-8 or GBK, .docx, .doc, .pdf, .html...) and every "
                + "file under each DIR, sub-folders included, and writes one record per indicator. "
                + "Records come in input order, a folder's files sorted by name, whatever the number "
                + "of threads. A file that cannot be read gives one line on stderr; the run goes on.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  # one report, JSON Lines on standard output",
            "  java -jar zhibiao-all.jar extract 2023年教育统计公报.docx",
            "",
            "  # every .docx and .pdf under reports/, four threads, into a file",
            "  java -jar zhibiao-all.jar extract -g '*.{docx,pdf}' -t 4 -o out.jsonl reports/",
            "",
            "  # CSV that Excel opens with the Chinese intact",
            "  java -jar zhibiao-all.jar extract -f csv --bom -o out.csv reports/",
            "",
            "  # a quick look, one aligned table per report",
            "  java -jar zhibiao-all.jar extract -f table report.pdf | less -S",
            "",
            "Exit status: 0 every file extracted; 1 some file failed (one line each on",
            "stderr: FILE: REASON: message) or the output could not be written; 2 usage",
            "error."})
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { jsonl, csv, table }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default): one JSON object per record, contract field order; "
                    + "csv: RFC 4180, UTF-8, header line; table: aligned text, one table per report.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write records to FILE (replaced) instead of standard output.")
    private Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Extract N files at a time (default: the number of processors, here ${DEFAULT-VALUE}). "
                    + "The output order does not depend on it.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-g", "--glob"}, paramLabel = "PATTERN",
            description = "Take only files under a DIR matching PATTERN: '*.docx' (file name) or "
                    + "'2023/**.pdf' (path under DIR). Files named on the command line are always taken. "
                    + "Default: every file but hidden ones.")
    private String glob;

    @Option(names = "--trace", description = "Add to each JSON Lines record a field trace: the ids of the steps "
            + "that set its subject, change, target and category.")
    private boolean trace;

    @Option(names = "--explain", paramLabel = "FILE", description = "Print, for each number of FILE, the steps "
            + "that fired on it and whether it gave a record (offset, text, record or not, subject, steps); "
            + "then exit.")
    private Path explain;

    @Option(names = "--bom", description = "Start CSV output with a byte order mark, for Excel.")
    private boolean bom;

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar on stderr (default: when stderr is a terminal and there are more than "
                    + PROGRESS_THRESHOLD + " files).")
    private Boolean progress;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "Reports, and folders of reports "
            + "(at least one, unless --explain).")
    private List<Path> inputs = new ArrayList<>();

    static final int PROGRESS_THRESHOLD = 5;

    private final OutputStream stdout;
    private final PrintWriter err;
    private final boolean terminal;
    private final Pipeline.Source source;

    ExtractCommand(OutputStream stdout, PrintWriter err, boolean terminal, Pipeline.Source source) {
        this.stdout = stdout;
        this.err = err;
        this.terminal = terminal;
        this.source = source;
    }

    @Override
    public Integer call() {
        if (explain != null) {
            return explain();
        }
        validate();
        List<String> inputErrors = new ArrayList<>();
        List<Path> files = files(inputErrors);
        boolean showProgress = progress != null ? progress : terminal && files.size() > PROGRESS_THRESHOLD;
        Progress bar = new Progress(err, files.size(), showProgress);
        for (String e : inputErrors) {
            bar.println(e);
        }
        int[] failed = {inputErrors.size()};
        long[] records = {0};
        try (ExtractionWriter writer = open()) {
            new Pipeline(trace ? source.traced() : source, threads).run(files, outcome -> {
                for (String error : outcome.errors()) {
                    failed[0]++;
                    bar.println("zhibiao: " + error);
                }
                for (Extraction extraction : outcome.extractions()) {
                    writer.write(extraction);
                    records[0] += extraction.indicators().size();
                }
                writer.flush();
                bar.advance(outcome.failed());
            });
        } catch (IOException e) {
            bar.close();
            // A reader that stopped early (`| head`) is no error worth a line, as with other Unix tools.
            if (output != null || !String.valueOf(e.getMessage()).contains("Broken pipe")) {
                err.println("zhibiao: cannot write " + (output == null ? "standard output" : output) + ": "
                        + Pipeline.oneLine(String.valueOf(e.getMessage())));
            }
            return 1;
        }
        bar.close();
        if (showProgress) {
            err.println("zhibiao: " + files.size() + " files, " + records[0] + " records, " + failed[0] + " failed");
        }
        return failed[0] == 0 ? 0 : 1;
    }

    /** {@code --explain FILE}: the steps behind every number of one file, on standard output. */
    private int explain() {
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            for (String line : source.explain(explain)) {
                text.write(line);
                text.write('\n');
            }
            text.flush();
            return 0;
        } catch (LoadException e) {
            err.println("zhibiao: " + explain + ": " + Pipeline.oneLine(String.valueOf(e.getMessage())));
            return 1;
        } catch (IOException e) {
            err.println("zhibiao: cannot write standard output: " + Pipeline.oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private void validate() {
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE_OR_DIR'");
        }
        if (trace && format != Format.jsonl) {
            throw new ParameterException(spec.commandLine(), "--trace goes with --format jsonl only");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (bom && format != Format.csv) {
            throw new ParameterException(spec.commandLine(), "--bom goes with --format csv only");
        }
        if (output != null) {
            Path out = output.toAbsolutePath().normalize();
            for (Path input : inputs) {
                if (input.toAbsolutePath().normalize().equals(out)) {
                    throw new ParameterException(spec.commandLine(),
                            "--output " + output + " is also an input: it would be overwritten before it is read");
                }
            }
        }
        if (glob != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--glob: " + Pipeline.oneLine(e.getMessage()));
            }
        }
    }

    /** The files to read, in order: each argument, a folder's files sorted; the output file left out. */
    private List<Path> files(List<String> errors) {
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try {
                    for (Path f : Zhibiao.reportFiles(input, glob)) {
                        if (out == null || !f.toAbsolutePath().normalize().equals(out)) {
                            files.add(f);
                        }
                    }
                } catch (IOException e) {
                    errors.add("zhibiao: " + input + ": IO: cannot list folder: " + e);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                errors.add("zhibiao: " + input + ": IO: no such file or folder");
            }
        }
        return files;
    }

    private ExtractionWriter open() throws IOException {
        OutputStream bytes = output == null ? stdout : Files.newOutputStream(output);
        Writer text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        return switch (format) {
            case jsonl -> new JsonLinesWriter(text);
            case table -> new TableWriter(text);
            case csv -> {
                if (bom) {
                    text.write(CsvWriter.BOM);
                }
                yield new CsvWriter(text);
            }
        };
    }
}
