package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Indicator records as plain Java values, in the field order of the record contract. This is
 * where records become maps; what a record's fields are called, in what order they come and how
 * each value is shown is decided by {@link Columns}; {@link JsonLinesWriter}, {@link CsvWriter} and {@link Table} all read
 * records through {@link #toMap(Extraction, Indicator)}.
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = Records.maps(results);
 * rows.get(0).get("value");      // BigDecimal 2035000000
 * rows.get(0).get("category");   // "FUNDING"
 * Map<Category, Long> counts = Records.tally(results);   // {FUNDING=12, PERCENTAGE=30, ...}
 * }</pre>
 */
public final class Records {

    /** The record contract's fields, in its order: the JSON Lines scorer reads these. */
    public static final List<String> SCHEMA_FIELDS = names(Columns.Scope.CONTRACT);

    /**
     * Extra fields after the contract's: the sentence, what the report says about itself, the rule id,
     * and for a number read from a table its table caption, row and column (null in prose).
     */
    public static final List<String> EXTRA_FIELDS = Columns.ALL.stream()
            .filter(c -> c.scope() == Columns.Scope.EXTRA || c.scope() == Columns.Scope.SPARSE)
            .map(Columns.Column::name).toList();

    /** {@link #SCHEMA_FIELDS} then {@link #EXTRA_FIELDS}: the keys of every map, the CSV header. */
    public static final List<String> ALL_FIELDS = Columns.TEXT.stream().map(Columns.Column::name).toList();

    private Records() {
    }

    /**
     * One record as a map in {@link #ALL_FIELDS} order. Values are {@code String},
     * {@link BigDecimal} (value, without trailing zeros), {@code Boolean} (delta, target),
     * {@code Integer} (start, end, year) or {@code null}; enums are given by name.
     *
     * @param extraction the report the indicator comes from (gives doc, region, year, period)
     * @param indicator  one of its indicators
     * @return a new mutable map, keys in contract order
     */
    public static Map<String, Object> toMap(Extraction extraction, Indicator indicator) {
        return toMap(extraction, indicator, Columns.TEXT);
    }

    /**
     * One record as a map of the columns given, in their order (see {@link Columns#select}).
     *
     * @param extraction the report the indicator comes from
     * @param indicator  one of its indicators
     * @param columns    the columns wanted
     * @return a new mutable map, keys in the columns' order
     */
    public static Map<String, Object> toMap(Extraction extraction, Indicator indicator, List<Columns.Column> columns) {
        Map<String, Object> m = new LinkedHashMap<>(32);
        for (Columns.Column c : columns) {
            m.put(c.name(), c.value(extraction, indicator));
        }
        return m;
    }

    private static List<String> names(Columns.Scope scope) {
        return Columns.ALL.stream().filter(c -> c.scope() == scope).map(Columns.Column::name).toList();
    }

    /**
     * Every record of every extraction as a map ({@link #toMap}), in input then document order.
     *
     * @param extractions results, e.g. from {@code Zhibiao.extractAll(folder)}
     * @return a new list of new maps
     */
    public static List<Map<String, Object>> maps(Collection<Extraction> extractions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Extraction e : extractions) {
            for (Indicator i : e.indicators()) {
                rows.add(toMap(e, i));
            }
        }
        return rows;
    }

    /**
     * How many records fall in each category, built-in ones in the contract's order, then a rules
     * file's own categories by name; categories
     * with no record are left out.
     *
     * @param extractions results to count
     * @return a new map from category to count
     */
    public static Map<Category, Long> tally(Collection<Extraction> extractions) {
        Map<Category, Long> counts = new TreeMap<>();
        for (Extraction e : extractions) {
            for (Indicator i : e.indicators()) {
                counts.merge(i.category(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * A value as the formats write it: no trailing zeros after the point and never a negative
     * scale, so that {@code 2035000000.00} and {@code 2.035E+9} both become {@code 2035000000},
     * whose {@code toString()} is plain too; {@code null} stays {@code null}.
     */
    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal d = value.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A field value as text: plain decimal notation for numbers, empty for {@code null}. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
