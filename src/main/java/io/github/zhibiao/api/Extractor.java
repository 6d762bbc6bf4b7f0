package io.github.zhibiao.api;

import io.github.zhibiao.load.LoadException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Extracts indicator records from Chinese reports. Build once, share freely: an extractor is
 * immutable and safe to use from many threads at once.
 *
 * <pre>{@code
 * Extractor ex = Extractor.defaults();
 * Extraction r = ex.extract("全市新增公办幼儿园11所，投入资金2.5亿元。");
 * r.indicators().forEach(System.out::println);
 * }</pre>
 *
 * <p>TEMPORARY SEAM: the pipeline (load, clean, find, resolve, indicator rules) is wired in here.
 */
public final class Extractor {

    private static final Extractor DEFAULTS = new Extractor();

    private Extractor() {
    }

    /** The extractor with the built-in rules. */
    public static Extractor defaults() {
        return DEFAULTS;
    }

    /** Extracts from a text; the document is named {@code text}. */
    public Extraction extract(String text) {
        return extract("text", text);
    }

    /** Extracts from a text under the given document name. */
    public Extraction extract(String doc, String text) {
        return new Extraction(doc, text, io.github.zhibiao.model.ReportContext.UNKNOWN, List.of());
    }

    /** Loads a report file (format and encoding detected) and extracts from it. */
    public Extraction extract(Path file) throws LoadException {
        String name = file.getFileName().toString();
        try {
            return extract(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.IO, e.getMessage(), e);
        }
    }
}
