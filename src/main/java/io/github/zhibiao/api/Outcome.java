package io.github.zhibiao.api;

/**
 * What came of one number of a report ({@link Explanation#outcome()}).
 *
 * <pre>{@code
 * // 第3次会议于9月召开，PM2.5浓度下降5%
 * // 第3 NO_QUANTITY (find.blocker-before), 9月 NO_QUANTITY, PM2.5 NO_QUANTITY, 5% RECORD
 * }</pre>
 */
public enum Outcome {
    /** A record of prose. */
    RECORD,
    /** A quantity, or a table cell, that gave no record: the last step of its trace ended it. */
    NO_RECORD,
    /** A numeral the quantity finder turned down: the step of its trace did. */
    NO_QUANTITY,
    /** A record read from a table cell. */
    TABLE_CELL
}
