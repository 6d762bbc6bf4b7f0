package io.github.zhibiao.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers tables from page-laid-out text, where each table row came out as one line of words
 * apart by spaces: a caption {@code 表N …}, header lines, then rows whose last words are figures.
 * The table ends at prose (a line with sentence punctuation), a heading followed by prose, a note
 * ({@code 注：}) or the next caption.
 */
final class PdfTables {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern PAGE_NUMBER = Headers.builtIn("table-page-number");
    private static final Pattern CHART = Headers.builtIn("chart-caption");
    private static final Pattern NOTE = Headers.builtIn("table-note");
    private static final String PROSE = "，。；";

    private PdfTables() {
    }

    /** A word of a line and where it stands in the loaded text. */
    private record Token(String text, int start, int end) {
    }

    private record Line(int start, int end, String text, List<Token> tokens) {
        boolean blank() {
            return tokens.isEmpty();
        }

        /** How many of the last words are figures. */
        int trailingFigures() {
            int n = 0;
            for (int i = tokens.size() - 1; i >= 0 && Headers.figure(tokens.get(i).text()); i--) {
                n++;
            }
            return n;
        }

        boolean prose() {
            for (int i = 0; i < text.length(); i++) {
                if (PROSE.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<Grid> find(String loaded) {
        List<Line> lines = lines(loaded);
        List<Grid> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line cap = lines.get(k);
            if (cap.blank() || !Headers.CAPTION.matcher(cap.text()).find()) {
                continue;
            }
            List<Line> body = new ArrayList<>();
            boolean hasRows = false;
            int m = k + 1;
            for (; m < lines.size(); m++) {
                Line l = lines.get(m);
                if (l.blank() || PAGE_NUMBER.matcher(l.text()).matches()) {
                    continue;
                }
                if (Headers.CAPTION.matcher(l.text()).find() || CHART.matcher(l.text()).find()
                        || NOTE.matcher(l.text()).find() || l.prose()) {
                    break;
                }
                if (l.trailingFigures() == 0 && hasRows) {
                    // a line without figures after rows: a group label, or a heading when prose follows
                    Line next = nextContent(lines, m + 1);
                    if (next == null || next.prose() && next.trailingFigures() == 0) {
                        break;
                    }
                }
                body.add(l);
                hasRows |= l.trailingFigures() > 0;
            }
            Grid g = grid(cap, body);
            if (g != null) {
                out.add(g);
            }
            k = m - 1;
        }
        return out;
    }

    private static Line nextContent(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.blank() && !PAGE_NUMBER.matcher(l.text()).matches()) {
                return l;
            }
        }
        return null;
    }

    private static Grid grid(Line cap, List<Line> body) {
        String unitNote = unitNote(cap.text());
        List<Line> header = new ArrayList<>();
        List<Line> rows = new ArrayList<>();
        for (Line l : body) {
            if (rows.isEmpty() && l.trailingFigures() == 0) {
                String note = unitNote(l.text());
                if (!note.isEmpty() && l.tokens().size() <= 2) {
                    unitNote = note;
                } else {
                    header.add(l);
                }
            } else {
                rows.add(l);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        int n = mode(rows);
        List<String> heads = headerWords(header);
        int unitCol = -1;
        for (int i = 0; i < heads.size(); i++) {
            if (Headers.unitColumn(heads.get(i))) {
                unitCol = i;
            }
        }
        List<Grid.Column> columns = new ArrayList<>();
        List<String> valueHeads = heads.size() >= n ? heads.subList(heads.size() - n, heads.size()) : heads;
        for (int i = 0; i < n; i++) {
            columns.add(new Grid.Column(i < valueHeads.size() ? valueHeads.get(i) : "", ""));
        }
        List<Grid.Row> out = new ArrayList<>();
        for (Line l : rows) {
            int f = Math.min(l.trailingFigures(), n);
            int labelEnd = l.tokens().size() - f;
            String unit = "";
            if (unitCol >= 0 && labelEnd >= 2) {
                unit = l.tokens().get(labelEnd - 1).text();
                labelEnd--;
            }
            if (labelEnd == 0) {
                continue;
            }
            String label = l.text().substring(0, l.tokens().get(labelEnd - 1).end() - l.start()).strip();
            List<Grid.Cell> cells = new ArrayList<>();
            for (int i = l.tokens().size() - f; i < l.tokens().size(); i++) {
                Token t = l.tokens().get(i);
                cells.add(new Grid.Cell(t.text(), t.start(), t.end()));
            }
            while (cells.size() < n) {
                cells.add(null);
            }
            out.add(new Grid.Row(label, unit, l.text().strip(), cells));
        }
        Line last = rows.get(rows.size() - 1);
        return new Grid(cap.text().strip(), cap.start(), last.end(), unitNote, columns, out);
    }

    /** The header words; a second header line of bare units ({@code （亿元） （%）}) completes the first. */
    private static List<String> headerWords(List<Line> header) {
        List<String> words = new ArrayList<>();
        for (Line h : header) {
            List<String> w = Headers.words(h.tokens().stream().map(Token::text).toList());
            boolean unitsOnly = !words.isEmpty() && w.stream().allMatch(x -> x.matches("[（(].*[)）]"));
            if (unitsOnly && w.size() <= words.size()) {
                int off = words.size() - w.size();
                for (int i = 0; i < w.size(); i++) {
                    words.set(off + i, words.get(off + i) + w.get(i));
                }
            } else {
                words.addAll(w);
            }
        }
        return words;
    }

    private static String unitNote(String line) {
        Matcher m = Headers.UNIT_NOTE.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    /** The most frequent number of trailing figures over the rows. */
    private static int mode(List<Line> rows) {
        Map<Integer, Integer> count = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (Line l : rows) {
            int f = l.trailingFigures();
            int c = count.merge(f, 1, Integer::sum);
            if (c > bestCount || c == bestCount && f > best) {
                best = f;
                bestCount = c;
            }
        }
        return best;
    }

    private static List<Line> lines(String s) {
        List<Line> out = new ArrayList<>();
        int from = 0;
        while (from <= s.length()) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? s.length() : nl;
            String text = s.substring(from, end);
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(new Token(m.group(), from + m.start(), from + m.end()));
            }
            out.add(new Line(from, end, text, tokens));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }
}
