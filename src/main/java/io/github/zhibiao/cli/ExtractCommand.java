package io.github.zhibiao.cli;

import io.github.zhibiao.api.Extraction;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.format.Columns;
import io.github.zhibiao.format.ExtractionWriter;
import io.github.zhibiao.format.OutputFile;
import io.github.zhibiao.format.OutputFile.Format;
import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.rules.RuleFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code zhibiao extract}: reports in, records out, streamed, in a stable order. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        headerHeading = "",
        header = "Extracts indicator records from reports.",
        description = "Reads each FILE (.txt or .html in any Chinese encoding, .docx, .doc, .pdf, .ofd, or a .zip of them) "
                + "and every file under each DIR, sub-folders included (links to folders are followed; a link "
                + "back into a folder it is in, or to one already read, costs one warning line), and writes one "
                + "record per indicator. Records come in input order, a folder's files sorted by name, whatever "
                + "the number of threads. A file or sub-folder that cannot be read gives one line on stderr; the "
                + "run goes on. Two limits guard the memory: --max-size on a file's bytes, before it is read, and "
                + "--max-chars on its text, while it is read; the error line names the one to raise.",
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
            "  # a few columns, gzipped tab-separated values (no sentence: a smaller file)",
            "  java -jar zhibiao-all.jar extract --fields doc,subject,value,unit -o out.tsv.gz reports/",
            "",
            "  # a quick look, one aligned table per report",
            "  java -jar zhibiao-all.jar extract -f table report.pdf | less -S",
            "",
            "  # your own rules, old GBK pages, files up to 200 MB, 5 minutes a file",
            "  java -jar zhibiao-all.jar extract --rules hospital.tsv --charset GBK \\",
            "      --max-size 200M --timeout 300 -o out.jsonl reports/",
            "",
            "Warnings (charset guessed, bytes replaced, text cut) go to stderr as one line",
            "each: FILE: WARNING: CODE: message; they do not change the exit status.",
            "",
            "Exit status: 0 every file extracted; 1 some file failed (one line each on",
            "stderr: FILE: REASON: message) or the output could not be written; 2 usage",
            "error (bad option, no input file, -o into a missing folder)."})
final class ExtractCommand implements Callable<Integer> {

    /** What the command line sets on the extractor; null where the default stands. */
    record Settings(Charset charset, Long maxSize, Integer maxChars, Duration timeout, List<Path> rules) {
        Settings {
            rules = List.copyOf(rules);
        }

        boolean defaults() {
            return charset == null && maxSize == null && maxChars == null && timeout == null && rules.isEmpty();
        }
    }

