package io.github.zhibiao.format;

import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.model.Indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The columns of a record, in order, with their names, types and values: the one definition
 * that JSON Lines, CSV ({@link Records#toMap}), Parquet ({@link ParquetRecordWriter}) and the
 * Spark module's schema are all made from. To add a field, add a column here.
 *
 * <pre>{@code
 * for (Columns.Column c : Columns.TYPED) {
 *     System.out.println(c.name() + " " + c.type() + " " + c.value(extraction, indicator));
 * }
 * // doc STRING report.docx
 * // text STRING 20.35亿元
 * // value DECIMAL 2035000000.0000000000
 * // value_text STRING 2035000000 ...
 * }</pre>
 */
public final class Columns {

    /** Digits after the point of a {@link Type#DECIMAL} column. */
    public static final int DECIMAL_SCALE = 10;
    /** Total digits of a {@link Type#DECIMAL} column: DuckDB's and Spark's widest exact decimal. */
    public static final int DECIMAL_PRECISION = 38;

    /** A column's type; each maps to one Java class of its values. */
    public enum Type {
        /** {@link String}. */
        STRING,
        /** {@link BigDecimal} of scale {@link #DECIMAL_SCALE}, at most {@link #DECIMAL_PRECISION} digits. */
        DECIMAL,
        /** {@link Integer}. */
        INT,
        /** {@link Boolean}. */
        BOOLEAN
    }

    /** Where a column is written. */
    public enum Scope {
        /** A field of the JSON Lines record contract: every format. */
        CONTRACT,
        /** An extra field after the contract's: every format. */
        EXTRA,
        /** Typed formats only (Parquet, Spark): the text formats say it already. */
        TYPED,
        /**
         * An extra field that default JSON Lines writes only on the records that have a value (so
         * that a rare field costs the other lines nothing); CSV, TSV, tables, maps and the typed
         * formats always carry it, and so does JSON Lines when {@code --fields} names it.
         */
        SPARSE
    }

    /**
     * One column.
     *
     * @param name     the field name, as JSON Lines, CSV headers and Parquet spell it
     * @param type     the type of its values in typed formats
     * @param nullable whether a record may have no value here
     * @param scope    which formats carry it
     * @param getter   the value of one record, as the text formats show it (may be null)
     */
    public record Column(String name, Type type, boolean nullable, Scope scope,
                         BiFunction<Extraction, Indicator, Object> getter) {

        /**
         * Checks the fields.
         *
         * @param name the field name
         * @param type the type of its values in typed formats
         * @param nullable whether a record may have no value here
         * @param scope which formats carry it
         * @param getter the value of one record, as the text formats show it
         */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(getter, "getter");
        }

        /**
         * The value for the text formats: {@code String}, {@code Boolean}, {@code Integer},
         * {@code BigDecimal} without trailing zeros, or null.
         *
         * @param extraction the report the record belongs to
         * @param indicator the record
         * @return the column's value for the record, or null
         */
        public Object value(Extraction extraction, Indicator indicator) {
            return getter.apply(extraction, indicator);
        }

        /**
         * The value for typed formats: as {@link #value} but a {@link Type#DECIMAL} has scale
         * {@link #DECIMAL_SCALE}, and is null when that type cannot hold it exactly (more than
         * 28 digits before the point or 10 after: the {@code value_text} column keeps it).
         *
         * @param extraction the report the record belongs to
         * @param indicator the record
         * @return the column's typed value for the record, or null
         */
        public Object typedValue(Extraction extraction, Indicator indicator) {
            Object v = value(extraction, indicator);
            return type == Type.DECIMAL ? decimal((BigDecimal) v) : v;
        }
    }

    /** Every column, in order: the contract's fields (with {@code value_text} after {@code value}), then the extras. */
    public static final List<Column> ALL = List.of(
            new Column("doc", Type.STRING, false, Scope.CONTRACT, (e, i) -> e.doc()),
            new Column("text", Type.STRING, false, Scope.CONTRACT, (e, i) -> i.text()),
            new Column("value", Type.DECIMAL, true, Scope.CONTRACT, (e, i) -> Records.normalize(i.value())),
            new Column("value_text", Type.STRING, true, Scope.TYPED,
                    (e, i) -> i.value() == null ? null : Records.normalize(i.value()).toPlainString()),
            new Column("unit", Type.STRING, true, Scope.CONTRACT, (e, i) -> i.unit()),
            new Column("category", Type.STRING, false, Scope.CONTRACT, (e, i) -> i.category().name()),
            new Column("subject", Type.STRING, false, Scope.CONTRACT, (e, i) -> i.subject()),
            new Column("delta", Type.BOOLEAN, false, Scope.CONTRACT, (e, i) -> i.delta()),
            new Column("direction", Type.STRING, true, Scope.CONTRACT,
                    (e, i) -> i.direction() == null ? null : i.direction().name()),
            new Column("qualifier", Type.STRING, true, Scope.CONTRACT,
                    (e, i) -> i.qualifier() == null ? null : i.qualifier().name()),
            new Column("target", Type.BOOLEAN, false, Scope.CONTRACT, (e, i) -> i.target()),
            new Column("per", Type.STRING, true, Scope.CONTRACT, (e, i) -> i.per()),
            new Column("start", Type.INT, false, Scope.CONTRACT, (e, i) -> i.start()),
            new Column("end", Type.INT, false, Scope.CONTRACT, (e, i) -> i.end()),
            new Column("sentence", Type.STRING, false, Scope.EXTRA, (e, i) -> i.sentence()),
            new Column("region", Type.STRING, true, Scope.EXTRA, (e, i) -> e.context().region()),
            new Column("year", Type.INT, true, Scope.EXTRA, (e, i) -> e.context().year()),
            new Column("period", Type.STRING, true, Scope.EXTRA, (e, i) -> e.context().period()),
            new Column("rule", Type.STRING, true, Scope.EXTRA, (e, i) -> i.ruleId()),
            new Column("table", Type.STRING, true, Scope.EXTRA, (e, i) -> i.cell() == null ? null : i.cell().table()),
            new Column("row", Type.STRING, true, Scope.EXTRA, (e, i) -> i.cell() == null ? null : i.cell().row()),
            new Column("column", Type.STRING, true, Scope.EXTRA, (e, i) -> i.cell() == null ? null : i.cell().column()),
            new Column("fraction", Type.STRING, true, Scope.SPARSE,
                    (e, i) -> i.fraction() == null ? null : i.fraction().toString()));

    /** The columns of the text formats (JSON Lines, CSV, maps): all but the {@link Scope#TYPED} ones. */
    public static final List<Column> TEXT = ALL.stream().filter(c -> c.scope() != Scope.TYPED).toList();

    /** The columns of the typed formats (Parquet, Spark): all of them. */
    public static final List<Column> TYPED = ALL;

    private Columns() {
    }

    /**
     * The column of this name.
     *
     * @param name a field name ({@code subject})
     * @return the column
     * @throws IllegalArgumentException when no column is so named; the message lists the names
     */
    public static Column named(String name) {
        for (Column c : ALL) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'; the fields are " + names());
    }

    /**
     * The columns a comma-separated list names, in its order ({@code doc,value,unit,subject}):
     * what {@code --fields} takes. Spaces around names are ignored.
     *
     * @param list field names, comma-separated
     * @return the columns, in the list's order
     * @throws IllegalArgumentException for an unknown or repeated name, or an empty list; the
     *         message is one line that lists the names
     */
    public static List<Column> select(String list) {
        java.util.LinkedHashMap<String, Column> chosen = new java.util.LinkedHashMap<>();
        for (String part : list.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty field name in '" + list + "'; the fields are " + names());
            }
            if (chosen.put(name, named(name)) != null) {
                throw new IllegalArgumentException("field '" + name + "' named twice");
            }
        }
        return List.copyOf(chosen.values());
    }

    /** {@code doc, text, value, ...}: every column's name, for messages and help. */
    public static String names() {
        return String.join(", ", ALL.stream().map(Column::name).toList());
    }

    /**
     * One record's values for the typed formats, in {@link #TYPED} order (see {@link Column#typedValue}).
     *
     * @param extraction the report
     * @param indicator  one of its records
     * @return a new array of plain Java values
     */
    public static Object[] typedRow(Extraction extraction, Indicator indicator) {
        Object[] row = new Object[TYPED.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = TYPED.get(k).typedValue(extraction, indicator);
        }
        return row;
    }

    /**
     * A value as a {@code DECIMAL(38,10)} holds it, or null when it cannot hold it exactly.
     *
     * @param value a value, or null
     * @return the value with scale 10, or null
     */
    public static BigDecimal decimal(BigDecimal value) {
        if (value == null || value.stripTrailingZeros().scale() > DECIMAL_SCALE) {
            return null;
        }
        BigDecimal d = value.setScale(DECIMAL_SCALE, RoundingMode.UNNECESSARY);
        return d.precision() > DECIMAL_PRECISION ? null : d;
    }
}
