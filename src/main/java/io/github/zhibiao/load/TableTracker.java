package io.github.zhibiao.load;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;

/**
 * Passes Tika's XHTML events on unchanged and keeps the tables it sees: {@code <table>},
 * {@code <tr>}, {@code <td>}/{@code <th>} with the text of each cell. A table inside a cell is read
 * as that cell's text. Text is matched to the loaded text afterwards ({@link #locate}), because
 * the loader normalizes line ends and blank lines after Tika wrote them.
 */
final class TableTracker extends ContentHandlerDecorator {

    /** A cell as Tika gave it: text and column span. */
    record RawCell(String text, int span, int rows) {
    }

    private final List<List<List<RawCell>>> tables = new ArrayList<>();
    private List<List<RawCell>> table;
    private List<RawCell> row;
    private StringBuilder cell;
    private int cellSpan;
    private int cellRows;
    private int depth;

    TableTracker(ContentHandler next) {
        super(next);
    }

    List<List<List<RawCell>>> tables() {
        return tables;
    }

    @Override
    public void startElement(String uri, String local, String name, Attributes atts) throws SAXException {
        String n = local.isEmpty() ? name : local;
        if (n.equals("table")) {
            if (depth++ == 0) {
                table = new ArrayList<>();
            }
        } else if (depth == 1 && n.equals("tr")) {
            row = new ArrayList<>();
        } else if (depth == 1 && (n.equals("td") || n.equals("th")) && row != null) {
            cell = new StringBuilder();
            cellSpan = span(atts.getValue("colspan"));
            cellRows = span(atts.getValue("rowspan"));
        } else if (cell != null && (n.equals("p") || n.equals("br") || n.equals("div"))) {
            cell.append('\n');
        }
        super.startElement(uri, local, name, atts);
    }

    @Override
    public void endElement(String uri, String local, String name) throws SAXException {
        String n = local.isEmpty() ? name : local;
        if (n.equals("table")) {
            if (--depth == 0 && table != null) {
                if (!table.isEmpty()) {
                    tables.add(table);
                }
                table = null;
            }
        } else if (depth == 1 && n.equals("tr") && row != null) {
            table.add(row);
            row = null;
        } else if (depth == 1 && (n.equals("td") || n.equals("th")) && cell != null) {
            row.add(new RawCell(cell.toString(), cellSpan, cellRows));
            cell = null;
        }
        super.endElement(uri, local, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (cell != null) {
            cell.append(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    private static int span(String v) {
        try {
            return v == null ? 1 : Math.max(1, Math.min(64, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The tables located in {@code text}: each cell's lines are searched in order from where the
     * previous cell ended. A cell whose text is not found (the loader cut the text) ends the search.
     */
    static List<LoadedTable> locate(List<List<List<RawCell>>> raw, String text) {
        List<LoadedTable> out = new ArrayList<>();
        int pos = 0;
        for (List<List<RawCell>> t : raw) {
            List<List<LoadedTable.Cell>> rows = new ArrayList<>();
            for (List<RawCell> r : t) {
                List<LoadedTable.Cell> cells = new ArrayList<>();
                for (RawCell c : r) {
                    int start = -1;
                    int end = pos;
                    StringBuilder joined = new StringBuilder();
                    for (String line : c.text().split("\n")) {
                        String l = line.strip();
                        if (l.isEmpty()) {
                            continue;
                        }
                        int at = text.indexOf(l, end);
                        if (at < 0) {
                            return out;
                        }
                        if (start < 0) {
                            start = at;
                        }
                        end = at + l.length();
                        joined.append(l);
                    }
                    if (start < 0) {
                        start = pos;
                    }
                    cells.add(new LoadedTable.Cell(joined.toString(), start, end, c.span(), c.rows()));
                    pos = end;
                }
                rows.add(cells);
            }
            out.add(new LoadedTable(rows));
        }
        return out;
    }
}
