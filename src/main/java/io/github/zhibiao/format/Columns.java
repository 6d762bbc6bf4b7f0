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
         * Typed formats (Parquet, Spark), and the text formats only when {@code --fields} names it
         * ({@link #select}): a field most records leave empty ({@code fraction}), which the default
         * JSON Lines and CSV records do not carry.
         */
        ON_REQUEST,
        /**
         * Only when asked for ({@code --trace}, {@code Extractor.Builder.trace}): every format, in its
         * own spelling ({@link #TRACE}).
         */
        TRACE
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
         * {@code BigDecimal} without trailing zeros, a {@code List<String>} ({@link #TRACE}), or null.
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
            return type == Type.DECIMAL ? decimal((BigDecimal) v) : v instanceof List<?> ids ? joined(ids) : v;
        }
    }

    /**
     * The ids of the steps behind a record ({@link Indicator#trace()}), null when it has none: a
     * {@code List<String>} for the text formats (a JSON array in JSON Lines, {@code |}-joined in
     * CSV and the table), a {@code |}-joined {@link Type#STRING} in the typed ones. Only in
     * {@link #text(boolean)} and {@link #typed(boolean)} when asked for.
     */
    public static final Column TRACE = new Column("trace", Type.STRING, true, Scope.TRACE,
            (e, i) -> i.trace().isEmpty() ? null : i.trace());

    /** Every column, in order: the contract's fields (with {@code value_text} after {@code value}), the extras, {@link #TRACE}. */
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
            new Column("fraction", Type.STRING, true, Scope.ON_REQUEST,
                    (e, i) -> i.fraction() == null ? null : i.fraction().toString()),
            TRACE);

    /**
     * The columns of the text formats (JSON Lines, CSV, maps): all but the {@link Scope#TYPED} and
     * {@link Scope#ON_REQUEST} ones and {@link #TRACE}.
     */
    public static final List<Column> TEXT = ALL.stream()
            .filter(c -> c.scope() == Scope.CONTRACT || c.scope() == Scope.EXTRA).toList();

    /** The columns of the typed formats (Parquet, Spark): all but {@link #TRACE}. */
    public static final List<Column> TYPED = ALL.stream().filter(c -> c != TRACE).toList();

    private static final List<Column> TEXT_TRACED = with(TEXT, TRACE);
    private static final List<Column> TYPED_TRACED = with(TYPED, TRACE);

    /**
     * The columns of the text formats, with {@link #TRACE} last when asked for.
     *
     * @param trace whether records carry their trace
     * @return {@link #TEXT}, or {@link #TEXT} and {@link #TRACE}
     */
    public static List<Column> text(boolean trace) {
        return trace ? TEXT_TRACED : TEXT;
    }

    /**
     * The columns of the typed formats, with {@link #TRACE} last when asked for.
     *
     * @param trace whether records carry their trace
     * @return {@link #TYPED}, or {@link #TYPED} and {@link #TRACE}
     */
    public static List<Column> typed(boolean trace) {
        return trace ? TYPED_TRACED : TYPED;
    }

    private static List<Column> with(List<Column> columns, Column last) {
        List<Column> all = new java.util.ArrayList<>(columns);
        all.add(last);
        return List.copyOf(all);
    }

    /**
     * Ids as the flat formats write a list: {@code |}-joined ({@code subject.before-number|category.money}).
     *
     * @param ids a list of ids
     * @return the joined text
     */
    public static String joined(List<?> ids) {
        StringBuilder b = new StringBuilder();
        for (Object id : ids) {
            b.append(b.length() > 0 ? "|" : "").append(id);
        }
        return b.toString();
    }

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
     * The columns a comma-separated list names, in its order ({@code doc,subject,value,unit}): what
     * {@code --fields} takes. Spaces around names are ignored.
     *
     * <pre>{@code
     * Columns.select("doc, subject,value");   // [doc, subject, value]
     * Columns.select("doc,sentense");         // IllegalArgumentException: unknown field 'sentense'; the fields are ...
     * }</pre>
     *
     * @param list field names, comma-separated
     * @return the columns, in the list's order
     * @throws IllegalArgumentException for an unknown, repeated or empty name; the message is one
     *         line that lists the names
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

    /**
     * The columns given with {@link #TRACE} last when asked for and not among them already.
     *
     * @param columns the columns chosen
     * @param trace   whether records carry their trace
     * @return the columns, perhaps with {@link #TRACE} added
     */
    public static List<Column> withTrace(List<Column> columns, boolean trace) {
        return trace && !columns.contains(TRACE) ? with(columns, TRACE) : List.copyOf(columns);
    }

    /**
     * {@code doc, text, value, ...}: every column's name, for messages and help.
     *
     * @return the names, comma-separated
     */
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
