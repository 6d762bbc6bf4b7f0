package io.github.zhibiao.internal.table;

import java.util.List;
import java.util.Objects;

/**
 * A table reduced to what records need: its caption, the headers of its value columns, and its
 * rows (a label and one cell per value column).
 *
 * @param caption  the caption as written ({@code 表3 2023年主要农产品产量}), or empty
 * @param start    where the table (its caption, when it has one) starts in the loaded text
 * @param end      where its last row ends in the loaded text
 * @param unitNote the unit a {@code 单位：万吨} line gives the whole table, or empty
 * @param columns  the value columns, left to right
 * @param rows     the body rows in order
 */
record Grid(String caption, int start, int end, String unitNote, List<Column> columns, List<Row> rows) {

    Grid {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(unitNote, "unitNote");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A value column.
     *
     * @param header the column's header as written, spaces inside words removed ({@code 比上年增长（%）})
     * @param block  the header of the block of columns above it ({@code 招生数}), or empty
     */
    record Column(String header, String block) {
    }

    /**
     * A body row.
     *
     * @param label the row's label as written ({@code 其中：夏粮})
     * @param unit  the unit the row's unit column gives ({@code 吨}), or empty
     * @param line  the row as written, for the record's sentence
     * @param cells one per value column; {@code null} where the row has no cell
     * @param block the count word of the row block it stands in ({@code 招生数}), or empty
     */
    record Row(String label, String unit, String line, List<Cell> cells, String block) {
        Row(String label, String unit, String line, List<Cell> cells) {
            this(label, unit, line, cells, "");
        }
    }

    /**
     * A cell holding a number (or a dash for none).
     *
     * @param text  the cell's text, exactly {@code loaded.substring(start, end)}
     * @param start its offset in the loaded text
     * @param end   the offset just past it
     */
    record Cell(String text, int start, int end) {
    }
}
