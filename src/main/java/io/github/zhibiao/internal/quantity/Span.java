package io.github.zhibiao.internal.quantity;

/**
 * A stretch of a text: {@code text.equals(source.substring(start, end))}.
 *
 * @param start first index (UTF-16 units)
 * @param end   index just past the stretch
 * @param text  the characters as written
 */
public record Span(int start, int end, String text) {
}
