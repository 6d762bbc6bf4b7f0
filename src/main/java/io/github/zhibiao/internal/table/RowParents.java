package io.github.zhibiao.internal.table;

import io.github.zhibiao.rules.Rule;
import io.github.zhibiao.rules.RuleKind;
import io.github.zhibiao.rules.RuleSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which row of a table each row is a part of, and the subject a part row takes from it.
 *
 * <p>A row marked {@code #} or {@code 其中：} is a part of the row above it; where the rows carry
 * level figures in one unit, a part group that sums to more than that row belongs to the row's own
 * total instead ({@code 其中：男性} under {@code 全市常住人口}, not under {@code 乡村}). An unmarked row
 * followed by parts is a new total unless its figure shows it stands inside the current one.
 */
final class RowParents {

    private static final Pattern MARKED = Headers.MARKED;
    /** {@code 在总计中：} names its whole: the table's first row. */
    private static final Pattern IN_TOTAL = Headers.builtIn("table-in-whole");
    private static final Pattern REGION = Headers.builtIn("table-region-total");
    private static final Pattern BRACKETS = Pattern.compile("[（(][^（()）]*[）)]");
    /** Sums are of rounded figures: a part group may exceed its total by this share. */
    private static final BigDecimal SLACK = new BigDecimal("1.005");

    private RowParents() {
    }

    /**
     * The parent row of each row, {@code -1} for none.
     *
     * @param rows   the body rows
     * @param values each row's level figure (its first level column) or {@code null}
     * @param units  the unit each figure is in, compared before figures are
     */
    static int[] of(List<Grid.Row> rows, List<BigDecimal> values, List<String> units) {
        int n = rows.size();
        int[] p = new int[n];
        Arrays.fill(p, -1);
        for (int i = 1; i < n; i++) {
            if (IN_TOTAL.matcher(rows.get(i).label()).find()) {
                p[i] = 0;
            } else if (marked(rows.get(i).label())) {
                int above = i - 1;
                Boolean fits = fits(rows, values, units, i, above);
                if (marked(rows.get(above).label())) {
                    // Parts after parts are siblings unless the figures show a part of a part.
                    p[i] = Boolean.TRUE.equals(fits) ? above : p[above];
                } else {
                    p[i] = Boolean.FALSE.equals(fits) ? p[above] : above;
                }
            } else if (i + 1 < n && marked(rows.get(i + 1).label())) {
                int sibling = p[i - 1];
                p[i] = sibling >= 0 && Boolean.TRUE.equals(notAbove(values, units, i, sibling)) ? sibling : -1;
            } else {
                p[i] = p[i - 1];
            }
        }
        return p;
    }

    /**
     * The subject of a part row: its own {@code label} when it names a measure itself or no row
     * above it names one, else the label with what the nearest measuring ancestor measures.
     *
     * @param measures the measure suffixes of {@link #measures}
     */
    static String subject(String label, List<String> ancestors, Map<String, Boolean> measures) {
        for (String m : measures.keySet()) {
            if (label.endsWith(m)) {
                return label;
            }
        }
        for (String a : ancestors) {
            String total = BRACKETS.matcher(Headers.subject(a)).replaceAll("");
            for (Map.Entry<String, Boolean> m : measures.entrySet()) {
                if (total.endsWith(m.getKey())) {
                    if (m.getValue()) {
                        return label + m.getKey();
                    }
                    String whole = REGION.matcher(total).replaceFirst("");
                    return whole.isEmpty() ? label : label + whole;
                }
            }
        }
        return label;
    }

    static boolean marked(String label) {
        return MARKED.matcher(label).find();
    }

    /** Whether the part group starting at {@code first} sums to no more than row {@code total}; null when unknown. */
    private static Boolean fits(List<Grid.Row> rows, List<BigDecimal> values, List<String> units, int first, int total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = first; j < rows.size() && (j == first || !marked(rows.get(j).label())); j++) {
            if (values.get(j) == null || !units.get(j).equals(units.get(total))) {
                return null;
            }
            sum = sum.add(values.get(j));
        }
        return values.get(total) == null ? null : sum.compareTo(values.get(total).multiply(SLACK)) <= 0;
    }

    private static Boolean notAbove(List<BigDecimal> values, List<String> units, int row, int total) {
        if (values.get(row) == null || values.get(total) == null || !units.get(row).equals(units.get(total))) {
            return null;
        }
        return values.get(row).compareTo(values.get(total).multiply(SLACK)) <= 0;
    }

    /** The measure suffixes of a rule set's {@code table-measure} rules, longest first, true for TAIL. */
    static Map<String, Boolean> measures(RuleSet rules) {
        List<String[]> rows = new ArrayList<>();
        for (Rule r : rules.of(RuleKind.TABLE_MEASURE)) {
            r.words().forEach(w -> rows.add(new String[] {w, r.arg()}));
        }
        rows.sort((a, b) -> b[0].length() - a[0].length());
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String[] f : rows) {
            out.put(f[0], f[1].equals("TAIL"));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Each row's parent row (see {@link RowParents}), from the figures of the table's first level column. */
    static int[] of(Grid g) {
        int level = -1;
        for (int c = 0; c < g.columns().size() && level < 0; c++) {
            Grid.Column col = g.columns().get(c);
            if (Headers.kind(col.block() + col.header()) == Headers.Kind.LEVEL && !Headers.unit(col.header()).equals("%")) {
                level = c;
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (Grid.Row r : g.rows()) {
            Grid.Cell cell = level >= 0 && level < r.cells().size() ? r.cells().get(level) : null;
            boolean number = cell != null && Headers.NUMBER.matcher(cell.text()).matches();
            values.add(number ? new BigDecimal(cell.text().replace(",", "").replace('−', '-').replace('–', '-')) : null);
            units.add(r.unit());
        }
        return of(g.rows(), values, units);
    }

    /** How many columns give levels in units other than percent. */
    static int levelColumns(Grid g) {
        int n = 0;
        for (Grid.Column col : g.columns()) {
            if (Headers.kind(col.block() + col.header()) == Headers.Kind.LEVEL && !Headers.unit(col.header()).equals("%")) {
                n++;
            }
        }
        return n;
    }
}
