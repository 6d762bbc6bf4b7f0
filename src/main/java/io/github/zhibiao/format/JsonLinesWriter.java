package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Writes records as JSON Lines, one object per line, in the field order of the record contract
 * ({@code doc, text, value, unit, category, subject, delta, direction, qualifier, target, per,
 * start, end}) followed by {@link Records#EXTRA_FIELDS}. {@code value} is a JSON number in plain
 * notation ({@code 2035000000}, {@code 99.77}, never {@code 2.035E+9}); absent fields are JSON
 * {@code null}. Each line ends with {@code \n}, and only there: besides the control characters
 * JSON escapes anyway, the Unicode line breaks U+0085, U+2028 and U+2029 are written as
 * {@code \u0085}, {@code \u2028}, {@code \u2029}, so that readers that split lines on every
 * Unicode line break (Python's {@code splitlines}, some JavaScript) see one line per record. A
 * lone surrogate (half of a pair, no character: text a library user built) is written as its
 * six-character escape, never as the {@code ?} a UTF-8 encoder would make of it. With fields
 * chosen ({@link #JsonLinesWriter(Writer, List)}, the command line's {@code --fields}) every line
 * has exactly those, in their order.
 *
 * <pre>{@code
 * try (JsonLinesWriter w = new JsonLinesWriter(Files.newBufferedWriter(Path.of("out.jsonl")))) {
 *     w.write(Zhibiao.extract(Path.of("report.docx")));
 * }
 * // {"doc":"report.docx","text":"20.35亿元","value":2035000000,"unit":"元",...}
 * }</pre>
 */
public final class JsonLinesWriter implements ExtractionWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Writer out;
    /** The fields chosen, every one on every line; null for the default record (trace only where there is one). */
    private final List<Columns.Column> fields;

    /**
     * A writer onto {@code out}; closing this writer closes {@code out}.
     *
     * @param out where the lines go (give it a UTF-8 encoder when it is a byte stream)
     * @throws IOException never; kept for callers written against earlier versions
     */
    public JsonLinesWriter(Writer out) throws IOException {
        this(out, null);
    }

    /**
     * A writer of the fields given, in their order, each on every line (a missing value as JSON
     * {@code null}); null for the default record.
     *
     * <pre>{@code
     * new JsonLinesWriter(w, Columns.select("doc,subject,value"));   // {"doc":"a.txt","subject":"在校生","value":1200}
     * }</pre>
     *
     * @param out    where the lines go
     * @param fields the columns to write ({@link Columns#select}), or null for the default record
     */
    public JsonLinesWriter(Writer out, List<Columns.Column> fields) {
        this.out = out;
        this.fields = fields == null ? null : List.copyOf(fields);
    }

    /**
     * All records of {@code extractions} as JSON Lines text.
     *
     * @param extractions results, in the order wanted
     * @return the lines, each ending with {@code \n}; empty when there is no record
     */
    public static String toString(Collection<Extraction> extractions) {
        StringWriter text = new StringWriter();
        try (JsonLinesWriter w = new JsonLinesWriter(text)) {
            for (Extraction e : extractions) {
                w.write(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.toString();
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        StringBuilder line = new StringBuilder(512);
        for (Indicator indicator : extraction.indicators()) {
            line.setLength(0);
            line.append('{');
            for (Columns.Column c : fields == null ? Columns.TEXT : fields) {
                if (line.length() > 1) {
                    line.append(',');
                }
                string(line, c.name());
                line.append(':');
                value(line, c.value(extraction, indicator));
            }
            Object trace = fields == null ? Columns.TRACE.value(extraction, indicator) : null;
            if (trace != null) {
                // Only when asked for (Extractor.Builder.trace): the trace column, a JSON array of ids.
                line.append(",\"trace\":");
                value(line, trace);
            }
            line.append("}\n");
            out.append(line);
        }
    }

    private static void value(StringBuilder line, Object value) {
        if (value == null) {
            line.append("null");
        } else if (value instanceof BigDecimal d) {
            line.append(d.toPlainString());
        } else if (value instanceof Integer || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof List<?> items) {
            line.append('[');
            for (int k = 0; k < items.size(); k++) {
                line.append(k > 0 ? "," : "");
                string(line, String.valueOf(items.get(k)));
            }
            line.append(']');
        } else {
            string(line, value.toString());
        }
    }

    /**
     * A JSON string as Jackson's generator writes it (the output of earlier versions, byte for
     * byte): quote and backslash escaped, control characters by their short escapes (a backslash
     * and {@code n}, {@code t}…) or as a six-character unicode escape with upper-case hex digits,
     * everything else as it is (Chinese stays Chinese).
     */
    static void string(StringBuilder line, String s) {
        line.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\b' -> line.append("\\b");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\f' -> line.append("\\f");
                case '\r' -> line.append("\\r");
                // Line breaks beyond JSON's own: readers that split on every Unicode line break
                // (Python's splitlines, some JavaScript) would otherwise see one record as two lines.
                case '\u0085' -> line.append("\\u0085");
                case '\u2028' -> line.append("\\u2028");
                case '\u2029' -> line.append("\\u2029");
                default -> {
                    if (Character.isSurrogate(c) && !pairedAt(s, k)) {
                        // Half a pair is no character: a UTF-8 encoder would write '?' for it.
                        line.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else if (c < 0x20) {
                        line.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    /** Whether the surrogate at {@code k} is half of a pair (a high one before a low one, or the reverse). */
    private static boolean pairedAt(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c)
                ? k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))
                : k > 0 && Character.isHighSurrogate(s.charAt(k - 1));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
