package io.github.zhibiao.internal.table;

import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.load.LoadedTable;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Measure;
import io.github.zhibiao.model.Quantity;
import io.github.zhibiao.model.TableCell;
import io.github.zhibiao.rules.RuleSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of a report into records, one per numeric cell:
 * <ul>
 * <li>value and unit from the column header ({@code 绝对数（亿元）}, {@code 比上年增长（%）}), the
 *     row's unit column, or the table's {@code 单位：万吨} line;</li>
 * <li>subject from the row label, markers ({@code #}, {@code 其中：}, {@code （1）}) dropped, after
 *     the block the column stands under ({@code 普通高等学校} + {@code 招生数});</li>
 * <li>growth columns give percentage changes, direction from the sign as written; share and
 *     structure columns ({@code 比重（%）}) give levels; index columns ({@code 上年=100}) give none;</li>
 * <li>each record names its table, row and column ({@link TableCell}).</li>
 * </ul>
 * The numbers inside a table's lines are the table's: {@link #merge} drops what prose reading
 * found there.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableReader {

    private final QuantityParser grammar;
    private final IndicatorEngine engine;
    private final Map<String, Boolean> measures;

    /**
     * A reader that resolves values with {@code grammar} and categories with {@code engine}'s rules.
     *
     * @param grammar reads the value and unit of a cell, with the unit its header gives
     * @param engine  gives a cell's category from its subject, as prose records get theirs
     */
    public TableReader(QuantityParser grammar, IndicatorEngine engine) {
        this(grammar, engine, RuleSet.defaults());
    }

    /**
     * A reader as above whose part rows name their totals' measures by {@code rules}' {@code
     * table-measure} rules (the built-in ones and those of one's own files).
     *
     * @param grammar reads the value and unit of a cell, with the unit its header gives
     * @param engine  gives a cell's category from its subject, as prose records get theirs
     * @param rules   the rules whose {@code table-measure} rules apply
     */
    public TableReader(QuantityParser grammar, IndicatorEngine engine, RuleSet rules) {
        this.grammar = grammar;
        this.engine = engine;
        this.measures = RowParents.measures(rules);
    }

    /**
     * The tables of a report and their records.
     *
     * @param regions where each table stands in the loaded text, {start, end}
     * @param records one per numeric cell, in document order
     * @param cells   how many numeric cells the tables hold (index columns included)
     */
    public record Tables(List<int[]> regions, List<Indicator> records, int cells) {
        /** No tables. */
        public static final Tables NONE = new Tables(List.of(), List.of(), 0);
    }

    /**
     * Finds the tables of a loaded text and reads them.
     *
     * @param loaded     the loaded text
     * @param structured the tables the document's structure gives (Word, HTML)
     * @param page       true for page-laid-out text (PDF): tables are recovered from its lines
     * @return the tables' places in the loaded text and one record per numeric cell
     */
    public Tables read(String loaded, List<LoadedTable> structured, boolean page) {
        List<Grid> grids = new ArrayList<>();
        for (LoadedTable t : structured) {
            Grid g = StructuredTables.grid(t, loaded);
            if (g != null) {
                grids.add(g);
            }
        }
        if (page && structured.isEmpty()) {
            grids.addAll(PdfTables.find(loaded));
        }
        if (grids.isEmpty()) {
            return Tables.NONE;
        }
        List<int[]> regions = new ArrayList<>();
        List<Indicator> records = new ArrayList<>();
        int cells = 0;
        for (Grid g : grids) {
            regions.add(new int[] {g.start(), g.end()});
            int[] parents = parents(g);
            boolean dimensions = levelColumns(g) >= 2;
            String rowBlock = "";
            for (int ri = 0; ri < g.rows().size(); ri++) {
                Grid.Row r = g.rows().get(ri);
                String next = ri + 1 < g.rows().size() ? g.rows().get(ri + 1).label() : null;
                String opens = Headers.blockOf(r.label(), next);
                if (!opens.isEmpty() || Headers.endsWithBlockMeasure(r.label())) {
                    rowBlock = opens;
                } else if (!rowBlock.isEmpty()) {
                    r = new Grid.Row(r.label(), r.unit(), r.line(), r.cells(), rowBlock);
                }
                for (int c = 0; c < g.columns().size() && c < r.cells().size(); c++) {
                    Grid.Cell cell = r.cells().get(c);
                    if (cell == null || !Headers.NUMBER.matcher(cell.text()).matches()) {
                        continue;
                    }
                    cells++;
                    List<String> ancestors = new ArrayList<>();
                    for (int a = parents[ri]; a >= 0; a = parents[a]) {
                        ancestors.add(g.rows().get(a).label());
                    }
                    Indicator i = record(g, r, g.columns().get(c), cell, loaded, ancestors, dimensions);
                    if (i != null) {
                        records.add(i);
                    }
                }
            }
        }
        records.sort(Comparator.comparingInt(Indicator::start));
        return new Tables(List.copyOf(regions), List.copyOf(records), cells);
    }

    /**
     * Prose records outside the tables, and the tables' records, in document order.
     *
     * @param prose  the records read from the text as prose
     * @param tables the tables and their records
     * @return the prose records that stand outside every table, and the table records, by offset
     */
    public static List<Indicator> merge(List<Indicator> prose, Tables tables) {
        if (tables.regions().isEmpty()) {
            return prose;
        }
        List<Indicator> out = new ArrayList<>(prose.size() + tables.records().size());
        for (Indicator i : prose) {
            if (!inside(i.start(), tables.regions())) {
                out.add(i);
            }
        }
        out.addAll(tables.records());
        out.sort(Comparator.comparingInt(Indicator::start));
        return out;
    }

    private static boolean inside(int at, List<int[]> regions) {
        for (int[] r : regions) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Each row's parent row (see {@link RowParents}), from the figures of the table's first level column. */
    private static int[] parents(Grid g) {
        int level = -1;
        for (int c = 0; c < g.columns().size() && level < 0; c++) {
            Grid.Column col = g.columns().get(c);
            if (Headers.kind(col.block() + col.header()) == Headers.Kind.LEVEL && !Headers.unit(col.header()).equals("%")) {
                level = c;
            }
        }
        List<java.math.BigDecimal> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (Grid.Row r : g.rows()) {
            Grid.Cell cell = level >= 0 && level < r.cells().size() ? r.cells().get(level) : null;
            boolean number = cell != null && Headers.NUMBER.matcher(cell.text()).matches();
            values.add(number ? new BigDecimal(cell.text().replace(",", "").replace('−', '-').replace('–', '-')) : null);
            units.add(r.unit());
        }
        return RowParents.of(g.rows(), values, units);
    }

    /** How many columns give levels in units other than percent. */
    private static int levelColumns(Grid g) {
        int n = 0;
        for (Grid.Column col : g.columns()) {
            if (Headers.kind(col.block() + col.header()) == Headers.Kind.LEVEL && !Headers.unit(col.header()).equals("%")) {
                n++;
            }
        }
        return n;
    }

    private Indicator record(Grid g, Grid.Row r, Grid.Column col, Grid.Cell cell, String loaded,
            List<String> ancestors, boolean dimensions) {
        Headers.Kind kind = Headers.kind(col.block() + col.header());
        if (kind == Headers.Kind.INDEX) {
            return null;
        }
        String label = Headers.subject(r.label());
        // A label may end with its unit (失业率（%）); other brackets (薯类（折粮）) are part of its name.
        String labelUnit = "";
        if (label.endsWith(")") || label.endsWith("）")) {
            String u = Headers.unit(label);
            if (!u.isEmpty() && isUnit(u)) {
                labelUnit = u;
                label = label.substring(0, Math.max(label.lastIndexOf('（'), label.lastIndexOf('(')));
            }
        }
        String block = !r.block().isEmpty() ? r.block() : Headers.name(col.block());
        if (block.isEmpty() && Headers.isBlockMeasure(col.header())) {
            // A column that counts one thing (学校数, 专任教师数) names what the row's figure counts.
            block = Headers.name(col.header());
        }
        if (block.isEmpty()) {
            label = RowParents.subject(label, ancestors, measures);
        }
        String subject = block.isEmpty() || label.endsWith(block) ? label : label + block;
        // Columns that split a figure by a group (城镇 | 农村) name the group before the row's subject.
        String group = Headers.name(col.header());
        if (dimensions && col.block().isEmpty() && Headers.DIMENSION.matcher(group).matches() && !subject.startsWith(group)) {
            subject = group + subject;
        }
        if (subject.isEmpty()) {
            return null;
        }
        String number = cell.text().replace(",", "").replace('−', '-').replace('–', '-');
        boolean negative = number.startsWith("-");
        String digits = number.replaceFirst("^[-+]", "");
        String unit = Headers.unit(col.header());
        if (unit.isEmpty()) {
            unit = Headers.unit(col.block());
        }
        if (unit.isEmpty()) {
            unit = labelUnit;
        }
        Measure m;
        Direction direction = null;
        if (kind == Headers.Kind.GROWTH || kind == Headers.Kind.SHARE || unit.equals("%")) {
            BigDecimal v = new BigDecimal(number);
            boolean points = unit.contains("百分点");
            m = points ? new Measure.PercentagePoints(v) : new Measure.Percent(v);
            if (kind == Headers.Kind.GROWTH) {
                direction = v.signum() < 0 ? Direction.DOWN : Direction.UP;
            }
        } else {
            if (unit.isEmpty() || unit.equals("单位")) {
                unit = !r.unit().isEmpty() ? r.unit() : g.unitNote();
            }
            m = measure(digits, unit);
            if (m == null) {
                return null;
            }
            if (negative) {
                m = negate(m);
            }
        }
        Map.Entry<Category, String> cat = engine.categorize(m, subject);
        String header = col.block().isEmpty() ? col.header() : col.block() + "/" + col.header();
        String text = loaded.substring(cell.start(), cell.end());
        return new Indicator(text, cell.start(), cell.end(), m, cat.getKey(), subject, direction != null,
                direction, null, false, null, r.line(), "table-" + kind.name().toLowerCase() + ":" + cat.getValue(),
                new TableCell(g.caption(), Headers.squeeze(r.label()), Headers.squeeze(header)));
    }

    /** True when the grammar reads {@code word} after a number as its unit. */
    private boolean isUnit(String word) {
        if (word.equals("%")) {
            return true;
        }
        List<Quantity> qs = grammar.parse("1" + word);
        return qs.size() == 1 && qs.get(0).end() == 1 + word.length() && !(qs.get(0).measure() instanceof Measure.Bare);
    }

    /** The measure of a number with a unit word, resolved by the quantity grammar as prose would be. */
    private Measure measure(String digits, String unit) {
        String u = unit.replace("％", "%");
        // 万千升, 万重量箱: the scale word apart, so the unit after it is read on its own.
        if (u.length() > 1 && (u.charAt(0) == '万' || u.charAt(0) == '亿')) {
            BigDecimal scale = BigDecimal.TEN.pow(u.charAt(0) == '万' ? 4 : 8);
            return scaled(measure(digits, u.substring(1)), scale);
        }
        List<Quantity> qs = grammar.parse(digits + u);
        if (qs.size() == 1 && qs.get(0).start() == 0 && qs.get(0).end() == digits.length() + u.length()) {
            return qs.get(0).measure();
        }
        // A unit the grammar does not know: keep the number and name the unit as written.
        BigDecimal v = new BigDecimal(digits);
        return u.isEmpty() ? new Measure.Bare(v) : new Measure.Physical(v, u);
    }

    private static Measure negate(Measure m) {
        return scaled(m, BigDecimal.ONE.negate());
    }

    private static Measure scaled(Measure m, BigDecimal by) {
        BigDecimal v = m.value().multiply(by);
        if (m instanceof Measure.Money x) {
            return new Measure.Money(v, x.currency());
        } else if (m instanceof Measure.Percent) {
            return new Measure.Percent(v);
        } else if (m instanceof Measure.PercentagePoints) {
            return new Measure.PercentagePoints(v);
        } else if (m instanceof Measure.Count x) {
            return new Measure.Count(v, x.measureWord());
        } else if (m instanceof Measure.Ratio) {
            return new Measure.Ratio(v);
        } else if (m instanceof Measure.Area x) {
            return new Measure.Area(v, x.unit());
        } else if (m instanceof Measure.Physical x) {
            return new Measure.Physical(v, x.unit());
        }
        return new Measure.Bare(v);
    }
}
