package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * The output formats by name and by file extension, and their writers: what the command line's
 * {@code -f} and {@code -o} and JShell's {@code save} use. A file's extension says its format
 * ({@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .csv}, {@code .tsv}, {@code .txt} for a
 * table, {@code .parquet}), and a further {@code .gz} gzips any of them but Parquet (compressed
 * inside already): {@code out.csv.gz}. A name without any extension ({@code out}, {@code /dev/stdout})
 * is JSON Lines, the default; any other extension ({@code .xlsx}, {@code .dat}) is refused with one
 * line naming the formats there are: there is no silent fallback.
 *
 * <pre>{@code
 * OutputFile.save(List.of(Zhibiao.extract(Path.of("report.docx"))), Path.of("out.tsv.gz"));
 * OutputFile.formatFor(Path.of("x.xlsx"), null);   // IllegalArgumentException: cannot tell the format of x.xlsx ...
 * }</pre>
 */
public final class OutputFile {

    /** An output format: its {@code -f} name and the extensions that choose it. */
    public enum Format {
        /** JSON Lines ({@link JsonLinesWriter}). */
        JSONL("jsonl", ".jsonl", ".ndjson", ".json"),
        /** CSV per RFC 4180 ({@link CsvWriter}). */
        CSV("csv", ".csv"),
        /** Tab-separated values ({@link TsvWriter}). */
        TSV("tsv", ".tsv", ".tab"),
        /** Aligned tables, one per report ({@link TableWriter}). */
        TABLE("table", ".txt"),
        /** Parquet ({@link ParquetRecordWriter}); needs parquet-hadoop on the class path. */
        PARQUET("parquet", ".parquet");

        private final String id;
        private final List<String> extensions;

        Format(String id, String... extensions) {
            this.id = id;
            this.extensions = List.of(extensions);
        }

        /**
         * The name {@code -f} takes.
         *
         * @return {@code jsonl}, {@code csv}, {@code tsv}, {@code table} or {@code parquet}
         */
        public String id() {
            return id;
        }

        /**
         * The file extensions that choose this format.
         *
         * @return the extensions, dot included
         */
        public List<String> extensions() {
            return extensions;
        }

        /**
         * The format of this name, whatever its case.
         *
         * @param name {@code jsonl}, {@code CSV}…
         * @return the format, or empty
         */
        public static Optional<Format> byName(String name) {
            return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(name.strip())).findFirst();
        }

