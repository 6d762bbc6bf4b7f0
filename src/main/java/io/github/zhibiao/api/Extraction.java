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
 * @param doc        the document's name: a file's name, its path under the folder read
 *                   ({@code 2023/a.txt}), an archive member's {@code reports.zip!2024/b.docx}, or
 *                   the name given for a text
 * @param loadedText the text as loaded: every indicator's span indexes it
 * @param context    region, year and period stated by the report
 * @param indicators the indicator records, in document order
 * @param diagnostics non-fatal notes on this report: the loader's (charset guessed, bytes
 *                    replaced, text truncated), then each number the indicator stage could not
 *                    read (PART_SKIPPED; it costs that number only), in the order they arose
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

    /**
     * A short description, never the loaded text (JShell echoes results, and a report's text is
     * long): {@code Extraction[doc=a.txt, 30 indicators, 1234 chars, 青河县 2024 全年, 1 diagnostic]}.
     *
     * @return one line
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Extraction[doc=").append(doc).append(", ")
                .append(indicators.size()).append(indicators.size() == 1 ? " indicator" : " indicators")
                .append(", ").append(loadedText.length()).append(" chars");
        List<String> about = new java.util.ArrayList<>(3);
        context.regionIfKnown().ifPresent(about::add);
        context.yearIfKnown().ifPresent(y -> about.add(y.toString()));
        context.periodIfKnown().ifPresent(about::add);
        if (!about.isEmpty()) {
            b.append(", ").append(String.join(" ", about));
        }
        if (!diagnostics.isEmpty()) {
            b.append(", ").append(diagnostics.size()).append(diagnostics.size() == 1 ? " diagnostic" : " diagnostics");
        }
        return b.append(']').toString();
    }

    /**
     * The same result under another document name: {@code 2023/a.txt} for a file found under a
     * folder, {@code reports.zip!2024/b.docx} for an archive member.
     *
     * @param newDoc the name the records carry in their {@code doc} field
     * @return a copy with {@code doc} replaced
     */
    public Extraction withDoc(String newDoc) {
        return newDoc.equals(doc) ? this : new Extraction(newDoc, loadedText, context, indicators, diagnostics);
    }
}
