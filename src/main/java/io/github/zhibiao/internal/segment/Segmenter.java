package io.github.zhibiao.internal.segment;

import java.util.List;

/**
 * Cuts text into words with parts of speech. Used for the words around a number, never to find
 * numbers. Implementations are immutable and thread-safe.
 */
public interface Segmenter {

    /**
     * Segments {@code text[start, end)}; token offsets index {@code text}.
     */
    List<Token> segment(CharSequence text, int start, int end);
}
