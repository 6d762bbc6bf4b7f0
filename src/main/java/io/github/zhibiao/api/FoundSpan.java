package io.github.zhibiao.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A span the quantity finder found, before resolution: its kind, offsets into the text read and its
 * text ({@link QuantityGrammar#candidates}, {@link QuantityGrammar#placeholders}). For tracing what
 * the grammar saw; {@link QuantityGrammar#parse} gives the resolved quantities.
 *
 * <pre>{@code
 * QuantityGrammar.defaults().candidates("近16万名学生，占X/X");
 * // [FoundSpan[kind=number, start=0, end=5, text=近16万名], FoundSpan[kind=placeholder, start=9, end=12, text=X/X]]
 * }</pre>
 *
 * @param kind  what the finder read: {@code number}, {@code fraction}, {@code share}, {@code tenths},
 *              {@code half}, {@code ratio}, {@code chain_part} or {@code placeholder} (a redacted number)
 * @param start where the span starts in the text read
 * @param end   where it ends (exclusive)
 * @param text  the text of the span
 */
public record FoundSpan(String kind, int start, int end, String text) {

    /** The kind of a redacted number ({@code X}, {@code XX人}, {@code X.X%}). */
    public static final String PLACEHOLDER = "placeholder";

    /**
     * Checks the span holds its text.
     *
     * @throws IllegalArgumentException when {@code end - start} is not the text's length
     */
    public FoundSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not hold " + text);
        }
    }

    /** The kind's name as {@link #kind()} spells it: the finder's kind name in lower case. */
    static String kindName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the span is a redacted number.
     *
     * @return whether {@link #kind()} is {@link #PLACEHOLDER}
     */
    public boolean placeholder() {
        return kind.equals(PLACEHOLDER);
    }
}
