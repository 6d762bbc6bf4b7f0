package io.github.zhibiao.internal.table;

import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Measure;

import java.util.List;

/**
 * One numeric cell of a table while the {@code table.*} steps decide about it: what is given (the
 * grid, the row, the column, the cell, the row's ancestors) and what the steps write. Mutable and
 * confined to the thread reading the table; one per cell.
 */
final class CellDraft {

    final Grid grid;
    final Grid.Row row;
    final Grid.Column column;
    final Grid.Cell cell;
    /** The labels of the row's parent rows, nearest first. */
    final List<String> ancestors;
    /** Whether two or more columns give levels: then a group column ({@code 城镇}) names a dimension. */
    final boolean dimensions;
    final Headers.Kind kind;

    String label;
    String labelUnit = "";
    String block = "";
    String group = "";
    String unit = "";
    Measure measure;
    Direction direction;
    Category category;
    String ruleId;

    CellDraft(Grid grid, Grid.Row row, Grid.Column column, Grid.Cell cell, List<String> ancestors, boolean dimensions) {
        this.grid = grid;
        this.row = row;
        this.column = column;
        this.cell = cell;
        this.ancestors = ancestors;
        this.dimensions = dimensions;
        this.kind = Headers.kind(column.block() + column.header());
        this.label = Headers.subject(row.label());
    }

    /** The label after its block ({@code 普通高等学校} + {@code 招生数}), the group before it. */
    String subject() {
        String s = block.isEmpty() || label.endsWith(block) ? label : label + block;
        return group.isEmpty() ? s : group + s;
    }

    /** The cell's number as a decimal literal: thousands separators dropped, dashes as minus. */
    String number() {
        return cell.text().replace(",", "").replace('−', '-').replace('–', '-');
    }

    /** The column's header under its block ({@code 招生数/比上年增长（%）}), as the record names it. */
    String header() {
        return column.block().isEmpty() ? column.header() : column.block() + "/" + column.header();
    }
}
