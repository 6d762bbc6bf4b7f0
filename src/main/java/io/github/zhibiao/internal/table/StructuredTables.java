package io.github.zhibiao.internal.table;

import io.github.zhibiao.load.LoadedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables a document's structure gives (Word, HTML): header rows are the rows before the
 * first row with a figure; the first column holds row labels; a header cell over several columns
 * names a block ({@code 招生数} over {@code 绝对数}, {@code 比上年增长}). The caption is the short
 * line just before the table.
 */
final class StructuredTables {

    private static final int CAPTION_MAX = 60;
    private static final Pattern FIGURE_IN = Pattern.compile("[-−–+]?\\d[\\d,]*(?:\\.\\d+)?");

    private StructuredTables() {
    }

    static Grid grid(LoadedTable t, String loaded) {
        List<List<LoadedTable.Cell>> rows = t.rows().stream().filter(r -> !r.isEmpty()).toList();
        if (rows.isEmpty()) {
            return null;
        }
        int width = 0;
        for (List<LoadedTable.Cell> r : rows) {
            width = Math.max(width, columns(r));
        }
        LoadedTable.Cell[][] at = layout(rows, width);
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0; i++) {
            for (int j = 1; j < width; j++) {
                if (at[i][j] != null && Headers.NUMBER.matcher(at[i][j].text()).matches()) {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0) {
            return null;
        }
        // Header lines per column: top rows name blocks, the last header row names the column.
        String[][] head = new String[first][width];
        for (int i = 0; i < first; i++) {
            spread(rows.get(i), at[i], head[i], width);
        }
        int unitCol = -1;
        List<Grid.Column> columns = new ArrayList<>();
        for (int c = 1; c < width; c++) {
            String header = first > 0 ? head[first - 1][c] : "";
            String block = "";
            for (int i = 0; i < first - 1; i++) {
                if (!head[i][c].isEmpty() && !head[i][c].equals(header)) {
                    block = head[i][c];
                }
            }
            if (Headers.unitColumn(header)) {
                unitCol = c;
            }
            columns.add(new Grid.Column(header, block));
        }
        int start = rows.stream().flatMap(List::stream).filter(c -> !c.text().isEmpty())
                .mapToInt(LoadedTable.Cell::start).findFirst().orElse(rows.get(0).get(0).start());
        String caption = caption(loaded, start);
        String unitNote = "";
        Matcher note = Headers.UNIT_NOTE.matcher(caption);
        if (note.find()) {
            unitNote = note.group(1);
        }
        for (int i = 0; i < first; i++) {
            for (LoadedTable.Cell c : rows.get(i)) {
                Matcher m = Headers.UNIT_NOTE.matcher(c.text());
                if (m.find()) {
                    unitNote = m.group(1);
                }
            }
        }
        if (first == 0 && !Headers.CAPTION.matcher(caption).find()) {
            // no header row and no 表N caption: a table used for page layout, read as prose
            return null;
        }
        List<Grid.Row> out = new ArrayList<>();
        int end = 0;
        for (int i = first; i < rows.size(); i++) {
            List<LoadedTable.Cell> r = rows.get(i);
            LoadedTable.Cell[] cellByCol = at[i];
            String[] byCol = new String[width];
            for (int c = 0; c < width; c++) {
                byCol[c] = cellByCol[c] == null ? null : cellByCol[c].text();
            }
            for (LoadedTable.Cell cell : r) {
                end = Math.max(end, cell.end());
            }
            String label = byCol[0] == null ? "" : byCol[0];
            String unit = unitCol >= 0 && byCol[unitCol] != null ? byCol[unitCol] : "";
            List<Grid.Cell> cells = new ArrayList<>();
            for (int k = 1; k < width; k++) {
                LoadedTable.Cell cell = cellByCol[k];
                cells.add(k == unitCol || cell == null ? null : figure(cell, loaded));
            }
            StringBuilder line = new StringBuilder();
            for (LoadedTable.Cell cell : r) {
                if (!cell.text().isEmpty()) {
                    line.append(line.length() > 0 ? " " : "").append(cell.text());
                }
            }
            out.add(new Grid.Row(label, unit, line.toString(), cells));
        }
        String capHead = caption.contains(" ") ? caption.substring(0, caption.lastIndexOf(' ')) : caption;
        int capStart = caption.isEmpty() ? start : loaded.lastIndexOf(capHead, start);
        return new Grid(caption, capStart >= 0 ? capStart : start, Math.max(end, start), unitNote, columns, out);
    }

    private static int columns(List<LoadedTable.Cell> r) {
        int n = 0;
        for (LoadedTable.Cell c : r) {
            n += Math.max(1, c.span());
        }
        return n;
    }

    /**
     * Header cells to columns. Cells with spans cover their columns; a row with fewer cells than
     * columns and no spans (a Word parser that drops them) has its cells after the label cell
     * spread evenly over the value columns when they divide them.
     */
    private static void spread(List<LoadedTable.Cell> r, LoadedTable.Cell[] laid, String[] out, int width) {
        java.util.Arrays.fill(out, "");
        int cols = columns(r);
        boolean spans = r.stream().anyMatch(c -> c.span() > 1 || c.rows() > 1);
        boolean carried = java.util.Arrays.stream(laid).filter(java.util.Objects::nonNull).count() > r.size();
        if (!spans && !carried && r.size() == width - 1) {
            // the label column's head stands merged in the row above: the cells are the value columns'
            for (int i = 0; i < r.size(); i++) {
                out[i + 1] = r.get(i).text();
            }
            return;
        }
        if (!spans && !carried && cols < width && r.size() > 1 && (width - 1) % (r.size() - 1) == 0) {
            int each = (width - 1) / (r.size() - 1);
            out[0] = r.get(0).text();
            for (int i = 1; i < r.size(); i++) {
                for (int k = 0; k < each; k++) {
                    out[1 + (i - 1) * each + k] = r.get(i).text();
                }
            }
            return;
        }
        for (int c = 0; c < width; c++) {
            out[c] = laid[c] == null ? "" : laid[c].text();
        }
    }

    /**
     * Cells to their columns: a cell covers {@code span} columns and {@code rows} rows, so a
     * cell merged down from a row above takes its place in the rows below.
     */
    private static LoadedTable.Cell[][] layout(List<List<LoadedTable.Cell>> rows, int width) {
        LoadedTable.Cell[][] at = new LoadedTable.Cell[rows.size()][width];
        int[] pending = new int[width];
        LoadedTable.Cell[] above = new LoadedTable.Cell[width];
        for (int i = 0; i < rows.size(); i++) {
            int c = 0;
            for (LoadedTable.Cell cell : rows.get(i)) {
                while (c < width && pending[c] > 0) {
                    at[i][c] = above[c];
                    pending[c]--;
                    c++;
                }
                for (int k = 0; k < Math.max(1, cell.span()) && c < width; k++, c++) {
                    at[i][c] = cell;
                    if (cell.rows() > 1) {
                        pending[c] = cell.rows() - 1;
                        above[c] = cell;
                    }
                }
            }
            for (; c < width; c++) {
                if (pending[c] > 0) {
                    at[i][c] = above[c];
                    pending[c]--;
                }
            }
        }
        return at;
    }

    /** The figure inside a cell, exactly as it stands in the loaded text; null when the cell holds none. */
    private static Grid.Cell figure(LoadedTable.Cell cell, String loaded) {
        String t = cell.text().strip();
        if (!Headers.figure(t)) {
            return null;
        }
        String span = loaded.substring(cell.start(), cell.end());
        Matcher m = FIGURE_IN.matcher(span);
        if (Headers.NONE.matcher(t).matches() || !m.find()) {
            return new Grid.Cell(span, cell.start(), cell.end());
        }
        return new Grid.Cell(m.group(), cell.start() + m.start(), cell.start() + m.end());
    }

    /**
     * The short line just before {@code start}: the table's caption, when it looks like one. A
     * {@code 单位：…} line between caption and table is passed over (the caller reads it apart).
     */
    private static String caption(String loaded, int start) {
        String line = lineBefore(loaded, start);
        if (Headers.UNIT_NOTE.matcher(line).find() && line.length() <= 12) {
            int at = loaded.lastIndexOf(line, start);
            String above = at > 0 ? lineBefore(loaded, at) : "";
            return Headers.CAPTION.matcher(above).find() ? above + " " + line : line;
        }
        return line;
    }

    private static String lineBefore(String loaded, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(loaded.charAt(e - 1))) {
            e--;
        }
        int s = loaded.lastIndexOf('\n', e - 1) + 1;
        String line = loaded.substring(s, e).strip();
        if (line.isEmpty() || line.length() > CAPTION_MAX) {
            return "";
        }
        boolean sentence = line.endsWith("。") || line.endsWith("；");
        return Headers.CAPTION.matcher(line).find() || !sentence ? line : "";
    }
}
