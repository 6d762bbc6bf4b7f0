package io.github.zhibiao.internal.indicator;

/**
 * The {@code sentence} of a record: the sentence around the number, whitespace stripped at its ends,
 * and when it is longer than {@link #MAX} characters only the {@link #MAX} characters around the
 * number (as even on both sides as the sentence allows), with {@code …} marking each end that was cut.
 * Keeps output linear in the input: a text without punctuation would otherwise repeat itself once
 * per number.
 */
final class SentenceField {

    /** Most characters of report text in a sentence field, the {@code …} marks not counted. */
    static final int MAX = 200;
    static final String CUT = "…";

    private SentenceField() {
    }

    /**
     * @param loaded the loaded text
     * @param from   start of the sentence in {@code loaded}
     * @param to     end of the sentence
     * @param start  start of the number, within {@code [from, to]}
     * @param end    end of the number
     */
    static String of(String loaded, int from, int to, int start, int end) {
        int s = from;
        while (s < start && Character.isWhitespace(loaded.charAt(s))) {
            s++;
        }
        int e = to;
        while (e > end && Character.isWhitespace(loaded.charAt(e - 1))) {
            e--;
        }
        if (e - s <= MAX) {
            return loaded.substring(s, e);
        }
        int room = Math.max(0, MAX - (end - start));
        int right = Math.min(e - end, room - Math.min(start - s, room / 2));
        int left = Math.min(start - s, room - right);
        int a = start - left;
        int b = end + right;
        // Never cut a surrogate pair in two.
        if (a > s && Character.isLowSurrogate(loaded.charAt(a)) && Character.isHighSurrogate(loaded.charAt(a - 1))) {
            a++;
        }
        if (b < e && Character.isHighSurrogate(loaded.charAt(b - 1)) && Character.isLowSurrogate(loaded.charAt(b))) {
            b--;
        }
        return (a > s ? CUT : "") + loaded.substring(a, b) + (b < e ? CUT : "");
    }
}