        /**
         * {@code jsonl, csv, tsv, table, parquet}: for messages and help.
         *
         * @return the names, comma-separated
         */
        public static String names() {
            return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
        }
    }

    /**
     * How to write: the columns, the trace column, the CSV byte order mark and formula guard,
     * Parquet footer metadata.
     *
     * <pre>{@code
     * new OutputFile.Options(Columns.select("doc,subject,value"), false, false, true, Map.of());
     * }</pre>
     *
     * @param fields       the columns in order ({@link Columns#select}); null for each format's default
     * @param trace        add the {@code trace} column last (when {@code fields} does not name it)
     * @param bom          start CSV and TSV with a byte order mark (Excel)
     * @param formulaGuard guard text that a spreadsheet would run ({@link CsvWriter#defuse}), CSV and TSV
     * @param metadata     more Parquet footer metadata (may be empty)
     */
    public record Options(List<Columns.Column> fields, boolean trace, boolean bom, boolean formulaGuard,
                          Map<String, String> metadata) {

        /** Every format's default columns, no trace, no byte order mark, the guard on. */
        public static final Options DEFAULTS = new Options(null, false, false, true, Map.of());

        /**
         * Copies the lists.
         *
         * @param fields the columns, or null
         * @param trace whether the trace column comes last
         * @param bom whether CSV and TSV start with a byte order mark
         * @param formulaGuard whether formulas are guarded
         * @param metadata more Parquet footer metadata
         */
        public Options {
            fields = fields == null ? null : List.copyOf(fields);
            metadata = Map.copyOf(metadata);
        }

        /** The columns a format writes: those chosen (with the trace), else the format's default. */
        List<Columns.Column> columns(List<Columns.Column> byDefault) {
            return fields == null ? byDefault : Columns.withTrace(fields, trace);
        }
    }

    /** A file's format and whether it is gzipped. */
    private record Kind(Format format, boolean gzip) {
    }

    private OutputFile() {
    }

    /**
     * The format a file's name says ({@code out.csv.gz} → CSV), if any.
     *
     * @param file an output file
     * @return its format, or empty when its extension names none
     */
    public static Optional<Format> byExtension(Path file) {
        String n = name(file);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        String base = n;
        return Arrays.stream(Format.values()).filter(f -> f.extensions.stream().anyMatch(base::endsWith)).findFirst();
    }

    /**
     * Whether a file's name ends with {@code .gz}: its bytes are then gzipped.
     *
     * @param file an output file
     * @return true for {@code out.csv.gz}
     */
    public static boolean gzipped(Path file) {
        return name(file).endsWith(".gz");
    }

    /**
     * The format for a file: the one named, else the one its extension says.
     *
     * @param file   the output file
     * @param format the format asked for, or null to go by the extension
     * @return the format
     * @throws IllegalArgumentException in one line, naming the formats there are: the extension
     *         names no format and none was asked for, or Parquet with {@code .gz}
     */
    public static Format formatFor(Path file, Format format) {
        if (format == null && !name(file).contains(".")) {
            return Format.JSONL;   // no extension at all (out, /dev/stdout): the default format
        }
        Format f = format != null ? format : byExtension(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + file.getFileName() + " from its extension"
                        + (name(file).endsWith(".xlsx") || name(file).endsWith(".xls") ? " (Excel workbooks are not written; "
                        + "a .csv opens in Excel)" : "") + ": the formats are " + extensions() + "; add .gz to gzip any but parquet"));
        if (f == Format.PARQUET && gzipped(file)) {
            throw new IllegalArgumentException(file.getFileName() + ": Parquet is compressed inside; name it .parquet, without .gz");
        }
        return f;
    }

    /**
     * Opens a format's writer on bytes.
     *
     * @param format  the format
     * @param out     where the bytes go; closed when the writer is
     * @param options columns, byte order mark, guard, footer metadata
     * @return the writer
     * @throws IOException when the output cannot be started
     */
    public static ExtractionWriter open(Format format, OutputStream out, Options options) throws IOException {
        boolean trace = options.trace();
        return switch (format) {
            // default JSON Lines writes a record's trace whenever it has one: records carry one only when asked for
            case JSONL -> new JsonLinesWriter(text(out, false), options.fields() == null ? null : options.columns(null));
            case CSV -> new CsvWriter(text(out, options.bom()), options.columns(Columns.text(trace)), options.formulaGuard());
            case TSV -> new TsvWriter(text(out, options.bom()), options.columns(Columns.text(trace)), options.formulaGuard());
            case TABLE -> options.fields() == null ? new TableWriter(text(out, false), trace)
                    : new TableWriter(text(out, false), options.columns(null));
            case PARQUET -> new ParquetRecordWriter(new BufferedOutputStream(out, 1 << 16),
                    options.columns(Columns.typed(trace)), options.metadata());
        };
    }

    /**
     * Opens a writer onto a file (replaced): the format its name says, gzipped for {@code .gz}.
     *
     * @param file    the file
     * @param format  the format, or null to go by the extension
     * @param options columns, byte order mark, guard, footer metadata
     * @return the writer
     * @throws IOException when the file cannot be created
     * @throws IllegalArgumentException when the name says no format (see {@link #formatFor})
     */
    public static ExtractionWriter open(Path file, Format format, Options options) throws IOException {
        Format f = formatFor(file, format);
        OutputStream out = Files.newOutputStream(file);
        return open(f, gzipped(file) ? new GZIPOutputStream(out, 1 << 16) : out, options);
    }

    /**
     * Writes results to a file, in the format its name says; CSV and TSV with a byte order mark,
     * for Excel (JShell's {@code save}).
     *
     * @param results the results, in order
     * @param file    the file (replaced)
     * @return the file
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when the name says no format
     */
    public static Path save(Collection<Extraction> results, Path file) throws IOException {
        try (ExtractionWriter w = open(file, null, new Options(null, false, true, true, Map.of()))) {
            for (Extraction e : results) {
                w.write(e);
            }
        }
        return file;
    }

    /** {@code jsonl (.jsonl, .ndjson, .json), csv (.csv), ...}: the formats and their extensions, for messages. */
    static String extensions() {
        return Arrays.stream(Format.values()).map(f -> f.id + " (" + String.join(", ", f.extensions) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    private static Writer text(OutputStream out, boolean bom) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            w.write(CsvWriter.BOM);
        }
        return w;
    }
}
