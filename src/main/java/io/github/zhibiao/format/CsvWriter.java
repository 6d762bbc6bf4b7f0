package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;

/**
 * Writes records as CSV per RFC 4180: a header line with {@link Records#ALL_FIELDS}, then one
 * line per record; lines end with CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, its quotes doubled. Numbers are in plain notation, {@code null} is
 * an empty field, booleans are {@code true}/{@code false}.
 *
 * <p>Text fields (text, subject, sentence, doc…) that start with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return are prefixed with an apostrophe ({@link #defuse(String)}),
 * as OWASP recommends against CSV formula injection: a spreadsheet shows them as text and never
 * runs them. Numbers ({@code value}, {@code start}, {@code -0.57}) are written as they are.
 *
 * <p>The writer only produces characters: encode them as UTF-8, and for Excel put a byte order
 * mark ({@link #BOM}) first, as the command line's {@code --bom} does.
 *
 * <pre>{@code
 * String csv = CsvWriter.toString(List.of(Zhibiao.extract(Path.of("report.docx"))));
 * // doc,text,value,unit,category,subject,delta,...
 * // report.docx,20.35亿元,2035000000,元,FUNDING,新增财政支出,false,...
 * }</pre>
 */
public final class CsvWriter implements ExtractionWriter {

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    public static final char BOM = '\uFEFF';

    private static final String EOL = "\r\n";

    private final Writer out;
    /** Whether the {@code trace} column ({@link Columns#TRACE}) comes last. */
    private final boolean trace;
    private boolean headerWritten;

    /**
     * A writer onto {@code out}; the header line is written with the first report (or on
     * {@link #flush()}/{@link #close()} when no report came), so even an empty run gives a
     * well-formed file. Closing this writer closes {@code out}.
     *
     * @param out where the text goes
     */
    public CsvWriter(Writer out) {
        this(out, false);
    }

    /**
     * A writer as {@link #CsvWriter(Writer)}, with the {@code trace} column last when asked for:
     * each record's step ids, {@code |}-joined ({@link Columns#TRACE}).
     *
     * @param out   where the text goes
     * @param trace whether to write the trace column
     */
    public CsvWriter(Writer out, boolean trace) {
        this.out = out;
        this.trace = trace;
    }

    /**
     * All records of {@code extractions} as CSV text, header line first.
     *
     * @param extractions results, in the order wanted
     * @return the CSV text
     */
    public static String toString(Collection<Extraction> extractions) {
        StringWriter text = new StringWriter();
        try (CsvWriter w = new CsvWriter(text)) {
            for (Extraction e : extractions) {
                w.write(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * One CSV field, quoted when RFC 4180 requires it.
     *
     * @param value the field's text
     * @return the text as it goes between the commas
     */
    public static String quote(String value) {
        boolean needs = false;
        for (int k = 0; k < value.length() && !needs; k++) {
            char c = value.charAt(k);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * A text field made safe for spreadsheets: text starting with {@code = + - @}, a tab or a
     * carriage return gets a leading {@code '} so that it is never run as a formula; other text
     * is returned as it is.
     *
     * @param text a text field's value
     * @return the text as it is written into the cell (before quoting)
     */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + text : text;
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        writeHeader();
        for (Indicator indicator : extraction.indicators()) {
            line(Records.toMap(extraction, indicator, trace).values());
        }
    }

    private void writeHeader() throws IOException {
        if (!headerWritten) {
            headerWritten = true;
            line(Columns.text(trace).stream().map(Columns.Column::name).toList());
        }
    }

    private void line(Collection<?> values) throws IOException {
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                out.write(',');
            }
            first = false;
            // Only text can be a formula; numbers keep their sign (-0.57 stays a number).
            String text = Records.text(value);
            out.write(quote(value instanceof String ? defuse(text) : text));
        }
        out.write(EOL);
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
