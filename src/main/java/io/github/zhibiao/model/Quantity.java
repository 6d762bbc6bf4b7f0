package io.github.zhibiao.model;

import java.util.Objects;

/**
 * One number-with-unit found in a text and resolved: the span as written and its exact measure.
 *
 * <p>Invariant: {@code text.substring(start(), end()).equals(text())} for the text it was found
 * in. {@link #end()} is derived from {@code start} and the written text, so they cannot disagree.
 *
 * @param start     index of the first character in the searched text (UTF-16 units)
 * @param text      the span as written, qualifier words next to the number included ({@code 近160万})
 * @param measure   the normalized value and unit
 * @param qualifier the bound or approximation, or {@code null}
 * @param per       denominator of a rate unit ({@code 生·年} for {@code 625元/生/年}), or {@code null}
 */
public record Quantity(int start, String text, Measure measure, Qualifier qualifier, String per) {

    /**
     * Checks that the span is non-empty and starts at or after 0.
     *
     * @param start index of the first character in the searched text (UTF-16 units)
     * @param text the span as written, qualifier words next to the number included ({@code 近160万})
     * @param measure the normalized value and unit
     * @param qualifier the bound or approximation, or {@code null}
     * @param per denominator of a rate unit ({@code 生·年} for {@code 625元/生/年}), or {@code null}
     */
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        if (start < 0) {
            throw new IllegalArgumentException("start < 0: " + start);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text at " + start);
        }
    }

    /**
     * Index just past the last character of {@link #text()}.
     *
     * @return {@code start() + text().length()}
     */
    public int end() {
        return start + text.length();
    }
}
