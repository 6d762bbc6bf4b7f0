package io.github.zhibiao.internal.indicator;

/**
 * A number the indicator stage could not read: a step failed on it (a rule meeting input no one
 * foresaw). It costs that number only: in the per-quantity stage the number gives no record, in
 * the text stage the drafts keep what they had before the failing composite. Offsets index the
 * loaded text.
 *
 * <pre>{@code
 * Unreadable u = new Unreadable("5%", 12, "subject.enumeration-item", "IndexOutOfBoundsException: …", true);
 * }</pre>
 *
 * @param text    the number as written in the loaded text; empty for a failure about the whole text
 * @param start   where it starts in the loaded text
 * @param step    the id of the step that failed
 * @param error   what the step threw, on one line
 * @param skipped whether the number gives no record (else it keeps the record it had)
 */
public record Unreadable(String text, int start, String step, String error, boolean skipped) {

    /**
     * A plain-language note for a report's diagnostics.
     *
     * @return one line naming the number, the step and the error
     */
    public String message() {
        String what = text.isEmpty() ? "the text's composites" : "the number '" + text + "' at " + start;
        return what + " could not be read by step " + step + " (" + error + "); "
                + (skipped ? "it gives no record" : "its record keeps what it had before that step")
                + ", the report keeps its other records";
    }
}
