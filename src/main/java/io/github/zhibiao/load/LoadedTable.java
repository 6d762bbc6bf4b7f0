package io.github.zhibiao.load;

import java.util.List;
import java.util.Objects;

/**
 * A table as the document's structure gives it (Word and HTML tables): rows of cells, each cell
 * located in the loaded text. Cells that hold no text are kept (with an empty span) so columns
 * stay aligned; a cell spanning several columns is one cell, as the document has it.
 *
 * @param rows the rows in document order, each its cells left to right
 */
public record LoadedTable(List<List<Cell>> rows) {

    /**
     * Copies the rows.
     *
     * @param rows the rows in document order, each its cells left to right
     */
    public LoadedTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * One cell: its text as written (lines joined, trimmed) and where it stands in the loaded text.
     *
     * @param text  the cell's text; empty for an empty cell
     * @param start offset of the cell's first character in the loaded text
     * @param end   offset just past its last character ({@code start} for an empty cell)
     * @param span  how many columns the cell covers (1 unless the document merged cells)
     * @param rows  how many rows the cell covers (1 unless the document merged cells)
     */
    public record Cell(String text, int start, int end, int span, int rows) {
        /**
         * Checks the cell's text.
         *
         * @param text the cell's text; empty for an empty cell
         * @param start offset of the cell's first character in the loaded text
         * @param end offset just past its last character ({@code start} for an empty cell)
         * @param span how many columns the cell covers
         * @param rows how many rows the cell covers
         */
        public Cell {
            Objects.requireNonNull(text, "text");
        }
    }
}
