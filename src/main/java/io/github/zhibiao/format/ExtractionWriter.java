package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * Writes extraction results one report at a time to a character stream, so that a run over
 * many reports never holds more than one report's records.
 *
 * <pre>{@code
 * try (ExtractionWriter w = new JsonLinesWriter(writer)) {
 *     for (Path f : files) {
 *         w.write(Zhibiao.extract(f));
 *     }
 * }
 * }</pre>
 *
 * <p>Closing a writer flushes it and closes the underlying stream.
 */
public interface ExtractionWriter extends Closeable, Flushable {

    /**
     * Writes the records of one report.
     *
     * @param extraction one report's result
     * @throws IOException when the underlying stream fails
     */
    void write(Extraction extraction) throws IOException;
}