    /** Makes the extraction source once the options are known (building it loads HanLP: not for --help). */
    @FunctionalInterface
    interface Sources {
        Pipeline.Source open(Settings settings) throws IOException;
    }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "jsonl (default): one JSON object per record, contract field order; "
                    + "csv: RFC 4180, UTF-8, header line; tsv: tab-separated, header line, \\t \\n \\r \\\\ escaped; "
                    + "table: aligned text, one table per report; "
                    + "parquet: typed columns, exact DECIMAL(38,10) values (needs -o). "
                    + "Any case. Without -f, the extension of -o chooses (.jsonl, .csv, .tsv, .txt for table, .parquet; "
                    + "no extension: jsonl; any other is refused), and a further .gz gzips (out.csv.gz). "
                    + "There is no .xlsx: a .csv opens in Excel.")
    private String formatName;

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

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Read .txt and .html input in this charset (GBK, GB18030, Big5, UTF-8...) "
                    + "instead of detecting it.")
    private String charsetName;

    @Option(names = "--max-size", paramLabel = "SIZE",
            description = "Refuse files (and archive members) larger than SIZE before reading them: "
                    + "bytes, or with K, M, G (binary: 64M = 64 MiB). Default 64M.")
    private String maxSize;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Refuse reports whose text is longer than N characters, checked while reading: "
                    + "a number, or with K, M (decimal: 10M = 10,000,000). Default 10M (a long report has "
                    + "about 100K; 10M characters of Chinese are about 29 MB of UTF-8).")
    private String maxChars;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up parsing one .docx, .doc, .pdf or .html after this long: seconds, "
                    + "or with s, m (90s, 5m). Default 60.")
    private String timeout;

    @Option(names = "--rules", paramLabel = "FILE.tsv",
            description = "Add the rules of a rules file (see the README's \"Rules files\"); repeatable.")
    private List<Path> rules = new ArrayList<>();

    @Option(names = "--trace", description = "Add to each record a field trace: the ids of the steps "
            + "that set its subject, change, target and category (a JSON array; |-joined in CSV, the table and Parquet).")
    private boolean trace;

    @Option(names = "--explain", paramLabel = "FILE", description = "Print, for each number of FILE and of each "
            + "further FILE, its outcome (RECORD, NO_RECORD, NO_QUANTITY, TABLE_CELL) and the steps that fired on it: "
            + "TSV with a header line (doc, start, end, text, outcome, subject, steps), or with -f jsonl the full trace; "
            + "-o, --rules, --charset, --max-size and --timeout apply; then exit.")
    private Path explain;

    @Option(names = "--bom", description = "Start CSV (or TSV) output with a byte order mark, for Excel.")
    private boolean bom;

    @Option(names = "--no-csv-guard", description = "Write CSV and TSV text as it is. By default a text that a "
            + "spreadsheet would run as a formula (starting with =, +, @, tab, CR, or - not followed by a number) "
            + "gets a leading '; -2.5 and -2.5%% are numbers and stay as they are.")
    private boolean noCsvGuard;

    @Option(names = "--fields", paramLabel = "LIST", description = "Write only these fields, in this order, "
            + "comma-separated, in every format: e.g. doc,subject,value,unit leaves out sentence (the bulk of "
            + "the output). Fields: doc, text, value, value_text, unit, category, subject, delta, direction, "
            + "qualifier, target, per, start, end, sentence, region, year, period, rule, table, row, column, "
            + "fraction, trace. Default: the record contract (JSON Lines, CSV), all (Parquet).")
    private String fields;

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
    private final Main.Terminal terminal;
    private final Sources sources;

    ExtractCommand(OutputStream stdout, PrintWriter err, Main.Terminal terminal, Sources sources) {
        this.stdout = stdout;
        this.err = err;
        this.terminal = terminal;
        this.sources = sources;
    }

    /** The extractor for the options; a malformed rules file is a usage error naming file and line. */
    private Pipeline.Source openSource(Settings settings) throws IOException {
        try {
            return sources.open(settings);
        } catch (RuleFormatException e) {
            throw usage("--rules " + e.getMessage());
        }
    }

    /**
     * Runs {@code extract} without picocli when the arguments are file and folder names only (no
     * option, no {@code @file}), the most common call: picocli's model of the commands, built by
     * reflection, is a third of a short run's start-up. Gives the same records, messages and
     * status as the parsed command with all options at their defaults.
     *
     * @return the exit status, or empty when picocli must parse the arguments: an option, or a
     *         usage error to report in picocli's words (nothing is written before one)
     */
    static Optional<Integer> runPlain(String[] args, OutputStream stdout, PrintWriter err,
            Main.Terminal terminal, Sources sources) {
        if (args.length < 2 || !args[0].equals("extract")) {
            return Optional.empty();
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return Optional.empty();
            }
            try {
                inputs.add(Path.of(a));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        ExtractCommand command = new ExtractCommand(stdout, err, terminal, sources);
        command.inputs = inputs;
        try {
            return Optional.of(command.call());
        } catch (PlainUsageError e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // what Main's execution exception handler says for the parsed command
            err.println("zhibiao: " + Pipeline.oneLine(e.toString()));
            return Optional.of(1);
        }
    }

    /** A usage error met by {@link #runPlain}: picocli parses the arguments again and reports it. */
    private static final class PlainUsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PlainUsageError() {
            super(null, null, false, false);
        }
    }

    /** A usage error: picocli's, or without picocli ({@link #runPlain}) the signal to let it parse. */
    private RuntimeException usage(String message) {
        return spec == null ? new PlainUsageError() : new ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() throws IOException {
        if (explain != null) {
            return explain();
        }
        Format format = format();
        Settings settings = settings();
        validate(format);
        List<String> inputErrors = new ArrayList<>();
        List<String> inputWarnings = new ArrayList<>();
        java.util.Map<Path, String> docs = new java.util.HashMap<>();
        List<Path> files = files(inputErrors, inputWarnings, docs);
        if (files.isEmpty() && inputErrors.isEmpty()) {
            throw usage("no report file to read"
                    + (glob == null ? " in " + String.join(", ", inputs.stream().map(Path::toString).toList())
                            : ": --glob '" + glob + "' matches no file under " + String.join(", ",
                                    inputs.stream().map(Path::toString).toList())));
        }
        Pipeline.Source source = openSource(settings);
        boolean showProgress = progress != null ? progress : terminal.stderr() && files.size() > PROGRESS_THRESHOLD;
        Progress bar = new Progress(err, files.size(), showProgress);
        // Records on the terminal the bar is drawn on: the bar leaves its line while they are written.
        boolean sharedScreen = showProgress && output == null && terminal.stdout();
        for (String w : inputWarnings) {
            bar.println(w);
        }
        for (String e : inputErrors) {
            bar.println(e);
        }
        int[] failed = {inputErrors.size()};
        long[] records = {0};
        OutputFile.Options options = new OutputFile.Options(columns(), trace, bom, !noCsvGuard,
                source.rulesDigest() == null ? java.util.Map.of() : java.util.Map.of("zhibiao.rules.digest", source.rulesDigest()));
        try (ExtractionWriter writer = output == null ? OutputFile.open(format, stdout, options)
                : OutputFile.open(output, format, options)) {
            new Pipeline(trace ? source.traced() : source, threads, f -> docs.getOrDefault(f, f.getFileName().toString())).run(files, outcome -> {
                if (outcome.failed()) {
                    failed[0]++;
                    bar.println("zhibiao: " + outcome.label() + ": " + outcome.error());
                }
                Extraction extraction = outcome.extraction();
                if (extraction != null) {
                    for (Diagnostic d : extraction.diagnostics()) {
                        bar.println("zhibiao: " + outcome.label() + ": WARNING: " + d.code() + ": "
                                + Pipeline.oneLine(d.message()));
                    }
                    if (sharedScreen) {
                        bar.hide();
                    }
                    writer.write(extraction);
                    records[0] += extraction.indicators().size();
                    writer.flush();
                    if (sharedScreen) {
                        bar.show();
                    }
                }
                bar.advance(outcome.isReport(), outcome.failed(), outcome.endsFile());
            });
        } catch (IOException e) {
            bar.close();
            // A reader that stopped early (`| head`) is no failure, as with other Unix tools: quiet, status 0.
            if (output == null && isBrokenPipe(e)) {
                return failed[0] == 0 ? 0 : 1;
            }
            err.println("zhibiao: cannot write " + (output == null ? "standard output" : Pipeline.label(output)) + ": "
                    + Pipeline.oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
        bar.close();
        if (showProgress) {
            err.println("zhibiao: " + files.size() + " files, " + records[0] + " records, " + failed[0] + " failed");
        }
        return failed[0] == 0 ? 0 : 1;
    }

    /** {@code --explain FILE [FILE...]}: the options it takes apply, the others are refused, none ignored. */
    private int explain() throws IOException {
        for (String o : List.of("--trace", "--bom", "--glob", "--threads", "--progress")) {
            if (spec != null && spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw usage(o + " does not go with --explain");
            }
        }
        String f = formatName == null ? "tsv" : formatName.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("tsv") && !f.equals("jsonl")) {
            throw usage("--explain writes tsv (the default) or jsonl, not --format " + formatName);
        }
        List<Path> files = new ArrayList<>(List.of(explain));
        files.addAll(inputs);
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                throw usage("--explain reads files: " + Pipeline.label(p) + " is a folder");
            }
        }
        Pipeline.Source source = openSource(settings());
        return ExplainRun.run(files, f.equals("jsonl"), source, output == null ? stdout : Files.newOutputStream(output), err);
    }

    static boolean isBrokenPipe(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("stream closed") || m.contains("pipe is being closed");
    }

    private Format format() {
        Format named = null;
        if (formatName != null) {
            named = Format.byName(formatName).orElseThrow(() -> usage(
                    "unknown --format '" + formatName + "': use one of " + Format.names()
                            + (formatName.strip().toLowerCase(Locale.ROOT).startsWith("xls") ? " (no Excel workbooks: a csv opens in Excel)" : "")));
        }
        if (output == null) {
            return named == null ? Format.JSONL : named;
        }
        try {
            return OutputFile.formatFor(output, named);
        } catch (IllegalArgumentException e) {
            throw usage("--output " + e.getMessage());
        }
    }

    /** The columns {@code --fields} names, or null for each format's default. */
    private List<Columns.Column> columns() {
        if (fields == null) {
            return null;
        }
        try {
            return Columns.select(fields);
        } catch (IllegalArgumentException e) {
            throw usage("--fields: " + e.getMessage());
        }
    }

    private Settings settings() {
        for (Path r : rules) {
            if (!Files.isRegularFile(r)) {
                throw usage("--rules " + Pipeline.label(r) + ": no such file");
            }
        }
        try {
            return new Settings(LoaderOptions.charset(charsetName), LoaderOptions.size(maxSize),
                    LoaderOptions.chars(maxChars), LoaderOptions.timeout(timeout), rules);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private void validate(Format format) {
        if (inputs.isEmpty()) {
            throw usage("no input file: name reports, folders or .zip archives");
        }
        columns();
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        if (format == Format.PARQUET && output == null) {
            throw usage("--format parquet writes a file: give -o FILE.parquet");
        }
        if (bom && format != Format.CSV && format != Format.TSV) {
            throw usage("--bom goes with --format csv or tsv only");
        }
        if (noCsvGuard && format != Format.CSV && format != Format.TSV) {
            throw usage("--no-csv-guard goes with --format csv or tsv only");
        }
        if (output != null) {
            Path out = output.toAbsolutePath().normalize();
            for (Path input : inputs) {
                if (input.toAbsolutePath().normalize().equals(out)) {
                    throw usage("--output " + Pipeline.label(output) + " is also an input: it would be overwritten before it is read");
                }
            }
            Path folder = out.getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw usage("--output " + Pipeline.label(output)
                        + ": the folder " + Pipeline.label(folder) + " does not exist (create it first)");
            }
            if (Files.isDirectory(out)) {
                throw usage("--output " + Pipeline.label(output)
                        + " is a folder: name a file in it");
            }
        }
        if (glob != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                // a PatternSyntaxException's message shows the regex the glob became: say it in the glob's words
                String why = e instanceof PatternSyntaxException p ? p.getDescription() : String.valueOf(e.getMessage());
                throw usage("--glob '" + glob + "' is not a valid pattern (" + Pipeline.oneLine(why).toLowerCase(Locale.ROOT)
                        + "): write '*.docx', '*.{doc,docx}' or '2023/**.pdf'; quote [ as \\[");
            }
        }
    }

    /**
     * The files to read, in order: each argument, a folder's files sorted; the output file left out.
     * A folder's files go into {@code docs} with their paths under it, their records' {@code doc};
     * a file named on the command line whose name is another file's {@code doc} too goes in with
     * its path as given ({@code d/2023/a.txt}, {@code d/2024/a.txt}). A sub-folder that cannot be
     * listed costs one error line, a link not followed one warning line, and the files beside
     * them are read.
     */
    private List<Path> files(List<String> errors, List<String> warnings, java.util.Map<Path, String> docs) {
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        List<Path> named = new ArrayList<>();
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean utf8Names = jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8");
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try {
                    for (Path f : Zhibiao.reportFiles(input, glob, (p, e) -> {
                        if (Zhibiao.isLinkProblem(e)) {
                            String m = String.valueOf(e.getMessage());
                            m = m.startsWith(p + ": ") ? m.substring(p.toString().length() + 2) : m;
                            warnings.add("zhibiao: " + Pipeline.label(p) + ": WARNING: LINK_NOT_FOLLOWED: " + Pipeline.oneLine(m));
                        } else {
                            errors.add("zhibiao: " + Pipeline.label(p) + ": IO: cannot list folder: " + Pipeline.oneLine(e.toString()));
                        }
                    })) {
                        if (!utf8Names && f.toString().indexOf('\uFFFD') >= 0) {
                            // Java decoded the name with the locale's charset and lost it: the file
                            // opens, but its records would carry a name that names nothing.
                            errors.add("zhibiao: " + Pipeline.label(f) + ": IO: the locale's charset is " + jnu
                                    + ", not UTF-8, so Java cannot read this file name; not read: run in a UTF-8"
                                    + " locale, e.g. LANG=C.UTF-8 java -jar zhibiao-all.jar ...");
                            continue;
                        }
                        if (out == null || !f.toAbsolutePath().normalize().equals(out)) {
                            files.add(f);
                            docs.putIfAbsent(f, Zhibiao.docName(input, f));
                        }
                    }
                } catch (IOException e) {
                    errors.add("zhibiao: " + Pipeline.label(input) + ": IO: cannot list folder: " + Pipeline.oneLine(e.toString()));
                }
            } else if (Files.exists(input) || Files.isSymbolicLink(input)) {
                files.add(input);   // a dangling or looping link is refused by the loader, with its reason
                named.add(input);
            } else {
                errors.add("zhibiao: " + Pipeline.label(input) + ": IO: no such file or folder");
            }
        }
        java.util.Map<String, Integer> uses = new java.util.HashMap<>();
        for (Path f : files) {
            uses.merge(docs.getOrDefault(f, String.valueOf(f.getFileName())), 1, Integer::sum);
        }
        for (Path f : named) {
            if (uses.get(String.valueOf(f.getFileName())) > 1 && !docs.containsKey(f)) {
                String sep = f.getFileSystem().getSeparator();
                docs.put(f, sep.equals("/") ? f.toString() : f.toString().replace(sep, "/"));
            }
        }
        return files;
    }
}
