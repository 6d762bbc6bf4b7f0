package io.github.zhibiao.internal.table;

import io.github.zhibiao.internal.indicator.IndicatorEngine;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Direction;
import io.github.zhibiao.model.Measure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.zhibiao.internal.table.TableSlot.BLOCK;
import static io.github.zhibiao.internal.table.TableSlot.CATEGORY;
import static io.github.zhibiao.internal.table.TableSlot.CELL;
import static io.github.zhibiao.internal.table.TableSlot.DIRECTION;
import static io.github.zhibiao.internal.table.TableSlot.GROUP;
import static io.github.zhibiao.internal.table.TableSlot.LABEL;
import static io.github.zhibiao.internal.table.TableSlot.LABEL_UNIT;
import static io.github.zhibiao.internal.table.TableSlot.MEASURE;
import static io.github.zhibiao.internal.table.TableSlot.UNIT;

/**
 * The {@code table.*} steps, by id and without order: {@code pipeline.tsv} orders them. Each
 * decides one thing about a numeric cell ({@link CellDraft}); the driver traces those that fire.
 */
final class TableSteps {

    private TableSteps() {
    }

    /**
     * Every table step.
     *
     * @param values   resolves a cell's value and unit as the quantity grammar reads prose
     * @param engine   gives a cell's category from its subject, as prose records get theirs
     * @param measures the {@code table-measure} rules part rows name their totals' measures by
     * @return the steps by id
     */
    static Map<String, TableStep> registry(CellValues values, IndicatorEngine engine, Map<String, Boolean> measures) {
        List<TableStep> steps = List.of(
                new TableStep("table.index-column", Set.of(CELL), Set.of(), (d, t) -> d.kind == Headers.Kind.INDEX),
                new TableStep("table.label-unit", Set.of(CELL), Set.of(LABEL, LABEL_UNIT), (d, t) -> labelUnit(d, values)),
                new TableStep("table.block", Set.of(CELL), Set.of(BLOCK), (d, t) -> block(d)),
                new TableStep("table.row-parent", Set.of(CELL, LABEL, BLOCK), Set.of(LABEL), (d, t) -> {
                    String before = d.label;
                    d.label = d.block.isEmpty() ? RowParents.subject(d.label, d.ancestors, measures) : d.label;
                    return !d.label.equals(before);
                }),
                new TableStep("table.dimension", Set.of(CELL, LABEL, BLOCK), Set.of(GROUP), (d, t) -> dimension(d)),
                new TableStep("table.no-subject", Set.of(LABEL, BLOCK, GROUP), Set.of(), (d, t) -> d.subject().isEmpty()),
                new TableStep("table.header-unit", Set.of(CELL, LABEL_UNIT), Set.of(UNIT), (d, t) -> unit(d)),
                new TableStep("table.percent", Set.of(CELL, UNIT), Set.of(MEASURE), (d, t) -> percent(d, t)),
                new TableStep("table.measure", Set.of(CELL, UNIT), Set.of(UNIT, MEASURE), (d, t) -> measure(d, values)),
                new TableStep("table.growth", Set.of(CELL, MEASURE), Set.of(DIRECTION), (d, t) -> growth(d)),
                new TableStep("table.category", Set.of(LABEL, BLOCK, GROUP, MEASURE), Set.of(CATEGORY), (d, t) -> {
                    Map.Entry<Category, String> cat = engine.categorize(d.measure, d.subject());
                    d.category = cat.getKey();
                    d.ruleId = cat.getValue();
                    t.rule(d.ruleId);
                    return true;
                }));
        Map<String, TableStep> byId = new LinkedHashMap<>();
        for (TableStep s : steps) {
            byId.put(s.id(), s);
        }
        return byId;
    }

    /** A label may end with its unit (失业率（%）); other brackets (薯类（折粮）) are part of its name. */
    private static boolean labelUnit(CellDraft d, CellValues values) {
        if (!d.label.endsWith(")") && !d.label.endsWith("）")) {
            return false;
        }
        String u = Headers.unit(d.label);
        if (u.isEmpty() || !values.isUnit(u)) {
            return false;
        }
        d.labelUnit = u;
        d.label = d.label.substring(0, Math.max(d.label.lastIndexOf('（'), d.label.lastIndexOf('(')));
        return true;
    }

    /** What the row block or the column block counts; a column that counts one thing (学校数) names it. */
    private static boolean block(CellDraft d) {
        String block = !d.row.block().isEmpty() ? d.row.block() : Headers.name(d.column.block());
        if (block.isEmpty() && Headers.isBlockMeasure(d.column.header())) {
            block = Headers.name(d.column.header());
        }
        d.block = block;
        return !block.isEmpty();
    }

    /** Columns that split a figure by a group (城镇 | 农村) name the group before the row's subject. */
    private static boolean dimension(CellDraft d) {
        String group = Headers.name(d.column.header());
        if (d.dimensions && d.column.block().isEmpty() && Headers.DIMENSION.matcher(group).matches()
                && !d.subject().startsWith(group)) {
            d.group = group;
            return true;
        }
        return false;
    }

    /** The unit of the column's header, else of its block, else of the label. */
    private static boolean unit(CellDraft d) {
        String unit = Headers.unit(d.column.header());
        if (unit.isEmpty()) {
            unit = Headers.unit(d.column.block());
        }
        if (unit.isEmpty()) {
            unit = d.labelUnit;
        }
        d.unit = unit;
        return !unit.isEmpty();
    }

    /** Growth and share columns, and any percent figure, give percentages (百分点: points). */
    private static boolean percent(CellDraft d, io.github.zhibiao.internal.pipeline.Tracer t) {
        if (d.kind != Headers.Kind.GROWTH && d.kind != Headers.Kind.SHARE && !d.unit.equals("%")) {
            return false;
        }
        BigDecimal v = new BigDecimal(d.number());
        d.measure = Headers.POINTS.matcher(d.unit).find() ? new Measure.PercentagePoints(v) : new Measure.Percent(v);
        t.rule(d.kind.name().toLowerCase(java.util.Locale.ROOT));
        return true;
    }

    /** A level in the unit of the headers, the row's unit column or the table's 单位 line. */
    private static boolean measure(CellDraft d, CellValues values) {
        if (d.unit.isEmpty() || Headers.UNIT_WORD.matcher(d.unit).matches()) {
            d.unit = !d.row.unit().isEmpty() ? d.row.unit() : d.grid.unitNote();
        }
        String number = d.number();
        Measure m = values.measure(number.replaceFirst("^[-+]", ""), d.unit);
        d.measure = number.startsWith("-") ? CellValues.negate(m) : m;
        return true;
    }

    /** A growth column's change, its direction from the sign as written. */
    private static boolean growth(CellDraft d) {
        if (d.kind != Headers.Kind.GROWTH) {
            return false;
        }
        d.direction = d.measure.value().signum() < 0 ? Direction.DOWN : Direction.UP;
        return true;
    }
}
