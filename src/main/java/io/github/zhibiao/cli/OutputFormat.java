package io.github.zhibiao.cli;

import io.github.zhibiao.format.CsvWriter;
import io.github.zhibiao.format.ExtractionWriter;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.format.ParquetRecordWriter;
import io.github.zhibiao.format.TableWriter;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The output formats of {@code extract}: each format's name (for {@code -f}), the file
 * extensions that choose it for {@code -o}, and how its writer is opened. A new format is one
 * more constant here.
 */
enum OutputFormat {

    // JSON Lines writes a record's trace whenever it has one: records carry one only when asked for.
    JSONL("jsonl", List.of(".jsonl", ".ndjson", ".json"), (out, bom, trace) -> new JsonLinesWriter(text(out))),
    CSV("csv", List.of(".csv"), (out, bom, trace) -> {
        Writer text = text(out);
        if (bom) {
            text.write(CsvWriter.BOM);
        }
        return new CsvWriter(text, trace);
    }),
    TABLE("table", List.of(".txt"), (out, bom, trace) -> new TableWriter(text(out), trace)),
    PARQUET("parquet", List.of(".parquet"),
            (out, bom, trace) -> new ParquetRecordWriter(new BufferedOutputStream(out, 1 << 16), trace));

    /** Opens a format's writer on the output's bytes. */
    @FunctionalInterface
    interface Opener {
        ExtractionWriter open(OutputStream out, boolean bom, boolean trace) throws IOException;
    }

    private final String id;
    private final List<String> extensions;
    private final Opener opener;

    OutputFormat(String id, List<String> extensions, Opener opener) {
        this.id = id;
        this.extensions = extensions;
        this.opener = opener;
    }

    /** The name {@code -f} takes. */
    String id() {
        return id;
    }

    ExtractionWriter open(OutputStream out, boolean bom, boolean trace) throws IOException {
        return opener.open(out, bom, trace);
    }

    /** The format named, whatever its case. */
    static Optional<OutputFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format an output file's extension names ({@code out.csv} → CSV), if any. */
    static Optional<OutputFormat> byExtension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(n::endsWith)).findFirst();
    }

    /** {@code jsonl, csv, table, parquet}: for messages and help. */
    static String names() {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
