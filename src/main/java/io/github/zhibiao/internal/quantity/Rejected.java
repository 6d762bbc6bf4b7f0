package io.github.zhibiao.internal.quantity;

/**
 * A numeral the finder turned down, and the id of the step that did ({@code find.clock-time}).
 *
 * @param start where the numeral starts in the text read
 * @param end   where the reading that was turned down ends
 * @param step  the id of the finder step that turned it down
 */
public record Rejected(int start, int end, String step) {
}
