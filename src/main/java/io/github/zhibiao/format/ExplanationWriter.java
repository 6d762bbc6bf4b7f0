package io.github.zhibiao.format;

import io.github.zhibiao.api.Explanation;
import io.github.zhibiao.model.Fired;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes explanations ({@link io.github.zhibiao.api.Extractor#explain(java.nio.file.Path)}), one
 * line per number of a report: as TSV with a header line ({@code doc start end text outcome subject
 * steps}, the steps' ids space-separated; tabs and line breaks inside a value written {@code \t},
 * {@code \n}, {@code \r}), or as JSON Lines with the full trace ({@code step, rule, before, after}
 * of each {@link Fired}).
 *
 * <pre>{@code
 * ExplanationWriter w = ExplanationWriter.tsv(out);
 * w.write("a.txt", Extractor.defaults().explain(Path.of("a.txt")));
 * // doc	start	end	text	outcome	subject	steps
 * // a.txt	1	2	3	NO_QUANTITY		find.blocker-before
 * }</pre>
 */
public final class ExplanationWriter {

    /** The TSV header line. */
    public static final String TSV_HEADER = "doc\tstart\tend\ttext\toutcome\tsubject\tsteps";

    private final Writer out;
    private final boolean json;
    private boolean started;

    private ExplanationWriter(Writer out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /**
     * A TSV writer; the header line comes before the first report's lines.
     *
     * @param out where the lines go
     * @return the writer
     */
    public static ExplanationWriter tsv(Writer out) {
        return new ExplanationWriter(out, false);
    }

    /**
     * A JSON Lines writer, one object per number with its full trace.
     *
     * @param out where the lines go
     * @return the writer
     */
    public static ExplanationWriter jsonLines(Writer out) {
        return new ExplanationWriter(out, true);
    }

    /**
     * Writes one report's explanations.
     *
     * @param doc          the report's name, the first field of each line
     * @param explanations its numbers, in order
     * @throws IOException when the output fails
     */
    public void write(String doc, List<Explanation> explanations) throws IOException {
        if (!json && !started) {
            out.write(TSV_HEADER + "\n");
        }
        started = true;
        StringBuilder line = new StringBuilder(256);
        for (Explanation e : explanations) {
            line.setLength(0);
            if (json) {
                json(line, doc, e);
            } else {
                line.append(tsv(doc)).append('\t').append(e.start()).append('\t').append(e.end()).append('\t')
                        .append(tsv(e.text())).append('\t').append(e.outcome()).append('\t').append(tsv(e.subject()))
                        .append('\t').append(tsv(String.join(" ", e.ids())));
            }
            out.append(line).append('\n');
        }
    }

    private static void json(StringBuilder line, String doc, Explanation e) {
        line.append("{\"doc\":");
        JsonLinesWriter.string(line, doc);
        line.append(",\"start\":").append(e.start()).append(",\"end\":").append(e.end()).append(",\"text\":");
        JsonLinesWriter.string(line, e.text());
        line.append(",\"outcome\":\"").append(e.outcome()).append("\",\"subject\":");
        JsonLinesWriter.string(line, e.subject());
        line.append(",\"trace\":[");
        for (int k = 0; k < e.trace().size(); k++) {
            Fired f = e.trace().get(k);
            line.append(k > 0 ? ",{\"step\":" : "{\"step\":");
            JsonLinesWriter.string(line, f.step());
            field(line, "rule", f.rule());
            field(line, "before", f.before());
            field(line, "after", f.after());
            line.append('}');
        }
        line.append("]}");
    }

    private static void field(StringBuilder line, String name, String value) {
        line.append(",\"").append(name).append("\":");
        if (value == null) {
            line.append("null");
        } else {
            JsonLinesWriter.string(line, value);
        }
    }

    private static String tsv(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * Flushes the output.
     *
     * @throws IOException when it fails
     */
    public void flush() throws IOException {
        out.flush();
    }
}
