package io.github.zhibiao.internal.table;

import io.github.zhibiao.internal.quantity.QuantityParser;
import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.load.LoadedTable;
import io.github.zhibiao.internal.pipeline.Pipeline;
import io.github.zhibiao.internal.pipeline.Tracer;
import io.github.zhibiao.model.Fired;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.TableCell;
import io.github.zhibiao.rules.RuleSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

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

    /** The {@code table.*} steps, in the order of the {@code table} section of {@code pipeline.tsv}. */
    private final Pipeline<CellDraft> steps;

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
        this.steps = Pipeline.build("table", rules,
                TableSteps.registry(new CellValues(grammar), engine, RowParents.measures(rules)),
                Map.of(), Set.of(TableSlot.CELL));
    }

    /**
     * The tables of a report and their records.
     *
     * @param regions   where each table stands in the loaded text, {start, end}
     * @param records   one per numeric cell, in document order
     * @param cells     how many numeric cells the tables hold (index columns included)
     * @param explained when explaining, every numeric cell with what fired on it, in document order; else empty
     */
    public record Tables(List<int[]> regions, List<Indicator> records, int cells, List<Explained> explained) {
        /** No tables. */
        public static final Tables NONE = new Tables(List.of(), List.of(), 0, List.of());

        /**
         * Tables without explanations.
         *
         * @param regions where each table stands in the loaded text, {start, end}
         * @param records one per numeric cell, in document order
         * @param cells   how many numeric cells the tables hold
         */
        public Tables(List<int[]> regions, List<Indicator> records, int cells) {
            this(regions, records, cells, List.of());
        }
    }

    /**
     * One numeric cell and what the {@code table.*} steps decided about it ({@link #explain}).
     *
     * @param text   the cell as written
     * @param start  where it starts in the loaded text
     * @param end    where it ends
     * @param record its record, or null when a guard step ended it
     * @param fired  the steps that fired on it, in order
     */
    public record Explained(String text, int start, int end, Indicator record, List<Fired> fired) {
        /**
         * Copies the trace.
         *
         * @param text   the cell as written
         * @param start  where it starts in the loaded text
         * @param end    where it ends
         * @param record its record, or null
         * @param fired  the steps that fired on it
         */
        public Explained {
            fired = List.copyOf(fired);
        }
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
        return read(loaded, structured, page, false);
    }

    /**
     * As {@link #read(String, List, boolean)}; with {@code trace}, each record carries the ids of
     * the {@code table.*} steps that fired on its cell ({@link Indicator#trace()}).
     *
     * @param loaded     the loaded text
     * @param structured the tables the document's structure gives (Word, HTML)
     * @param page       true for page-laid-out text (PDF)
     * @param trace      whether records carry their trace
     * @return the tables' places in the loaded text and one record per numeric cell
     */
    public Tables read(String loaded, List<LoadedTable> structured, boolean page, boolean trace) {
        return read(loaded, grids(loaded, structured, page), trace, null);
    }

    /**
     * As {@link #read(String, List, boolean, boolean)} with traces, and every numeric cell in
     * {@link Tables#explained()}, those that gave no record among them: for explanations.
     *
     * @param loaded     the loaded text
     * @param structured the tables the document's structure gives (Word, HTML)
     * @param page       true for page-laid-out text (PDF)
     * @return the tables, their traced records and every numeric cell explained
     */
    public Tables explain(String loaded, List<LoadedTable> structured, boolean page) {
        List<Explained> explained = new ArrayList<>();
        Tables t = read(loaded, grids(loaded, structured, page), true, explained);
        explained.sort(Comparator.comparingInt(Explained::start));
        return new Tables(t.regions(), t.records(), t.cells(), List.copyOf(explained));
    }

    private static List<Grid> grids(String loaded, List<LoadedTable> structured, boolean page) {
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
        return grids;
    }

    private Tables read(String loaded, List<Grid> grids, boolean trace, List<Explained> explained) {
        if (grids.isEmpty()) {
            return Tables.NONE;
        }
        List<int[]> regions = new ArrayList<>();
        List<Indicator> records = new ArrayList<>();
        int cells = 0;
        for (Grid g : grids) {
            regions.add(new int[] {g.start(), g.end()});
            int[] parents = RowParents.of(g);
            boolean dimensions = RowParents.levelColumns(g) >= 2;
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
                    CellDraft d = new CellDraft(g, r, g.columns().get(c), cell, ancestors(g, parents, ri), dimensions);
                    Indicator i = record(d, loaded, trace, explained);
                    if (i != null) {
                        records.add(i);
                    }
                }
            }
        }
        records.sort(Comparator.comparingInt(Indicator::start));
        return new Tables(List.copyOf(regions), List.copyOf(records), cells);
    }

    /** The labels of row {@code ri}'s parent rows, nearest first. */
    private static List<String> ancestors(Grid g, int[] parents, int ri) {
        List<String> ancestors = new ArrayList<>();
        for (int a = parents[ri]; a >= 0; a = parents[a]) {
            ancestors.add(g.rows().get(a).label());
        }
        return ancestors;
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
        List<Indicator> out = new ArrayList<>(outside(prose, Indicator::start, tables));
        out.addAll(tables.records());
        out.sort(Comparator.comparingInt(Indicator::start));
        return out;
    }

    /**
     * What of {@code prose} starts outside every table: inside one, the table's reading stands.
     *
     * @param prose  what prose reading gave (records, explanations)
     * @param start  where each starts in the loaded text
     * @param tables the tables
     * @param <T>    what prose reading gave
     * @return those outside the tables, in their order
     */
    public static <T> List<T> outside(List<T> prose, ToIntFunction<T> start, Tables tables) {
        List<T> out = new ArrayList<>(prose.size());
        for (T p : prose) {
            if (!inside(start.applyAsInt(p), tables.regions())) {
                out.add(p);
            }
        }
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

    /** The cell's record after the {@code table.*} steps, or null when a guard step ended it. */
    private Indicator record(CellDraft d, String loaded, boolean trace, List<Explained> explained) {
        Tracer t = trace ? Tracer.recording() : Tracer.NONE;
        String guard = steps.run(d, t);
        Indicator i = null;
        if (guard == null) {
            String text = loaded.substring(d.cell.start(), d.cell.end());
            i = new Indicator(text, d.cell.start(), d.cell.end(), d.measure, d.category, d.subject(),
                    d.direction != null, d.direction, null, false, null, d.row.line(),
                    "table-" + d.kind.name().toLowerCase() + ":" + d.ruleId,
                    new TableCell(d.grid.caption(), Headers.squeeze(d.row.label()), Headers.squeeze(d.header())),
                    t.ids());
        }
        if (explained != null) {
            explained.add(new Explained(d.cell.text(), d.cell.start(), d.cell.end(), i, t.fired()));
        }
        return i;
    }
}
