package io.github.zhibiao.internal.table;

/**
 * What a {@code table.*} step reads and writes of a {@link CellDraft}: the pipeline's driver checks
 * that each slot a step reads is given ({@link #CELL}) or written by a step of an earlier stage.
 */
enum TableSlot {
    /** The cell, its row and column, the row's ancestors, and the column's kind (given). */
    CELL,
    /** The row label, markers dropped, as the subject's head. */
    LABEL,
    /** The unit the label ends with ({@code 失业率（%）}). */
    LABEL_UNIT,
    /** What the row block or the column block counts ({@code 招生数}). */
    BLOCK,
    /** The group a dimension column names ({@code 城镇}). */
    GROUP,
    /** The unit the headers and the label give. */
    UNIT,
    /** The value and its kind. */
    MEASURE,
    /** The change a growth column gives. */
    DIRECTION,
    /** The category and the id of the rule that set it. */
    CATEGORY
}
