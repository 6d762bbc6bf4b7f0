package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.ReportContext;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one aligned {@link Table} per report, under a title line naming the report, how many
 * records it gave and what it says about itself, so that a long run streams report by report.
 *
 * <pre>{@code
 * == report.docx: 42 indicators (博兴县, 2023, 全年)
 *  #  subject  text  value  unit  category  marks
 * ...
 * }</pre>
 */
public final class TableWriter implements ExtractionWriter {

    private final Writer out;
    private final boolean trace;
    /** The columns chosen ({@code --fields}), or null for the usual table. */
    private final List<Columns.Column> fields;

    /**
     * A writer onto {@code out}; closing this writer closes {@code out}.
     *
     * @param out where the text goes
     */
    public TableWriter(Writer out) {
        this(out, false);
    }

    /**
     * A writer as {@link #TableWriter(Writer)}, with a last column {@code trace} when asked for:
     * each record's step ids, {@code |}-joined ({@link Columns#TRACE}).
     *
     * @param out   where the text goes
     * @param trace whether to show the trace column
     */
    public TableWriter(Writer out, boolean trace) {
        this.out = out;
        this.trace = trace;
        this.fields = null;
    }

    /**
     * A writer of the columns given ({@link Table#render(java.util.Collection, List)}) instead of
     * the usual table (subject, text, value, unit, category, marks).
     *
     * @param out    where the text goes
     * @param fields the columns, in order ({@link Columns#select})
     */
    public TableWriter(Writer out, List<Columns.Column> fields) {
        this.out = out;
        this.trace = false;
        this.fields = List.copyOf(fields);
    }

    @Override
    public void write(Extraction extraction) throws IOException {
        out.write(title(extraction));
        out.write('\n');
        out.write(fields == null ? Table.render(List.of(extraction), trace) : Table.render(List.of(extraction), fields));
        out.write('\n');
    }

    /**
     * The line above a report's table: {@code == doc: N indicators (region, year, period)}.
     *
     * @param extraction one report's result
     * @return the title, without line end
     */
    public static String title(Extraction extraction) {
        int n = extraction.indicators().size();
        StringBuilder t = new StringBuilder("== ").append(extraction.doc()).append(": ")
                .append(n).append(n == 1 ? " indicator" : " indicators");
        ReportContext c = extraction.context();
        List<String> about = new ArrayList<>(3);
        c.regionIfKnown().ifPresent(about::add);
        c.yearIfKnown().ifPresent(y -> about.add(y.toString()));
        c.periodIfKnown().ifPresent(about::add);
        if (!about.isEmpty()) {
            t.append(" (").append(String.join(", ", about)).append(')');
        }
        return t.toString();
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
