package io.github.zhibiao.api;

import io.github.zhibiao.load.Diagnostic;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.ReportContext;

import java.util.List;
import java.util.Objects;

/**
 * What one report gave: its indicators in document order, what the report says about itself,
 * and the text they index.
 *
 * @param doc         the document's file name (no folders), or the name given for a text
 * @param loadedText  the text as loaded: every indicator's span indexes it
 * @param context     region, year and period stated by the report
 * @param indicators  the indicator records, in document order
 * @param diagnostics the loader's non-fatal notes on this report (charset guessed, bytes
 *                    replaced, text truncated), in the order they arose; empty for a text
 */
public record Extraction(String doc, String loadedText, ReportContext context, List<Indicator> indicators,
        List<Diagnostic> diagnostics) {

    /**
     * Checks the fields and copies the lists.
     *
     * @param doc         the document's name
     * @param loadedText  the text the indicators index
     * @param context     region, year and period stated by the report
     * @param indicators  the indicator records, in document order
     * @param diagnostics the loader's non-fatal notes on this report
     */
    public Extraction {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(loadedText, "loadedText");
        Objects.requireNonNull(context, "context");
        indicators = List.copyOf(indicators);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * An extraction without diagnostics.
     *
     * @param doc        the document's name
     * @param loadedText the text the indicators index
     * @param context    region, year and period stated by the report
     * @param indicators the indicator records, in document order
     */
    public Extraction(String doc, String loadedText, ReportContext context, List<Indicator> indicators) {
        this(doc, loadedText, context, indicators, List.of());
    }
}
