package io.github.zhibiao.api;

import io.github.zhibiao.model.Fired;

import java.util.List;
import java.util.Objects;

/**
 * One number of a report and why it is, or is not, a record: its span in the loaded text, its
 * {@link Outcome}, the subject of its record, and the steps that fired on it in order
 * ({@link Extractor#explain(java.nio.file.Path)}). For debugging rules.
 *
 * <pre>{@code
 * for (Explanation e : Extractor.defaults().explain(Path.of("report.txt"))) {
 *     System.out.println(e.start() + " " + e.text() + " " + e.outcome() + " " + e.ids());
 * }
 * // 1 3 NO_QUANTITY [find.blocker-before]
 * }</pre>
 *
 * @param text    the number as written, exactly {@code loadedText.substring(start, end)}
 * @param start   where it starts in the loaded text
 * @param end     where it ends
 * @param outcome what came of it
 * @param subject the subject of its record, or empty when it gave none
 * @param trace   the steps and sub-rules that fired on it, in order
 */
public record Explanation(String text, int start, int end, Outcome outcome, String subject, List<Fired> trace) {

    /**
     * Checks the fields and copies the trace.
     *
     * @param text    the number as written
     * @param start   where it starts in the loaded text
     * @param end     where it ends
     * @param outcome what came of it
     * @param subject the subject of its record, or empty
     * @param trace   what fired on it
     */
    public Explanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(subject, "subject");
        trace = List.copyOf(trace);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not hold " + text);
        }
    }

    /**
     * The ids of the trace ({@link Fired#id()}), in order.
     *
     * @return the ids
     */
    public List<String> ids() {
        return trace.stream().map(Fired::id).toList();
    }
}
