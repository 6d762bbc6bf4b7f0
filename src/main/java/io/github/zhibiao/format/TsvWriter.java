package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes records as tab-separated values: a header line with the field names, then one line per
 * record, fields separated by a tab, lines ending with {@code \n}. A field never holds a tab or a
 * line break: inside text they are written {@code \t}, {@code \n}, {@code \r}, and a backslash
 * {@code \\} (the escapes of PostgreSQL's {@code COPY}, DuckDB's and pandas' {@code escapechar}).
 * {@code null} is an empty field; numbers are in plain notation. Text that a spreadsheet would run
 * is guarded as in CSV ({@link CsvWriter#defuse}) unless the guard is off. A {@code trace} column
 * holds the step ids {@code |}-joined.
 *
 * <pre>{@code
 * try (TsvWriter w = new TsvWriter(Files.newBufferedWriter(Path.of("out.tsv")), null, true)) {
 *     w.write(Zhibiao.extract(Path.of("report.docx")));
 * }
 * // doc	text	value	unit	category ...
 * }</pre>
 */
public final class TsvWriter implements ExtractionWriter {

    private final Writer out;
    private final List<Columns.Column> fields;
    private final boolean guard;
    private boolean headerWritten;

    /**
     * A writer onto {@code out}; the header line comes with the first report (or on flush or
     * close). Closing this writer closes {@code out}.
     *
     * @param out          where the text goes
     * @param fields       the columns, in order ({@link Columns#select}); null for {@link Columns#TEXT}
     * @param formulaGuard whether text that a spreadsheet would run gets a leading {@code '}
     */
    public TsvWriter(Writer out, List<Columns.Column> fields, boolean formulaGuard) {
        this.out = out;
        this.fields = fields == null ? Columns.TEXT : List.copyOf(fields);
        this.guard = formulaGuard;
    }

    /**
     * One field as it goes between the tabs: backslash, tab, CR and LF escaped.
     *
     * @param value the field's text
     * @return the escaped text
     */
    public static String escape(String value) {
        StringBuilder b = null;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(value.length() + 8).append(value, 0, k);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? value : b.toString();
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        writeHeader();
        StringBuilder line = new StringBuilder(256);
        for (Indicator indicator : extraction.indicators()) {
            line.setLength(0);
            for (int k = 0; k < fields.size(); k++) {
                if (k > 0) {
                    line.append('\t');
                }
                Object value = fields.get(k).value(extraction, indicator);
                String text = Records.text(value);
                line.append(escape(guard && value instanceof String ? CsvWriter.defuse(text) : text));
            }
            out.append(line).append('\n');
        }
    }

    private void writeHeader() throws IOException {
        if (!headerWritten) {
            headerWritten = true;
            out.write(String.join("\t", fields.stream().map(Columns.Column::name).toList()));
            out.write('\n');
        }
    }

    @Override
    public void flush() throws IOException {
        writeHeader();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            writeHeader();
        } finally {
            out.close();
        }
    }
}
