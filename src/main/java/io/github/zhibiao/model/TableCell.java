package io.github.zhibiao.model;

import java.util.Objects;

/**
 * Where a record stands in a table: enough to rebuild the table from its records.
 *
 * <pre>{@code
 * // 表3 主要农产品产量 | 产品名称 | 产量（万吨） | 比上年增长（%）
 * //                      粮食       902.61        -3.2
 * cell.table()   // "表3 主要农产品产量"
 * cell.row()     // "粮食"
 * cell.column()  // "产量（万吨）"
 * }</pre>
 *
 * @param table  the table's caption as written (may be empty when the table has none)
 * @param row    the row's label as written, markers included ({@code 其中：夏粮})
 * @param column the column's header as written; for a column under a block, {@code block/column}
 */
public record TableCell(String table, String row, String column) {

    /**
     * Checks that every part is present.
     *
     * @param table the table's caption as written (may be empty when the table has none)
     * @param row the row's label as written, markers included ({@code 其中：夏粮})
     * @param column the column's header as written; for a column under a block, {@code block/column}
     */
    public TableCell {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }
}
