package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes records as CSV per RFC 4180: a header line with {@link Records#ALL_FIELDS}, then one
 * line per record; lines end with CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, its quotes doubled. Numbers are in plain notation, {@code null} is
 * an empty field, booleans are {@code true}/{@code false}.
 *
 * <p>Text fields (text, subject, sentence, doc…) that a spreadsheet would run as a formula are
 * prefixed with an apostrophe ({@link #defuse(String)}), as OWASP recommends against CSV formula
 * injection: those that start with {@code =}, {@code +}, {@code @}, a tab or a carriage return,
 * and those that start with {@code -} unless what follows is a number ({@code -2.5} and
 * {@code -2.5%} stay as they are: a spreadsheet reads them as numbers, not formulas). Numbers
 * ({@code value}, {@code start}) are written as they are. {@link #CsvWriter(Writer, List, boolean)}
 * chooses the columns and can turn the guard off (the command line's {@code --fields} and
 * {@code --no-csv-guard}).
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

    /** {@code -} then a number as a spreadsheet reads one ({@code -2.5}, {@code -.5}, {@code -1e3}, {@code -2.5%}): no formula. */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?%?");

    private final Writer out;
    private final List<Columns.Column> fields;
    private final boolean guard;
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
        this(out, Columns.text(trace), true);
    }

    /**
     * A writer of the columns given, with or without the formula guard.
     *
     * <pre>{@code
     * new CsvWriter(w, Columns.select("doc,subject,value,unit"), false);   // doc,subject,value,unit
     * }</pre>
     *
     * @param out          where the text goes
     * @param fields       the columns, in order ({@link Columns#select}); null for {@link Columns#TEXT}
     * @param formulaGuard whether text that a spreadsheet would run gets a leading {@code '} ({@link #defuse})
     */
    public CsvWriter(Writer out, List<Columns.Column> fields, boolean formulaGuard) {
        this.out = out;
        this.fields = fields == null ? Columns.TEXT : List.copyOf(fields);
        this.guard = formulaGuard;
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
     * A text field made safe for spreadsheets: text that a spreadsheet would run as a formula gets
     * a leading {@code '}: text starting with {@code =}, {@code +}, {@code @}, a tab or a carriage
     * return, or with {@code -} when what follows is not a number ({@code -2.5}, {@code -2.5%} and
     * {@code -1e3} are left alone, {@code -1+1} and {@code -x} are not). Other text is returned as
     * it is.
     *
     * @param text a text field's value
     * @return the text as it is written into the cell (before quoting)
     */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                || c == '-' && !NEGATIVE_NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        writeHeader();
        List<Object> values = new ArrayList<>(fields.size());
        for (Indicator indicator : extraction.indicators()) {
            values.clear();
            for (Columns.Column c : fields) {
                values.add(c.value(extraction, indicator));
            }
            line(values);
        }
    }

    private void writeHeader() throws IOException {
        if (!headerWritten) {
            headerWritten = true;
            line(fields.stream().map(Columns.Column::name).toList());
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
            out.write(quote(guard && value instanceof String ? defuse(text) : text));
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
