package io.github.zhibiao.cli;

import io.github.zhibiao.format.ExplanationWriter;
import io.github.zhibiao.load.LoadException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code extract --explain FILE [FILE...]}: every number of each file, its outcome and the steps
 * that fired on it, on the path extraction takes ({@code Extractor.explain}). A file that cannot be
 * loaded gives one line on stderr, as in extraction, and the others go on.
 */
final class ExplainRun {

    private ExplainRun() {
    }

    /**
     * Explains each file in turn.
     *
     * @param files  the files, in order
     * @param json   JSON Lines with the full trace; else TSV with a header line
     * @param source the extractor
     * @param out    where the lines go (closed at the end)
     * @param err    where failures go
     * @return 0 when every file was explained; 1 when one could not be loaded or the output failed
     */
    static int run(List<Path> files, boolean json, Pipeline.Source source, OutputStream out, PrintWriter err) {
        int status = 0;
        try (Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            ExplanationWriter w = json ? ExplanationWriter.jsonLines(text) : ExplanationWriter.tsv(text);
            for (Path file : files) {
                try {
                    w.write(file.toString(), source.explain(file));
                } catch (LoadException e) {
                    err.println("zhibiao: " + Pipeline.label(file) + ": " + Pipeline.describe(e));
                    status = 1;
                }
                w.flush();
            }
        } catch (IOException e) {
            err.println("zhibiao: cannot write the explanations: " + Pipeline.oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
        return status;
    }
}
