package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An aligned plain-text table of records, for reading in a terminal or JShell. Columns line up
 * in a monospaced font where Chinese characters take two columns (East Asian wide and fullwidth
 * characters count double, combining marks zero).
 *
 * <pre>{@code
 * System.out.print(Table.render(List.of(Zhibiao.extract("全市新增公办幼儿园11所"))));
 * // #  subject         text  value  unit  category      marks
 * // -  --------------  ----  -----  ----  ------------  -----
 * // 1  新增公办幼儿园  11所     11  所    SCHOOL_COUNT
 * }</pre>
 *
 * <p>The table is the header line, a rule line of dashes, then exactly one line per record.
 * A {@code doc} column comes second when the records come from more than one report. Marks:
 * {@code up}/{@code down} for a change against a baseline, {@code target} for a goal,
 * {@code approx}/{@code over}/{@code under} for a qualifier word.
 */
public final class Table {

    /** Subjects longer than this many columns are cut, ending in {@code ..}. */
    public static final int MAX_SUBJECT_WIDTH = 30;

    private static final String GAP = "  ";

    private Table() {
    }

    /**
     * Renders the records of {@code extractions}, in input then document order.
     *
     * @param extractions results to show
     * @return the table; every line, the last included, ends with {@code \n}
     */
    public static String render(Collection<Extraction> extractions) {
        return render(extractions, false);
    }

    /**
     * Renders as {@link #render(Collection)}, with a last column {@code trace} when asked for: each
     * record's step ids, {@code |}-joined ({@link Columns#TRACE}).
     *
     * @param extractions results to show
     * @param trace       whether to show the trace column
     * @return the table; every line, the last included, ends with {@code \n}
     */
    public static String render(Collection<Extraction> extractions, boolean trace) {
        return render(extractions, trace, extractions.stream().map(Extraction::doc).distinct().count() > 1);
    }

    /**
     * Renders as {@link #render(Collection, boolean)}, with the {@code doc} column or without it
     * whatever the records shown: JShell's {@code show} keeps it when the first rows of a run over
     * several reports all come from one.
     *
     * @param extractions results to show
     * @param trace       whether to show the trace column
     * @param docColumn   whether to show the {@code doc} column
     * @return the table; every line, the last included, ends with {@code \n}
     */
    public static String render(Collection<Extraction> extractions, boolean trace, boolean docColumn) {
        List<String> header = new ArrayList<>(List.of("#", "subject", "text", "value", "unit", "category", "marks"));
        if (docColumn) {
            header.add(1, "doc");
        }
        if (trace) {
            header.add(Columns.TRACE.name());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int n = 0;
        for (Extraction e : extractions) {
            for (Indicator i : e.indicators()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(Integer.toString(++n));
                if (docColumn) {
                    row.add(cell(e.doc()));
                }
                row.add(cut(cell(i.subject()), MAX_SUBJECT_WIDTH));
                row.add(cell(i.text()));
                row.add(Records.text(Records.normalize(i.value())));
                row.add(cell(i.per() == null ? i.unit() : i.unit() + "/" + i.per()));
                row.add(i.category().name());
                row.add(marks(i));
                if (trace) {
                    row.add(Records.text(Columns.TRACE.value(e, i)));
                }
                rows.add(row);
            }
        }
        boolean[] right = new boolean[header.size()];
        right[0] = true;
        right[header.indexOf("value")] = true;
        return aligned(rows, right);
    }

    /**
     * Renders the given columns of every record ({@code --fields} with {@code -f table}): a header
     * of the field names, a rule line, one line per record; numbers right-aligned, line breaks in
     * text as spaces.
     *
     * <pre>{@code
     * Table.render(results, Columns.select("subject,value,unit"));
     * // subject         value  unit
     * // --------------  -----  ----
     * // 新增公办幼儿园     11  所
     * }</pre>
     *
     * @param extractions results to show
     * @param columns     the columns, in order ({@link Columns#select})
     * @return the table; every line, the last included, ends with {@code \n}
     */
    public static String render(Collection<Extraction> extractions, List<Columns.Column> columns) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(Columns.Column::name).toList());
        for (Extraction e : extractions) {
            for (Indicator i : e.indicators()) {
                List<String> row = new ArrayList<>(columns.size());
                for (Columns.Column c : columns) {
                    row.add(cell(Records.text(c.value(e, i))));
                }
                rows.add(row);
            }
        }
        boolean[] right = new boolean[columns.size()];
        for (int c = 0; c < right.length; c++) {
            Columns.Type t = columns.get(c).type();
            right[c] = t == Columns.Type.DECIMAL || t == Columns.Type.INT;
        }
        return aligned(rows, right);
    }

    private static String aligned(List<List<String>> rows, boolean[] right) {
        int[] widths = new int[right.length];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths, right);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : widths) {
                    rule.add("-".repeat(w));
                }
                line(out, rule, widths, right);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] rightAligned) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (c > 0) {
                line.append(GAP);
            }
            line.append(rightAligned[c] ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String marks(Indicator i) {
        List<String> marks = new ArrayList<>(3);
        if (i.delta()) {
            marks.add(i.direction() == null ? "change" : i.direction().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (i.target()) {
            marks.add("target");
        }
        if (i.qualifier() != null) {
            marks.add(i.qualifier().name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", marks);
    }

    /** Line breaks and tabs in a cell would break the table: they become spaces. */
    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            int cw = width(cp);
            if (w + cw > max - 2) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            k += Character.charCount(cp);
        }
        return b.append("..").toString();
    }

    /**
     * The number of terminal columns {@code s} takes in a monospaced font: two for East Asian
     * wide and fullwidth characters (汉字, ，。、 fullwidth forms), zero for combining marks
     * and format characters, one otherwise.
     *
     * @param s a single-line text
     * @return its display width
     */
    public static int width(String s) {
        int w = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            w += width(cp);
            k += Character.charCount(cp);
        }
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian Width W or F (Unicode UAX #11), the ranges that occur in practice. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)          // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)      // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)      // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)      // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)      // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)      // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)      // fullwidth signs
                || (cp >= 0x1F300 && cp <= 0x1F64F)    // pictographs, emoticons
                || (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B and later
    }
}
